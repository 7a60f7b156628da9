import Foundation

/// The readability of a text: counts, and the Flesch-Kincaid grade, Flesch reading ease and SMOG
/// grade computed from them.
public struct ReadabilityScores: Hashable, Sendable, Encodable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Words of three or more syllables.
    public var polysyllables: Int

    public init(words: Int, sentences: Int, syllables: Int, polysyllables: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.polysyllables = polysyllables
    }

    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    public var fleschKincaidGrade: Double {
        guard words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(max(1, sentences)) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    public var fleschReadingEase: Double {
        guard words > 0 else { return 0 }
        return 206.835 - 1.015 * Double(words) / Double(max(1, sentences)) - 84.6 * Double(syllables) / Double(words)
    }

    /// 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.
    public var smog: Double {
        1.0430 * (Double(polysyllables) * 30 / Double(max(1, sentences))).squareRoot() + 3.1291
    }

    /// SMOG is defined on 30 sentences; fewer make it an estimate.
    public var isShortSample: Bool { sentences < 30 }

    public static func + (lhs: ReadabilityScores, rhs: ReadabilityScores) -> ReadabilityScores {
        ReadabilityScores(words: lhs.words + rhs.words, sentences: lhs.sentences + rhs.sentences,
                          syllables: lhs.syllables + rhs.syllables, polysyllables: lhs.polysyllables + rhs.polysyllables)
    }

    enum CodingKeys: String, CodingKey {
        case words, sentences, syllables, polysyllables
        case fleschKincaidGrade = "flesch_kincaid_grade", fleschReadingEase = "flesch_reading_ease"
        case smog = "smog_index", isShortSample = "short_sample"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(words, forKey: .words)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(syllables, forKey: .syllables)
        try container.encode(polysyllables, forKey: .polysyllables)
        try container.encode((fleschKincaidGrade * 100).rounded() / 100, forKey: .fleschKincaidGrade)
        try container.encode((fleschReadingEase * 100).rounded() / 100, forKey: .fleschReadingEase)
        try container.encode((smog * 100).rounded() / 100, forKey: .smog)
        try container.encode(isShortSample, forKey: .isShortSample)
    }
}

/// Measures text: words are runs between spaces with a letter or digit (hyphenated words count
/// once); sentences end at `.`, `!` or `?`, and fragments of one or two words (list items such
/// as "Blood tests.") count as words but not as sentences; syllables come from eSpeak NG.
public struct ReadabilityMeter: Sendable {
    public var syllables: SyllableCounter

    public init(syllables: SyllableCounter) { self.syllables = syllables }

    public func scores(of text: String) -> ReadabilityScores {
        var total = ReadabilityScores(words: 0, sentences: 0, syllables: 0, polysyllables: 0)
        for line in text.split(separator: "\n") {
            for sentence in SentenceSplitter.split(String(line)) {
                let words = Self.words(in: sentence)
                guard !words.isEmpty else { continue }
                let counts = words.map { syllables.syllables(in: $0) }
                total = total + ReadabilityScores(words: words.count, sentences: words.count > 2 ? 1 : 0,
                                                  syllables: counts.reduce(0, +),
                                                  polysyllables: counts.count { $0 >= 3 })
            }
        }
        return total
    }

    /// The words of `sentence`, punctuation removed ("Rh-negative" → "Rhnegative", one word).
    static func words(in sentence: String) -> [String] {
        sentence.split(whereSeparator: \.isWhitespace).map { token in
            String(token.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" })
                .trimmingCharacters(in: CharacterSet(charactersIn: "'’"))
        }.filter { !$0.isEmpty }
    }
}
