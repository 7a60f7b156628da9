import Dispatch

/// Processes speech while it is being synthesised: each chunk eSpeak NG hands over is converted,
/// resampled and measured on a queue of its own, so the work runs on a second core alongside
/// the synthesis instead of after it.
public final class AudioStream: @unchecked Sendable {
    // Everything below is touched only on `queue`.
    private let queue = DispatchQueue(label: "hlspeak.audio-stream")
    private let resampler: StreamingResampler?
    private let meter: LoudnessMeter?
    private var output: [Float] = []
    public let inputRate: Int
    public let outputRate: Int

    /// Audio arriving at `inputRate` comes out at `outputRate`, band-limited to `bandLimit` Hz.
    public init(inputRate: Int, outputRate: Int, bandLimit: Double?) throws(AudioError) {
        self.inputRate = inputRate
        self.outputRate = outputRate
        resampler = outputRate == inputRate && bandLimit == nil
            ? nil : try StreamingResampler(from: inputRate, to: outputRate, bandLimit: bandLimit)
        meter = LoudnessMeter(sampleRate: outputRate)
    }

    /// Samples not yet handed to the queue; touched only by the thread that appends.
    private var pending: [Int16] = []
    private static let batchSize = 16_384

    /// Queues a chunk of 16-bit samples. Chunks are handed over in batches, so the second core is
    /// woken a few dozen times per section rather than for every small chunk.
    public func append(_ chunk: [Int16]) {
        pending += chunk
        if pending.count >= Self.batchSize { handOver() }
    }

    private func handOver() {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        queue.async { [self] in
            let samples = batch.map { Float($0) / 32768 }
            take(resampler?.process(samples) ?? samples)
        }
    }

    /// Waits for the queued chunks and returns the audio and its integrated loudness. Call it on
    /// the thread that appended.
    public func finish() -> (audio: AudioBuffer, loudness: Double?) {
        if !pending.isEmpty { handOver() }
        return queue.sync {
            if let tail = resampler?.finish() { take(tail) }
            return (AudioBuffer(samples: output, sampleRate: outputRate), meter?.integratedLoudness)
        }
    }

    private func take(_ samples: [Float]) {
        output += samples
        meter?.add(samples)
    }
}
