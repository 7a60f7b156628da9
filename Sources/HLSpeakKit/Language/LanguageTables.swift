import Foundation

/// The facts about one language that are data, not code, read from the tab-separated files in
/// `Language/Data/<tag>/` that reviewers can read and translators can write: units,
/// abbreviations, symbols, how abbreviations end sentences, month and weekday names, and the
/// words hlspeak itself says or writes.
public struct LanguageTables: Hashable, Sendable {
    /// A unit of measure: said for one and for several ("mg": milligram, milligrams).
    public struct Unit: Hashable, Sendable {
        public var singular: String
        public var plural: String
    }

    /// Medical shorthand: what is said, and whether only in a sentence about a dose.
    public struct Shorthand: Hashable, Sendable {
        public var said: String
        public var dosingOnly: Bool
    }

    /// A month or weekday: its name and its abbreviations.
    public struct CalendarName: Hashable, Sendable {
        public var name: String
        public var abbreviations: [String]
    }

    /// Written unit → its words.
    public var units: [String: Unit] = [:]
    /// Written abbreviation ("BP", "appt.") → what is said ("B P", "appointment").
    public var abbreviations: [String: String] = [:]
    /// Medical shorthand ("PO", "b.i.d.") → what is said, and whether only in a dosing sentence.
    public var shorthand: [String: Shorthand] = [:]
    /// Written symbol ("©", "≥") → what is said.
    public var symbols: [Character: String] = [:]
    /// The symbols screen text writes out in the same words ("≥", not "@").
    public var symbolsWrittenOut: Set<Character> = []
    /// Abbreviations (lower case, without their final dot) and how their dot ends a sentence.
    public var sentenceRoles: [String: SentenceBoundary.Role] = [:]
    public var months: [CalendarName] = []
    public var weekdays: [CalendarName] = []
    /// Key → the words hlspeak says or writes (`range.to`: "to", `credits.heading`: "Credits").
    public var words: [String: String] = [:] {
        didSet { lists = Self.lists(of: words) }
    }
    /// `words` split at spaces, made once (the normaliser asks for them word by word).
    private var lists: [String: Set<String>] = [:]
    /// Key → value from `language.tsv` (`numbers`: the number grammar).
    public var settings: [String: String] = [:]

    public init() {}

    /// The words of `key` in `words.tsv`, split at spaces.
    public func list(_ key: String) -> Set<String> {
        lists[key] ?? []
    }

