/// Counts the syllables of one word for the readability formulas.
public protocol SyllableCounter: Sendable {
    /// The syllables in `word` (lower case, punctuation removed), at least one.
    func syllables(in word: String) -> Int
}

/// Where syllable counts come from (`hlspeak readability --syllables`).
public enum SyllableSource: String, CaseIterable, Sendable {
    /// Hyphenation patterns, as textstat and most grade-level checkers count: the figures a
    /// reviewer gets from those tools.
    case hyphenation
    /// eSpeak NG's pronunciation: syllables as said ("about" has two, where the patterns find one).
    case pronunciation

    /// The counter for text in `language`: its hyphenation patterns, or its own voice (English
    /// eSpeak NG reads Spanish words wrongly); `voices` is asked only for pronunciation.
    public func counter(for language: Language, voices: () throws -> VoiceLibrary) throws -> any SyllableCounter {
        switch self {
        case .hyphenation: try HyphenationSyllableCounter(language: language)
        case .pronunciation: PronunciationSyllableCounter(voice: try voices().profile(forLanguage: language.tag))
        }
    }
}

/// A spelling rule for words no other source can take: groups of vowels, less a silent final
/// "e", at least one.
public enum SpellingSyllables {
    public static func count(_ word: String) -> Int {
        let letters = Array(word.lowercased().filter(\.isLetter))
        guard !letters.isEmpty else { return word.isEmpty ? 0 : 1 }
        var groups = 0
        var inVowel = false
        for letter in letters {
            let vowel = "aeiouy".contains(letter)
            if vowel && !inVowel { groups += 1 }
            inVowel = vowel
        }
        if letters.count > 2, letters.last == "e", !"aeiouy".contains(letters[letters.count - 2]),
           !(letters.count > 3 && letters[letters.count - 2] == "l"), groups > 1 {
            groups -= 1
        }
        return max(1, groups)
    }
}
