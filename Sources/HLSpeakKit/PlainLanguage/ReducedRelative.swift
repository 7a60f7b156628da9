/// Needless words out of a relative clause: "conditions that are found through newborn
/// screening" → "conditions found through newborn screening"; "women who are diagnosed with
/// PKU" → "women diagnosed with PKU". Only "that", "which" or "who" with "are" or "were" (a plural
/// that needs its own subject, so "that" cannot be a pronoun there) and a past participle right
/// after: "cells that are not working" and "those that are present" keep their words.
extension SentenceRewrites {
    func withoutRelativeBe(_ text: String) -> String? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        var index = 1
        while index + 2 < words.count {
            let relative = words[index].lowercased(), be = words[index + 1].lowercased()
            let next = words[index + 2].lowercased().trimmed(.punctuation)
            if Self.relativeWords.contains(relative), ["are", "were"].contains(be),
               // "… depends on the cells, that are …" is no relative clause of a noun; a word before must end
               // in a letter or a comma (", which are made …").
               words[index - 1].last.map({ $0.isLetter || $0 == "," }) == true,
               // "…, some of which are caused by …": after "of" the clause's "which" is its subject.
               !Self.prepositions.contains(words[index - 1].lowercased()),
               // "special formulas are used, which are made of …": after the verb, a bare "made of"
               // would hang on "used"; the clause is the noun's further back.
               !words[index - 1].hasSuffix(",") || !Self.isPastParticiple(words[index - 1].lowercased().trimmed(.punctuation))
                   && Self.knownVerbForm(words[index - 1].lowercased().trimmed(.punctuation))?.form != .ed,
               // "symptoms unrelated to benign prostatic hyperplasia that are caused by …": "are"
               // says the clause is a plural's; after a word that names one thing it reaches back
               // past that word, which a bare participle would describe instead.
               // ("people with colorectal cancer who are interested …": "who" is a person's, and
               // no thing before it can take it.)
               relative == "who" || words[index - 1].hasSuffix(",") || Self.namesMany(words[index - 1].lowercased())
                   || Self.pluralPronouns.contains(words[index - 1].lowercased()),
               Self.isPastParticiple(next),
               // "children who are dehydrated or vomiting" → "children dehydrated" is no English:
               // the participle needs words of its own after it ("infected with", "born early").
               !words[index + 2].contains(where: { ",.;:".contains($0) }), index + 3 < words.count,
               !["or", "and"].contains(words[index + 3].lowercased()),
               // "women who are known hemophilia carriers" → "women known hemophilia carriers" is no
               // English: "known" there describes the carriers. After "known" only "to", "as", "for".
               words[index + 2].lowercased() != "known" || ["to", "as", "for"].contains(words[index + 3].lowercased()),
               // "people who are injured often see them as serious" → "people injured often see"
               // may read as people often injured: no adverb right after the participle.
               !Self.adverbs.contains(words[index + 3].lowercased()),
               // (After a comma, as in "Red cells, which are made …, carry", the next comma ends the clause.)
               words[index - 1].hasSuffix(",") || !Self.clauseGoesOn(words[(index + 3)...]),
               // ("antibodies, which are circulated in the blood and finally deposited in …": a second
               // participle after "and" leaves the bare phrase hard to follow.)
               !Self.joinsSecondPastParticiple(words[(index + 3)...]) {
                words.removeSubrange(index...(index + 1))
                changed = true
            } else {
                index += 1
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Words that stand for more than one thing with no noun of their own ("those who are …").
    static let pluralPronouns: Set<String> = ["those", "these", "others", "ones", "many", "some", "all", "both", "several", "few"]

    /// True when the clause, up to its next comma, joins a second participle with "and" or "or"
    /// ("… in the blood and finally deposited in the glomeruli").
    static func joinsSecondPastParticiple(_ rest: ArraySlice<String>) -> Bool {
        // (The word that carries the comma is the clause's last: "… and stored, then …".)
        let end = rest.firstIndex { $0.hasSuffix(",") }.map { rest.index(after: $0) } ?? rest.endIndex
        let clause = rest[..<end].map { $0.lowercased().trimmed(.punctuation) }
        return clause.indices.dropFirst().contains { at in
            guard ["and", "or"].contains(clause[at - 1]) else { return false }
            let word = isAdverb(clause[at]) && at + 1 < clause.count ? clause[at + 1] : clause[at]
            return isPastParticiple(word)
        }
    }

    /// True when the relative clause goes on with more verbs of its own after a comma: "those who
    /// are exposed to smoke, attend daycare, live in crowded homes, or have …" ("those exposed to
    /// smoke, attend daycare" would lose its subject).
    static func clauseGoesOn(_ rest: ArraySlice<String>) -> Bool {
        zip(rest, rest.dropFirst()).contains { word, next in
            guard word.hasSuffix(",") else { return false }
            let verb = next.lowercased()
            return knownVerbForm(verb)?.form == .base || ["have", "are", "do"].contains(verb)
        }
    }

    /// True for a past participle: a regular "-ed" form or one of the common irregular ones.
    static func isPastParticiple(_ word: String) -> Bool {
        if irregularParticiples.contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !notParticiples.contains(word)
    }

    /// Irregular past participles common in health text.
    static let irregularParticiples: Set<String> = [
        "known", "given", "taken", "seen", "done", "made", "found", "born", "grown", "shown", "caught", "kept", "left",
        "held", "sent", "spent", "built", "worn", "written", "eaten", "hidden", "broken", "chosen", "frozen", "spread",
        "thought", "brought", "bought", "put", "set", "cut", "hurt", "lost", "felt", "told", "sold", "led", "fed", "bred",
    ]

    /// Words that end in "-ed" but are no past participles.
    static let notParticiples: Set<String> = ["hundred", "sacred", "kindred", "naked", "wicked", "rugged", "ragged", "beloved"]
}

/// A test's name and "A procedure in which …" say what is done straight after the name:
/// "Liver function tests: A procedure in which a blood sample is checked …" → "Liver function
/// tests: A blood sample is checked …". Only after a name of up to ten words with no verb,
/// before a colon, where the name already says what the procedure is.
extension SentenceRewrites {
    func procedureInWhich(_ text: String) -> String? {
        guard let colon = text.range(of: ": ") else { return nil }
        let name = String(text[..<colon.lowerBound])
        let rest = text[colon.upperBound...]
        guard (1...10).contains(Self.wordCount(name)), !Self.hasVerb(name), !name.contains(where: { ".!?;".contains($0) }),
              let lead = ["A procedure in which ", "A test in which ", "An exam in which ", "A method in which "].first(where: rest.hasPrefix)
        else { return nil }
        let clause = rest.dropFirst(lead.count)
        guard Self.wordCount(String(clause)) >= 4, Self.startsClause(String(clause)) || Self.subjectThenHelper(String(clause)) else { return nil }
        return name + ": " + Self.capitalized(String(clause))
    }
}

/// ", as well as" joining one more thing is "and": "depends on the cause, as well as the
/// person's goals" → "depends on the cause and the person's goals". Only after a comma, where it
/// cannot be a comparison ("as well as possible", "as well as you can"), and not beside another
/// "and".
extension SentenceRewrites {
    func asWellAsAnd(_ text: String) -> String? {
        guard let range = text.range(of: ", as well as ") else { return nil }
        let next = text[range.upperBound...].split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard !next.isEmpty, !["possible", "expected", "before", "usual", "ever", "they", "you", "we", "he", "she", "it", "i"].contains(next),
              !Self.clauseVerbs.contains(next),
              // "… is important, as well as when to get care": a question word or an "-ing" word
              // is no second thing of the same kind ("is important and when to …").
              !["when", "how", "what", "why", "where", "which", "who", "whether"].contains(next), !next.hasSuffix("ing") else { return nil }
        // "The doctor, as well as the nurse, will check you": set off by commas, it is an aside;
        // "and" would leave a comma between the subject and its verb.
        let head = text[..<range.lowerBound]
        if !head.contains(", "), text[range.upperBound...].contains(", ") { return nil }
        // "… about diagnosis and treatment, as well as research" would read "diagnosis and
        // treatment and research": not beside another "and".
        let before = text[..<range.lowerBound].lowercased().split(separator: " ").suffix(3)
        let after = text[range.upperBound...].lowercased().split(separator: " ").prefix(2)
        guard !before.contains("and"), !after.contains("and") else { return nil }
        // "A, B, as well as C" is a series: "A, B, and C", so C is not read as part of B.
        return text.replacingCharacters(in: range, with: text[..<range.lowerBound].contains(", ") ? ", and " : " and ")
    }
}

/// A verb repeated after "than" goes: "are at greater risk than are people who do not have it" →
/// "than people who do not have it". Only before a noun phrase ("people", "the", "those" …),
/// where the verb only repeats the sentence's.
extension SentenceRewrites {
    func thanWithoutVerb(_ text: String) -> String? {
        for verb in ["are", "is", "do", "does"] {
            guard let range = text.range(of: " than \(verb) ") else { continue }
            let next = text[range.upperBound...].split(separator: " ").first.map { $0.lowercased() } ?? ""
            guard Self.nounPhraseStarts.contains(next) || Self.peopleWords.contains(next) || ["those", "people"].contains(next) else { continue }
            return text.replacingCharacters(in: range, with: " than ")
        }
        return nil
    }
}

