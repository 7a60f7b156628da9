import Foundation

/// The words a change must keep: numbers, in digits or words, and the word right after one (its unit:
/// "500 mg", "2 tablets", "three days"), words of time and frequency, phone numbers and other
/// set-apart runs, negations, and the protected terms (drug and test names, one word or several).
/// A rewrite whose result does not keep all of them, in order, is not made.
struct ProtectedWords {
    var terms: Set<String>

    /// The language's negations, number words and words of time.
    var classes: WordClasses

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
            if classes.isNegation(word), index + 1 < raws.count, classes.negationAffirming.contains(raws[index + 1].lowercased()) { continue }
            let bare = word.trimmed(where: { $0 == "'" })
            let isNumber = word.contains(where: \.isNumber) || classes.numberWords.contains(bare)
                || (bare.contains("-") && bare.split(separator: "-").allSatisfy { classes.numberWords.contains(String($0)) })
            if isNumber || afterNumber && !(afterOne && classes.functionWords.contains(bare)) || word.unicodeScalars.contains(where: { Template.isPlaceholder($0) })
                || classes.isNegation(word) || classes.timeWords.contains(bare)
                || terms.contains(bare) || terms.contains(bare.replacingOccurrences(of: "'s", with: ""))
                || bare.hasSuffix("s") && terms.contains(String(bare.dropLast()))
                || bare.split(separator: "-").contains(where: { terms.contains(String($0)) }) {
                kept.append(bare)
            }
            // "between ages 40 and 60, though …": a number that ends a clause has no unit after it.
            let ended = raw.endIndex < text.endIndex && ",.;:!?)".contains(text[raw.endIndex])
            afterNumber = isNumber && !ended
            afterOne = classes.pronounNumbers.contains(bare)
        }
        return kept
    }

    func keeps(_ original: String, in result: String) -> Bool {
        guard words(in: original) == words(in: result) else { return false }
        // Terms of several words ("informed consent") must appear as often after as before.
        return terms.filter { $0.contains(" ") }.allSatisfy { term in
            // ("anxiety disorders" is the term "anxiety disorder" too.)
            Self.occurrences(of: term, in: original, plural: true) == Self.occurrences(of: term, in: result, plural: true)
        }
    }

    /// How often `phrase` appears in `text` as whole words (ignoring case unless `options` say otherwise).
    /// With `plural`, the phrase followed by an "s" counts too; with `inJoinedWords` false, a part
    /// of a hyphenated word ("rubella" in "measles-mumps-rubella") does not.
    static func occurrences(of phrase: String, in text: String, options: String.CompareOptions = .caseInsensitive, plural: Bool = false,
                            inJoinedWords: Bool = true) -> Int {
        let bounds = { (character: Character) in !character.isLetter && (inJoinedWords || character != "-") }
        var count = 0
        var search = text.startIndex
        while let range = text.range(of: phrase, options: options, range: search..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || bounds(text[text.index(before: range.lowerBound)])
            var end = range.upperBound
            if plural, end < text.endIndex, text[end] == "s" { end = text.index(after: end) }
            let endsWord = end == text.endIndex || bounds(text[end])
            if startsWord && endsWord { count += 1 }
            search = range.upperBound
        }
        return count
    }
}
