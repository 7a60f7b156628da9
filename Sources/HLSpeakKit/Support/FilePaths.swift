import Foundation

/// Small file-system questions every stage asks the same way.
public enum FilePaths {
    /// True when `url` names an existing folder.
    static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// How messages and listings name a file: relative to the working folder when inside it.
    public static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    /// Where a library folder (`Content`, `Voices`) is: `given` (an option or environment
    /// variable) when there is one; else `name` in the current folder or the nearest folder above
    /// it that has one (as git finds its repository); else, with `installed` (this program),
    /// `PREFIX/share/hlspeak/<name>` beside it; else `name` here, for the error to name.
    public static func libraryFolder(named name: String, given: String?, installed executable: URL?) -> URL {
        if let given { return URL(fileURLWithPath: given, isDirectory: true) }
        let here = FileManager.default.currentDirectoryPath
        var place = URL(fileURLWithPath: here, isDirectory: true)
        while true {
            let candidate = place.appendingPathComponent(name, isDirectory: true)
            if isFolder(candidate) { return place.path == here ? URL(fileURLWithPath: name, isDirectory: true) : candidate }
            let parent = place.deletingLastPathComponent()
            if parent.path == place.path { break }
            place = parent
        }
        if let executable {
            let shared = executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/hlspeak/\(name)", isDirectory: true)
            if isFolder(shared) { return shared }
        }
        return URL(fileURLWithPath: name, isDirectory: true)
    }
}
