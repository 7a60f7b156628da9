import Foundation

/// A piece of speech spoken by a child process forked from this one, so that a fresh copy of
/// eSpeak NG speaks it on another core while this process speaks the piece before it. Made only
/// by `SpeechEngine`, under its lock, after the engine is set up and before this process speaks;
/// the child itself is C (`hlspeak_fork_piece`), and this reads back what it wrote: its samples,
/// its events, their names and three counts, in a file unlinked as soon as it was made.
final class ForkedPiece {
    private let pid: pid_t
    private let descriptor: Int32
    private var reaped = false

    /// Makes the child's file in `scratchFolder` and forks the child with `start`, given the
    /// file's descriptor (it returns the child's process id, or -1 and errno).
    init(scratchFolder: URL, start: (Int32) -> pid_t) throws(SpeechError) {
        var template = Array(scratchFolder.appendingPathComponent(".hlspeak-piece-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw .secondProcessFailed(reason: "cannot make a temporary file in \(scratchFolder.path) (\(String(cString: strerror(errno))))")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let pid = start(descriptor)
        guard pid > 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .secondProcessFailed(reason: "cannot start it (\(reason))")
        }
        self.pid = pid
        self.descriptor = descriptor
    }

    /// A child not collected is stopped.
    deinit {
        if !reaped {
            kill(pid, SIGKILL)
            _ = try? waitForChild()
        }
        close(descriptor)
    }

    /// Waits for the child, hands its samples to `onAudio` in chunks and returns how many there
    /// were and its events (counted from its own first sample); `kind` names eSpeak NG's event types.
    func collect(kind: (Int) -> SpeechEvent.Kind?, onAudio: (UnsafeBufferPointer<Int16>) -> Void)
        throws(SpeechError) -> (sampleCount: Int, events: [SpeechEvent]) {
        let status = try waitForChild()
        // Exited (low 7 bits clear) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw .secondProcessFailed(reason: status & 0x7f == 0 ? "eSpeak NG or the file failed in it" : "it stopped on signal \(status & 0x7f)")
        }
        let size = Int(lseek(descriptor, 0, SEEK_END))
        var counts = [Int64](repeating: 0, count: 3)
        guard size >= 24, read(into: &counts, at: size - 24) else { throw Self.unreadable }
        let (samples, eventCount, nameBytes) = (Int(counts[0]), Int(counts[1]), Int(counts[2]))
        guard samples >= 0, eventCount >= 0, nameBytes >= 0,
              samples * 2 + eventCount * 40 + nameBytes + 24 == size else { throw Self.unreadable }
        let chunk = UnsafeMutableBufferPointer<Int16>.allocate(capacity: 32_768)
        defer { chunk.deallocate() }
        var done = 0
        while done < samples {
            let count = min(chunk.count, samples - done)
            guard readBytes(UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(chunk)[..<(count * 2)]), at: done * 2) else {
                throw Self.unreadable
            }
            onAudio(UnsafeBufferPointer(rebasing: chunk[..<count]))
            done += count
        }
        var words = [Int64](repeating: 0, count: eventCount * 5)
        var names = [UInt8](repeating: 0, count: nameBytes)
        guard read(into: &words, at: samples * 2), read(into: &names, at: samples * 2 + eventCount * 40) else { throw Self.unreadable }
        var events: [SpeechEvent] = []
        var nameStart = 0
        for index in 0..<eventCount {
            let fields = words[(index * 5)..<(index * 5 + 5)].map(Int.init)
            guard let kind = kind(fields[0]), fields[4] >= -1, nameStart + max(0, fields[4]) <= names.count else { throw Self.unreadable }
            let name = fields[4] < 0 ? nil : String(decoding: names[nameStart..<(nameStart + fields[4])], as: UTF8.self)
            nameStart += max(0, fields[4])
            events.append(SpeechEvent(kind: kind, sample: fields[1], textPosition: fields[2], length: fields[3], name: name))
        }
        return (samples, events)
    }

    private static let unreadable = SpeechError.secondProcessFailed(reason: "its file could not be read back")

    /// The child's wait status.
    private func waitForChild() throws(SpeechError) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw .secondProcessFailed(reason: "cannot wait for it (\(String(cString: strerror(errno))))") }
        }
        reaped = true
        return status
    }

    private func read<Element>(into values: inout [Element], at offset: Int) -> Bool {
        values.withUnsafeMutableBytes { readBytes($0, at: offset) }
    }

    private func readBytes(_ bytes: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
