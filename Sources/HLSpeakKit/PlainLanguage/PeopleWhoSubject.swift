/// People named by what they do or have, said as a sentence of their own: "Patients who develop
/// anaplasmosis within a month of a blood transfusion should be reported to state health
/// officials." → "Some patients develop anaplasmosis within a month of a blood transfusion.
/// These patients should be reported to state health officials."
///
/// Only for people in the plural ("women", "patients") with nothing before them but a word that
/// describes them ("Older adults who …"; not "Most people who …", which counts them); a "who"
/// clause with no comma, bracket, second clause ("who think they …") or condition; and a main
/// verb that is a helper or linking verb for a plural ("may", "should", "are"), right after the
/// clause's own words.
extension SentenceRewrites {
    func peopleWhoSubject(_ text: String) -> [String]? {
        guard Self.wordCount(text) > maxWords, let end = text.last, ".!".contains(end) else { return nil }
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        // "But people who are in hospital may be …" → "But some people are in hospital. These
        // people may be …": a word that links to the sentence before stays at the front.
        if let link = words.first, Self.joiningWords.contains(link.lowercased()),
           let split = peopleWhoSubject(Self.capitalized(words.dropFirst().joined(separator: " "))) {
            return [link + " " + split[0].prefix(1).lowercased() + split[0].dropFirst()] + split.dropFirst()
        }
        guard let who = lower.prefix(3).firstIndex(of: "who"), who >= 1, Self.peopleWords.contains(lower[who - 1]) else { return nil }
        // ("Pregnant women who …": a describing word; "Most people who …", "These women who …" count or point.)
        if who == 2 {
            guard lower[0].allSatisfy(\.isLetter), !Self.peopleWords.contains(lower[0]), !Self.nounPhraseStarts.contains(lower[0]),
                  !Self.quantifyingWords.contains(lower[0]), !["both", "fewer"].contains(lower[0]), !Self.isAdverb(lower[0]),
                  !Self.joiningWords.contains(lower[0]),
                  // ("For children who continue to have …, surgery may …": a phrase's people.)
                  !Self.prepositions.contains(lower[0]) else { return nil }
        }
        // The main verb: the first helper or linking verb after the clause's own verb and the
        // words that follow it ("who have had a stroke may …": "had" goes with "have"), with an
        // "also" or "still" before it ("People who have ITP also may have …").
        let helper = { (word: String) in Self.clauseVerbs.contains(word) || Self.modals.contains(word) }
        var found: Int?
        for index in lower.indices.dropFirst(who + 2) {
            if ["also", "still"].contains(lower[index]), index + 1 < lower.count, helper(lower[index + 1]) { found = index; break }
            // ("who continue to have …": after "to" a verb is the clause's own.)
            if helper(lower[index]), !helper(lower[index - 1]), !["not", "never", "to"].contains(lower[index - 1]) { found = index; break }
        }
        guard let verb = found else { return nil }
        let mainVerb = ["also", "still"].contains(lower[verb]) ? lower[verb + 1] : lower[verb]
        let clause = words[(who + 1)..<verb]
        let main = words[verb...]
        // ("People who exercise regularly are …": an adverb before the verb could be either's;
        // "who have diabetes and have had a stroke": a second verb of the clause.)
        // ("Patients who take part in trials also help improve the way cancer will be treated":
        // "also" inside the clause stands before the main verb, which the rules did not know.)
        guard !Self.isAdverb(lower[verb - 1]), !["and", "or", "but"].contains(lower[verb - 1]), main.count >= 3,
              !lower[(who + 2)..<verb].contains(where: { ["also", "still"].contains($0) }),
              !clause.contains(where: { word in
                  let word = word.lowercased()
                  return word.contains(where: { ",;:()[]\"“”—–".contains($0) }) || Self.relativeWords.contains(word)
                      || Self.personalPronouns.contains(word) || Self.subordinators.contains(word) || word == "that"
              }),
              // A verb for one ("is", "hasn't") is no plural's: the clause was misread.
              Self.predicateVerbs[mainVerb.replacingOccurrences(of: "n't", with: "")] != .some(false) else { return nil }
        let people = words[..<who].map { $0.lowercased() }.joined(separator: " ")
        return ["Some \(people) " + clause.joined(separator: " ") + ".", "These \(people) " + main.joined(separator: " ")]
    }
}
