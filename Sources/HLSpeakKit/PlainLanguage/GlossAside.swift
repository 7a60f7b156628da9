/// What a term means, given in brackets after it, said as a sentence of its own after the one it
/// interrupts: "As the disease gets worse it can cause tiredness, loss of appetite, nausea
/// (feeling sick to the stomach), and trouble concentrating." → "… loss of appetite, nausea, and
/// trouble concentrating. Nausea means feeling sick to the stomach."; "Certain medicines, like
/// phenytoin (an antiseizure medicine), can cause it." → "Certain medicines, like phenytoin, can
/// cause it. Phenytoin is an antiseizure medicine."
///
/// Only for a term of one to three words with no article before it ("the arteries (a disease
/// called …)" names the whole clause's result, not the arteries), after a comma, "as", "like",
/// "including" or a verb whose object it is; after "and" or "or" only when the meaning is one
/// thing ("(a medicine to …)") and the item before has its own, since "warfarin and heparin
/// (blood-thinning medicines)" glosses both. The meaning has three or more words, no clause of
/// its own, and opens as a thing does: not "(more often or less often)", "(as long as 30
/// minutes)", "(severe in some cases)". Run before the other cuts (`splitLong`).
extension SentenceRewrites {
    func glossAside(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end), text.contains("("), Self.wordCount(text) > min(maxWords, Self.clauseWords) else { return nil }
        var words = text.split(separator: " ").map(String.init)
        var said: [String] = []
        // From the last bracket back, so that each is read with the ones before it in place.
        for index in words.indices.reversed() where words[index].hasPrefix("(") {
            guard let close = words[index...].firstIndex(where: { $0.contains(")") }),
                  let (meaning, after) = Self.bracketed(words[index...close]),
                  index > 0, !after.isEmpty || close + 1 == words.count || Self.endsNounPhrase(before: words[close + 1], term: words[index - 1]),
                  let term = Self.termBefore(words[..<index], meaning: meaning),
                  let sentence = Self.meaningSaid(term: words[(index - term)..<index].joined(separator: " "), meaning: meaning) else { continue }
            words.removeSubrange(index...close)
            words[index - 1] += after
            said.insert(sentence, at: 0)
        }
        guard !said.isEmpty, words.count >= 4 else { return nil }
        let rest = words.joined(separator: " ")
        // "encephalitis (inflammation of the brain) or meningitis (inflammation of the membranes
        // that …)": where a gloss of the same sentence stays in its brackets, each stays, so the
        // terms are explained alike.
        var search = rest.startIndex
        while let open = rest[search...].firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            if Self.wordCount(String(rest[open...close])) >= 3 { return nil }
            search = close
        }
        return [rest] + said
    }

    /// False when `next`, right after a ")", goes on with the noun phrase the bracket sits in:
    /// "severe psychomotor (mental and motor skills) delay" glosses a describing word, and
    /// "Severe psychomotor means …" would name no thing. A verb's base form goes on from a
    /// plural term only ("people with cysts (fluid-filled sacs) develop …").
    private static func endsNounPhrase(before next: String, term: String) -> Bool {
        let lower = next.lowercased().trimmed(.punctuation)
        if prepositions.contains(lower) || clauseVerbs.contains(lower) || modals.contains(lower) || relativeWords.contains(lower)
            || subordinators.contains(lower) || ["and", "or", "but"].contains(lower) || isAdverb(lower)
            // ("move mucus (a sticky fluid …) out of the lungs": a verb's particle.)
            || ["out", "up", "down", "away", "off", "back", "together", "apart"].contains(lower) { return true }
        guard let verb = knownVerbForm(lower) else { return false }
        return verb.form != .base || endsPlural(term)
    }

    /// The words inside the brackets that `span` opens and closes, and what follows the ")"
    /// (",", "." or nothing); nil when the span holds another bracket or anything after the ")"
    /// but a comma or the sentence's stop.
    private static func bracketed(_ span: ArraySlice<String>) -> (meaning: [String], after: String)? {
        let text = span.joined(separator: " ")
        guard let close = text.lastIndex(of: ")"), text.filter({ "()".contains($0) }).count == 2 else { return nil }
        let after = String(text[text.index(after: close)...])
        guard ["", ",", ".", "!"].contains(after) else { return nil }
        let meaning = text.dropFirst()[..<close].split(separator: " ").map(String.init)
        return (meaning, after)
    }

    /// How many words before a "(" make the term its `meaning` explains, or nil when the words
    /// there are no term that stands alone.
    private static func termBefore(_ head: ArraySlice<String>, meaning: [String]) -> Int? {
        let isTermWord = { (word: String) -> Bool in
            let lower = word.lowercased()
            return word.allSatisfy { $0.isLetter || "-'’".contains($0) } && !termStops.contains(lower) && !prepositions.contains(lower)
                && !nounPhraseStarts.contains(lower) && !quantifyingWords.contains(lower) && !personalPronouns.contains(lower)
                && !subordinators.contains(lower) && !relativeWords.contains(lower) && !clauseVerbs.contains(lower)
                && !modals.contains(lower) && !isAdverb(lower) && knownVerbForm(lower) == nil
        }
        var start = head.endIndex
        while start > head.startIndex, head.endIndex - start < 3, isTermWord(head[start - 1]) { start -= 1 }
        // ("hCG (a hormone …)": a name with a capital inside keeps its letters as written.)
        guard start < head.endIndex, !head[start].dropFirst().contains(where: \.isUppercase) else { return nil }
        if start > head.startIndex {
            let before = head[start - 1]
            let lower = before.lowercased()
            // "stomach cancer pancreatic cancer (…)": a fourth word of the same kind, a list the
            // source ran together.
            if isTermWord(before) { return nil }
            // After "and" or "or" the meaning may be the whole series': "the legs, arms, and pelvis
            // (a disease called …)". Only one thing's, after items glossed one by one: "uric acid (a
            // normal waste product), cystine (…), or struvite (a phosphate mineral)".
            let oneThing = ["a", "an"].contains(meaning.first?.lowercased() ?? "")
            let itemBefore = start - 2 >= head.startIndex ? head[start - 2] : ""
            let itemsGlossed = itemBefore.hasSuffix(")") || itemBefore.hasSuffix("),")
            // (After "is" or "are" the words are a describing word: "adults who are obese (a BMI of 30
            // or greater)" gives no meaning of "obese".)
            // ("the left chamber (the left ventricle)": a verb's form after "the" describes the
            // noun, and the term is the whole phrase.)
            let describesAfterArticle = nounPhraseStarts.contains(itemBefore.lowercased())
            // ("have restricted up-and-down eye movement (vertical gaze palsy)": a past form before
            // the term may describe it, and the meaning would be said of the movement, not of its
            // restriction. "a sugar called glycogen (…)" names it.)
            if knownVerbForm(lower)?.form == .ed, !["called", "named", "termed"].contains(lower) { return nil }
            guard before.hasSuffix(",") || ["as", "like", "including"].contains(lower)
                    || ["and", "or"].contains(lower) && oneThing && itemsGlossed
                    || knownVerbForm(lower) != nil && !describesAfterArticle || ["have", "has", "had"].contains(lower) else { return nil }
        }
        return head.endIndex - start
    }

    /// "Nausea means feeling sick to the stomach.", "Phenytoin is an antiseizure medicine.", or
    /// nil when `meaning` is no description of a thing.
    private static func meaningSaid(term: String, meaning: [String]) -> String? {
        let lower = meaning.map { $0.lowercased() }
        guard lower.count >= 3, let first = lower.first, meaning[0].first?.isLowercase == true,
              !meaning.joined().contains(where: { ",;:.\"“”".contains($0) }),
              !termStops.contains(first), !prepositions.contains(first), !quantifyingWords.contains(first),
              !subordinators.contains(first), !isAdverb(first), !["see", "also"].contains(first),
              // "(which can cause …)", "(it is rare)": a clause, not a meaning.
              !lower.contains(where: { clauseVerbs.contains($0) || modals.contains($0) || relativeWords.contains($0) || personalPronouns.contains($0) }),
              // "(severe in some cases)", "(worse at night)": a describing word and where or when.
              !(describingWords.contains(first) && prepositions.contains(lower[1])),
              // "(occurring before 37 weeks)", "(caused by a virus)" say when or why, not what; a
              // feeling is what a symptom means ("(feeling sick to your stomach)"), and so is a
              // doing of something ("(slurring of speech)").
              first == "feeling" || first.hasSuffix("ing") && lower[1] == "of" || !first.hasSuffix("ing") && !first.hasSuffix("ed"),
              // "(a disease called peripheral artery disease)" names what the clause describes;
              // "(pronounced ey-men-uh-REE-uh)", "(an-JI-nuh or AN-juh-nuh)" say how to say it.
              !lower.contains(where: { ["called", "named", "known", "pronounced"].contains($0) }),
              !meaning.contains(where: { $0.contains("-") && $0.split(separator: "-").contains(where: { $0.count > 1 && $0.allSatisfy(\.isUppercase) }) })
        else { return nil }
        let plural = endsPlural(term)
        let said = meaning.joined(separator: " ") + "."
        if ["a", "an"].contains(first) {
            guard !plural else { return nil }
            return capitalized(term) + " is " + said
        }
        // "Pituitary adenomas are benign tumors of …", "Prognosis means chance of recovery."
        if first == "the" || plural { return capitalized(term) + (plural ? " are " : " is ") + said }
        return capitalized(term) + " means " + said
    }

    /// Words that end a term looking back from its brackets: what leads a term, not the term.
    private static let termStops: Set<String> = ["and", "or", "but", "as", "like", "including", "such", "than", "not", "no", "nor",
                                                 "both", "either", "neither", "this", "that", "these", "those", "there", "here",
                                                 "very", "too", "much", "more", "less", "most", "least", "all", "any", "every", "each"]

    /// Describing words that a place or time may follow in brackets ("(worse at night)").
    private static let describingWords: Set<String> = ["severe", "mild", "common", "rare", "worse", "better", "normal", "high", "low",
                                                       "present", "absent", "usual", "similar", "different", "painful", "likely",
                                                       "unlikely", "able", "unable", "due", "free", "positive", "negative", "safe",
                                                       "available", "visible", "important", "possible", "necessary", "useful"]
}
