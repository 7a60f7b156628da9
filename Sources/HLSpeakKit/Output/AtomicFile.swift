import Foundation

/// Writes a file under a temporary name in the same folder and renames it into place, so a
/// failed or interrupted run never leaves a half-written file where a finished one belongs.
///
/// Temporary names are `.NAME.partial-PID`; `AtomicFile.removeLeftovers(in:)` deletes this
/// process's, for use when a run is interrupted.
public enum AtomicFile {
    /// Calls `write` with a temporary path beside `destination`, then renames it to `destination`.
    /// The temporary file is removed if `write` throws.
    public static func write(to destination: URL, _ write: (URL) throws -> Void) throws {
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent)\(partialSuffix)")
        do {
            try write(temporary)
        } catch {
            unlink(temporary.path)
            throw error
        }
        if rename(temporary.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError.writeFailed(path: destination.path, reason: reason)
        }
    }

    /// Writes `data` to `destination` atomically.
    public static func write(_ data: Data, to destination: URL) throws {
        try write(to: destination) { temporary in
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
                    throw OutputError.writeFailed(path: destination.path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// The size of the file at `url` in bytes (0 when it cannot be read).
    public static func size(of url: URL) -> Int {
        var info = stat()
        return stat(url.path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Creates `folder` and its parents.
    public static func makeFolder(_ folder: URL) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: folder.path, reason: "the folder cannot be made")
        }
    }

    /// Deletes the temporary files this process left in `folder` (after an interruption).
    public static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(partialSuffix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    private static var partialSuffix: String { ".partial-\(getpid())" }
}
