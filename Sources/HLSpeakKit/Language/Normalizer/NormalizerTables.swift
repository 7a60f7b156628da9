import Foundation

/// The knowledge the speech normaliser reads from files staff can review: units, abbreviations
/// and symbols, one tab-separated entry per line, in `Voices/normalizer/<language>/`.
public struct NormalizerTables: Hashable, Sendable {
    /// A unit of measure: how it is written, and said for one and for several ("mg": milligram,
    /// milligrams).
    public struct Unit: Hashable, Sendable {
        public var singular: String
        public var plural: String
    }

    /// Written unit → its words.
    public var units: [String: Unit]
    /// Written abbreviation ("b.i.d.", "BP") → what is said ("twice a day", "B P").
    public var abbreviations: [String: String]
    /// Written symbol ("©", "≥") → what is said.
    public var symbols: [Character: String]

    public init(units: [String: Unit] = [:], abbreviations: [String: String] = [:], symbols: [Character: String] = [:]) {
        self.units = units
        self.abbreviations = abbreviations
        self.symbols = symbols
    }

    /// Reads the tables in `folder`, which must stay inside `voices` (the Voices folder).
    public static func load(from folder: URL, inside voices: URL) throws(SpeechError) -> NormalizerTables {
        var tables = NormalizerTables()
        for row in try rows(folder.appendingPathComponent("units.tsv"), columns: 3, inside: voices) {
            tables.units[row.fields[0]] = Unit(singular: row.fields[1], plural: row.fields[2])
        }
        for row in try rows(folder.appendingPathComponent("abbreviations.tsv"), columns: 2, inside: voices) {
            tables.abbreviations[row.fields[0]] = row.fields[1]
        }
        let symbolFile = folder.appendingPathComponent("symbols.tsv")
        for row in try rows(symbolFile, columns: 2, inside: voices) {
            guard row.fields[0].count == 1, let symbol = row.fields[0].first else {
                throw .invalidNormalizerTable(path: symbolFile.path, line: row.line,
                                              reason: "'\(row.fields[0])' is not a single character; put exactly one character in the first column")
            }
            tables.symbols[symbol] = row.fields[1]
        }
        return tables
    }

    private static func rows(_ url: URL, columns: Int, inside voices: URL) throws(SpeechError) -> [(line: Int, fields: [String])] {
        let text: String
        do { text = try TextFile.read(url, inside: voices, limit: (Limits.dataFileBytes, "normaliser table")) } catch {
            throw .invalidNormalizerTable(path: FilePaths.display(url), line: error.line, reason: error.reason
                + " (every language folder needs units.tsv, abbreviations.tsv and symbols.tsv)")
        }
        var rows: [(Int, [String])] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard lines.count <= Limits.dataEntries else {
            throw .invalidNormalizerTable(path: url.path, line: nil, reason:
                "it has \(lines.count) lines, more than the \(Limits.dataEntries) a table may have; split it")
        }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == columns, fields.allSatisfy({ !$0.isEmpty }) else {
                throw .invalidNormalizerTable(path: url.path, line: index + 1, reason:
                    "expected \(columns) columns separated by tabs, found \(fields.count); fix or remove the line")
            }
            rows.append((index + 1, fields))
        }
        return rows
    }
}
