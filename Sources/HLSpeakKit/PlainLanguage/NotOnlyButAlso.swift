/// "Newborn screening not only saves lives but can also improve the health of children." →
/// "Newborn screening saves lives. It can also improve the health of children.": the two halves
/// of "not only … but (also)" as two sentences, the subject as "It" or "They" (as its last word
/// is singular or plural). Only for a short subject with no verb, people or commas of its own,
/// and a second half that opens with "also", a helper verb and "also", or a verb.
extension SentenceRewrites {
    func notOnlyButAlso(_ text: String, count: Int) -> [String]? {
        guard count > maxWords, let end = text.last, ".!".contains(end),
              let notOnly = text.range(of: " not only "),
              let but = text.range(of: " but ", range: notOnly.upperBound..<text.endIndex) else { return nil }
        let subject = String(text[..<notOnly.lowerBound])
        // ("… not only affects the joints, but may also attack …": the comma before "but" goes.)
        var first = String(text[notOnly.upperBound..<but.lowerBound])
        if first.hasSuffix(",") { first.removeLast() }
        var second = text[but.upperBound...].split(separator: " ").map(String.init)
        let subjectWords = subject.lowercased().split(separator: " ").map(String.init)
        // "Doctors not only …": a person's pronoun is not the rule's to choose; "If it not only …": a condition.
        guard (1...5).contains(subjectWords.count), !subject.contains(","), !first.contains(","), !Self.hasVerb(subject),
              !subjectWords.contains(where: { Self.personWords.contains($0) || Self.peopleWords.contains($0) }),
              !Self.opensCondition(subject), Self.wordCount(first) >= 2, second.count >= 3,
              // "…, but it also harms …": a clause of its own after "but" is one thought with the first.
              !Self.personalPronouns.contains(second[0].lowercased()) else { return nil }
        // "but also improves …" → "also improves …"; "but can also improve …" → "can also improve …";
        // "but lifts …" → "also lifts …".
        let lower = second.prefix(2).map { $0.lowercased() }
        if lower[0] != "also", !(Self.modals.contains(lower[0]) && lower[1] == "also") { second.insert("also", at: 0) }
        let pronoun = Self.endsPlural(subject) ? "They" : "It"
        return [subject + " " + first + ".", pronoun + " " + second.joined(separator: " ")]
    }
}
