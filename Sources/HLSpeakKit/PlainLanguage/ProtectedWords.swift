import Foundation

/// The words a change must keep: numbers, in digits or words, and the word right after one (its unit:
/// "500 mg", "2 tablets", "three days"), words of time and frequency, phone numbers and other
/// set-apart runs, negations, and the protected terms (drug and test names, one word or several).
/// A rewrite whose result does not keep all of them, in order, is not made.
struct ProtectedWords {
    var terms: Set<String>

    static let negations: Set<String> = ["not", "no", "never", "none", "nor", "nothing", "without", "cannot",
                                         "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
                                         "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't",
                                         "hasn't", "hadn't", "mustn't", "needn't"]

    static let numberWords: Set<String> = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "half",
        "quarter", "dozen", "once", "twice", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "single", "double",
    ]

    static let timeWords: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "daily", "weekly", "monthly", "yearly", "hourly", "nightly",
    ]

    /// Words that follow "one" without being its unit ("have one to see if", "one of them").
    static let functionWords: Set<String> = ["to", "of", "the", "a", "an", "and", "or", "but", "in", "on", "at", "for", "with",
                                             "by", "from", "is", "are", "was", "were", "be", "it", "this", "that", "these",
                                             "those", "if", "as", "so", "than", "then", "you", "your", "we", "they"]

    /// The protected words of `text`, in order, lower-cased.
    func words(in text: String) -> [String] {
        var kept: [String] = []
        var afterNumber = false
        // "have one to see if": "one" is a pronoun there, the word after it no unit ("2 or more" keeps its "or").
        var afterOne = false
        let raws = text.split(whereSeparator: { $0.isWhitespace || ",.;:!?()\"".contains($0) })
        for (index, raw) in raws.enumerated() {
            let word = raw.lowercased().replacingOccurrences(of: "’", with: "'")
            // "not only … but also" affirms both halves: its "not" denies nothing.
            if word == "not", index + 1 < raws.count, raws[index + 1].lowercased() == "only" { continue }
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            let isNumber = word.contains(where: \.isNumber) || Self.numberWords.contains(bare)
                || (bare.contains("-") && bare.split(separator: "-").allSatisfy { Self.numberWords.contains(String($0)) })
            if isNumber || afterNumber && !(afterOne && Self.functionWords.contains(bare)) || word.unicodeScalars.contains(where: { Template.isPlaceholder($0) })
                || Self.negations.contains(word) || word.hasSuffix("n't") || Self.timeWords.contains(bare)
                || terms.contains(bare) || terms.contains(bare.replacingOccurrences(of: "'s", with: ""))
                || bare.split(separator: "-").contains(where: { terms.contains(String($0)) }) {
                kept.append(bare)
            }
            // "between ages 40 and 60, though …": a number that ends a clause has no unit after it.
            let ended = raw.endIndex < text.endIndex && ",.;:!?)".contains(text[raw.endIndex])
            afterNumber = isNumber && !ended
            afterOne = bare == "one"
        }
        return kept
    }

    func keeps(_ original: String, in result: String) -> Bool {
        guard words(in: original) == words(in: result) else { return false }
        // Terms of several words ("informed consent") must appear as often after as before.
        return terms.filter { $0.contains(" ") }.allSatisfy { term in
            Self.occurrences(of: term, in: original) == Self.occurrences(of: term, in: result)
        }
    }

    /// How often `phrase` appears in `text` as whole words (ignoring case unless `options` say otherwise).
    static func occurrences(of phrase: String, in text: String, options: String.CompareOptions = .caseInsensitive) -> Int {
        var count = 0
        var search = text.startIndex
        while let range = text.range(of: phrase, options: options, range: search..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let endsWord = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if startsWord && endsWord { count += 1 }
            search = range.upperBound
        }
        return count
    }
}
