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
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph):
                return [paragraph.inlines.plainText]
            case .list(let list):
                return list.items.flatMap { lines($0.blocks) }.map { bullet + endingInPunctuation($0) }
            case .note(let note):
                return lines(note.blocks, bullet: bullet)
            case .gap:
                return []
            }
        }.filter { !$0.isEmpty }
    }

    static func endingInPunctuation(_ line: String) -> String {
        guard let last = line.last, !".!?:;".contains(last) else { return line }
        return line + "."
    }
}
