/// A sentence the rules leave hard to read, for the editor to write by hand (as Hemingway
/// highlights them): over grade 8 on its own (judged from 8 words on), or over 20 words; and its long words that have a
/// plainer word listed, which the rules could not swap where they stand.
public struct HardSentence: Hashable, Sendable {
    /// The sentence as written, with its id (to rewrite it).
    public var sentence: PlainSentence
    /// The hard part of the suggestion (one of its sentences).
    public var text: String
    public var words: Int
    public var grade: Double
    /// Words of three or more syllables with a plainer word listed: (word, plainer word).
    public var longWords: [(word: String, plain: String)]

    public static func == (lhs: HardSentence, rhs: HardSentence) -> Bool {
        lhs.sentence == rhs.sentence && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sentence)
        hasher.combine(text)
    }

    /// Why it is listed, in words.
    public var reasons: [String] {
        var reasons: [String] = []
        if words > HardSentences.maxWords { reasons.append("\(words) words (aim for \(HardSentences.maxWords) or fewer)") }
        if grade > HardSentences.maxGrade { reasons.append(String(format: "grade %.1f on its own (aim for %g or lower)", grade, HardSentences.maxGrade)) }
        if !longWords.isEmpty {
            reasons.append("long words: " + longWords.map { "'\($0.word)' (try '\($0.plain)')" }.joined(separator: ", "))
        }
        return reasons
    }
}

/// Finds the hard sentences of a topic's plain-language suggestion.
public struct HardSentences {
    static let maxWords = 20
    static let maxGrade = 8.0
    static let minWordsForGrade = 8

    public var meter: ReadabilityMeter
    public var words: PlainWords

    public init(meter: ReadabilityMeter, words: PlainWords) {
        self.meter = meter
        self.words = words
    }

    /// The hard sentences among `sentences`, in order.
    public func find(in sentences: [PlainSentence]) -> [HardSentence] {
        let plainer = Dictionary(words.swaps.filter { !$0.complex.contains(" ") }.map { ($0.complex.lowercased(), $0.plain) },
                                 uniquingKeysWith: { first, _ in first })
        var hard: [HardSentence] = []
        for sentence in sentences {
            for line in sentence.suggested.split(separator: "\n") {
                let line = line.hasPrefix("- ") ? String(line.dropFirst(2)) : String(line)
                for part in meter.sentences.split(line) {
                    let scores = meter.scores(of: part)
                    let long = ReadabilityMeter.words(in: part).compactMap { word -> (String, String)? in
                        let key = word.lowercased()
                        guard meter.syllables.syllables(in: key) >= 3,
                              let plain = plainer[key] ?? plainer[String(key.dropLast())] else { return nil }
                        return (word, plain)
                    }
                    // The grade of a short sentence says little ("Miscarriages are common." is
                    // grade 9): judged from 8 words on.
                    let grade = scores.words >= Self.minWordsForGrade ? scores.fleschKincaidGrade : 0
                    guard scores.words > Self.maxWords || grade > Self.maxGrade || !long.isEmpty else { continue }
                    hard.append(HardSentence(sentence: sentence, text: part, words: scores.words, grade: grade,
                                             longWords: long.map { (word: $0.0, plain: $0.1) }))
                }
            }
        }
        return hard
    }
}
