import Foundation

/// Speech too long to keep in memory: its samples in a temporary file beside the output,
/// written in chunks while eSpeak NG speaks and read back in chunks by the passes after it. The
/// file is unlinked as soon as it is made, so nothing is left behind whatever happens.
///
/// Samples that came straight from eSpeak NG (no resampling) are 16-bit values, and are kept as
/// such: half the bytes of floats to write and read back, and exactly the same samples.
final class AudioSpool: SampleSource, @unchecked Sendable {
    let sampleRate: Int
    private(set) var count = 0
    /// True when the file holds 16-bit samples rather than floats.
    let holdsShorts: Bool
    private let descriptor: Int32
    /// The output this audio is for, named in messages.
    private let naming: URL

    init(sampleRate: Int, shorts: Bool = false, for output: URL) throws(OutputError) {
        self.sampleRate = sampleRate
        holdsShorts = shorts
        naming = output
        var template = Array(output.deletingLastPathComponent().appendingPathComponent(".hlspeak-audio-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw .cannotCreate(path: output.path, reason: String(cString: strerror(errno)))
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    private var sampleSize: Int { holdsShorts ? MemoryLayout<Int16>.stride : MemoryLayout<Float>.stride }

    func append(_ samples: UnsafeBufferPointer<Float>) throws(OutputError) {
        precondition(!holdsShorts, "a spool of 16-bit samples takes them as they came")
        try appendBytes(UnsafeRawBufferPointer(samples), count: samples.count)
    }

    func append(_ samples: UnsafeBufferPointer<Int16>) throws(OutputError) {
        precondition(holdsShorts, "a spool of floats takes floats")
        try appendBytes(UnsafeRawBufferPointer(samples), count: samples.count)
    }

    private func appendBytes(_ bytes: UnsafeRawBufferPointer, count added: Int) throws(OutputError) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, base + done, bytes.count - done, off_t(count * sampleSize + done))
            guard written > 0 else {
                throw .writeFailed(path: naming.path, reason: String(cString: strerror(written < 0 ? errno : ENOSPC)))
            }
            done += written
        }
        count += added
    }

    func read(from start: Int, into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int {
        let wanted = max(0, min(buffer.count, count - start))
        guard holdsShorts else {
            try readBytes(UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[..<(wanted * sampleSize)]), at: start)
            return wanted
        }
        try withUnsafeTemporaryAllocation(of: Int16.self, capacity: max(1, wanted)) { shorts in
            try readBytes(UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(shorts)[..<(wanted * sampleSize)]), at: start)
            for index in 0..<wanted { buffer[index] = Float(shorts[index]) * (1 / 32768) }
        }
        return wanted
    }

    func readShorts(from start: Int, into buffer: UnsafeMutableBufferPointer<Int16>) throws -> Int? {
        guard holdsShorts else { return nil }
        let wanted = max(0, min(buffer.count, count - start))
        try readBytes(UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[..<(wanted * sampleSize)]), at: start)
        return wanted
    }

    private func readBytes(_ bytes: UnsafeMutableRawBufferPointer, at start: Int) throws {
        var done = 0
        while done < bytes.count {
            let read = pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(start * sampleSize + done))
            guard read > 0 else {
                throw AudioError.processingFailed(step: "reading back the speech", reason: String(cString: strerror(read < 0 ? errno : EIO)))
            }
            done += read
        }
    }
}
