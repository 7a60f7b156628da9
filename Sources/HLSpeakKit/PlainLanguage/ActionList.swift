/// A long sentence that runs three or more actions together, as an introduction and a short list:
/// "To help you cope, consider meeting with a group, reading about others, and talking to friends."
/// → "To help you cope, consider:" and the three actions; "To lower your risk, you can stop
/// smoking, eat well, and limit alcohol to 1 drink a day." → "To lower your risk, you can:" and
/// the three. Every item must be the same kind of action: all "-ing" words, or all instructions
/// that start with a common verb; a list of things ("cramps, bleeding, and back pain") is left alone.
extension SentenceRewrites {
    /// Words that, in a list's last item, may reach every item (a condition or a time limit).
    static let listScopeWords = subordinators.union(["during", "within", "least"])

    func actionList(_ text: String) -> (intro: String, items: [String])? {
        let count = Self.wordCount(text)
        guard count > statementLength, count <= 150, let last = text.last, ".!".contains(last) else { return nil }
        let parts = String(text.dropLast()).components(separatedBy: ", ")
        guard parts.count >= 3 else { return nil }
        for kind in ActionKind.allCases {
            if let list = actionList(parts, kind) { return list }
        }
        return nil
    }

    private func actionList(_ parts: [String], _ kind: ActionKind) -> (intro: String, items: [String])? {
        var parts = parts
        var items: [String] = []
        // "…, or use a heating pad": choices, not a checklist; a list would lose the "or".
        guard parts.last?.hasPrefix("or ") == false else { return nil }
        // "used to treat gout attacks, to prevent new attacks, and to lower the risk": each action
        // after a "to" of its own, said once in the introduction.
        var toEach = 0
        while let part = parts.last {
            var item = part
            if item.hasPrefix("and ") { item.removeFirst(4) }
            if kind == .instruction, item.hasPrefix("to ") {
                item.removeFirst(3)
                toEach += 1
            }
            guard kind.starts(item) else { break }
            items.insert(item, at: 0)
            parts.removeLast()
        }
        guard toEach == 0 || toEach == items.count else { return nil }
        // The first action follows its introduction in the part before: "consider meeting …",
        // "you can stop smoking".
        // ("Treatment has three main goals: to slow …": a colon already introduces the run.)
        guard let lead = parts.popLast(), !(parts + [lead]).contains(where: { $0.contains(":") }) else { return nil }
        let intro: String
        if kind == .instruction, parts.isEmpty, lead.hasPrefix("To ") {
            // "To reduce your risk, quit smoking, adopt …, and work with …": orders after a
            // purpose of their own, which introduces them.
            intro = lead + ":"
        } else {
            let words = lead.split(separator: " ").map(String.init)
            guard let start = kind.firstAction(in: words), start > 0, toEach == 0 || words[start - 1].lowercased() == "to" else { return nil }
            items.insert(words[start...].joined(separator: " "), at: 0)
            intro = (parts + [words[..<start].joined(separator: " ")]).joined(separator: ", ") + ":"
        }
        guard items.count >= 3, !items.contains(where: { Self.wordCount($0) > maxWords }) else { return nil }
        // "Be safe by using only bottled or purified water for drinking, making ice cubes, and
        // brushing your teeth": a first action that ends in a doing after its preposition may take
        // the doings after it as more of its own ("for making ice cubes").
        let firstWords = items[0].lowercased().split(separator: " ").map(String.init)
        if firstWords.count >= 3, Self.prepositions.contains(firstWords[firstWords.count - 2]), firstWords[firstWords.count - 1].hasSuffix("ing") { return nil }
        // "better ways to detect, treat, and prevent vision loss": verbs alone before the last
        // share its object; as a list they would lose it ("Find." "Treat.").
        guard !items.dropLast().allSatisfy({ Self.wordCount($0) == 1 }) else { return nil }
        // "…, and go to the emergency room if you cannot breathe": a condition or a time limit at
        // the end may reach every item; as a list it would reach only the last.
        guard !Self.mayReachEveryItem(items.last!) else { return nil }
        // ("Please stop smoking, rest …, and …": "Please:" is no introduction.)
        guard Self.wordCount(intro) >= 2 else { return nil }
        // "please do not take baths, use tampons, …": the "not" would reach only the first item.
        let reach = (intro + " " + items[0].split(separator: " ").prefix(2).joined(separator: " ")).split(separator: " ")
        guard !reach.contains(where: { word in
            let word = Self.key(String(word))
            return classes.isNegation(word) || word == "avoid"
        }) else { return nil }
        return (intro, items.map { Self.capitalized($0) + "." })
    }
}

