/// One finding about a content file: an error that stops it being used, or a warning to review.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public var severity: Severity
    /// The file's path as given to the reader.
    public var file: String
    /// 1-based line, when the finding has one.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `Content/miscarriage.md:12`: the file, and the line when there is one.
    public var place: String { line.map { "\(file):\($0)" } ?? file }

    /// `Content/miscarriage.md:12: error: …`, the form compilers use, so editors can jump to it.
    public var description: String { "\(place): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
