import Foundation

/// Keeps every sample at or below a ceiling by turning the gain down smoothly around loud peaks,
/// never by clipping: the gain needed at each sample is spread over a short look-ahead window
/// and recovers over a release time.
public struct PeakLimiter: Sendable {
    /// The highest allowed sample magnitude (for example 0.708 for -3 dBFS).
    public var ceiling: Float
    public var lookAheadMilliseconds = 5
    public var releaseMilliseconds = 80

    public init(ceilingDecibels: Double) {
        ceiling = Float(pow(10, ceilingDecibels / 20))
    }

    public func limit(_ audio: AudioBuffer) -> AudioBuffer {
        let samples = audio.samples
        guard samples.contains(where: { abs($0) > ceiling }) else { return audio }
        let needed = samples.map { abs($0) > ceiling ? ceiling / abs($0) : 1 }
        let half = max(1, audio.sampleCount(milliseconds: lookAheadMilliseconds))
        // The lowest gain needed anywhere within ±2·half, then averaged over ±half: the average of
        // values that are each at most the need at a peak stays at most that need.
        let floor = Self.slidingMinimum(needed, radius: 2 * half)
        let smooth = Self.movingAverage(floor, radius: half)
        let release = 1 / Float(max(1, audio.sampleCount(milliseconds: releaseMilliseconds)))
        var gain: Float = 1
        var limited = samples
        for index in samples.indices {
            gain = min(smooth[index], gain + release)
            limited[index] = samples[index] * gain
        }
        return AudioBuffer(samples: limited, sampleRate: audio.sampleRate)
    }

    /// For each index, the minimum of `values` within `radius` on either side (a monotonic queue).
    static func slidingMinimum(_ values: [Float], radius: Int) -> [Float] {
        var result = [Float](repeating: 1, count: values.count)
        var queue: [Int] = []
        var head = 0
        var next = 0
        for index in values.indices {
            while next < values.count && next <= index + radius {
                while queue.count > head && values[queue[queue.count - 1]] >= values[next] { queue.removeLast() }
                queue.append(next)
                next += 1
            }
            while queue[head] < index - radius { head += 1 }
            result[index] = values[queue[head]]
        }
        return result
    }

    /// For each index, the mean of `values` within `radius` on either side.
    static func movingAverage(_ values: [Float], radius: Int) -> [Float] {
        var prefix = [Double](repeating: 0, count: values.count + 1)
        for (index, value) in values.enumerated() { prefix[index + 1] = prefix[index] + Double(value) }
        return values.indices.map { index in
            let low = max(0, index - radius)
            let high = min(values.count, index + radius + 1)
            return Float((prefix[high] - prefix[low]) / Double(high - low))
        }
    }
}
