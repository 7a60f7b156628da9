import CEbur128
import Foundation

/// The one place that talks to libebur128: integrated loudness (ITU-R BS.1770, in LUFS).
public enum LoudnessMeter {
    /// The integrated loudness of `audio`, or nil when it is too short or silent to measure.
    public static func integratedLoudness(of audio: AudioBuffer) -> Double? {
        var handle: UnsafeMutablePointer<ebur128_state>? =
            ebur128_init(1, UInt(audio.sampleRate), Int32(EBUR128_MODE_I.rawValue))
        guard let state = handle else { return nil }
        defer { ebur128_destroy(&handle) }
        let added = audio.samples.withUnsafeBufferPointer { samples in
            ebur128_add_frames_float(state, samples.baseAddress, samples.count)
        }
        var loudness = 0.0
        guard added == Int32(EBUR128_SUCCESS.rawValue),
              ebur128_loudness_global(state, &loudness) == Int32(EBUR128_SUCCESS.rawValue),
              loudness.isFinite else { return nil }
        return loudness
    }
}
