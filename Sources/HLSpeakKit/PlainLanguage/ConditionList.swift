/// A long instruction that ends in three or more conditions joined by "or", as an introduction and
/// a short list, the way health libraries write when to call:
/// "Call your doctor if you have a fever, a stiff neck, or a headache that will not go away." →
/// "Call your doctor if you have any of these:" and the three; "Call your child's doctor right
/// away if your child is struggling to breathe, is breathing very fast, turns blue, or shows
/// signs of dehydration." → "Call your child's doctor right away if any of these are true:" and
/// "Your child is struggling to breathe." and the rest, each with its subject; "… if you feel too
/// sick to drink water, if your urine looks cloudy, or if …" → each clause as an item.
/// "Any of these" keeps the "or": one is enough. "Are true" fits a state ("you are pregnant") as
/// well as a sign ("your child turns blue"). A run joined by "and" (all of them) is left alone.
extension SentenceRewrites {
    /// Verbs after which the conditions are things the person has or notices.
    static let conditionHaveVerbs = Set(verbForms(["have", "get", "develop", "notice"], [.base, .s]).keys)

    /// Words that open a condition of its own: a helper or a verb a person or a child does
    /// ("is breathing very fast", "turns blue", "seems unusually tired").
    static let conditionVerbs: Set<String> = Set(verbForms(
        ["seem", "feel", "look", "act", "get", "turn", "show", "become", "start", "stop", "pass", "vomit", "faint", "refuse",
         "develop", "notice", "cry", "wake", "breathe", "cough", "lose"], [.base, .s]).keys)
        .union(["is", "are", "has", "have", "does", "do", "can", "can't", "cannot", "will", "won't"])

    /// Who a condition is about: "you", "your child", "the person".
    static let conditionSubjectStarts: Set<String> = ["you", "your", "he", "she", "they", "the", "someone", "anyone"]

    func conditionList(_ text: String) -> (intro: String, items: [String])? {
        let count = Self.wordCount(text)
        guard count > statementLength, count <= 150, text.last == "." else { return nil }
        let body = String(text.dropLast())
        guard !body.contains(where: { ":;\"“”—–()".contains($0) }) else { return nil }
        // An instruction with no comma of its own (the commas are the series'), then "if".
        guard let joint = body.range(of: " if ") else { return nil }
        let instruction = String(body[..<joint.lowerBound])
        // ("Also get help right away if …": an instruction after "Also".)
        let order = instruction.hasPrefix("Also ") ? String(instruction.dropFirst(5)) : instruction
        guard !instruction.contains(","), Self.wordCount(instruction) >= 2,
              Self.isInstruction(order) || [" should ", " call "].contains(where: (" " + instruction.lowercased() + " ").contains)
        else { return nil }
        // "… if you feel too sick to drink water, if your urine looks cloudy, or if …": each
        // condition a clause of its own.
        if let clauses = clausesInARow(String(body[joint.upperBound...])) {
            return (instruction + " if any of these are true:", clauses.map { Self.capitalized($0) + "." })
        }
        guard body.lowercased().components(separatedBy: " if ").count == 2 else { return nil }
        let words = body[joint.upperBound...].split(separator: " ").map(String.init)
        // The subject: up to three words before the first verb, opening with a person.
        guard let verbAt = words.prefix(4).firstIndex(where: { Self.conditionVerbs.contains($0.lowercased()) }), verbAt >= 1,
              Self.conditionSubjectStarts.contains(words[0].lowercased()),
              !words[..<verbAt].contains(where: { ["and", "or", "not"].contains($0.lowercased()) || $0.hasSuffix(",") })
        else { return nil }
        let subject = words[..<verbAt].joined(separator: " ")
        let conditions = words[verbAt...].joined(separator: " ")
        // "severe symptoms such as fever, nausea, or …": the run gives examples of one condition.
        guard ![" such as ", " like ", " including ", " for example "].contains(where: (" " + conditions.lowercased() + " ").contains) else { return nil }
        // Each condition its own verb: "is struggling to breathe, is breathing very fast, turns blue, or …".
        if let items = conditionsInARow(conditions) {
            return (instruction + " if any of these are true:", items.map { Self.capitalized(subject) + " " + $0 + "." })
        }
        // Things the person has: "you have a fever, a stiff neck, or …".
        let verb = words[verbAt].lowercased()
        let things = words[(verbAt + 1)...].joined(separator: " ")
        guard Self.conditionHaveVerbs.contains(verb), let first = words.dropFirst(verbAt + 1).first?.lowercased(),
              first != "to", !Self.hasVerb(first), !Self.conditionVerbs.contains(first),
              let items = seriesItems(things, allowingOr: true), joinedByOr(things, last: items.last!),
              !items.dropFirst().contains(where: startsWithConditionVerb),
              !Self.mayReachEveryItem(items.last!) else { return nil }
        return (instruction + " if " + subject + " " + words[verbAt] + " any of these:", items)
    }

