/// Lists pasted from word processors: lines that start with "•", "◦", "▪", "‣", "·", "–" or "—"
/// (then a space or tab) become Markdown list items, and "1)" or "a." numbering is left to
/// Markdown, which reads "1)" itself. Each line stays on its line, so messages name the right one.
enum PastedLists {
    private static let bullets: Set<Character> = ["•", "◦", "▪", "‣", "·", "–", "—", "●", "○", "■", "□", "➢", "✓"]
    /// The same, as scalars: looking for one among scalars is ~10 times quicker than among
    /// characters, and most topics have none.
    private static let bulletScalars = bullets.map { $0.unicodeScalars.first! }

    /// `markdown` with pasted bullets written as "- ".
    static func normalize(_ markdown: String) -> String {
        guard markdown.unicodeScalars.contains(where: { !$0.isASCII && bulletScalars.contains($0) }) else { return markdown }
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let rest = line.dropFirst(indent.count)
            if let first = rest.first, bullets.contains(first), let after = rest.dropFirst().first, after == " " || after == "\t" {
                lines.append(indent + "- " + rest.dropFirst().drop { $0 == " " || $0 == "\t" })
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
