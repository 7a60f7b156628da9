import Foundation

/// The readability of a text: counts, and the Flesch-Kincaid grade, Flesch reading ease and SMOG
/// grade computed from them. As in textstat, words per sentence and syllables per word are rounded
/// to one decimal before the Flesch formulas, so a grade here is the grade a reviewer gets there.
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

    /// Nothing measured: the start of a sum.
    public static let zero = ReadabilityScores(words: 0, sentences: 0, syllables: 0, polysyllables: 0)

    /// Words per sentence, to one decimal (a text of fragments counts as one sentence).
    public var wordsPerSentence: Double {
        Self.tenths(Double(words) / Double(max(1, sentences)))
    }

    /// Syllables per word, to one decimal.
    public var syllablesPerWord: Double {
        words > 0 ? Self.tenths(Double(syllables) / Double(words)) : 0
    }

    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    public var fleschKincaidGrade: Double {
        guard words > 0 else { return 0 }
        return 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }

    /// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    public var fleschReadingEase: Double {
        guard words > 0 else { return 0 }
        return 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }

    /// Fernández-Huerta's reading ease for Spanish (0–100, higher is easier): 206.84 − 60 ×
    /// syllables per word − 1.02 × words per sentence, with both rounded as textstat rounds them.
    public var fernandezHuerta: Double {
        guard words > 0 else { return 0 }
        return 206.84 - 60 * syllablesPerWord - 1.02 * wordsPerSentence
    }

    /// Szigriszt-Pazos perspicuity for Spanish, read on the INFLESZ scale (under 40 very hard,
    /// 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, over 80 very easy): 206.84 − 62.3 ×
    /// syllables / words − words / sentences (unrounded, as in textstat).
    public var szigrisztPazos: Double {
        guard words > 0 else { return 0 }
        return 206.84 - 62.3 * Double(syllables) / Double(words) - Double(words) / Double(max(1, sentences))
    }

    /// Half-up rounding to one decimal.
    static func tenths(_ value: Double) -> Double { (value * 10 + 0.5).rounded(.down) / 10 }

    /// 1.0430 × √(polysyllables × 30 / sentences) + 3.1291.
    public var smog: Double {
        1.0430 * (Double(polysyllables) * 30 / Double(max(1, sentences))).squareRoot() + 3.1291
    }

    /// SMOG needs at least 3 sentences: under that textstat gives none (0), and neither do we.
    public var hasSMOG: Bool { sentences >= 3 }

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
        case fernandezHuerta = "fernandez_huerta", szigrisztPazos = "szigriszt_pazos"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(words, forKey: .words)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(syllables, forKey: .syllables)
        try container.encode(polysyllables, forKey: .polysyllables)
        // No words, no grade: null rather than a figure that looks measured.
        let measured = words > 0
        try container.encode(measured ? (fleschKincaidGrade * 100).rounded() / 100 : nil, forKey: .fleschKincaidGrade)
        try container.encode(measured ? (fleschReadingEase * 100).rounded() / 100 : nil, forKey: .fleschReadingEase)
        try container.encode(measured && hasSMOG ? (smog * 100).rounded() / 100 : nil, forKey: .smog)
        try container.encode(measured ? (fernandezHuerta * 100).rounded() / 100 : nil, forKey: .fernandezHuerta)
        try container.encode(measured ? (szigrisztPazos * 100).rounded() / 100 : nil, forKey: .szigrisztPazos)
        try container.encode(isShortSample, forKey: .isShortSample)
    }
}
