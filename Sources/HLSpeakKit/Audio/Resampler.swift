import CSoxr

/// The one place that talks to libsoxr: changes a buffer's sample rate with its high-quality
/// filter, optionally cutting everything above a frequency (a telephone channel passes up to
/// 3.4 kHz, so energy above it is only noise to the caller).
public enum Resampler {
    /// `audio` at `rate` Hz; with `bandLimit` (Hz), the filter stops everything above it.
    public static func resample(_ audio: AudioBuffer, to rate: Int, bandLimit: Double? = nil) throws(AudioError)
        -> AudioBuffer {
        guard rate != audio.sampleRate || bandLimit != nil else { return audio }
        var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
        let nyquist = Double(min(rate, audio.sampleRate)) / 2
        if let bandLimit, bandLimit < nyquist {
            // The passband ends just below the limit; the stopband starts at it.
            quality.stopband_begin = bandLimit / nyquist
            quality.passband_end = quality.stopband_begin * 0.9
        }
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
}
