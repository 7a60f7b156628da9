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
        // Last: an init that throws runs no deinit, so nothing is allocated before the throws.
        pending = .allocate(capacity: 2 * Self.batchSize)
    }

    /// Samples not yet handed to the queue; touched only by the thread that appends. Copied in as
    /// whole blocks of memory and handed over as they are: this runs on the synthesising thread,
    /// in the way of speech.
    private var pending: UnsafeMutableBufferPointer<Int16>
    private var pendingCount = 0
    private static let batchSize = 16_384
    /// At most this many batches wait for the queue: eSpeak NG never makes them that fast, but
    /// a second piece read back from its file does, and would otherwise fill memory.
    private let batchesWaiting = DispatchSemaphore(value: 8)

    deinit { pending.deallocate() }

    /// Queues a chunk of 16-bit samples. Chunks are handed over in batches, so the second core is
    /// woken a few dozen times per section rather than for every small chunk.
    func append(_ chunk: UnsafeBufferPointer<Int16>) {
        guard let source = chunk.baseAddress, !chunk.isEmpty else { return }
        if pendingCount + chunk.count > pending.count {
            let larger = UnsafeMutableBufferPointer<Int16>.allocate(capacity: 2 * (pendingCount + chunk.count))
            larger.baseAddress!.initialize(from: pending.baseAddress!, count: pendingCount)
            pending.deallocate()
            pending = larger
        }
        (pending.baseAddress! + pendingCount).initialize(from: source, count: chunk.count)
        pendingCount += chunk.count
        if pendingCount >= Self.batchSize { handOver() }
    }

    /// A block of samples handed from the synthesising thread to the queue, which frees it.
    private struct Batch: @unchecked Sendable {
        let block: UnsafeMutableBufferPointer<Int16>
        let count: Int
    }

    /// Hands the pending block itself to the queue (no copy) and starts a new one.
    private func handOver() {
        let batch = Batch(block: pending, count: pendingCount)
        pending = .allocate(capacity: pending.count)
        pendingCount = 0
        batchesWaiting.wait()
        queue.async { [self] in
            defer {
                batch.block.deallocate()
                batchesWaiting.signal()
            }
            let shorts = UnsafeBufferPointer(rebasing: batch.block[..<batch.count])
            if let resampler {
                take(resampled: resampler.process([Float](unsafeUninitializedCapacity: shorts.count) { floats, count in
                    Self.convert(shorts, into: floats)
                    count = shorts.count
                }))
            } else {
                take(unresampled: shorts)
            }
        }
    }

    /// 16-bit samples as floats in -1...1.
    private static func convert(_ shorts: UnsafeBufferPointer<Int16>, into floats: UnsafeMutableBufferPointer<Float>) {
        for index in shorts.indices { floats[index] = Float(shorts[index]) * (1 / 32768) }
    }

    /// Waits for the queued chunks and returns what was made. Call it on the thread that appended.
    func finish() throws -> Result {
        if pendingCount > 0 { handOver() }
        return try queue.sync {
            if let tail = resampler?.finish() { take(resampled: tail) }
            if let failure { throw failure }
            return Result(audio: spool, summary: summary, loudness: meter.integratedLoudness)
        }
    }

    /// Measures resampled `samples` and spools them.
    private func take(resampled samples: [Float]) {
        guard failure == nil else { return }
        samples.withUnsafeBufferPointer { samples in
            meter.add(samples)
            summary.add(samples)
        }
        do throws(OutputError) {
            try samples.withUnsafeBufferPointer { samples throws(OutputError) in try spool.append(samples) }
        } catch {
            failure = error
        }
    }

    /// Measures samples straight from eSpeak NG and spools them as they came: converted once,
    /// into the loudness meter's own buffer, where the summary reads them too.
    private func take(unresampled shorts: UnsafeBufferPointer<Int16>) {
        guard failure == nil else { return }
        meter.add(count: shorts.count) { floats, positions in
            Self.convert(UnsafeBufferPointer(rebasing: shorts[positions]), into: floats)
            summary.add(UnsafeBufferPointer(floats))
        }
        do throws(OutputError) {
            try spool.append(shorts)
        } catch {
            failure = error
        }
    }
}
