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

/// Brings a recording to a loudness target: one gain for the whole recording, then a limiter for
/// the peaks the gain would push over the ceiling. When the limiter had much to do it took some
/// loudness away, so the loudness is measured again and the gain corrected once.
public enum LevelAdjuster {
    /// Brings `audio` to `target` in place; `measured` is its loudness when already known
    /// (measured while it was being made).
    public static func adjust(_ audio: inout AudioBuffer, to target: LevelTarget, measured: Double? = nil) {
        // A little headroom under the ceiling absorbs the rounding of 8-bit telephone codecs.
        let limiter = PeakLimiter(ceilingDecibels: target.peakCeiling - 0.2)
        guard let measured = measured ?? LoudnessMeter.integratedLoudness(of: audio) else {
            limiter.limit(&audio)
            return
        }
        let gain = Float(pow(10, (target.loudness - measured) / 20))
        // Keep the original only when the limiter will have a lot to do and a second pass may follow.
        let ceiling = limiter.ceiling / gain
        let heavyCount = audio.samples.count / 200
        var overCount = 0
        audio.samples.withUnsafeBufferPointer { samples in
            for sample in samples where abs(sample) > ceiling {
                overCount += 1
                if overCount > heavyCount { break }
            }
        }
        let heavy = overCount > heavyCount
        let original = heavy ? audio : nil
        audio.scale(by: gain)
        limiter.limit(&audio)
        if var original, let after = LoudnessMeter.integratedLoudness(of: audio) {
            original.scale(by: gain * Float(pow(10, (target.loudness - after) / 20)))
            limiter.limit(&original)
            audio = original
        }
    }
}
