/// Samples that can be read back in chunks: a buffer in memory, or speech spooled to disk while
/// it was made. The passes after synthesis read through this, so they work the same on both.
protocol SampleSource {
    var sampleRate: Int { get }
    var count: Int { get }
    /// Fills `buffer` with the samples from `start` on; returns how many there were.
    func read(from start: Int, into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int
    /// Fills `buffer` with the samples from `start` on as the 16-bit values they were made as;
    /// nil when the source does not hold 16-bit samples.
    func readShorts(from start: Int, into buffer: UnsafeMutableBufferPointer<Int16>) throws -> Int?
}

extension SampleSource {
    /// Fills `buffer` with the samples from `start` on as the 16-bit values they were made as;
    /// nil when the source does not hold 16-bit samples.
    func readShorts(from start: Int, into buffer: UnsafeMutableBufferPointer<Int16>) throws -> Int? { nil }

    /// Seconds of audio.
    var duration: Double { Double(count) / Double(sampleRate) }
}

/// Where finished samples go: a buffer, or an encoder writing a file.
protocol SampleSink {
    mutating func write(_ samples: UnsafeBufferPointer<Float>) throws
}

extension AudioBuffer: SampleSource, SampleSink {
    var count: Int { samples.count }

    func read(from start: Int, into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int {
        let available = max(0, min(buffer.count, samples.count - start))
        samples.withUnsafeBufferPointer { source in
            for index in 0..<available { buffer[index] = source[start + index] }
        }
        return available
    }

    mutating func write(_ chunk: UnsafeBufferPointer<Float>) throws {
        samples.append(contentsOf: chunk)
    }

    /// The whole of `source` in memory (for tests and short clips).
    init(reading source: some SampleSource) throws {
        var samples = [Float](repeating: 0, count: source.count)
        let read = try samples.withUnsafeMutableBufferPointer { try source.read(from: 0, into: $0) }
        self.init(samples: Array(samples.prefix(read)), sampleRate: source.sampleRate)
    }
}
