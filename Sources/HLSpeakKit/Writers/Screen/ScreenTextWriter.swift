import Foundation

extension ExportFormat {
    /// Plain text for screen readers, 80 columns.
    public static let text = ExportFormat("text")
    /// Plain text in lines of at most 40 characters, for printing in large type.
    public static let largePrintText = ExportFormat("large-print-text")
}

/// Plain text for screen readers and for printing from any word processor (W3C techniques T1 to
/// T3): a heading has two blank lines before it and one after, paragraphs are separated by
/// exactly one blank line, list items start with "- ", lines are hard-wrapped at a width, and
/// symbols a screen reader stumbles on are written out. No decoration, box drawing or tables.
struct ScreenTextWriter: OutputWriter {
    static let format = ExportFormat.text
    static let scope = OutputScope.sectionsOrTopic
    static let needs: Set<WriterNeed> = []
    static let fingerprintInputs: Set<FingerprintInput> = []

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "txt") }

    /// The longest line: 80 for screen readers, 40 for large print.
    var width = 80

    init(_ request: ResolvedRequest) {}

    init(width: Int) { self.width = width }

    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        try AtomicFile.write(Data(text(for: document).utf8), to: file)
        return WrittenOutput(files: [file])
    }

    /// One section under "Topic: Section", or the topic's sections under its title; credits last.
    func text(for document: ExportDocument) -> String {
        var out: [String]
        if document.isOneSection {
            out = LineWrapper.wrap(document.topic.title + ": " + document.sections[0].title, width: width)
            append(document.sections[0], into: &out)
        } else {
            out = LineWrapper.wrap(document.topic.title, width: width)
            for section in document.sections {
                heading(section.title, into: &out)
                append(section, into: &out)
            }
        }
        if let credits = document.credits {
            heading(credits.title, into: &out)
            paragraphs(credits.blocks, into: &out)
        }
        return finish(out)
    }

    private func append(_ section: Section, into out: inout [String]) {
        paragraphs(section.blocks, into: &out)
        for subsection in section.subsections {
            heading(subsection.title, into: &out)
            append(subsection, into: &out)
        }
    }

    private func heading(_ title: String, into out: inout [String]) {
        out += ["", ""] + LineWrapper.wrap(Self.plain(title), width: width)
    }

    private func paragraphs(_ blocks: [Block], into out: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                out.append("")
                out += LineWrapper.wrap(Self.plain(paragraph.inlines), width: width)
            case .list(let list):
                out.append("")
                for item in list.items {
                    let text = item.paragraphs.map(Self.plain).joined(separator: " ")
                    out += LineWrapper.wrap(text, width: width, indent: "- ", hangingIndent: "  ")
                }
            case .note(let note):
                paragraphs(note.blocks, into: &out)
            case .gap:
                continue
            }
        }
    }

    private func finish(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// Runs as text, phone numbers kept on one line (no-break spaces), symbols written out.
    static func plain(_ runs: [Inline]) -> String {
        plain(runs.unbreakableText)
    }

    static func plain(_ text: String) -> String {
        let temperatures = text.replacingOccurrences(of: "°F", with: " degrees Fahrenheit")
            .replacingOccurrences(of: "°C", with: " degrees Celsius")
        return temperatures.map(symbolWords).joined()
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// Symbols screen readers skip or misread, in words.
    static func symbolWords(_ character: Character) -> String {
        switch character {
        case "&": "and"
        case "%": " percent"
        case "~": "about "
        case "°": " degrees "
        case "©": "Copyright"
        case "±": "plus or minus "
        case "≥": "at least "
        case "≤": "at most "
        case "×": " times "
        case "•", "·", "▪", "■", "►": "-"
        case "—", "–": "-"
        default: String(character)
        }
    }
}

/// The same text in lines of at most 40 characters, to print in large type from any word
/// processor (`coping.large-print.txt`).
struct LargePrintTextWriter: OutputWriter {
    static let format = ExportFormat.largePrintText
    static let scope = OutputScope.sectionsOrTopic
    static let needs: Set<WriterNeed> = []
    static let fingerprintInputs: Set<FingerprintInput> = []

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { ("large-print", "txt") }

    init(_ request: ResolvedRequest) {}

    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        try ScreenTextWriter(width: 40).write(document, to: file)
    }
}
