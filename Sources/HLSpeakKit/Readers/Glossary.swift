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
        guard holdsAnEntry(text) else { return [.text(text)] }
        return WordScanner.pieces(of: text).map { piece -> Inline in
            switch piece {
            case .word(let word): entries[word].map { .abbreviation(word, expansion: $0) } ?? .text(word)
            case .other(let other): .text(other)
            }
        }.mergingText()
    }

    /// Whether `text` holds any abbreviation as a string. ASCII in ASCII is a search of bytes:
    /// Foundation's `contains` goes through NSString, ~20,000 instructions a call, for every run
    /// of every topic. Other text keeps Foundation's answer (which treats equivalent Unicode
    /// spellings as equal).
    private func holdsAnEntry(_ text: String) -> Bool {
        let haystack = Array(text.utf8)
        let ascii = haystack.allSatisfy { $0 < 0x80 }
        return haystack.withUnsafeBufferPointer { haystack in
            entries.keys.contains { key in
                let needle = Array(key.utf8)
                guard ascii, needle.allSatisfy({ $0 < 0x80 }) else { return text.contains(key) }
                return needle.withUnsafeBufferPointer { Self.occurs($0, in: haystack) }
            }
        }
    }

    /// Whether `needle` (not empty) is somewhere in `haystack`, byte for byte: a plain loop that
    /// looks further only where the first byte matches.
    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
