import Foundation

/// Integrated loudness (ITU-R BS.1770-4, in LUFS) measured as samples arrive: the K-weighting
/// filter (a high shelf, then a high-pass), mean square per 100 ms, 400 ms blocks overlapping by
/// 75%, the absolute gate at -70 LUFS and the relative gate 10 LU below. hlspeak measures with
/// this rather than libebur128 because it does the same for a third of the work (one channel,
/// no peak or range modes); the tests hold it to libebur128, the reference.
final class KWeightedLoudness {
    private var shelf: Biquad
    private var highPass: Biquad
    private let subBlockSamples: Int
    private var subBlockPower = 0.0
    private var subBlockCount = 0
    /// Mean square of the last four 100 ms sub-blocks.
    private var recent: [Double] = []
    /// Mean square of every 400 ms block.
    private var blocks: [Double] = []

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // The shelf: +4 dB above about 1.7 kHz, the head's effect on sound.
        var k = tan(Double.pi * 1_681.974450955533 / rate)
        var q = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelf = Biquad(b: ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0),
                       a: (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
        // The high-pass: the revised low-frequency B-curve, from about 38 Hz.
        k = tan(Double.pi * 38.13547087602444 / rate)
        q = 0.5003270373238773
        a0 = 1 + k / q + k * k
        highPass = Biquad(b: (1, -2, 1), a: (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
        subBlockSamples = max(1, sampleRate / 10)
    }

    func add(_ samples: UnsafeBufferPointer<Float>) {
        // The filters work on local copies: the loop then keeps their state in registers.
        var shelf = self.shelf
        var highPass = self.highPass
        defer {
            self.shelf = shelf
            self.highPass = highPass
        }
        var index = 0
        while index < samples.count {
            let take = min(subBlockSamples - subBlockCount, samples.count - index)
            var power = 0.0
            for offset in index..<(index + take) {
                let weighted = highPass.process(shelf.process(Double(samples[offset])))
                power += weighted * weighted
            }
            subBlockPower += power
            subBlockCount += take
            index += take
            if subBlockCount == subBlockSamples {
                recent.append(subBlockPower / Double(subBlockSamples))
                if recent.count > 4 { recent.removeFirst() }
                if recent.count == 4 { blocks.append(recent.reduce(0, +) / 4) }
                subBlockPower = 0
                subBlockCount = 0
            }
        }
    }

    /// The loudness of everything added, or nil when it is too short or silent to measure.
    var integratedLoudness: Double? {
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

    /// One second-order section, in transposed direct form II.
    private struct Biquad {
        let b: (Double, Double, Double)
        let a: (Double, Double)
        var state: (Double, Double) = (0, 0)

        init(b: (Double, Double, Double), a: (Double, Double)) {
            self.b = b
            self.a = a
        }

        @inline(__always) mutating func process(_ input: Double) -> Double {
            let output = b.0 * input + state.0
            state.0 = b.1 * input - a.0 * output + state.1
            state.1 = b.2 * input - a.1 * output
            return output
        }
    }
}
