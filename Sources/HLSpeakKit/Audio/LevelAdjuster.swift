import Foundation

/// The loudness and peak a finished recording must meet.
public struct LevelTarget: Hashable, Sendable {
    /// Integrated loudness in LUFS (EBU R128 broadcast and most phone systems: -23).
    public var loudness: Double
    /// The highest sample peak, in dBFS.
    public var peakCeiling: Double

    public init(loudness: Double = -23, peakCeiling: Double = -3) {
        self.loudness = loudness
        self.peakCeiling = peakCeiling
    }

    /// The limiter that keeps peaks under the ceiling, with a little headroom that absorbs the
    /// rounding of 8-bit telephone codecs.
    var limiter: PeakLimiter { PeakLimiter(ceilingDecibels: peakCeiling - 0.2) }
}

/// Brings a recording to a loudness target: one gain for the whole recording, then the limiter
/// for the peaks the gain pushes over the ceiling. When the limiter has much to do it takes some
/// loudness away, so the limited audio is measured once more and the gain corrected.
public enum LevelAdjuster {
    /// Brings `audio` to `target` in place; `measured` is its loudness when already known.
    public static func adjust(_ audio: inout AudioBuffer, to target: LevelTarget, measured: Double? = nil) {
        // Buffers in memory cannot fail to read or write.
        guard let summary = try? SignalSummary(of: audio),
              let gain = try? gain(for: audio, summary: summary, measured: measured ?? KWeightedLoudness.integratedLoudness(of: audio),
                                   target: target) else { return }
        var adjusted = AudioBuffer(samples: [], sampleRate: audio.sampleRate)
        adjusted.samples.reserveCapacity(audio.samples.count)
        try? target.limiter.render(audio, range: 0..<audio.samples.count, gain: gain) { try adjusted.write($0) }
        audio = adjusted
    }

    /// The one gain that brings `source` to `target` before the limiter; `measured` is its
    /// loudness (nil when too short or silent to measure: then only the limiter acts).
    static func gain(for source: some SampleSource, summary: SignalSummary, measured: Double?, target: LevelTarget) throws -> Float {
        guard let measured else { return 1 }
        let gain = Float(pow(10, (target.loudness - measured) / 20))
        let limiter = target.limiter
        // The limiter will have a lot to do (over 0.5% of samples): measure what it leaves.
        guard summary.samplesAbove(limiter.ceiling / gain) > summary.count / 200 else { return gain }
        let meter = KWeightedLoudness(sampleRate: source.sampleRate)
        try limiter.render(source, range: 0..<source.count, gain: gain) { meter.add($0) }
        guard let after = meter.integratedLoudness else { return gain }
        return gain * Float(pow(10, (target.loudness - after) / 20))
    }
}
