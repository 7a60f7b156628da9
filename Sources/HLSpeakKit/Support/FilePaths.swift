import Foundation

/// Why a text file could not be read, in words for people ("line 4 is not UTF-8 text; …").
public struct UnreadableText: Error, Equatable {
    public var reason: String
}

/// Small file-system questions every stage asks the same way.
public enum FilePaths {
    /// True when `url` names an existing folder.
    public static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The UTF-8 text of `url` (without a byte-order mark), or why it cannot be read.
    public static func readText(_ url: URL) throws(UnreadableText) -> String {
        guard FileManager.default.fileExists(atPath: url.path) else { throw UnreadableText(reason: "the file is missing") }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw UnreadableText(reason: "the file cannot be read; check that you may read it")
        }
        if let line = UTF8Validation.firstInvalidLine(in: data) {
            throw UnreadableText(reason: "line \(line) is not UTF-8 text; save the file as UTF-8")
        }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
    }

    /// How messages and listings name a file: relative to the working folder when inside it.
    public static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
