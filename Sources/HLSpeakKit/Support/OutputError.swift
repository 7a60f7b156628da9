import Foundation

/// Why an output file or folder could not be written.
public enum OutputError: HLSpeakError, Equatable {
    case cannotCreate(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason), .writeFailed(let path, let reason):
            "cannot write '\(path)': \(reason); \(Self.advice(for: reason))"
        }
    }

    /// What to do about the system's reason, in words.
    static func advice(for reason: String) -> String {
        switch reason {
        case String(cString: strerror(ENOSPC)), String(cString: strerror(EDQUOT)):
            "free some disk space, then run the command again"
        case String(cString: strerror(EACCES)), String(cString: strerror(EPERM)), String(cString: strerror(EROFS)):
            "you may not write there; choose another place with --output"
        case String(cString: strerror(EISDIR)):
            "a folder has that name; remove it or choose another name with --output"
        case String(cString: strerror(ENOTDIR)):
            "a file stands where a folder is needed; choose another place with --output"
        default:
            "check the folder exists and you may write to it, or choose another place with --output"
        }
    }

    public var exitCode: Int32 { ExitStatus.cannotCreate }
}
