import Foundation

/// Keeps every sample at or below a ceiling by turning the gain down smoothly around loud peaks,
/// never by clipping. Around each sample over the ceiling the gain ramps down over a short
/// look-ahead, reaches exactly what that sample needs, and ramps back over a release time; where
/// ramps overlap the lowest wins. It works chunk by chunk, reading a little either side of each
/// chunk, so memory does not grow with the recording.
public struct PeakLimiter: Sendable {
    /// The highest allowed sample magnitude (for example 0.708 for -3 dBFS).
    public var ceiling: Float
    public var attackMilliseconds = 5
    public var releaseMilliseconds = 80

    public init(ceilingDecibels: Double) {
        ceiling = Float(pow(10, ceilingDecibels / 20))
    }

    /// Limits `audio` in place.
    public func limit(_ audio: inout AudioBuffer) {
        var limited = AudioBuffer(samples: [], sampleRate: audio.sampleRate)
        limited.samples.reserveCapacity(audio.samples.count)
        // Reading and writing buffers in memory cannot fail.
        try? render(audio, range: 0..<audio.samples.count, gain: 1) { try limited.write($0) }
        audio = limited
    }

    /// The same samples as `render`, as 16-bit values for a file (rounded to nearest, clamped).
    /// From a source that holds 16-bit samples, a chunk with no peak over the ceiling (the usual
    /// case) goes from 16-bit values to 16-bit values in one pass; a chunk with one takes
    /// `render`'s way. The values are the same either way.
    func render16(_ source: some SampleSource, range: Range<Int>, gain: Float, chunkSize: Int = 65_536,
                  _ body: (UnsafeBufferPointer<Int16>) throws -> Void) throws {
        let (attack, release) = ramps(at: source.sampleRate)
        // Both are written before they are read: not cleared first.
        var extended = [Int16](unsafeUninitializedCapacity: chunkSize + attack + release) { $1 = chunkSize + attack + release }
        var output = [Int16](unsafeUninitializedCapacity: chunkSize) { $1 = chunkSize }
        func floatsThen16(_ part: Range<Int>) throws {
            try render(source, range: part, gain: gain, chunkSize: chunkSize) { floats in
                try output.withUnsafeMutableBufferPointer { out in
                    let chunk = UnsafeMutableBufferPointer(rebasing: out[0..<floats.count])
                    SampleMath.int16(floats, into: chunk)
                    try body(UnsafeBufferPointer(chunk))
                }
            }
        }
        for (start, end, low, high) in chunks(of: range, in: source, size: chunkSize) {
            let read = try extended.withUnsafeMutableBufferPointer { buffer in
                try source.readShorts(from: low, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<(high - low)]))
            }
            guard let read else { return try floatsThen16(start..<range.upperBound) }
            // The loudest sample scaled, exactly as `render` scales each one (rounding keeps order).
            let peak = extended.withUnsafeBufferPointer { SampleMath.peak(UnsafeBufferPointer(rebasing: $0[0..<read])) }
            if Float(peak) * (1 / 32768) * gain > ceiling {
                try floatsThen16(start..<end)
            } else {
                let offset = start - low
                try extended.withUnsafeBufferPointer { samples in
                    try output.withUnsafeMutableBufferPointer { out in
                        let chunk = UnsafeMutableBufferPointer(rebasing: out[0..<(end - start)])
                        SampleMath.int16(UnsafeBufferPointer(rebasing: samples[offset..<(offset + end - start)]), scaledBy: gain, into: chunk)
                        try body(UnsafeBufferPointer(chunk))
                    }
                }
            }
        }
    }

    /// The attack and release in samples at `sampleRate`.
    private func ramps(at sampleRate: Int) -> (attack: Int, release: Int) {
        (max(1, sampleRate * attackMilliseconds / 1000), max(1, sampleRate * releaseMilliseconds / 1000))
    }

    /// `range` in chunks of `size`, each with the stretch of `source` that shapes it: from a
    /// release before it to an attack after it, where peaks still reach.
    private func chunks(of range: Range<Int>, in source: some SampleSource, size: Int)
        -> [(start: Int, end: Int, low: Int, high: Int)] {
        let (attack, release) = ramps(at: source.sampleRate)
        return stride(from: range.lowerBound, to: range.upperBound, by: size).map { start in
            let end = min(range.upperBound, start + size)
            return (start, end, max(0, start - release), min(source.count, end + attack))
        }
    }

    /// The samples `range` of `source`, multiplied by `gain` and limited, handed to `body` in
    /// order, a chunk at a time. Peaks just outside the range still shape its edges.
    func render(_ source: some SampleSource, range: Range<Int>, gain: Float, chunkSize: Int = 65_536,
                _ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        let (attack, release) = ramps(at: source.sampleRate)
        let ceiling = self.ceiling
        var extended = [Float](repeating: 0, count: chunkSize + attack + release)
        var gains = [Float](repeating: 1, count: chunkSize)
        for (start, end, low, high) in chunks(of: range, in: source, size: chunkSize) {
            let read = try extended.withUnsafeMutableBufferPointer { buffer in
                try source.read(from: low, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<(high - low)]))
            }
            try extended.withUnsafeMutableBufferPointer { samples in
                try gains.withUnsafeMutableBufferPointer { gains in
                    SampleMath.scale(UnsafeMutableBufferPointer(rebasing: samples[0..<read]), by: gain)
                    // Most chunks have no peak over the ceiling: one vector pass says so.
                    let limiting = SampleMath.peak(UnsafeBufferPointer(rebasing: samples[0..<read])) > ceiling
                    if limiting {
                        for index in 0..<(end - start) { gains[index] = 1 }
                        // Even here most stretches have no peak: sixty-four samples at a time,
                        // and only a stretch with one is looked at sample by sample.
                        for stretch in stride(from: 0, to: read, by: 64) {
                            let stretchEnd = min(read, stretch + 64)
                            guard SampleMath.peak(UnsafeBufferPointer(rebasing: samples[stretch..<stretchEnd])) > ceiling else { continue }
                            for index in stretch..<stretchEnd where abs(samples[index]) > ceiling {
                                let peak = low + index
                                let need = ceiling / abs(samples[index])
                                let from = max(start, peak - attack)
                                let to = min(end - 1, peak + release)
                                guard from <= to else { continue }
                                for position in from...to {
                                    let distance = position < peak ? Float(peak - position) / Float(attack)
                                                                    : Float(position - peak) / Float(release)
                                    gains[position - start] = min(gains[position - start], need + (1 - need) * distance)
                                }
                            }
                        }
                    }
                    let offset = start - low
                    if limiting {
                        SampleMath.multiply(UnsafeMutableBufferPointer(rebasing: samples[offset..<(offset + end - start)]),
                                            by: UnsafeBufferPointer(rebasing: gains[0..<(end - start)]))
                    }
                    try body(UnsafeBufferPointer(rebasing: samples[offset..<(offset + end - start)]))
                }
            }
        }
    }
}
