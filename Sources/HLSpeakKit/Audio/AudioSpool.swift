import Foundation

/// Speech too long to keep in memory: its samples in a temporary file beside the output,
/// written in chunks while eSpeak NG speaks and read back in chunks by the passes after it. The
/// file is unlinked as soon as it is made, so nothing is left behind whatever happens.
final class AudioSpool: SampleSource, @unchecked Sendable {
    let sampleRate: Int
    private(set) var count = 0
    private let descriptor: Int32
    /// The output this audio is for, named in messages.
    private let naming: URL

    init(sampleRate: Int, for output: URL) throws(OutputError) {
        self.sampleRate = sampleRate
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

    func append(_ samples: UnsafeBufferPointer<Float>) throws(OutputError) {
        guard let base = samples.baseAddress, !samples.isEmpty else { return }
        let bytes = UnsafeRawBufferPointer(start: base, count: samples.count * MemoryLayout<Float>.stride)
        var done = 0
        while done < bytes.count {
            let written = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done,
                                 off_t(count * MemoryLayout<Float>.stride + done))
            guard written > 0 else {
                throw .writeFailed(path: naming.path, reason: String(cString: strerror(written < 0 ? errno : ENOSPC)))
            }
            done += written
        }
        count += samples.count
    }

    func read(from start: Int, into buffer: UnsafeMutableBufferPointer<Float>) throws -> Int {
        let wanted = max(0, min(buffer.count, count - start))
        let bytes = wanted * MemoryLayout<Float>.stride
        var done = 0
        while done < bytes {
            let read = pread(descriptor, UnsafeMutableRawPointer(buffer.baseAddress!) + done, bytes - done,
                             off_t(start * MemoryLayout<Float>.stride + done))
            guard read > 0 else {
                throw AudioError.processingFailed(step: "reading back the speech", reason: String(cString: strerror(read < 0 ? errno : EIO)))
            }
            done += read
        }
        return wanted
    }
}
