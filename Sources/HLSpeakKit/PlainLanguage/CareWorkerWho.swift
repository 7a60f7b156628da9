/// What the care workers a long sentence ends with do, said as a sentence of its own: "Children
/// with liver cancer should have their treatment planned by a team of healthcare providers who
/// are experts in treating this rare childhood cancer." → "… by a team of healthcare providers.
/// These providers are experts in treating this rare childhood cancer."
///
/// Only for people named by their care work ("providers", "a genetic counselor", "-ist",
/// "-ician"): the sentence needs them whatever the clause says of them. "People who smoke" or
/// "patients who have had surgery" are named by the clause, which says which ones, and stay
/// whole. The "who" clause has no comma before it (one between commas is an aside, said after
/// by `relativeAside`), runs to the end with no comma, bracket or colon, and opens with a verb;
/// what comes before it is a clause of its own (a verb after its last comma, no opening
/// condition). A second "and who" of the clause loses its "who".
extension SentenceRewrites {
    func careWorkerWho(_ text: String) -> [String]? {
        guard Self.wordCount(text) > maxWords, text.last == "." else { return nil }
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        guard let who = lower.indices.last(where: { lower[$0] == "who" && $0 > 0 && Self.namesCareWorker(lower[$0 - 1]) }),
              who >= 6, who + 4 < words.count else { return nil }
        let left = words[..<who].joined(separator: " ")
        let clause = words[(who + 1)...].joined(separator: " ").replacingOccurrences(of: " and who ", with: " and ")
        let verb = lower[who + 1]
        guard !clause.dropLast().contains(where: { ",;:()[]\"“”—–".contains($0) }), !clause.lowercased().contains(" who "),
              Self.clauseVerbs.contains(verb) || Self.modals.contains(verb) || Self.knownVerbForm(verb) != nil,
              Self.hasVerb(left), !Self.opensCondition(Self.firstWords(left, 3)), !Self.subordinators.contains(lower[0]),
              // "…, but the health professionals who perform the tests will try to …": the care
              // workers open a clause whose verb comes after theirs, so the part before "who" must
              // hold a verb after its last comma too.
              Self.hasVerb(Self.afterLastComma(left))
        else { return nil }
        let noun = lower[who - 1]
        return [left + ".", (noun.hasSuffix("s") ? "These " : "This ") + noun + " " + clause]
    }

    /// Whether `word` (lower case) names people by their care work: "providers", "a counselor",
    /// "an oncologist", "a physician".
    static func namesCareWorker(_ word: String) -> Bool {
        let one = word.hasSuffix("s") ? String(word.dropLast()) : word
        return careWorkers.contains(one) || endsAsWork(one)
    }

    /// Care work that names people, in the singular (besides the "-ist" and "-ician" words).
    static let careWorkers: Set<String> = ["doctor", "provider", "nurse", "counselor", "surgeon", "professional", "expert",
                                           "dietitian", "therapist", "midwife", "specialist", "team"]
}