    private static func lists(of words: [String: String]) -> [String: Set<String>] {
        // Cut at the byte of a space: the same words as cutting the characters, without the
        // grapheme breaking that made this ~2 M instructions a start.
        words.mapValues { Set($0.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }) }
    }

    /// Reads every table in `folder`, adding each file's text, framed by its name and length, to
    /// `fingerprint` as it goes (so nothing is read twice for the language's fingerprint).
    static func load(from folder: URL, fingerprint: inout [[UInt8]]) throws(LanguageError) -> LanguageTables {
        var tables = LanguageTables()
        for row in try rows(folder, "language.tsv", columns: 2...2, keeping: &fingerprint) { tables.settings[row.fields[0]] = row.fields[1] }
        // Dictionaries made at their final size: growing one rehashes every key, and a
        // `Character` key is hashed through its normalised text.
        let wordRows = try rows(folder, "words.tsv", columns: 2...2, keeping: &fingerprint)
        var words = [String: String](minimumCapacity: wordRows.count)
        for row in wordRows { words[row.fields[0]] = row.fields[1] }
        tables.words = words  // once: its lists are made on each change
        for row in try rows(folder, "units.tsv", columns: 3...3, keeping: &fingerprint) {
            tables.units[row.fields[0]] = Unit(singular: row.fields[1], plural: row.fields[2])
        }
        for row in try rows(folder, "abbreviations.tsv", columns: 2...2, keeping: &fingerprint) { tables.abbreviations[row.fields[0]] = row.fields[1] }
        for row in try rows(folder, "shorthand.tsv", columns: 3...3, keeping: &fingerprint) {
            guard ["anywhere", "dosing"].contains(row.fields[2]) else {
                throw .invalidTable(path: row.path, line: row.line, reason: "the third column must be 'anywhere' or 'dosing'")
            }
            tables.shorthand[row.fields[0]] = Shorthand(said: row.fields[1], dosingOnly: row.fields[2] == "dosing")
        }
        let symbolRows = try rows(folder, "symbols.tsv", columns: 2...3, keeping: &fingerprint)
        tables.symbols.reserveCapacity(symbolRows.count)
        for row in symbolRows {
            guard row.fields[0].count == 1, let symbol = row.fields[0].first else {
                throw .invalidTable(path: row.path, line: row.line,
                                    reason: "'\(row.fields[0])' is not a single character; put exactly one character in the first column")
            }
            tables.symbols[symbol] = row.fields[1]
            if row.fields.count == 3 {
                guard row.fields[2] == "text" else {
                    throw .invalidTable(path: row.path, line: row.line, reason: "the third column may only be 'text' (or left out)")
                }
                tables.symbolsWrittenOut.insert(symbol)
            }
        }
        for row in try rows(folder, "sentences.tsv", columns: 2...2, keeping: &fingerprint) {
            guard let role = SentenceBoundary.Role(rawValue: row.fields[1]) else {
                throw .invalidTable(path: row.path, line: row.line, reason: "'\(row.fields[1])' is not one of "
                    + SentenceBoundary.Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            tables.sentenceRoles[row.fields[0].lowercased()] = role
        }
        for row in try rows(folder, "calendar.tsv", columns: 2...3, keeping: &fingerprint) {
            let name = CalendarName(name: row.fields[1],
                                    abbreviations: row.fields.count > 2 ? row.fields[2].split(separator: " ").map(String.init) : [])
            switch row.fields[0] {
            case "month": tables.months.append(name)
            case "weekday": tables.weekdays.append(name)
            default: throw .invalidTable(path: row.path, line: row.line, reason: "the first column must be 'month' or 'weekday'")
            }
        }
        return tables
    }

    private static func rows(_ folder: URL, _ name: String, columns: ClosedRange<Int>, keeping fingerprint: inout [[UInt8]]) throws(LanguageError)
        -> [(path: String, line: Int, fields: [String])] {
        let url = folder.appendingPathComponent(name)
        let text: String
        do { text = try TextFile.read(url, limit: (Limits.dataFileBytes, "language table")) } catch {
            throw .invalidTable(path: url.path, line: error.line, reason: error.reason)
        }
        // Cut at bytes, not characters: TextFile made every line end a "\n". Over an array of
        // the bytes: the same cuts through `String.UTF8View` cost ~70 instructions a byte.
        let bytes = Array(text.utf8)
        // Each table framed by its name and length, so a line moved from one table to the next
        // changes the fingerprint too.
        fingerprint.append(Array("\(name) \(bytes.count)\n".utf8))
        fingerprint.append(bytes)
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let lineCount = bytes.reduce(1) { $1 == newline ? $0 + 1 : $0 }
        guard lineCount <= Limits.dataEntries else {
            throw .invalidTable(path: url.path, line: nil, reason: "it has \(lineCount) lines, more than the \(Limits.dataEntries) a table may have")
        }
        var rows: [(String, Int, [String])] = []
        let path = url.path  // once: a URL's path is worked out anew on every call
        // Spaces around a field are not part of it.
        func trimmed(_ field: Range<Int>) -> String {
            var start = field.lowerBound, end = field.upperBound
            while start < end, bytes[start] == space { start += 1 }
            while end > start, bytes[end - 1] == space { end -= 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var lineStart = 0
        for index in 0..<lineCount {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            guard let first = bytes[lineStart..<lineEnd].first(where: { $0 != space && $0 != tab }),
                  first != UInt8(ascii: "#") else { continue }
            var fields: [String] = []
            var fieldStart = lineStart
            for position in lineStart...lineEnd where position == lineEnd || bytes[position] == tab {
                fields.append(trimmed(fieldStart..<position))
                fieldStart = position + 1
            }
            guard columns.contains(fields.count), fields.allSatisfy({ !$0.isEmpty }) else {
                let expected = columns.count == 1 ? "\(columns.lowerBound)" : "\(columns.lowerBound) to \(columns.upperBound)"
                throw .invalidTable(path: url.path, line: index + 1, reason:
                    "expected \(expected) columns separated by tabs, found \(fields.count); fix or remove the line")
            }
            rows.append((path, index + 1, fields))
        }
        return rows
    }
}