extension SentenceRewrites {
    /// "Make healthy food choices, keep your calorie needs in mind, and focus on the balance of
    /// energy in and out." → three sentences, one order each: a run of three or more orders with
    /// nothing before the first has no introduction to make a list of. Each order has words of its
    /// own after its verb ("Wash, dry, and fold the sheets" share theirs); no "not" or "never" in
    /// any ("Do not lift, drive, or climb stairs" reaches every one); and the last has no condition
    /// or time limit, which may reach them all ("…, and rest until the fever is gone").
    func ordersInARow(_ text: String) -> [String]? {
        guard Self.wordCount(text) > maxWords, let end = text.last, ".!".contains(end) else { return nil }
        var parts = String(text.dropLast()).components(separatedBy: ", ")
        guard parts.count >= 3, let last = parts.last, last.hasPrefix("and ") else { return nil }
        parts[parts.count - 1] = String(last.dropFirst(4))
        guard parts.allSatisfy({ part in
            let words = part.lowercased().split(separator: " ").map(String.init)
            // ("Exercise can also help people sleep well, reduce pain, …": a noun and its verb
            // open a statement, whose verbs the others share.)
            return words.count >= 2 && (Self.isInstruction(part) || ActionKind.instruction.starts(part))
                && !words.contains(where: { Self.clauseVerbs.contains($0) || Self.modals.contains($0) })
                && Self.knownVerbForm(words[1]).map({ [.s, .ed].contains($0.form) }) != true
                && !words.contains(where: classes.isNegation)
                && part.filter({ $0 == "(" }).count == part.filter({ $0 == ")" }).count
                && !part.contains(where: { ";:\"“”".contains($0) })
        }), !Self.mayReachEveryItem(parts.last!) else { return nil }
        return parts.map { Self.capitalized($0) + String(end) }
    }

    /// True when the last item of a run has a condition or a time limit ("…, and go to the
    /// emergency room if you cannot breathe"), which may reach every item, not only the last.
    static func mayReachEveryItem(_ last: String) -> Bool {
        !Set(last.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)).isDisjoint(with: listScopeWords)
    }
}

/// What an item of a list of actions starts with.
enum ActionKind: CaseIterable {
    /// "meeting with a support group", "reading about others".
    case gerund
    /// "stop smoking", "call your doctor": a common instruction verb, after "can", "should", "to"…
    case instruction

    func starts(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first else { return false }
        // ("…, and possibly prevent a heart attack": how sure, then the action.)
        if SentenceRewrites.isAdverb(first), words.count > 1 { return isAction(words[1]) }
        return isAction(first)
    }

    /// Where the first action starts in the words before the list's second item.
    func firstAction(in words: [String]) -> Int? {
        switch self {
        case .gerund:
            // "consider meeting …", "try walking …"; "include heavy bleeding, cramping, …" is a
            // list of symptoms, not of actions.
            return words.indices.last { index in
                index > 0 && isAction(words[index].lowercased()) && Self.gerundIntroductions.contains(words[index - 1].lowercased())
            }
        case .instruction:
            // ("can help lower …", "can also help people sleep well, …": after "help" and whom
            // it helps, the action's bare verb.)
            return words.indices.last { index in
                index > 0 && isAction(words[index].lowercased())
                    && (Self.introductions.contains(words[index - 1].lowercased()) || words[index - 1].lowercased() == "help"
                        || index > 1 && words[index - 2].lowercased() == "help" && Self.helped.contains(words[index - 1].lowercased()))
            }
        }
    }

    private func isAction(_ word: String) -> Bool {
        switch self {
        case .gerund:
            SentenceRewrites.isDoing(word)
        case .instruction:
            Self.verbs.contains(word)
        }
    }

    /// Verbs a run of "-ing" actions follows.
    private static let gerundIntroductions: Set<String> = [
        "consider", "about", "try", "start", "begin", "keep", "recommend", "suggest", "by",
        // "an important part of losing weight, keeping …, and treating …"; "focuses on
        // increasing …, improving …, and finding …"
        "of", "on",
    ]

    /// Words an instruction follows: modal verbs, "to", "also", "please".
    private static let introductions: Set<String> = [
        "can", "could", "should", "may", "might", "must", "will", "would", "to", "also", "please",
        // "medicines and therapies that increase …, promote …, and reduce …"
        "that",
    ]

    /// Whom "help" helps, before the bare verb of what it helps them do.
    private static let helped: Set<String> = ["you", "people", "them", "him", "her", "us", "patients", "children"]

    /// Verbs that start instructions in health leaflets. A list of things is not mistaken for a
    /// list of actions unless every item starts with one of these.
    private static let verbs: Set<String> = [
        "add", "adopt", "apply", "ask", "avoid", "bathe", "bring", "brush", "call", "change", "check", "choose", "clean",
        "contact", "control", "cook", "cover", "cut", "do", "drink", "eat", "exercise", "find", "floss", "focus", "follow",
        "get", "go", "have", "help", "join", "keep", "learn", "lie", "limit", "lose", "lower", "make", "manage",
        "plan", "prevent", "protect", "put", "quit", "read", "record", "reduce", "relax", "relieve", "remove",
        "rest", "return", "see", "sit", "sleep", "slow", "stay", "stop", "store", "take", "talk", "tell",
        "throw", "treat", "try", "use", "visit", "wait", "walk", "wash", "watch", "wear", "work", "write",
        // What a treatment or an exercise does for the body: "surgery can improve blood flow,
        // relieve chest pain, and prevent a heart attack".
        "improve", "strengthen", "ease", "build", "increase", "boost", "restore", "heal", "repair", "widen",
        // And what a disease does to it: "can decrease lung function, reduce blood oxygen levels,
        // and disturb the breathing process".
        "decrease", "damage", "harm", "block", "disturb", "affect", "cause", "raise", "lead", "promote", "correct",
        // And what a care team or a program does: "the doctor can treat …, answer questions, and
        // refer …"; "activities to encourage …, increase …, and reduce …".
        "answer", "refer", "discuss", "explain", "teach", "encourage", "support", "share", "give",
        // And what may happen to people: "… more likely to have symptoms at a younger age, have
        // more hospital visits, and die from heart failure".
        "die",
    ]
}
