/// "Anyone can develop glaucoma." → "Anyone can get glaucoma."; "people who develop chronic
/// bronchitis" → "people who get chronic bronchitis": to develop an illness is to get it (CDC
/// thesaurus). Only where one to four words after the verb end on a word that names an illness
/// (the language's `plain.illness-words`, or an ending such as "-itis"), with no preposition,
/// place word, adverb, joining word, bracket or punctuation between and no made thing after it
/// ("develop cancer drugs", "develop a plan", "develop new ways to treat the disease", "cysts
/// may develop around the tumors" stay). "developed" stays ("got" and
/// "gotten" read differently), and so does "developing" after "a", "the" … ("a developing
/// tumor" is one that grows).
extension SentenceRewrites {
    func getAnIllness(_ text: String) -> String? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for index in words.indices {
            guard let got = Self.gettingForms[words[index].lowercased()] else { continue }
            if got == "getting", index > 0, Self.determiners.contains(words[index - 1].lowercased()) { continue }
            var at = index + 1
            var names = false
            while at < words.count, at <= index + 4 {
                let word = words[at].lowercased().trimmed(.punctuation)
                let closes = words[at].last.map { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" } ?? true
                // (Not in brackets: "develop scar-like damage (fibrosis)" glosses the object there.)
                if words[at].hasPrefix("(") { break }
                if classes.namesIllness(word) {
                    let next = closes || at + 1 >= words.count ? "" : words[at + 1].lowercased().trimmed(.punctuation)
                    names = !classes.illnessThings.contains(next)
                    break
                }
                // ("Cysts may develop around the …": what develops is the subject, and the verb
                // takes a place, or a manner, not an object.)
                if closes || words[at].contains(".") || Self.prepositions.contains(word) || Self.placeWords.contains(word)
                    || ["like", "as", "later", "first"].contains(word) || Self.isAdverb(word) || Self.joiningWords.contains(word) || Self.relativeWords.contains(word)
                    || Self.clauseVerbs.contains(word) || Self.subordinators.contains(word) { break }
                at += 1
            }
            guard names else { continue }
            words[index] = words[index].first?.isUppercase == true ? Self.capitalized(got) : got
            changed = true
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// "develop" as "get", in the forms that read the same.
    private static let gettingForms = ["develop": "get", "develops": "gets", "developing": "getting"]
}
