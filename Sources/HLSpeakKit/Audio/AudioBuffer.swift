import Foundation

/// Mono audio in memory as floating-point samples in -1...1, with its sample rate.
public struct AudioBuffer: Hashable, Sendable {
    public var samples: [Float]
    public var sampleRate: Int

    public init(samples: [Float], sampleRate: Int) {
        self.samples = samples
        self.sampleRate = sampleRate
    }

    public var duration: Double { Double(samples.count) / Double(sampleRate) }

    /// Samples in `milliseconds` of time.
    public func sampleCount(milliseconds: Int) -> Int { sampleRate * milliseconds / 1000 }

    /// Seconds at sample `index`.
    public func seconds(at index: Int) -> Double { Double(index) / Double(sampleRate) }

    /// The largest absolute sample.
    public var peak: Float { samples.reduce(0) { max($0, abs($1)) } }

    /// The peak in dB relative to full scale.
    public var peakDecibels: Double { 20 * log10(Double(max(peak, 1e-9))) }

    /// Samples at or beyond full scale, which sound as clipping.
    public var clippedSampleCount: Int { samples.count { abs($0) >= 32767.0 / 32768.0 } }

    /// The samples from `range`, as a buffer of their own.
    public func slice(_ range: Range<Int>) -> AudioBuffer {
        guard range != samples.indices else { return self }
        return AudioBuffer(samples: Array(samples[range.clamped(to: 0..<samples.count)]), sampleRate: sampleRate)
    }

    /// Multiplies every sample by `gain`.
    public mutating func scale(by gain: Float) {
        samples.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices { buffer[index] *= gain }
        }
    }
}
