/// A run of text inside a paragraph, list item or note: the smallest unit every writer reads.
///
/// Runs are data, never markup: a `.text` run holding `<audio src="x"/>` means those characters.
public enum Inline: Hashable, Codable, Sendable {
    /// Plain words and punctuation.
    case text(String)
    /// Words the author stressed (Markdown `*…*` or `**…**`).
    case emphasis([Inline])
    /// A link: the words shown and where they lead.
    case link(text: [Inline], destination: String)
    /// A telephone number or service code, recognised so each medium can say or link it properly.
    case phone(PhoneNumber)
    /// An abbreviation with its expansion, from the topic's or library's glossary.
    case abbreviation(String, expansion: String)

    /// The run's text as it is written on the page.
    public var plainText: String {
        switch self {
        case .text(let text): text
        case .emphasis(let runs): runs.plainText
        case .link(let runs, _): runs.plainText
        case .phone(let number): number.written
        case .abbreviation(let text, _): text
        }
    }
}

extension Array where Element == Inline {
    /// The runs' text as written, joined.
    public var plainText: String { map(\.plainText).joined() }

    /// The runs as one line for print and braille: phone numbers joined with no-break spaces so
    /// no line break falls inside one, line breaks turned into spaces.
    public var unbreakableText: String {
        map { run -> String in
            switch run {
            case .phone(let number): number.written.replacingOccurrences(of: " ", with: "\u{00A0}")
            case .emphasis(let runs), .link(let runs, _): runs.unbreakableText
            default: run.plainText
            }
        }.joined().split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The number of words in the runs' text.
    public var wordCount: Int { WordCount.of(plainText) }

    /// The runs with neighbouring `.text` runs merged and empty ones dropped.
    public func mergingText() -> [Inline] {
        var merged: [Inline] = []
        // Text in a row grows one string in place: joining it pairwise copied the run so far
        // for every piece (a paragraph cut into words took ~100,000 instructions).
        var pending = ""
        for run in self {
            if case .text(let text) = run {
                pending += text
                continue
            }
            if !pending.isEmpty { merged.append(.text(pending)) }
            pending = ""
            merged.append(run)
        }
        if !pending.isEmpty { merged.append(.text(pending)) }
        return merged
    }
}
