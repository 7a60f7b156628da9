import Foundation
import Synchronization

/// Writes a file under a temporary name in the same folder and renames it into place, so a
/// failed or interrupted run never leaves a half-written file where a finished one belongs.
///
/// Temporary names are `.NAME.partial-PID`. The process keeps a list of the ones it is writing,
/// so `AtomicFile.removeLeftovers()` can delete them when a run is interrupted; a later build
/// deletes those of a process that was killed outright (`removeAbandonedLeftovers(in:)`).
public enum AtomicFile {
    /// The temporary files this process is writing now, and whether it is stopping (interrupted):
    /// then no new file is started and a finished one is not renamed into place.
    private static let inFlight = Mutex<(paths: Set<String>, stopping: Bool)>(([], false))

    /// Calls `write` with a temporary path beside `destination`, then renames it to `destination`.
    /// The temporary file is removed if `write` throws.
    public static func write(to destination: URL, _ write: (URL) throws -> Void) throws {
        let temporary = temporaryName(for: destination)
        start([temporary])
        defer { inFlight.withLock { _ = $0.paths.remove(temporary.path) } }
        do {
            try write(temporary)
        } catch {
            unlink(temporary.path)
            throw error
        }
        finish([temporary])
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError.writeFailed(path: destination.path, reason: reason)
        }
    }

    /// Writes several files that belong together (audio and its captions): each under its
    /// temporary name first, and only when every one is complete are they renamed into place, so
    /// a failure leaves none of them under its final name.
    public static func writeTogether(_ files: [(destination: URL, write: (URL) throws -> Void)]) throws {
        let temporaries = files.map { temporaryName(for: $0.destination) }
        start(temporaries)
        defer { inFlight.withLock { $0.paths.subtract(temporaries.map(\.path)) } }
        do {
            for (file, temporary) in zip(files, temporaries) { try file.write(temporary) }
            finish(temporaries)
            for (file, temporary) in zip(files, temporaries) where rename(temporary.path, file.destination.path) != 0 {
                throw OutputError.writeFailed(path: file.destination.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            for temporary in temporaries { unlink(temporary.path) }
            throw error
        }
    }

    /// Records `temporaries` as being written; a process that is stopping starts nothing new.
    private static func start(_ temporaries: [URL]) {
        let stopping = inFlight.withLock { state in
            if !state.stopping { state.paths.formUnion(temporaries.map(\.path)) }
            return state.stopping
        }
        if stopping { waitForExit() }
    }

    /// Before finished files are renamed into place: a process that is stopping deletes them
    /// instead (they may have been made after `removeLeftovers()` ran).
    private static func finish(_ temporaries: [URL]) {
        guard inFlight.withLock({ $0.stopping }) else { return }
        for temporary in temporaries { unlink(temporary.path) }
        waitForExit()
    }

    /// The interrupt handler is exiting the process: this thread must do nothing more.
    private static func waitForExit() -> Never {
        while true { pause() }
    }

    private static func temporaryName(for destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).partial-\(getpid())")
    }

    /// Writes `data` to `destination` atomically.
    static func write(_ data: Data, to destination: URL) throws {
        try write(to: destination) { temporary in try write(data, into: temporary, naming: destination) }
    }

    /// Deletes `file` (a finished one) too if the run is interrupted before `keep(_:)`: a folder's
    /// mark, made before the folder's first output.
    static func deleteIfInterrupted(_ file: URL) {
        inFlight.withLock { _ = $0.paths.insert(file.path) }
    }

    /// `file` stays, even if the run is interrupted from now on.
    static func keep(_ file: URL) {
        inFlight.withLock { _ = $0.paths.remove(file.path) }
    }

    /// Writes `data` to `destination` only if no file has that name, as one step: another process
    /// doing the same at the same moment either finds this file whole or makes its own. False
    /// when a file was there already.
    static func create(_ data: Data, at destination: URL) throws -> Bool {
        let temporary = temporaryName(for: destination)
        start([temporary])
        defer {
            inFlight.withLock { _ = $0.paths.remove(temporary.path) }
            unlink(temporary.path)
        }
        try write(data, into: temporary, naming: destination)
        if link(temporary.path, destination.path) == 0 { return true }
        guard errno == EEXIST else {
            throw OutputError.writeFailed(path: destination.path, reason: String(cString: strerror(errno)))
        }
        return false
    }

    /// Writes `data` into the new file `temporary`; `destination` is the name messages use.
    public static func write(_ data: Data, into temporary: URL, naming destination: URL) throws {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError.cannotCreate(path: destination.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { bytes in
                Foundation.write(descriptor, bytes.baseAddress! + offset, data.count - offset)
            }
            guard written > 0 else {
                throw OutputError.writeFailed(path: destination.path, reason: String(cString: strerror(written < 0 ? errno : ENOSPC)))
            }
            offset += written
        }
    }

    /// The size of the file at `url` in bytes (0 when it cannot be read).
    public static func size(of url: URL) -> Int {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Creates `folder` and its parents, naming the system's reason when it cannot ("Not a
    /// directory" when a file has the name, "Permission denied").
    static func makeFolder(_ folder: URL) throws(OutputError) {
        var path = ""
        for component in folder.standardizedFileURL.pathComponents {
            path = path.isEmpty ? component : (path as NSString).appendingPathComponent(component)
            if mkdir(path, 0o777) != 0 && errno != EEXIST {
                let step = path == folder.standardizedFileURL.path ? "the folder" : "its folder '\(path)'"
                throw .cannotCreate(path: folder.path, reason: "\(step) cannot be made (\(String(cString: strerror(errno))))")
            }
        }
        guard FilePaths.isFolder(folder) else {
            throw .cannotCreate(path: folder.path, reason: "a file has that name, so it cannot be a folder")
        }
    }

    /// Deletes the temporary files this process is writing, when it is interrupted and about to
    /// exit; from then on no new file is started or renamed into place.
    public static func removeLeftovers() {
        let paths = inFlight.withLock { state in
            state.stopping = true
            return state.paths
        }
        for path in paths { unlink(path) }
        for folder in workFolders.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// The work folders this process has now (`withWorkFolder`).
    private static let workFolders = Mutex<Set<String>>([])

    /// Runs `body` with a new folder in the system's temporary folder (`hlspeak-NAME-…`), removed
    /// afterwards, and by `removeLeftovers()` if the run is interrupted meanwhile.
    static func withWorkFolder<Result>(named name: String, _ body: (URL) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-\(name)-\(UUID().uuidString)")
        try makeFolder(folder)
        workFolders.withLock { _ = $0.insert(folder.path) }
        defer {
            try? FileManager.default.removeItem(at: folder)
            workFolders.withLock { _ = $0.remove(folder.path) }
        }
        return try body(folder)
    }

    /// Deletes temporary files in `folder` whose process is gone (a killed run); files of a run
    /// still going are kept.
    public static func removeAbandonedLeftovers(in folder: URL) {
        removePartialFiles(in: folder) { pid in kill(pid, 0) != 0 && errno == ESRCH }
    }

    private static func removePartialFiles(in folder: URL, ofProcess matches: (pid_t) -> Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") {
            guard let range = name.range(of: ".partial-", options: .backwards),
                  let pid = pid_t(name[range.upperBound...]), matches(pid) else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
