/// Plain text for screen readers and for printing from any word processor (W3C techniques T1 to
/// T3): a heading has two blank lines before it and one after, paragraphs are separated by
/// exactly one blank line, list items start with "- ", lines are hard-wrapped at a width, and
/// symbols a screen reader stumbles on are written out. No decoration, box drawing or tables.
public struct ScreenTextWriter: Sendable {
    /// The longest line: 80 for screen readers, 40 for large print.
    public var width: Int

    public init(width: Int = 80) { self.width = width }

    public func text(for section: Section, of topic: Topic) -> String {
        var out = LineWrapper.wrap(topic.title + ": " + section.title, width: width)
        append(section, into: &out)
        appendCredits(topic, into: &out)
        return finish(out)
    }

    public func text(for topic: Topic) -> String {
        var out = LineWrapper.wrap(topic.title, width: width)
        for section in topic.readableBodySections {
            heading(section.title, into: &out)
            append(section, into: &out)
        }
        appendCredits(topic, into: &out)
        return finish(out)
    }

    private func append(_ section: Section, into out: inout [String]) {
        paragraphs(ReadableBlocks.of(section.blocks), into: &out)
        for subsection in section.subsections where ReadableBlocks.hasContent(subsection) {
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

    private func appendCredits(_ topic: Topic, into out: inout [String]) {
        let credits = topic.credits.section()
        guard !credits.blocks.isEmpty else { return }
        heading("Credits", into: &out)
        paragraphs(credits.blocks, into: &out)
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
