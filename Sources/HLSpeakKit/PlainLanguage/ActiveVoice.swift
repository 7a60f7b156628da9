/// A passive sentence whose doer is named, turned around so the doer acts: "The test will be
/// done by your doctor." → "Your doctor will do the test."; "Your blood may also be checked by
/// the nurse." → "The nurse may also check your blood." Only a helper verb ("will", "can",
/// "may"…) before "be", a verb the list knows, and a doer that starts with "your", "the", "a"…
/// and ends the sentence; anything else is left alone.
///
/// The same with "is" or "are" and no helper, the verb agreeing with the doer: "The pictures are
/// interpreted by a radiologist." → "A radiologist interprets the pictures."; a place between the
/// verb and "by" goes after the object: "The test is done at a hospital by a gastroenterologist."
/// → "A gastroenterologist does the test at a hospital."
extension SentenceRewrites {
    func activeVoice(_ text: String) -> String? {
        guard let end = text.last, ".!".contains(end) else { return nil }
        let words = String(text.dropLast()).split(separator: " ").map(String.init)
        guard let be = words.firstIndex(of: "be") else { return presentActive(words, end) }
        guard be >= 2, be + 3 < words.count, words[be + 2] == "by" else { return nil }
        // "will be", or "will usually be".
        let hasAdverb = Self.sentenceAdverbs.contains(words[be - 1].lowercased())
        let helper = be - (hasAdverb ? 2 : 1)
        guard helper >= 1, Self.helpers.contains(words[helper].lowercased()) else { return nil }
        let subject = Array(words[..<helper])
        let doer = Array(words[(be + 3)...])
        guard let verb = Self.baseVerb(of: words[be + 1].lowercased()), Self.namesDoer(doer),
              let object = Self.asObject(subject) else { return nil }
        let adverb = hasAdverb ? [words[be - 1]] : []
        return ([Self.capitalized(doer.joined(separator: " ")), words[helper]] + adverb + [verb] + object).joined(separator: " ")
            + String(end)
    }

    private func presentActive(_ words: [String], _ end: Character) -> String? {
        guard let be = words.firstIndex(where: { ["is", "are"].contains($0) }), be >= 1, be + 3 < words.count,
              let by = words.indices.dropFirst(be + 2).first(where: { words[$0] == "by" }), by + 1 < words.count,
              let verb = Self.baseVerb(of: words[be + 1].lowercased()) else { return nil }
        let place = Array(words[(be + 2)..<by])
        let doer = Array(words[(by + 1)...])
        guard place.isEmpty || place.count <= 8 && ["at", "in", "on"].contains(place[0].lowercased())
                && !place.joined().contains(where: { ",;:()".contains($0) }),
              Self.namesDoer(doer), let object = Self.asObject(Array(words[..<be])) else { return nil }
        let agreeing = Self.endsPlural(doer.last ?? "") ? verb : Inflection.apply(.s, to: verb)
        return ([Self.capitalized(doer.joined(separator: " ")), agreeing] + object + place).joined(separator: " ") + String(end)
    }

    /// The subject as the object: a pronoun in its object form ("you", "it", "them"), or up to
    /// eight words that open with "the", "your"…, in lower case. Nil for any other opening ("Heart
    /// problems", "So all chest pain"), whose capital may be a name's or a joining word's, and for
    /// a subject with a condition or punctuation in it.
    private static func asObject(_ subject: [String]) -> [String]? {
        guard (1...8).contains(subject.count), !subject.joined().contains(where: { ",;:()".contains($0) }),
              subordinators.isDisjoint(with: subject.map { $0.lowercased() }) else { return nil }
        var object = subject
        if let pronoun = objectPronouns[object[0].lowercased()], object.count == 1 {
            object[0] = pronoun
        } else if doerStarts.contains(object[0].lowercased()) {
            object[0] = object[0].lowercased()
        } else {
            return nil
        }
        return object
    }

    /// Whether `doer`, the words after "by" to the end, names someone who does things: up to five
    /// words from "your", "the", "a"… to "doctor", "nurses", "radiologist"… ("the staff at the
    /// clinic"), with no phrase that says where something goes ("the lab to your doctor"). "By the
    /// end of the week" and "by a needle" are when and how.
    static func namesDoer(_ doer: [String]) -> Bool {
        guard let first = doer.first?.lowercased(), let head = doer.last?.lowercased(), doer.count <= 5, doerStarts.contains(first),
              !doer.joined().contains(where: { ",;:()".contains($0) }),
              !doer.dropFirst().contains(where: { ["to", "for", "from", "with", "into", "about"].contains($0.lowercased()) }) else { return false }
        return doers.contains(head) || doers.contains(String(head.dropLast())) || head.hasSuffix("ologist") || head.hasSuffix("ologists")
    }

    /// The base form of a past participle, for verbs the list knows ("done" → "do", "checked" →
    /// "check", "prescribed" → "prescribe").
    static func baseVerb(of participle: String) -> String? {
        if let irregular = participles[participle] { return irregular }
        return activeVerbs.first { Inflection.apply(.ed, to: $0) == participle }
    }

    /// Who does things in health text (the last word of the doer; plurals too).
    static let doers: Set<String> = ["doctor", "nurse", "midwife", "provider", "surgeon", "pharmacist", "specialist",
                                     "therapist", "technician", "team", "staff", "dentist", "counselor", "physician",
                                     "clinic", "lab", "laboratory", "hospital", "obstetrician", "pediatrician", "assistant"]
    /// A pronoun subject becomes an object: "You will be seen by a doctor." → "A doctor will see you."
    static let objectPronouns = ["i": "me", "you": "you", "he": "him", "she": "her", "we": "us", "they": "them", "it": "it"]
    static let helpers: Set<String> = ["will", "can", "may", "might", "should", "must", "could", "would"]
    static let sentenceAdverbs: Set<String> = ["usually", "often", "also", "always", "sometimes", "then", "first", "probably"]
    static let doerStarts: Set<String> = ["your", "the", "a", "an", "our", "their", "his", "her", "this", "that", "these", "those"]
    static let participles = ["done": "do", "given": "give", "seen": "see", "taken": "take", "made": "make", "written": "write",
                              "shown": "show", "told": "tell", "sent": "send", "kept": "keep", "chosen": "choose", "held": "hold",
                              "brought": "bring", "drawn": "draw", "found": "find", "read": "read", "set": "set", "put": "put"]
    /// Regular verbs a doer performs in health text.
    static let activeVerbs = [
        "check", "test", "treat", "examine", "prescribe", "remove", "monitor", "measure", "review", "discuss", "explain",
        "order", "perform", "schedule", "diagnose", "evaluate", "manage", "adjust", "change", "replace", "repair", "clean",
        "cover", "call", "contact", "ask", "answer", "watch", "follow", "place", "insert", "inject", "collect", "record",
        "recommend", "suggest", "decide", "plan", "stop", "start", "help", "guide", "visit", "weigh", "use", "confirm",
        "interpret",
    ]
}
