/// A section's words as plain text, one paragraph or list item per line, without headings, gaps
/// or markup: what readability is measured on and what `hlspeak simplify` prints.
public enum SectionText {
    /// The text of `section`'s body and of its subsections' bodies; list items start with
    /// `bullet` (none by default), indented under the item they are nested in.
    public static func body(of section: Section, bullet: String = "") -> String {
        lines(section.blocks, bullet: bullet).joined(separator: "\n")
            + section.subsections.map { "\n" + body(of: $0, bullet: bullet) }.joined()
    }

    /// The lines of `blocks`; list items end in punctuation so they read as sentences. A bullet
    /// of a list inside an item is indented two spaces a level, as Markdown nests it.
    public static func lines(_ blocks: [Block], bullet: String = "") -> [String] {
        var lines: [String] = []
        blocks.walk { block, context in
            guard case .paragraph(let paragraph) = block else { return }
            let text = paragraph.inlines.plainText
            guard !text.isEmpty else { return }
            let depth = context.path.steps.filter { if case .item = $0 { true } else { false } }.count
            let indent = bullet.isEmpty ? "" : String(repeating: "  ", count: max(0, depth - 1))
            lines.append(context.inListItem ? indent + bullet + endingInPunctuation(text) : text)
        }
        return lines
    }

    /// The section as reviewers read it: its title, then each subsection's title before its text;
    /// paragraphs and list items ("- ") a blank line apart.
    public static func review(of section: Section) -> String {
        let body = lines(section.blocks, bullet: "- ").joined(separator: "\n\n")
        let parts = [section.title, body.isEmpty && section.subsections.isEmpty ? "(no text: only headings or gaps)" : body]
            + section.subsections.map(review)
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A warning about a sentence so long (over 50 words) it is probably several without their
    /// full stops: it is measured, and simplified, as one.
    public static func runOnWarning(_ section: Section, sentences boundary: SentenceBoundary) -> String? {
        let sentences = boundary.split(lines: body(of: section)).map { $0.split(separator: " ") }
        guard let longest = sentences.max(by: { $0.count < $1.count }), longest.count > 50 else { return nil }
        return "section '\(section.id)' has a sentence of \(longest.count) words "
            + "(\"\(longest.prefix(6).joined(separator: " ")) …\"); if it is several sentences, end each with a full stop"
    }

    /// An item that ends in a comma (one of a list written as one sentence) ends in a full
    /// stop instead.
    static func endingInPunctuation(_ line: String) -> String {
        guard let last = line.last, !".!?:;".contains(last) else { return line }
        return (last == "," ? String(line.dropLast()) : line) + "."
    }
}
