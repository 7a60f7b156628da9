import Foundation

/// Integrated loudness (ITU-R BS.1770-4, in LUFS) measured as samples arrive: the K-weighting
/// filter (a high shelf, then a high-pass), mean square per 100 ms, 400 ms blocks overlapping by
/// 75%, the absolute gate at -70 LUFS and the relative gate 10 LU below. hlspeak measures with
/// this rather than libebur128 because it does the same for a fraction of the work (one channel,
/// no peak or range modes, four stretches of the signal filtered at once); the tests hold it to
/// libebur128, the reference.
///
/// The filter runs on four stretches of 1.6 s side by side, one per vector lane. Each lane starts
/// from rest 100 ms before its stretch and filters its way in: by the time the stretch begins, what
/// the filter would have remembered from earlier has died away (the slowest part, the 38 Hz
/// high-pass, to below a millionth). The figure depends only on the samples, never on how they
/// arrive.
final class KWeightedLoudness {
    private let filter: KWeightingFilter
    private let subBlockSamples: Int
    /// Sub-blocks in each lane's stretch.
    private static let subBlocksPerLane = 16
    /// The last sub-block already measured (the lanes' run-in), then samples not yet measured.
    private var buffer: [Float]
    private var filled: Int
    /// Whether the last whole sub-block added was silence; before the first, the filter rests.
    private var lastWasSilent = true
    /// Each whole sub-block added since the buffer's run-in, in order: true when it is in the
    /// buffer, false when it was silence after silence and left out (its power is zero).
    private var kept: [Bool] = []
    /// Mean square of the last four 100 ms sub-blocks.
    private var recent: [Double] = []
    /// Mean square of every 400 ms block.
    private var blocks: [Double] = []

    init(sampleRate: Int) {
        filter = KWeightingFilter(sampleRate: Double(sampleRate))
        subBlockSamples = max(1, sampleRate / 10)
        // Before the first sample the filter is at rest: a run-in of silence is exact. The rest
        // is written before it is read (`measure` reads only what was filled, and fills the tail
        // with silence itself), so the half megabyte is not cleared first.
        let subBlockSamples = subBlockSamples, size = subBlockSamples * (1 + 4 * Self.subBlocksPerLane)
        buffer = [Float](unsafeUninitializedCapacity: size) { buffer, count in
            buffer.baseAddress!.initialize(repeating: 0, count: subBlockSamples)
            count = size
        }
        filled = subBlockSamples
    }

    func add(_ samples: UnsafeBufferPointer<Float>) {
        add(count: samples.count) { stretch, positions in
            _ = stretch.initialize(from: UnsafeBufferPointer(rebasing: samples[positions]))
        }
    }

    /// Adds `count` samples that `fill` writes straight into the meter's buffer, a stretch at a
    /// time, with the stretch's positions among the `count`: a caller that converts samples as it
    /// copies them (16-bit values from eSpeak NG) makes no copy of its own. `fill` must write every
    /// sample of the stretch; it may read the stretch back, but only until it returns, and it must
    /// not call the meter.
    func add(count: Int, _ fill: (UnsafeMutableBufferPointer<Float>, Range<Int>) -> Void) {
        var index = 0
        while index < count {
            // A sub-block at a time, so each whole one can be looked at.
            let take = min(subBlockSamples - filled % subBlockSamples, count - index)
            buffer.withUnsafeMutableBufferPointer { buffer in
                fill(UnsafeMutableBufferPointer(rebasing: buffer[filled..<(filled + take)]), index..<(index + take))
            }
            filled += take
            index += take
            guard filled % subBlockSamples == 0 else { continue }
            // Silence after silence is left out: the filters' memory of sound has died away over
            // the first 100 ms of silence (to a ten-billionth), so what they give out for the
            // next is nothing, and a sixth of speech is such pauses.
            let silent = buffer.withUnsafeBufferPointer { SampleMath.isSilent(UnsafeBufferPointer(rebasing: $0[(filled - subBlockSamples)..<filled])) }
            kept.append(!(silent && lastWasSilent))
            if silent && lastWasSilent { filled -= subBlockSamples }
            lastWasSilent = silent
            if filled == buffer.count {
                record(inOrder(measure(subBlocksPerLane: Self.subBlocksPerLane)), into: &recent, &blocks)
                kept = []
                // The last sub-block is the next run-in.
                buffer.withUnsafeMutableBufferPointer { buffer in
                    let base = buffer.baseAddress!
                    base.update(from: base + (buffer.count - subBlockSamples), count: subBlockSamples)
                }
                filled = subBlockSamples
            }
        }
    }

    /// The powers of the sub-blocks in the buffer with a zero where each one left out was.
    private func inOrder(_ measured: [Double]) -> [Double] {
        var powers = measured.makeIterator()
        return kept.map { $0 ? powers.next() ?? 0 : 0 }
    }

