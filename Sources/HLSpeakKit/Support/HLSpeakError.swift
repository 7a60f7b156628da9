/// An error hlspeak reports to a person: a one-line `description` that says what went wrong and
/// how to fix it, and the process exit status that goes with it (sysexits.h values).
public protocol HLSpeakError: Error, CustomStringConvertible {
    var exitCode: Int32 { get }
}

/// Exit statuses from sysexits.h, so scripts can tell a typo from broken content.
public enum ExitStatus {
    /// A command-line value is wrong (unknown topic, section, voice).
    public static let usage: Int32 = 64
    /// A content or voice file is malformed.
    public static let dataError: Int32 = 65
    /// A file or folder that should be there is not.
    public static let noInput: Int32 = 66
    /// A required library or data file is missing from the system.
    public static let unavailable: Int32 = 69
    /// An internal failure in a C library.
    public static let software: Int32 = 70
    /// An output file could not be created.
    public static let cannotCreate: Int32 = 73
}
