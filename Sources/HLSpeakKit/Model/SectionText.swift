/// A section's words as plain text, one paragraph or list item per line, without headings, gaps
/// or markup: what readability is measured on and what `hlspeak simplify` prints.
public enum SectionText {
    /// The text of `section`'s body and of its subsections' bodies; list items start with
    /// `bullet` (none by default).
    public static func body(of section: Section, bullet: String = "") -> String {
        lines(section.blocks, bullet: bullet).joined(separator: "\n")
            + section.subsections.map { "\n" + body(of: $0, bullet: bullet) }.joined()
    }

    /// The lines of `blocks`; list items end in punctuation so they read as sentences.
    public static func lines(_ blocks: [Block], bullet: String = "") -> [String] {
        var lines: [String] = []
        blocks.walk { block, context in
            guard case .paragraph(let paragraph) = block else { return }
            let text = paragraph.inlines.plainText
            guard !text.isEmpty else { return }
            lines.append(context.inListItem ? bullet + endingInPunctuation(text) : text)
        }
        return lines
    }

    static func endingInPunctuation(_ line: String) -> String {
        guard let last = line.last, !".!?:;".contains(last) else { return line }
        return line + "."
    }
}
