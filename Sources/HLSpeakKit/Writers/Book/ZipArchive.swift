import CZip
import Foundation

/// A ZIP file written with libzip, the one wrapper of it: entries in the order added, each
/// stored or deflated, all with one fixed time, so the same entries always give the same bytes.
public final class ZipArchive {
    /// Why libzip could not write or read the archive.
    public struct Failure: Error { public var reason: String }

    private var archive: OpaquePointer?
    private let path: String
    /// Every entry's time: 2000-01-01 00:00 (a ZIP's DOS time has no time zone and starts in 1980).
    static let fixedTime: time_t = 946_684_800

    public init(creating url: URL) throws {
        path = url.path
        try Self.open()
        var error: Int32 = 0
        guard let opened = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &error) else {
            var detail = zip_error_t()
            zip_error_init_with_code(&detail, error)
            defer { zip_error_fini(&detail) }
            throw Failure(reason: String(cString: zip_error_strerror(&detail)))
        }
        archive = opened
    }

    deinit { if let archive { zip_discard(archive) } }

    /// Loads libzip if it is not loaded yet (it is opened when the first book is made or read).
    private static func open() throws {
        if let message = hlspeak_open_zip() { throw Failure(reason: String(cString: message)) }
    }

    /// Adds `data` as `name`; `stored` leaves it uncompressed (an EPUB's `mimetype` must be).
    public func add(_ name: String, _ data: Data, stored: Bool = false) throws {
        guard let archive else { throw Failure(reason: "the archive is closed") }
        // libzip reads the bytes when the archive is closed: it gets its own copy, and frees it.
        let copy = malloc(max(1, data.count))!
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(data.count), 1) else {
            free(copy)
            throw failure()
        }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw failure()
        }
        let method = stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, stored ? 0 : 9) == 0,
              zip_file_set_mtime(archive, zip_uint64_t(index), Self.fixedTime, 0) == 0 else { throw failure() }
    }

    /// Writes the archive.
    public func close() throws {
        guard let archive else { return }
        guard zip_close(archive) == 0 else { throw failure() }
        self.archive = nil
    }

    /// Every entry of the ZIP file at `url`, in order, with its bytes and whether it is stored
    /// uncompressed (for checking books and downloads).
    public static func entries(of url: URL) throws -> [(name: String, data: Data, stored: Bool)] {
        try open()
        var error: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_RDONLY, &error) else { throw Failure(reason: "cannot open \(url.path)") }
        defer { zip_discard(archive) }
        var result: [(name: String, data: Data, stored: Bool)] = []
        for index in 0..<zip_uint64_t(max(0, zip_get_num_entries(archive, 0))) {
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat_index(archive, index, 0, &info) == 0, let name = info.name,
                  let file = zip_fopen_index(archive, index, 0) else { throw Failure(reason: "cannot read entry \(index)") }
            defer { zip_fclose(file) }
            var data = Data(count: Int(info.size))
            let read = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, info.size) }
            guard read == Int64(info.size) else { throw Failure(reason: "entry \(index) is damaged") }
            result.append((String(cString: name), data, info.comp_method == ZIP_CM_STORE))
        }
        return result
    }

    private func failure() -> Failure {
        Failure(reason: archive.map { String(cString: zip_strerror($0)) } ?? "unknown")
    }
}
