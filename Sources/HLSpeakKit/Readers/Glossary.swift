/// Abbreviations and their expansions (`Rh`: "Rhesus factor"), from `library.yml` and a topic's
/// front matter. The reader marks each whole-word occurrence as an `.abbreviation` run.
public struct Glossary: Hashable, Sendable {
    public private(set) var entries: [String: String]

    public init(_ entries: [String: String] = [:]) { self.entries = entries }

    /// This glossary with `other`'s entries added, `other` winning on a clash.
    public func merging(_ other: Glossary) -> Glossary {
        Glossary(entries.merging(other.entries) { _, new in new })
    }

    /// `runs` with every text run's abbreviations turned into `.abbreviation` runs.
    public func marking(_ runs: [Inline]) -> [Inline] {
        guard !entries.isEmpty else { return runs }
        return runs.flatMap { run -> [Inline] in
            switch run {
            case .text(let text): marking(text)
            case .emphasis(let inner): [.emphasis(marking(inner))]
            default: [run]
            }
        }
    }

    private func marking(_ text: String) -> [Inline] {
        // Most runs hold none of the few abbreviations: no need to cut them into words.
        guard entries.keys.contains(where: { text.contains($0) }) else { return [.text(text)] }
        return WordScanner.pieces(of: text).map { piece -> Inline in
            switch piece {
            case .word(let word): entries[word].map { .abbreviation(word, expansion: $0) } ?? .text(word)
            case .other(let other): .text(other)
            }
        }.mergingText()
    }
}
