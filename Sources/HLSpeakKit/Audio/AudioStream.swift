import Dispatch
import Foundation

/// Processes speech while it is being synthesised: each batch eSpeak NG hands over is converted,
/// resampled, measured (loudness, window power, peaks) and spooled to disk on a queue of its own,
/// so the work runs on a second core alongside the synthesis and memory stays flat however long
/// the speech is.
final class AudioStream: @unchecked Sendable {
    // Everything below is touched only on `queue`.
    private let queue = DispatchQueue(label: "hlspeak.audio-stream")
    private let resampler: StreamingResampler?
    private let meter: KWeightedLoudness
    private let spool: AudioSpool
    private var summary: SignalSummary
    private var failure: OutputError?

    /// What the stream made: the samples (spooled), their summary and integrated loudness.
    struct Result {
        var audio: AudioSpool
        var summary: SignalSummary
        var loudness: Double?
    }

    /// Audio arriving at `inputRate` comes out at `outputRate`, band-limited to `bandLimit` Hz,
    /// spooled beside `output`.
    init(inputRate: Int, outputRate: Int, bandLimit: Double?, for output: URL) throws {
        resampler = outputRate == inputRate && bandLimit == nil
            ? nil : try StreamingResampler(from: inputRate, to: outputRate, bandLimit: bandLimit)
        meter = KWeightedLoudness(sampleRate: outputRate)
        // Straight from eSpeak NG, the samples are 16-bit values: spooled as they came.
        spool = try AudioSpool(sampleRate: outputRate, shorts: resampler == nil, for: output)
        summary = SignalSummary(sampleRate: outputRate)
    }

    /// Samples not yet handed to the queue; touched only by the thread that appends.
    private var pending: [Int16] = []
    private static let batchSize = 16_384

    /// Queues a chunk of 16-bit samples. Chunks are handed over in batches, so the second core is
    /// woken a few dozen times per section rather than for every small chunk.
    func append(_ chunk: [Int16]) {
        pending += chunk
        if pending.count >= Self.batchSize { handOver() }
    }

    private func handOver() {
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        queue.async { [self] in
            var samples = [Float](repeating: 0, count: batch.count)
            samples.withUnsafeMutableBufferPointer { floats in
                batch.withUnsafeBufferPointer { shorts in
                    for index in shorts.indices { floats[index] = Float(shorts[index]) * (1 / 32768) }
                }
            }
            if let resampler {
                take(resampler.process(samples))
            } else {
                take(samples, shorts: batch)
            }
        }
    }

    /// Waits for the queued chunks and returns what was made. Call it on the thread that appended.
    func finish() throws -> Result {
        if !pending.isEmpty { handOver() }
        return try queue.sync {
            if let tail = resampler?.finish() { take(tail) }
            if let failure { throw failure }
            return Result(audio: spool, summary: summary, loudness: meter.integratedLoudness)
        }
    }

    /// Measures `samples` and spools them (or `shorts`, the same samples as they came).
    private func take(_ samples: [Float], shorts: [Int16]? = nil) {
        guard failure == nil else { return }
        samples.withUnsafeBufferPointer { samples in
            meter.add(samples)
            summary.add(samples)
        }
        do throws(OutputError) {
            if let shorts {
                try shorts.withUnsafeBufferPointer { shorts throws(OutputError) in try spool.append(shorts) }
            } else {
                try samples.withUnsafeBufferPointer { samples throws(OutputError) in try spool.append(samples) }
            }
        } catch {
            failure = error
        }
    }
}
