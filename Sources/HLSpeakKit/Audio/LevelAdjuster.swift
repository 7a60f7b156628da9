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
}

/// Brings a recording to a loudness target: one gain for the whole file, then a limiter for the
/// peaks the gain would push over the ceiling. The limiter takes a little loudness away, so the
/// gain is corrected once after a first pass.
public enum LevelAdjuster {
    public static func adjust(_ audio: AudioBuffer, to target: LevelTarget) -> AudioBuffer {
        // A little headroom under the ceiling absorbs the rounding of 8-bit telephone codecs.
        let limiter = PeakLimiter(ceilingDecibels: target.peakCeiling - 0.2)
        guard let measured = LoudnessMeter.integratedLoudness(of: audio) else { return limiter.limit(audio) }
        var gainDecibels = target.loudness - measured
        var adjusted = limiter.limit(audio.scaled(by: Float(pow(10, gainDecibels / 20))))
        if let after = LoudnessMeter.integratedLoudness(of: adjusted), abs(after - target.loudness) > 0.2 {
            gainDecibels += target.loudness - after
            adjusted = limiter.limit(audio.scaled(by: Float(pow(10, gainDecibels / 20))))
        }
        return adjusted
    }
}
