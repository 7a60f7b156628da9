/// A format hlspeak writes, by the name people type (`wav`, `phone`, `large-print`, `html`…). The
/// formats are the writers listed in `WriterRegistry`; each writer names its own.
public struct ExportFormat: RawRepresentable, Hashable, Codable, Sendable, CustomStringConvertible, Comparable, CaseIterable {
    public let rawValue: String

    /// The format called `rawValue`, if a writer makes it.
    public init?(rawValue: String) {
        guard WriterRegistry.writers.contains(where: { $0.format.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    /// For writers declaring their own format.
    init(_ name: String) { rawValue = name }

    public init(from decoder: any Decoder) throws {
        let name = try decoder.singleValueContainer().decode(String.self)
        guard let format = ExportFormat(rawValue: name) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no format '\(name)'"))
        }
        self = format
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    /// What the format is, in a few words, as its writer says ("a large-print PDF handout").
    public var summary: String { WriterRegistry.writers.first { $0.format == self }?.summary ?? rawValue }

    public static func < (lhs: ExportFormat, rhs: ExportFormat) -> Bool { lhs.order < rhs.order }

    /// Every format, in the order `--format all` writes them.
    public static var allCases: [ExportFormat] { WriterRegistry.writers.map { $0.format } }

    /// The formats `--format all` and a library build make by default: everything written per
    /// section (phone lines are made on their own).
    public static var everyPerSectionFormat: [ExportFormat] {
        WriterRegistry.writers.filter { $0.scope != .topicOnly }.map { $0.format }
    }

    /// The formats named in `arguments` (each a name or a comma-separated list); every
    /// per-section format when there are none.
    public static func list(_ arguments: [String]) throws(ExportError) -> [ExportFormat] {
        let names = arguments.flatMap { $0.split(separator: ",").map(String.init) }
        guard !names.isEmpty else { return everyPerSectionFormat }
        var formats: [ExportFormat] = []
        for name in names {
            guard let format = ExportFormat(rawValue: name) else { throw .unknownFormat(name) }
            formats.append(format)
        }
        return formats
    }

    /// Spoken formats need a voice.
    public var isAudio: Bool { writer.needs.contains(.voice) }

    var writer: any OutputWriter.Type {
        WriterRegistry.writers.first { $0.format.rawValue == rawValue }!
    }

    private var order: Int { WriterRegistry.writers.firstIndex { $0.format.rawValue == rawValue } ?? .max }
}