    /// The clauses of "you have severe pain, if you feel too sick to drink, or if you have a fever",
    /// nil unless there are three or more, the last after ", or if", each with a subject of its own
    /// and no comma inside.
    private func clausesInARow(_ conditions: String) -> [String]? {
        guard conditions.components(separatedBy: ", or if ").count == 2 else { return nil }
        let parts = conditions.replacingOccurrences(of: ", or if ", with: ", if ").components(separatedBy: ", if ")
        guard parts.count >= 3, conditions.hasSuffix(", or if " + parts.last!) else { return nil }
        guard parts.allSatisfy({ part in
            let words = part.lowercased().split(separator: " ").map(String.init)
            return words.count >= 2 && words.count <= Self.conditionWords && !part.contains(",") && !words.contains("if")
                && Self.clauseSubjectStarts.contains(words[0])
        }), !Self.mayReachEveryItem(parts.last!) else { return nil }
        return parts
    }

    /// The most words a condition said as its own sentence may have: a clause with its subject
    /// runs longer than a thing ("you have severe pain in your back or side that does not get
    /// better with pain medicine").
    static let conditionWords = 20

    /// Words a condition's own subject opens with: "it burns", "your urine smells bad".
    static let clauseSubjectStarts = conditionSubjectStarts.union(["it", "there", "a", "an", "this", "these", "his", "her", "their"])

    /// The conditions of "is struggling to breathe, is breathing very fast, turns blue, or shows
    /// signs of dehydration", each opening with its verb; nil unless there are three or more, the
    /// last after ", or". An "and" or "or" inside one stays in its item ("has blue lips or fingers").
    private func conditionsInARow(_ conditions: String) -> [String]? {
        var parts = conditions.components(separatedBy: ", ")
        guard parts.count >= 3, let last = parts.last, last.hasPrefix("or ") else { return nil }
        parts[parts.count - 1] = String(last.dropFirst(3))
        guard parts.allSatisfy({ part in
            let words = part.lowercased().split(separator: " ").map(String.init)
            // ("…, or has a cough and you are worried": a clause after the "and" may be the whole run's.)
            return words.count <= maxWords && startsWithConditionVerb(part)
                && !zip(words, words.dropFirst()).contains { ["and", "or"].contains($0) && Self.clauseSubjectStarts.contains($1) }
        }), !Self.mayReachEveryItem(parts.last!) else { return nil }
        return parts
    }

    /// True when `series` ends in "or" and then its last item (`last`, as `seriesItems` made it).
    private func joinedByOr(_ series: String, last: String) -> Bool {
        series.lowercased().hasSuffix(" or " + String(last.dropLast()).lowercased())
    }

    /// True when `item` opens with a condition's verb.
    private func startsWithConditionVerb(_ item: String) -> Bool {
        Self.conditionVerbs.contains(item.split(separator: " ").first.map { $0.lowercased() } ?? "")
    }
}
