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
    static let summary = "plain text for screen readers"
    static let scope = OutputScope.sectionsOrTopic
    static let needs: [WriterNeed] = []
    static let fingerprintInputs: [FingerprintInput] = []

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
        let language = document.language
        if document.isOneSection {
            out = LineWrapper.wrap(document.topic.title + ": " + document.sections[0].title, width: width)
            append(document.sections[0], into: &out, in: language)
        } else {
            out = LineWrapper.wrap(document.topic.title, width: width)
            for section in document.sections {
                heading(section.title, into: &out, in: language)
                append(section, into: &out, in: language)
            }
        }
        if let credits = document.credits {
            heading(credits.title, into: &out, in: language)
            paragraphs(credits.blocks, into: &out, in: language)
        }
        return finish(out)
    }

    private func append(_ section: Section, into out: inout [String], in language: Language) {
        paragraphs(section.blocks, into: &out, in: language)
        for subsection in section.subsections {
            heading(subsection.title, into: &out, in: language)
            append(subsection, into: &out, in: language)
        }
    }

    private func heading(_ title: String, into out: inout [String], in language: Language) {
        out += ["", ""] + LineWrapper.wrap(Self.plain(title, in: language), width: width)
    }

    private func paragraphs(_ blocks: [Block], into out: inout [String], in language: Language) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                out.append("")
                out += LineWrapper.wrap(Self.plain(paragraph.inlines, in: language), width: width)
            case .list(let list):
                out.append("")
                for item in list.items {
                    let text = item.paragraphs.map { Self.plain($0, in: language) }.joined(separator: " ")
                    out += LineWrapper.wrap(text, width: width, indent: "- ", hangingIndent: "  ")
                }
            case .note(let note):
                paragraphs(note.blocks, into: &out, in: language)
            case .gap:
                continue
            }
        }
    }

    private func finish(_ lines: [String]) -> String {
        lines.joined(separator: "\n") + "\n"
    }

    /// Runs as text, phone numbers kept on one line (no-break spaces), symbols written out.
    static func plain(_ runs: [Inline], in language: Language) -> String {
        plain(runs.unbreakableText, in: language)
    }

    /// Symbols a screen reader skips or misreads in the words speech uses; bullets and dashes
    /// as plain hyphens.
    static func plain(_ text: String, in language: Language) -> String {
        language.writingOutSymbols(String(text.map { "•·▪■►—–".contains($0) ? "-" : $0 }))
    }
}

/// The same text in lines of at most 40 characters, to print in large type from any word
/// processor (`coping.large-print.txt`).
struct LargePrintTextWriter: OutputWriter {
    static let format = ExportFormat.largePrintText
    static let summary = "large-print text for a word processor"
    static let scope = OutputScope.sectionsOrTopic
    static let needs: [WriterNeed] = []
    static let fingerprintInputs: [FingerprintInput] = []

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { ("large-print", "txt") }

    init(_ request: ResolvedRequest) {}

    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        try ScreenTextWriter(width: 40).write(document, to: file)
    }
}
