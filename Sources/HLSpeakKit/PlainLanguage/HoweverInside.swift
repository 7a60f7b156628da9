/// "Some people with diabetes, however, have no symptoms at all." → "But some people with
/// diabetes have no symptoms at all."; "In ITP, however, your immune system attacks …" → "But in
/// ITP, your immune system attacks …": a "however" set off by commas after a sentence's opening
/// words, said as "But" at its start. Only after a subject or an opening phrase with no verb or
/// comma of its own, whose first word is one that loses its capital safely ("Some", "In",
/// "The"…): "Alzheimer's disease, however, …" keeps its name as written.
extension SentenceRewrites {
    func howeverInside(_ text: String) -> String? {
        guard let end = text.last, ".!".contains(end), let however = text.range(of: ", however, ") else { return nil }
        let opening = String(text[..<however.lowerBound])
        let rest = String(text[however.upperBound...])
        let words = opening.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, Self.lowercaseOpenings.contains(first), !opening.contains(","),
              !Self.hasVerb(opening), !Self.opensCondition(opening), Self.wordCount(rest) >= 3,
              !rest.contains(", however"), rest.first?.isLowercase == true else { return nil }
        // An opening phrase ("In ITP", "Over time") keeps its comma before the clause; a subject
        // ("Some people with diabetes") goes on with its verb.
        let isPhrase = Self.prepositions.contains(first) || Self.prepositionsToo.contains(first) || Self.isAdverb(first)
        // ("The exact agent or agents, however, are …": a subject is followed by its verb.)
        guard isPhrase || Self.hasVerb(Self.firstWords(rest, 2)) else { return nil }
        return "But " + Self.uncapitalized(opening) + (isPhrase ? ", " : " ") + rest
    }

    /// First words of a sentence that are never a name, so "But" may take their place at the front.
    static let lowercaseOpenings: Set<String> = determiners.union(prepositions).union(prepositionsToo)
        .union(quantifyingWords).union(["sometimes", "often", "later", "now", "today", "people"])
}
