import CEbur128
import Foundation
@testable import HLSpeakKit

/// The one place that talks to libebur128, the reference the tests hold hlspeak's own meter
/// (`KWeightedLoudness`) and its outputs to: integrated loudness (ITU-R BS.1770, in LUFS), of a
/// whole buffer or of audio fed in chunks. Here, not in HLSpeakKit: hlspeak itself never calls
/// it, so the program does not load libebur128.
final class LoudnessMeter {
    private var state: UnsafeMutablePointer<ebur128_state>?

    /// libebur128 fills shared tables the first time a meter is made: two threads doing that at
    /// once corrupt them (seen as wildly wrong loudness when tests ran in parallel).
    private static let setup = NSLock()

    init?(sampleRate: Int) {
        Self.setup.lock()
        state = ebur128_init(1, UInt(sampleRate), Int32(EBUR128_MODE_I.rawValue))
        Self.setup.unlock()
        guard state != nil else { return nil }
    }

    deinit { ebur128_destroy(&state) }

    func add(_ samples: [Float]) {
        samples.withUnsafeBufferPointer { add($0) }
    }

    func add(_ samples: UnsafeBufferPointer<Float>) {
        _ = ebur128_add_frames_float(state, samples.baseAddress, samples.count)
    }

    /// The loudness of everything added, or nil when it is too short or silent to measure.
    var integratedLoudness: Double? {
        var loudness = 0.0
        guard ebur128_loudness_global(state, &loudness) == Int32(EBUR128_SUCCESS.rawValue),
              loudness.isFinite else { return nil }
        return loudness
    }

    /// The integrated loudness of `audio`.
    static func integratedLoudness(of audio: AudioBuffer) -> Double? {
        guard let meter = LoudnessMeter(sampleRate: audio.sampleRate) else { return nil }
        meter.add(audio.samples)
        return meter.integratedLoudness
    }
}
