/// "Experts aren't sure what causes it but think genes play a role." → "Experts aren't sure what
/// causes it. But they think genes play a role."; "These symptoms are more common in adults but
/// sometimes occur in children." → "… in adults. But they sometimes occur in children.": a
/// contrast whose verb is a plural's base form, perhaps after a word of how often. These are the
/// second verbs `splitPredicate` leaves after "but", where a base form could as well be a noun
/// ("but use of …").
///
/// Only when the sentence opens with a plural subject whose verb shows the number ("are",
/// "have", "do" and their negations), the first clause has no comma, no helper like "may" and no
/// "to" that could reach the second verb, and the word after that verb does not make it a noun.
extension SentenceRewrites {
    /// The sentence as two at its "but", or nil where the rule does not apply.
    func pluralsContrast(_ text: String, count: Int) -> [String]? {
        guard count > statementLength, text.last == "." else { return nil }
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmed(.punctuation) }
        guard lower.filter({ $0 == "but" }).count == 1, let but = lower.firstIndex(of: "but"), but >= 4, but + 3 < words.count,
              let verbAt = lower.prefix(6).firstIndex(where: Self.pluralNumberVerbs.contains), verbAt >= 1, verbAt < but else { return nil }
        let subject = lower[..<verbAt]
        let head = subject.prefix { !Self.prepositions.contains($0) }
        let first = lower[..<but]
        // ("Researchers think these genes are involved but need more study": a verb in the
        // subject makes it a clause, and "they" could be either.)
        guard let noun = head.last, Self.namesMany(noun),
              !subject.contains(where: knowsAsVerb),
              !Self.prepositions.contains(lower[0]), !["there", "here", "you", "we", "i"].contains(lower[0]),
              !subject.contains(where: Self.relativeWords.contains),
              !words[..<but].contains(where: { $0.contains(where: { ",;:()—–".contains($0) }) }),
              !first.contains(where: { Self.modals.contains($0) || $0 == "to" }),
              !Self.opensCondition(words[..<but].joined(separator: " ")) else { return nil }
        let verbAfter = Self.isAdverb(lower[but + 1]) ? but + 2 : but + 1
        guard verbAfter + 1 < words.count, Self.knownVerbForm(lower[verbAfter])?.form == .base,
              !Self.prepositions.contains(lower[verbAfter + 1]) || Self.verbsTakingPhrase.contains(lower[verbAfter]) else { return nil }
        return [words[..<but].joined(separator: " ") + ".", "But they " + words[(but + 1)...].joined(separator: " ")]
    }

    /// A plural subject's verbs that show its number: the plural ones of `predicateVerbs`, and
    /// their negations ("aren't").
    static let pluralNumberVerbs = Set(predicateVerbs.compactMap { $0.value == true ? $0.key : nil }.flatMap { [$0, $0 + "n't"] })

    /// Base forms that go on with a phrase ("occur in children", "happen as random events"), where
    /// a noun would not ("use of …", "care for …").
    static let verbsTakingPhrase: Set<String> = ["occur", "happen", "appear", "live", "grow", "develop", "work", "come", "go",
                                                 "run", "start", "begin", "stay", "remain", "return", "improve", "recover"]
}
