/// Mono 16-bit audio in memory, with the edits every audio format needs.
public struct AudioBuffer: Hashable, Sendable {
    public var samples: [Int16]
    public var sampleRate: Int

    public init(samples: [Int16], sampleRate: Int) {
        self.samples = samples
        self.sampleRate = sampleRate
    }

    public var duration: Double { Double(samples.count) / Double(sampleRate) }

    /// Samples in `milliseconds` of time.
    public func sampleCount(milliseconds: Int) -> Int { sampleRate * milliseconds / 1000 }

    /// The index of the first sample louder than `threshold`, or nil for silence throughout.
    public func firstSound(threshold: Int16 = 328) -> Int? {
        samples.firstIndex { abs(Int32($0)) > Int32(threshold) }
    }

    /// The buffer with leading silence cut to at most `keepMilliseconds` before the first sound.
    public func trimmingLeadingSilence(keepMilliseconds: Int = 50) -> AudioBuffer {
        guard let first = firstSound() else { return self }
        let start = max(0, first - sampleCount(milliseconds: keepMilliseconds))
        return AudioBuffer(samples: Array(samples[start...]), sampleRate: sampleRate)
    }

    /// Samples at full scale, which sound as clipping.
    public var clippedSampleCount: Int { samples.count { $0 == .max || $0 == .min } }
}
