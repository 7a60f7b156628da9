/// A "that" clause on a thing just brought in with "a" or "an", as a sentence of its own about
/// "this" thing: "Factors in the environment may trigger an autoimmune reaction that causes the
/// immune system to attack the liver." → "… may trigger an autoimmune reaction. This autoimmune
/// reaction causes the immune system to attack the liver." Things in the plural that a verb
/// brings in with no article are "these" things ("… cause infections. These infections …").
///
/// Only where the clause tells of a thing that is there, not of one wanted or chosen by what the
/// clause says: not after a negation ("have not found a drug that works"), a need, advice or aim
/// ("should have an evaluation that includes …", "to find a plan that meets …"), or words to the
/// reader ("you"); not after "is" and the like (`definitionSplit` decides definitions), nor in a
/// condition (after one, in the main clause, it may), nor for a thing set off by a comma (a
/// description of the word before it). The clause's verb agrees with one thing, and the clause
/// runs to the end of the sentence with no verb after it that could be the sentence's own.
extension SentenceRewrites {
    /// The sentence as two at its "that", or nil where the rule does not apply.
    func objectClauseSplit(_ text: String, count: Int) -> [String]? {
        guard count > statementLength, text.last == "." else { return nil }
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmed(.punctuation) }
        guard lower.filter({ $0 == "that" }).count == 1, let that = lower.firstIndex(of: "that"), that >= 3, that + 4 < words.count
        else { return nil }
        // The thing's other name in brackets may come before "that" ("a poison (toxin) that causes …").
        let nameEnd = Self.isShortName(words[that - 1]) ? that - 1 : that
        // The word before the thing: "a" or "an" ("an autoimmune reaction"), or, for things in the
        // plural with no article, the verb that brings them in ("Many viruses cause infections that
        // can be spread …" → "… cause infections. These infections can be spread …").
        let plural = Self.endsPlural(lower[nameEnd - 1])
        let bringsIn = { (word: String) in
            Self.knownVerbForm(word).map { $0.form != .ing } == true && !Self.clauseVerbs.contains(word) && !Self.linkingVerbs.contains(word)
        }
        guard let article = plural ? lower[max(0, nameEnd - 4)..<(nameEnd - 1)].lastIndex(where: bringsIn)
                                   : lower[..<that].lastIndex(where: { ["a", "an"].contains($0) }),
              article >= 2, (1...3).contains(nameEnd - article - 1) else { return nil }
        let thing = lower[(article + 1)..<nameEnd]
        guard words[article..<nameEnd].allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
              !thing.contains(where: { Self.prepositions.contains($0) || Self.nounPhraseStarts.contains($0) || Self.joiningWords.contains($0)
                  // ("may give you medicines that …": the one given to is no part of the thing.)
                  || Self.personalPronouns.contains($0) || ["me", "him", "us", "them"].contains($0)
                  || Self.subordinators.contains($0) || Self.isAdverb($0) || ["so", "such", "one", "ones"].contains($0) }),
              let noun = thing.last, plural || !Self.endsPlural(noun), !Self.vagueNouns.contains(plural ? String(noun.dropLast()) : noun),
              !Self.pluralAfterA.contains(thing[thing.startIndex]) else { return nil }
        // What the sentence says of it: a statement with a verb, no negation, need or aim. (The
        // verb that brings in things in the plural is the sentence's.)
        let beforeEnd = plural ? article + 1 : article
        let before = lower[..<beforeEnd]
        guard Self.hasVerb(words[..<beforeEnd].joined(separator: " ")), !Self.isInstruction(text), lower[0] != "please",
              // ("When the bacteria invade the body, they produce a poison that causes …": a
              // condition closed by its comma before the main clause leaves the thing the main
              // clause's, which it stays in the first sentence.)
              !Self.opensCondition(words[..<that].joined(separator: " ")) || Self.hasMainClauseAfterComma(words[..<beforeEnd].joined(separator: " ")),
              !before.contains(where: { classes.isNegation($0)
                  || Self.wantedObjectWords.contains($0) || ["you", "we", "i"].contains($0) }),
              !before.suffix(2).contains("to"),
              // ("Hepatitis is often an infection that …": how often stands between "is" and its noun.)
              let last = before.last(where: { !Self.isAdverb($0) }), !Self.linkingVerbs.contains(last),
              // (For things in the plural the last word is the verb that brings them in; the word
              // before it must not join it to another.)
              !["and", "or", "as", "than"].contains(plural ? lower[article - 1] : last),
              // ("… and necrotizing fasciitis, a severe infection that destroys …": a thing set off
              // by a comma describes the word before it, as a whole; the description rules cut it.)
              !words[article - 1].hasSuffix(",") else { return nil }
        // The clause: its own verb, agreeing with the thing or things, running to the end of the sentence.
        let verbAt = Self.isAdverb(lower[that + 1]) ? that + 2 : that + 1
        let verb = lower[verbAt]
        let agrees = Self.predicateVerbs[verb].map { $0 != !plural } ?? false || Self.modals.contains(verb)
            || Self.knownVerbForm(verb).map { (plural ? [.base, .ed] : [.s, .ed]).contains($0.form) } == true
            || Self.statementVerbForms.contains(verb) && verb.hasSuffix("s") != plural
        let clause = words[that...]
        guard agrees, !clause.contains(where: { $0.contains(where: { ";—–".contains($0) }) || $0.contains("(") && !Self.isShortName($0) }),
              !lower[(verbAt + 1)...].contains(where: { Self.predicateVerbs[$0] != nil || Self.modals.contains($0) }),
              !lower[that...].contains(where: { classes.isNegation($0) || $0 == "enough" }),
              // ("… fit her for a pessary that is a comfortable shape … and instruct her …": a
              // verb that no longer agrees is the sentence's.)
              Self.modals.contains(verb) || !lower.indices.dropFirst(verbAt + 1).dropLast(2).contains(where: { at in
                  ["and", "or"].contains(lower[at]) && Self.looksLikeBaseVerb(lower[at + 1], before: lower[at + 2]) }),
              Self.commasOnlyBetweenWords(words, in: that..<words.count) || Self.commasBetweenVerbs(words, from: that)
                || Self.commasCloseOneSeries(clause.joined(separator: " ")) || Self.commasInsideOneClause(words, from: that)
        else { return nil }
        // "This reaction", "This rib cage": the noun, and the word before it unless it only
        // describes ("a viral infection" → "This infection").
        let named = words[(article + 1)..<nameEnd]
        let head = named.suffix(named.count > 1 && !Self.looksDescribing(lower[nameEnd - 2]) ? 2 : 1)
        return [words[..<that].joined(separator: " ") + ".",
                (plural ? "These " : "This ") + head.joined(separator: " ") + " " + words[(that + 1)...].joined(separator: " ")]
    }

    /// Nouns a "that" clause says how, when or how much of, not what a thing does ("in a way that
    /// helps", "a chance that …").
    static let vagueNouns: Set<String> = ["way", "time", "place", "point", "day", "fact", "chance", "amount", "number", "degree",
                                          "extent", "lot", "bit", "kind", "type", "sort", "form", "part", "thing", "reason",
                                          "manner", "sense", "moment"]

    /// Words after which a thing is wanted, chosen or hoped for by what its clause says ("should
    /// have an evaluation that includes …", "recommend a diet that is low in salt", "trouble
    /// getting an erection that is firm enough", "diagnosed from a blood sample that shows …").
    static let wantedObjectWords: Set<String> = ["should", "must", "need", "needs", "needed", "require", "requires", "required",
                                                 "important", "want", "wants", "try", "tries", "hope", "hopes", "plan", "plans",
                                                 "recommend", "recommends", "recommended", "suggest", "suggests", "choose",
                                                 "chooses", "find", "finds", "look", "looks", "ask", "asks", "pick", "select",
                                                 "prefer", "seek", "seeks", "develop", "design", "create", "best", "ideal", "trouble",
                                                 "difficulty", "unable", "able", "hard", "diagnose", "diagnosed", "diagnoses"]

    /// True when `word` reads as a verb's base form: one the rules know, or a word with no ending
    /// of a plural, a past or an "-ing" before an object ("instruct her", "show the …").
    static func looksLikeBaseVerb(_ word: String, before next: String) -> Bool {
        knownVerbForm(word)?.form == .base
            || word.allSatisfy(\.isLetter) && !nounPhraseStarts.contains(word) && !["s", "ed", "ing"].contains(where: word.hasSuffix)
                && objectStarts.contains(next)
    }

    /// True for a word that only describes the noun after it ("viral", "special", "severe").
    static func looksDescribing(_ word: String) -> Bool {
        describingWordEndings.contains(where: word.hasSuffix) || describingWords.contains(word)
    }

    private static let describingWordEndings = describingEndings + ["less", "ed", "ing", "ent", "ant", "ar"]

    private static let describingWords: Set<String> = [
        "new", "special", "small", "large", "big", "little", "rare", "common", "severe", "mild", "serious", "high", "low",
        "long", "short", "thin", "thick", "main", "certain", "other", "single", "simple", "safe", "good", "bad", "healthy",
        "normal", "major", "minor", "extra", "strong", "weak", "soft", "hard", "tiny", "full", "whole", "early", "late",
        "slow", "fast", "old", "young"]
}
