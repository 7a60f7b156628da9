/// The loops every pass over samples runs, each in one place and written so the compiler can
/// emit vector instructions: integer comparisons for peaks, several partial sums for powers (it
/// does not reorder one floating-point sum on its own).
enum SampleMath {
    /// Multiplies every sample by `gain`.
    static func scale(_ samples: UnsafeMutableBufferPointer<Float>, by gain: Float) {
        for index in samples.indices { samples[index] *= gain }
    }

    /// Multiplies each sample by the gain at the same place.
    static func multiply(_ samples: UnsafeMutableBufferPointer<Float>, by gains: UnsafeBufferPointer<Float>) {
        for index in 0..<min(samples.count, gains.count) { samples[index] *= gains[index] }
    }

    /// The sum of the squares of the samples.
    static func sumOfSquares(_ samples: UnsafeBufferPointer<Float>) -> Float {
        var sums: (Float, Float, Float, Float) = (0, 0, 0, 0)
        var index = 0
        while index + 4 <= samples.count {
            sums.0 += samples[index] * samples[index]
            sums.1 += samples[index + 1] * samples[index + 1]
            sums.2 += samples[index + 2] * samples[index + 2]
            sums.3 += samples[index + 3] * samples[index + 3]
            index += 4
        }
        var total = (sums.0 + sums.1) + (sums.2 + sums.3)
        while index < samples.count { total += samples[index] * samples[index]; index += 1 }
        return total
    }

    /// The largest magnitude. A float's magnitude bits order like unsigned integers, which the
    /// compiler compares eight at a time.
    static func peak(_ samples: UnsafeBufferPointer<Float>) -> Float {
        var largest: UInt32 = 0
        for sample in samples { largest = max(largest, sample.bitPattern & 0x7FFF_FFFF) }
        return Float(bitPattern: largest)
    }

    /// 16-bit samples, rounded to nearest and clamped at full scale (never wrapped around).
    static func int16(_ samples: UnsafeBufferPointer<Float>, into shorts: UnsafeMutableBufferPointer<Int16>) {
        for index in 0..<min(samples.count, shorts.count) {
            let scaled = min(32767, max(-32768, samples[index] * 32768))
            // Adding 1.5·2^23 rounds to the nearest integer, which lands in the low bits of the
            // float: a branch-free conversion.
            shorts[index] = Int16(truncatingIfNeeded: (scaled + 12_582_912).bitPattern)
        }
    }
}
