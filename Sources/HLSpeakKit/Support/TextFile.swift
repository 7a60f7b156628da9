import Foundation

/// Why a text file could not be read, in words for people, with the line when there is one.
public struct UnreadableText: Error, Equatable {
    public var reason: String
    /// 1-based line of the problem, when it is in the text.
    public var line: Int?

    public init(reason: String, line: Int? = nil) {
        self.reason = reason
        self.line = line
    }
}

/// The one way hlspeak reads a text file it is given (topics, `library.yml`, voice profiles,
/// lexicons, tables, word lists): a regular file (not a device, pipe or folder), reached through
/// no link out of its folder, no larger than a limit, in UTF-8, and clean. A byte-order mark is
/// dropped and CR LF or CR line ends become LF; characters that would silently cut or blank out
/// what follows them (NUL and other control characters, Unicode noncharacters) are refused with
/// their line and column, never passed on.
public enum TextFile {
    /// The text of `url`. `inside`: the folder the file must stay in, links included.
    /// `limit`: the largest size in bytes, and what such a file is called in the message.
    public static func read(_ url: URL, inside folder: URL? = nil, limit: (bytes: Int, kind: String))
        throws(UnreadableText) -> String {
        let data = try contents(url, inside: folder, limit: limit)
        return try clean(data)
    }

    /// The bytes of `url`, with the same checks on the file as `read`.
    public static func contents(_ url: URL, inside folder: URL? = nil, limit: (bytes: Int, kind: String))
        throws(UnreadableText) -> Data {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            throw UnreadableText(reason: errno == ENOENT ? "the file is missing" : "the file cannot be read (\(String(cString: strerror(errno))))")
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(url.path, &info) == 0 else { throw UnreadableText(reason: "it is a link to a file that does not exist") }
            if let folder, !isInside(url, folder) {
                throw UnreadableText(reason: "it is a link to a file outside the '\(folder.lastPathComponent)' folder; copy the file in instead")
            }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw UnreadableText(reason: "it is a folder, not a file")
        default: throw UnreadableText(reason: "it is not an ordinary file (a device, a pipe or a socket); hlspeak reads only ordinary files")
        }
        guard Int(info.st_size) <= limit.bytes else {
            throw UnreadableText(reason: "it is \(megabytes(Int(info.st_size))), more than the \(megabytes(limit.bytes)) a \(limit.kind) may be; split it")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path),
              let data = try? handle.read(upToCount: limit.bytes + 1) else {
            throw UnreadableText(reason: "the file cannot be read; check that you may read it")
        }
        try? handle.close()
        guard data.count <= limit.bytes else {
            throw UnreadableText(reason: "it is more than the \(megabytes(limit.bytes)) a \(limit.kind) may be; split it")
        }
        return data
    }

    /// `data` as clean text: UTF-8, without a byte-order mark, LF line ends, and no control
    /// characters (other than tab) or noncharacters.
    public static func clean(_ data: Data) throws(UnreadableText) -> String {
        // The standard library validates (with vector code for runs of ASCII) and makes the
        // string at once; a scalar parser then only finds where invalid text goes wrong.
        let valid = data.withUnsafeBytes { String(validating: $0, as: UTF8.self) }
        if valid == nil, let offset = UTF8Validation.firstInvalidOffset(in: data) {
            let line = data.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
            throw UnreadableText(reason: "invalid UTF-8 at byte offset \(offset); save the file as UTF-8 "
                + "(in most editors: Save As, encoding UTF-8)", line: line)
        }
        if isPlain(data) { return valid ?? String(decoding: data, as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(data.count)
        var line = 1
        var column = 0
        var previousWasCR = false
        let text = data.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }  // contiguous: the fast path
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\u{FEFF}" && index == 0 { continue }
            if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                scalars.append("\n")
                line += 1
                column = 0
                continue
            }
            column += 1
            if let name = forbiddenName(scalar) {
                throw UnreadableText(reason: "column \(column): \(name) (U+\(String(format: "%04X", scalar.value))), "
                    + "which is invisible and would cut or blank out the text after it; delete it (retype the text around it)",
                                     line: line)
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The name of a character text files may not hold, or nil.
    /// True when valid UTF-8 `data` has nothing `clean` would change or refuse: no carriage
    /// return, control character, byte-order mark or noncharacter. Checked on bytes, it passes
    /// most files on without looking at each scalar (which cost ~400 instructions a byte).
    private static func isPlain(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x0A, 0x09: break
                case 0x00...0x1F, 0x7F: return false  // controls, and "\r"
                case 0x80...0x9F where previous == 0xC2: return false  // C1 controls
                case 0xEF, 0xF0...0xF4: return false  // U+FEFF, U+FDD0…, U+xFFFE/F: the slow path decides
                default: break
                }
                previous = byte
            }
            return true
        }
    }

    private static func forbiddenName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0: "a NUL byte"
        case 0x09: nil
        case 0x01...0x1F, 0x7F: "a control character"
        case 0x80...0x9F: "a C1 control character"
        case 0xFEFF: "a byte-order mark inside the text"
        case 0xFDD0...0xFDEF: "a Unicode noncharacter"
        case _ where scalar.value & 0xFFFE == 0xFFFE: "a Unicode noncharacter"
        default: nil
        }
    }

    /// True when `url`, links followed, is inside `folder` (links followed).
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let target = url.resolvingSymlinksInPath().standardizedFileURL.path
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        return target.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : "\(bytes / 1000) KB"
    }
}
