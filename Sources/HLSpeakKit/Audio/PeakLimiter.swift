import Foundation

/// Keeps every sample at or below a ceiling by turning the gain down smoothly around loud peaks,
/// never by clipping. Around each sample over the ceiling the gain ramps down over a short
/// look-ahead, reaches exactly what that sample needs, and ramps back over a release time.
/// Work and memory are proportional to the peaks, not the length of the recording.
public struct PeakLimiter: Sendable {
    /// The highest allowed sample magnitude (for example 0.708 for -3 dBFS).
    public var ceiling: Float
    public var attackMilliseconds = 5
    public var releaseMilliseconds = 80

    public init(ceilingDecibels: Double) {
        ceiling = Float(pow(10, ceilingDecibels / 20))
    }

    /// Limits `audio` in place and returns how many samples were over the ceiling.
    @discardableResult
    public func limit(_ audio: inout AudioBuffer) -> Int {
        let attack = max(1, audio.sampleCount(milliseconds: attackMilliseconds))
        let release = max(1, audio.sampleCount(milliseconds: releaseMilliseconds))
        let ceiling = self.ceiling
        return audio.samples.withUnsafeMutableBufferPointer { samples -> Int in
            var over: [Int] = []
            for index in samples.indices where abs(samples[index]) > ceiling { over.append(index) }
            var clusterStart = 0
            // Peaks whose ramps overlap share one gain curve.
            while clusterStart < over.count {
                var clusterEnd = clusterStart
                while clusterEnd + 1 < over.count && over[clusterEnd + 1] - attack <= over[clusterEnd] + release {
                    clusterEnd += 1
                }
                let low = max(0, over[clusterStart] - attack)
                let high = min(samples.count - 1, over[clusterEnd] + release)
                var gain = [Float](repeating: 1, count: high - low + 1)
                for peak in over[clusterStart...clusterEnd] {
                    let need = ceiling / abs(samples[peak])
                    guard gain[peak - low] > need else { continue }  // an earlier ramp covers it
                    for position in max(low, peak - attack)...min(high, peak + release) {
                        let distance = position < peak ? Float(peak - position) / Float(attack)
                                                       : Float(position - peak) / Float(release)
                        gain[position - low] = min(gain[position - low], need + (1 - need) * distance)
                    }
                }
                for position in low...high { samples[position] *= gain[position - low] }
                clusterStart = clusterEnd + 1
            }
            return over.count
        }
    }
}
