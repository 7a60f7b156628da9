/// The loops every pass over samples runs, each in one place and written so the compiler can
/// emit vector instructions: explicit 8-wide vectors where it would not find them on its own (a
/// floating-point sum it may not reorder, the highest and lowest sample).
enum SampleMath {
    /// Multiplies every sample by `gain`.
    static func scale(_ samples: UnsafeMutableBufferPointer<Float>, by gain: Float) {
        for index in samples.indices { samples[index] *= gain }
    }

    /// Multiplies each sample by the gain at the same place.
    static func multiply(_ samples: UnsafeMutableBufferPointer<Float>, by gains: UnsafeBufferPointer<Float>) {
        for index in 0..<min(samples.count, gains.count) { samples[index] *= gains[index] }
    }

    /// The sum of the squares of the samples, eight partial sums at a time.
    static func sumOfSquares(_ samples: UnsafeBufferPointer<Float>) -> Float {
        guard let base = samples.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var sums = SIMD8<Float>()
        var index = 0
        while index + 8 <= samples.count {
            let eight = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
            sums += eight * eight
            index += 8
        }
        var total = sums.sum()
        while index < samples.count { total += samples[index] * samples[index]; index += 1 }
        return total
    }

    /// The largest magnitude: the highest and the lowest sample, found eight at a time with the
    /// processor's vector maximum and minimum. A NaN sample is passed over.
    static func peak(_ samples: UnsafeBufferPointer<Float>) -> Float {
        guard let base = samples.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var highest = SIMD8<Float>(), lowest = SIMD8<Float>()
        var index = 0
        while index + 8 <= samples.count {
            let eight = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
            highest = highest.replacing(with: eight, where: highest .< eight)
            lowest = lowest.replacing(with: eight, where: eight .< lowest)
            index += 8
        }
        // "+ 0": silence gives +0, not the -0 that negating the lowest zero would.
        var largest = max(highest.max(), -lowest.min()) + 0
        while index < samples.count { largest = max(largest, abs(samples[index])); index += 1 }
        return largest
    }

    /// True when every sample is zero (of either sign), 256 at a time: it stops at the first
    /// stretch that holds sound, so speech costs a look and only silence is read whole.
    static func isSilent(_ samples: UnsafeBufferPointer<Float>) -> Bool {
        var start = 0
        while start < samples.count {
            let end = min(samples.count, start + 256)
            // Shifted left, a sample loses its sign bit: only zero leaves nothing (a NaN does).
            var bits: UInt32 = 0
            for index in start..<end { bits |= samples[index].bitPattern &<< 1 }
            if bits != 0 { return false }
            start = end
        }
        return true
    }

    /// The largest magnitude of 16-bit samples (32,768 for the lowest value), from their
    /// highest and lowest, which the processor finds eight at a time.
    static func peak(_ samples: UnsafeBufferPointer<Int16>) -> Int {
        var highest: Int16 = 0, lowest: Int16 = 0
        for sample in samples {
            highest = max(highest, sample)
            lowest = min(lowest, sample)
        }
        return max(Int(highest), -Int(lowest))
    }

    /// 16-bit samples multiplied by `gain`, rounded and clamped as `int16` does. The same values
    /// as converting to floats in -1…1, scaling and converting back: scaling by a power of two
    /// is exact, so the one rounding of the product is the same.
    static func int16(_ samples: UnsafeBufferPointer<Int16>, scaledBy gain: Float, into shorts: UnsafeMutableBufferPointer<Int16>) {
        let count = min(samples.count, shorts.count)
        // Below 2^22 in magnitude the rounding trick below gives the integer itself, and the
        // clamp to 16 bits is then one saturating pack of the processor's (18 instructions for
        // eight samples instead of 32); a gain that could take a sample past it clamps first.
        guard abs(gain) < 64 else {
            for index in 0..<count {
                let scaled = min(32767, max(-32768, Float(samples[index]) * gain))
                shorts[index] = Int16(truncatingIfNeeded: (scaled + 12_582_912).bitPattern)
            }
            return
        }
        for index in 0..<count {
            let rounded = Int32(bitPattern: (Float(samples[index]) * gain + 12_582_912).bitPattern) &- 0x4B40_0000
            shorts[index] = Int16(truncatingIfNeeded: min(max(rounded, -32768), 32767))
        }
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
