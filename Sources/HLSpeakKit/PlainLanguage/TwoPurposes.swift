/// Two aims joined by "and to", said one at a time: "The mission of the institute is to seek
/// knowledge about the brain and nervous system and to use that knowledge to reduce the burden of
/// disease." → "The mission of the institute is to seek knowledge about the brain and nervous
/// system. The mission is also to use that knowledge …"; "The goals of this research are to learn more
/// about these disorders and to find ways to treat them." → "… are to learn more about these
/// disorders. Another goal is to find ways to treat them."
///
/// Only for a subject that names an aim ("mission", "goal", "aim", "purpose"; "treatment goals")
/// and opens the sentence, its "is to" or "are to" right after it, and one "and to" with three
/// words or more on either side and no comma before it but its own ("to A, to B, and to C" is a
/// list). A name in brackets may stay; brackets with a comma inside are left alone.
extension SentenceRewrites {
    func twoPurposes(_ text: String, count: Int) -> [String]? {
        guard count > min(maxWords, Self.clauseWords), text.last == ".", !text.contains(where: { ";:—–\"“”".contains($0) }),
              !Self.outsideBrackets(text, inside: true).contains(",") else { return nil }
        let words = text.dropLast().split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmed(.punctuation) }
        guard let verb = lower.indices.first(where: { ["is", "are"].contains(lower[$0]) }), verb + 1 < lower.count, lower[verb + 1] == "to",
              let aim = lower[..<verb].firstIndex(where: { Self.aimWords[$0] != nil }),
              // ("Treatment goals are to …": a noun may say whose aim it is.)
              aim <= 2, lower[..<aim].allSatisfy({ Self.nounPhraseStarts.contains($0)
                  || $0.allSatisfy(\.isLetter) && Self.knownVerbForm($0) == nil && !Self.prepositions.contains($0)
                      && !Self.isAdverb($0) && !Self.subordinators.contains($0) && !Self.quantifyingWords.contains($0) }),
              // ("The goal of treatment is …": what the aim is of, with no verb of its own.)
              !words[(aim + 1)..<verb].contains(where: { $0.hasSuffix(",") || Self.hasVerb($0.lowercased()) }) else { return nil }
        let joints = lower.indices.filter { $0 > verb + 1 && lower[$0] == "and" && $0 + 1 < lower.count && lower[$0 + 1] == "to" }
        guard joints.count == 1, let joint = joints.first, joint - (verb + 2) >= 3, lower.count - (joint + 2) >= 3,
              // ("… is to seek knowledge, to share it, and to use it": a list of three.)
              !words[(verb + 2)..<(joint - 1)].contains(where: { $0.hasSuffix(",") }) else { return nil }
        var first = words[..<joint].joined(separator: " ")
        if first.hasSuffix(",") { first.removeLast() }
        let rest = words[(joint + 2)...].joined(separator: " ")
        let plural = lower[verb] == "are"
        let aimWord = Self.aimWords[lower[aim]]!
        let opening = plural ? "Another " + aimWord + " is to " : "The " + aimWord + " is also to "
        return [first + ".", opening + rest + "."]
    }

    /// Words that name an aim, each with its singular.
    private static let aimWords: [String: String] = ["mission": "mission", "missions": "mission", "goal": "goal", "goals": "goal",
                                                     "aim": "aim", "aims": "aim", "purpose": "purpose", "purposes": "purpose"]
}
