import Foundation

/// What the passes after synthesis need to know about a recording, gathered in one pass while it
/// is made: the power of every 10 ms window (for the silence map) and how many samples reach each
/// level (for the limiter's workload), so nothing has to scan the samples again to decide.
struct SignalSummary: Sendable {
    let sampleRate: Int
    let windowSamples: Int
    /// Mean square of each complete 10 ms window.
    private(set) var windowPower: [Float] = []
    private(set) var count = 0
    private var partialPower: Float = 0
    private var partialCount = 0
    /// Every eighth sample's magnitude, counted by its float exponent and top three mantissa
    /// bits (bins an eighth of an octave, about 0.8 dB, wide).
    private var magnitudes = [Int](repeating: 0, count: 2_048)
    private static let magnitudeStride = 8

    init(sampleRate: Int) {
        self.sampleRate = sampleRate
        windowSamples = max(1, sampleRate / 100)
    }

    /// The summary of all of `source`.
    init(of source: some SampleSource) throws {
        self.init(sampleRate: source.sampleRate)
        var chunk = [Float](repeating: 0, count: 65_536)
        var position = 0
        while position < source.count {
            let read = try chunk.withUnsafeMutableBufferPointer { try source.read(from: position, into: $0) }
            guard read > 0 else { break }
            chunk.withUnsafeBufferPointer { add(UnsafeBufferPointer(rebasing: $0[..<read])) }
            position += read
        }
    }

    private static func bin(_ magnitude: Float) -> Int { Int(magnitude.bitPattern >> 20) }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        magnitudes.withUnsafeMutableBufferPointer { bins in
            // The stride continues across chunks: sample positions count, not chunk offsets.
            let first = (Self.magnitudeStride - count % Self.magnitudeStride) % Self.magnitudeStride
            // A magnitude's bin is below 2,048 and no count nears Int.max: wrapping arithmetic,
            // without the overflow checks that doubled this loop.
            for offset in stride(from: first, to: samples.count, by: Self.magnitudeStride) {
                bins[Self.bin(abs(samples[offset]))] &+= 1
            }
        }
        count += samples.count
        var index = 0
        while index < samples.count {
            let take = min(windowSamples - partialCount, samples.count - index)
            partialPower += SampleMath.sumOfSquares(UnsafeBufferPointer(rebasing: samples[index..<(index + take)]))
            partialCount += take
            index += take
            if partialCount == windowSamples {
                windowPower.append(partialPower / Float(windowSamples))
                partialPower = 0
                partialCount = 0
            }
        }
    }

    /// Roughly how many samples are louder than `level` (to within a bin).
    func samplesAbove(_ level: Float) -> Int {
        let first = Self.bin(level) + 1
        return first < magnitudes.count ? magnitudes[first...].reduce(0, +) * Self.magnitudeStride : 0
    }

    /// Where the samples `range`, multiplied by `gain`, are quiet: windows counted from the
    /// range's start (to the nearest window when it does not start on one).
    func silenceMap(of range: Range<Int>? = nil, gain: Float = 1, thresholdDecibels: Double = -45) -> SilenceMap {
        let range = range ?? 0..<count
        let first = (range.lowerBound + windowSamples / 2) / windowSamples
        let windows = min(range.count / windowSamples, max(0, windowPower.count - first))
        let threshold = Float(pow(10, thresholdDecibels / 20)) / max(gain, 1e-9)
        let squared = threshold * threshold
        return SilenceMap(windowSamples: windowSamples,
                          loudWindows: windowPower[first..<(first + windows)].map { $0 > squared },
                          origin: first * windowSamples - range.lowerBound)
    }
}
