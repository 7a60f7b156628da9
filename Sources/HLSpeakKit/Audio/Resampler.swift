import CSoxr

/// The one place that talks to libsoxr: changes a buffer's sample rate with its 16-bit-precision
/// filter, optionally cutting everything above a frequency (a telephone channel passes up to
/// 3.4 kHz, so energy above it is only noise to the caller).
public enum Resampler {
    /// `audio` at `rate` Hz; with `bandLimit` (Hz), the filter stops everything above it.
    public static func resample(_ audio: AudioBuffer, to rate: Int, bandLimit: Double? = nil) throws(AudioError)
        -> AudioBuffer {
        guard rate != audio.sampleRate || bandLimit != nil else { return audio }
        try openLibrary()
        var quality = quality(from: audio.sampleRate, to: rate, bandLimit: bandLimit)
        var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        let capacity = Int((Double(audio.samples.count) * Double(rate) / Double(audio.sampleRate)).rounded(.up)) + 16
        var output = [Float](repeating: 0, count: capacity)
        var produced = 0
        let error = audio.samples.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                soxr_oneshot(Double(audio.sampleRate), Double(rate), 1, input.baseAddress, input.count, nil,
                             out.baseAddress, out.count, &produced, &io, &quality, nil)
            }
        }
        if let error {
            throw .processingFailed(step: "resampling", reason: String(cString: error))
        }
        return AudioBuffer(samples: Array(output.prefix(produced)), sampleRate: rate)
    }

    /// Loads libsoxr (the first time audio is resampled, not when hlspeak starts).
    static func openLibrary() throws(AudioError) {
        if let message = hlspeak_open_soxr() { throw .libraryMissing(String(cString: message)) }
    }

    /// soxr's recipe for 16-bit precision (every output hlspeak writes is 16-bit PCM, or 8-bit
    /// mu-law or A-law: more precision is lost in the file); with a band limit, the passband
    /// ends just below it and the stopband starts at it.
    static func quality(from inputRate: Int, to outputRate: Int, bandLimit: Double?) -> soxr_quality_spec_t {
        var quality = soxr_quality_spec(UInt(SOXR_16_BITQ), 0)
        let nyquist = Double(min(inputRate, outputRate)) / 2
        if let bandLimit, bandLimit < nyquist {
            quality.stopband_begin = bandLimit / nyquist
            quality.passband_end = quality.stopband_begin * 0.9
        }
        return quality
    }
}

/// libsoxr's streaming resampler: feed chunks as they arrive, then `finish()` for the tail.
/// Same quality and band limit as `Resampler.resample`.
public final class StreamingResampler {
    private var handle: soxr_t?
    public let inputRate: Int
    public let outputRate: Int

    public init(from inputRate: Int, to outputRate: Int, bandLimit: Double? = nil) throws(AudioError) {
        self.inputRate = inputRate
        self.outputRate = outputRate
        try Resampler.openLibrary()
        var quality = Resampler.quality(from: inputRate, to: outputRate, bandLimit: bandLimit)
        var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        var error: soxr_error_t?
        handle = soxr_create(Double(inputRate), Double(outputRate), 1, &error, &io, &quality, nil)
        if let error { throw .processingFailed(step: "resampling", reason: String(cString: error)) }
    }

    deinit { soxr_delete(handle) }

    /// Resampled audio for `input` (some of it may come out with the next call).
    public func process(_ input: [Float]) -> [Float] {
        run(input, flushing: false)
    }

    /// The last samples held back in the filter.
    public func finish() -> [Float] {
        run([], flushing: true)
    }

    private func run(_ input: [Float], flushing: Bool) -> [Float] {
        var result: [Float] = []
        let capacity = Int(Double(input.count) * Double(outputRate) / Double(inputRate)) + 1_024
        var output = [Float](repeating: 0, count: capacity)
        var consumed = 0
        repeat {
            var used = 0
            var produced = 0
            input.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    let start = flushing ? nil : source.baseAddress.map { UnsafeRawPointer($0 + consumed) }
                    _ = soxr_process(handle, start, flushing ? 0 : source.count - consumed, &used,
                                     target.baseAddress, target.count, &produced)
                }
            }
            consumed += used
            result += output.prefix(produced)
            if produced == 0 && (flushing || consumed >= input.count) { break }
        } while true
        return result
    }
}
