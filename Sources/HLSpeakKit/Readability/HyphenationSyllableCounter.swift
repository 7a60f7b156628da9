/// Counts syllables as textstat (through pyphen) and most grade-level checkers do: one more than
/// the places the hyphenation patterns let the word break, two letters or more from either end.
/// So "medicine" has three and "about" one: a written convention, not how the word is said.
public struct HyphenationSyllableCounter: SyllableCounter {
    public let hyphenator: Hyphenator

    public init(hyphenator: Hyphenator) { self.hyphenator = hyphenator }

    /// The counter for `language`, with its patterns.
    public init(language: Language) throws(ReadabilityError) {
        hyphenator = try Hyphenator(language: language)
    }

    public func syllables(in word: String) -> Int {
        hyphenator.breaks(in: word.lowercased()) + 1
    }
}
