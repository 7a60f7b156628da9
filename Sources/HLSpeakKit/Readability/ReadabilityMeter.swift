/// Measures text by the conventions of textstat, the reference most grade-level checkers follow:
/// a word is a run between spaces once punctuation is removed (hyphenated words and
/// contractions count once); sentences end at `.`, `!` or `?` (not at a colon or a line
/// end; a line's own stop ends its sentence before a list item in lower case), and fragments of one or two words count as words but not as sentences. Sentence ends
/// follow the language's `SentenceBoundary`, so "Dr." and "100.4" do not end one.
public struct ReadabilityMeter: Sendable {
    public var syllables: any SyllableCounter
    public var sentences: SentenceBoundary

    public init(syllables: any SyllableCounter, sentences: SentenceBoundary) {
        self.syllables = syllables
        self.sentences = sentences
    }

    /// The meter for text in `language`, syllables from its hyphenation patterns as the common
    /// checkers count them.
    public init(language: Language) throws {
        self.init(syllables: try HyphenationSyllableCounter(language: language), sentences: language.sentences)
    }

    public func scores(of text: String) -> ReadabilityScores {
        var total = ReadabilityScores.zero
        for sentence in sentences.split(lines: text) {
            let words = Self.words(in: sentence)
            guard !words.isEmpty else { continue }
            let counts = words.map { syllables.syllables(in: $0.lowercased()) }
            total = total + ReadabilityScores(words: words.count, sentences: words.count > 2 ? 1 : 0,
                                              syllables: counts.reduce(0, +),
                                              polysyllables: counts.count { $0 >= 3 })
        }
        return total
    }

    /// The words of `sentence` with punctuation, apostrophes and hyphens removed
    /// ("Rh-negative" → "Rhnegative", "doesn't" → "doesnt"), as textstat counts them.
    static func words(in sentence: String) -> [String] {
        sentence.split(whereSeparator: \.isWhitespace)
            .map { String($0.filter { $0.isLetter || $0.isNumber || $0 == "_" }) }
            .filter { !$0.isEmpty }
    }
}

extension ReadabilityMeter {
    /// The scores of section `id` of `topic` as patients get it (gaps left out), or nil when it
    /// is not there or has nothing left.
    public func scores(ofSection id: String, in topic: Topic) -> ReadabilityScores? {
        topic.allSections.first { $0.id == id }?.readable(sentences).map { scores(of: SectionText.body(of: $0)) }
    }
}
