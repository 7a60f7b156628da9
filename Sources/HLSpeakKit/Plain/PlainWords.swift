import Foundation

/// One plain-language swap: a complex word or phrase, its plain alternative, and where the pair
/// comes from.
public struct WordSwap: Hashable, Sendable {
    public var complex: String
    public var plain: String
    public var source: String
}

/// The curated swaps in `Content/plain-words.tsv` and the terms no rewrite may touch, from
/// `Content/protected-terms.txt`. Bad lines are reported and skipped, never fatal.
public struct PlainWords: Hashable, Sendable {
    public var swaps: [WordSwap]
    /// Words (drug and test names, and the like) a change must keep, compared without case.
    public var protectedTerms: Set<String>
    /// Problems found while reading the files, with file and line.
    public var warnings: [String]

    public init(swaps: [WordSwap] = [], protectedTerms: Set<String> = [], warnings: [String] = []) {
        self.swaps = swaps
        self.protectedTerms = protectedTerms
        self.warnings = warnings
    }

    /// Reads both files from the content folder; missing files give an empty list.
    public static func load(from folder: URL) -> PlainWords {
        var words = PlainWords()
        let swapsFile = folder.appendingPathComponent("plain-words.tsv")
        if let text = try? String(contentsOf: swapsFile, encoding: .utf8) {
            let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
                let place = "\(FilePaths.display(swapsFile)):\(index + 1)"
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                    words.warnings.append("\(place): expected 'complex<TAB>plain<TAB>source', found "
                        + "\(fields.count) column\(fields.count == 1 ? "" : "s"); the line is skipped")
                    continue
                }
                let swap = WordSwap(complex: fields[0], plain: fields[1], source: fields[2])
                if ruleSyllables(swap.plain) > ruleSyllables(swap.complex) {
                    words.warnings.append("\(place): '\(swap.plain)' is longer to say than '\(swap.complex)'; "
                        + "the swap is skipped")
                    continue
                }
                words.swaps.append(swap)
            }
        }
        // Longest phrases first, so "prior to" wins over "prior".
        words.swaps.sort { $0.complex.count > $1.complex.count }
        let protectedFile = folder.appendingPathComponent("protected-terms.txt")
        if let text = try? String(contentsOf: protectedFile, encoding: .utf8) {
            for line in text.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline) {
                let term = line.trimmingCharacters(in: .whitespaces)
                if !term.isEmpty && !term.hasPrefix("#") { words.protectedTerms.insert(term.lowercased()) }
            }
        }
        return words
    }

    static func ruleSyllables(_ phrase: String) -> Int {
        phrase.split(separator: " ").reduce(0) { $0 + SpellingSyllables.count(String($1)) }
    }
}