    /// The mean square of each whole sub-block in the buffer, four lanes of `subBlocksPerLane`
    /// sub-blocks each; past what was filled the lanes read silence, and those sub-blocks, with
    /// the last part-filled one, are left out.
    private func measure(subBlocksPerLane: Int) -> [Double] {
        let whole = (filled - subBlockSamples) / subBlockSamples
        let laneSamples = subBlocksPerLane * subBlockSamples
        let end = subBlockSamples + 4 * laneSamples
        return buffer.withUnsafeMutableBufferPointer { buffer -> [Double] in
            if filled < end { buffer.baseAddress!.advanced(by: filled).update(repeating: 0, count: end - filled) }
            let samples = UnsafeBufferPointer(buffer)
            var powers = [Double](repeating: 0, count: 4 * subBlocksPerLane)
            var state = KWeightingFilter.State()
            let starts = SIMD4<Int>(0, 1, 2, 3) &* laneSamples
            var position = 0
            @inline(__always) func next() -> SIMD4<Float> {
                defer { position += 1 }
                return SIMD4(samples[starts[0] &+ position], samples[starts[1] &+ position],
                             samples[starts[2] &+ position], samples[starts[3] &+ position])
            }
            for _ in 0..<subBlockSamples { _ = filter.process(next(), &state) }
            for subBlock in 0..<subBlocksPerLane {
                var power = SIMD4<Float>()
                for _ in 0..<subBlockSamples {
                    let weighted = filter.process(next(), &state)
                    power += weighted * weighted
                }
                for lane in 0..<4 { powers[lane * subBlocksPerLane + subBlock] = Double(power[lane]) / Double(subBlockSamples) }
                state.flushTiny()
            }
            return Array(powers.prefix(whole))
        }
    }

    /// Adds sub-block powers to the running sub-blocks and 400 ms blocks.
    private func record(_ powers: [Double], into recent: inout [Double], _ blocks: inout [Double]) {
        for power in powers {
            recent.append(power)
            if recent.count > 4 { recent.removeFirst() }
            if recent.count == 4 { blocks.append(recent.reduce(0, +) / 4) }
        }
    }

    /// The loudness of everything added, or nil when it is too short or silent to measure.
    var integratedLoudness: Double? {
        // The whole sub-blocks not yet measured count too; the stream may still go on after.
        var recent = recent, blocks = blocks
        let pending = (filled - subBlockSamples) / subBlockSamples
        if !kept.isEmpty { record(inOrder(pending > 0 ? measure(subBlocksPerLane: (pending + 3) / 4) : []), into: &recent, &blocks) }
        func loudness(_ power: Double) -> Double { -0.691 + 10 * log10(power) }
        let audible = blocks.filter { $0 > 0 && loudness($0) > -70 }
        guard !audible.isEmpty else { return nil }
        let relativeGate = loudness(audible.reduce(0, +) / Double(audible.count)) - 10
        let gated = audible.filter { loudness($0) > relativeGate }
        guard !gated.isEmpty else { return nil }
        return loudness(gated.reduce(0, +) / Double(gated.count))
    }

    /// The integrated loudness of `audio`.
    static func integratedLoudness(of audio: AudioBuffer) -> Double? {
        let meter = KWeightedLoudness(sampleRate: audio.sampleRate)
        audio.samples.withUnsafeBufferPointer { meter.add($0) }
        return meter.integratedLoudness
    }
}

/// The K-weighting filter of BS.1770 as two second-order sections in transposed direct form II,
/// four independent signals at a time.
private struct KWeightingFilter {
    typealias Lanes = SIMD4<Float>
    /// The shelf's coefficients, then the high-pass's (whose numerator is 1, -2, 1).
    let shelfB0, shelfB1, shelfB2, shelfA1, shelfA2, highA1, highA2: Lanes

    /// The filters' memory, per lane.
    struct State {
        var shelf = (Lanes(), Lanes())
        var high = (Lanes(), Lanes())

        /// Sets memory too small to matter to zero. In a silence the filters' memory dies away
        /// towards numbers so small (subnormal) that every operation on them is many times
        /// slower; after each 100 ms it is a ten-billionth of what it was, so it never gets there.
        mutating func flushTiny() {
            func flush(_ lanes: inout Lanes) { lanes.replace(with: 0, where: lanes .< 1e-25 .& lanes .> -1e-25) }
            flush(&shelf.0)
            flush(&shelf.1)
            flush(&high.0)
            flush(&high.1)
        }
    }

    init(sampleRate rate: Double) {
        // The shelf: +4 dB above about 1.7 kHz, the head's effect on sound.
        var k = tan(Double.pi * 1_681.974450955533 / rate)
        var q = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelfB0 = Lanes(repeating: Float((vh + vb * k / q + k * k) / a0))
        shelfB1 = Lanes(repeating: Float(2 * (k * k - vh) / a0))
        shelfB2 = Lanes(repeating: Float((vh - vb * k / q + k * k) / a0))
        shelfA1 = Lanes(repeating: Float(2 * (k * k - 1) / a0))
        shelfA2 = Lanes(repeating: Float((1 - k / q + k * k) / a0))
        // The high-pass: the revised low-frequency B-curve, from about 38 Hz.
        k = tan(Double.pi * 38.13547087602444 / rate)
        q = 0.5003270373238773
        a0 = 1 + k / q + k * k
        highA1 = Lanes(repeating: Float(2 * (k * k - 1) / a0))
        highA2 = Lanes(repeating: Float((1 - k / q + k * k) / a0))
    }

    @inline(__always) func process(_ input: Lanes, _ state: inout State) -> Lanes {
        let shelved = shelfB0 * input + state.shelf.0
        state.shelf.0 = shelfB1 * input - shelfA1 * shelved + state.shelf.1
        state.shelf.1 = shelfB2 * input - shelfA2 * shelved
        let output = shelved + state.high.0
        state.high.0 = -2 * shelved - highA1 * output + state.high.1
        state.high.1 = shelved - highA2 * output
        return output
    }
}
