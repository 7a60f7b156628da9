/// A description set off by ", which …," or ", who …," inside a sentence, said after it: "The
/// blood sample, which can be used to screen for other conditions, is tested in a lab." → "The
/// blood sample is tested in a lab. The blood sample can be used to screen for other
/// conditions."; "The surgeon will do a biopsy, which involves taking a small sample, to confirm
/// the diagnosis." → "The surgeon will do a biopsy to confirm the diagnosis. This involves taking
/// a small sample." Only when the description starts with its own verb and has no comma, and
/// what follows it is the subject's verb (after a short subject) or a purpose or a phrase (after
/// a clause).
extension SentenceRewrites {
    func relativeAside(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end) else { return nil }
        if let split = includedBeforePurpose(text) { return split }
        for lead in [", which ", ", who "] {
            guard let (head, description, rest) = Self.setOff(text, by: lead) else { continue }
            let descriptionWords = description.lowercased().split(separator: " ").map(String.init)
            guard let verb = descriptionWords.first, descriptionWords.count >= 3, Self.wordCount(rest) >= 3,
                  Self.clauseVerbs.contains(verb) || Self.predicateVerbs[verb] != nil || Self.statementVerbForms.contains(verb)
                      || Self.knownVerbForm(verb).map({ $0.form != .ing && $0.form != .base }) == true,
                  !description.contains(where: { ",;:()—–\"“”".contains($0) }), !head.contains(where: { ";:()—–\"“”".contains($0) }),
                  !rest.contains(where: { ";:—–".contains($0) }), !Self.opensCondition(head) else { continue }
            let restFirst = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
            let headWords = head.lowercased().split(separator: " ").map(String.init)
            // "… range from mild diarrhoea, which stops on its own, to bloody stools": the "to"
            // closes a range, and the description is of its first end only.
            if restFirst == "to", headWords.contains("from") { continue }
            // ("This is small" after "Take the pill" would not say what is: only a description that
            // does something, after a statement.)
            if lead == ", which ", Self.hasVerb(head), !rest.contains(","), restFirst == "to" || Self.prepositions.contains(restFirst),
               !Self.subordinators.contains(headWords.first ?? ""), !Self.isInstruction(head),
               !["is", "are", "was", "were", "can", "may", "might", "will", "would", "could", "should", "must"].contains(verb) {
                // After a clause: the purpose or phrase goes back to it; "This" is what was described.
                return [head + " " + rest, "This " + description + (description.hasSuffix(".") ? "" : ".")]
            }
            // "In early-onset Alzheimer's, which happens in people between the ages of 30 and 60, a
            // genetic mutation is most often the cause." → "In early-onset Alzheimer's, a genetic
            // mutation is most often the cause. Early-onset Alzheimer's happens in people …": after
            // an opening phrase of place or time, and before the main clause, what it names is
            // named again for the description.
            if (2...6).contains(headWords.count), ["in", "for", "with", "during", "after", "before"].contains(headWords[0]),
               !Self.hasVerb(head), !head.contains(","), Self.startsClause(rest) || Self.subjectThenHelper(rest) {
                let named = head.split(separator: " ").dropFirst().joined(separator: " ")
                return [head + ", " + rest, Self.capitalized(named) + " " + description + "."]
            }
            // After a short subject, its own verb next: the subject named again for the description.
            guard (1...5).contains(headWords.count), !head.contains(","), !Self.hasVerb(head), !Self.prepositions.contains(headWords[0]),
                  Self.nounPhraseStarts.contains(headWords[0]) || head.first?.isUppercase == true,
                  Self.clauseVerbs.contains(restFirst) || Self.modals.contains(restFirst) || Self.predicateVerbs[restFirst] != nil
                      // ("The adrenal glands, which …, regulate …": a verb the rules know.)
                      || Self.knownVerbForm(restFirst).map({ $0.form != .ing }) == true || Self.statementVerbForms.contains(restFirst)
            else { continue }
            // ("An ovarian cyst, which forms on …, is …" → "An ovarian cyst forms on …": a kind said of
            // every one, not "The ovarian cyst", which would read as one in particular.)
            var named = Self.capitalized(head)
            // "Symptoms of the disease, which gets progressively worse, include …": the verb's
            // number says the description is of the noun after "of" ("The disease gets …").
            let saysPlural = Self.predicateVerbs[verb].flatMap { $0 }
                ?? Self.knownVerbForm(verb).flatMap { $0.form == .s ? false : $0.form == .base ? true : nil }
            if let plural = saysPlural, let of = head.range(of: " of "), Self.endsPlural(String(head[..<of.lowerBound])) != plural {
                let after = String(head[of.upperBound...])
                guard Self.endsPlural(after) == plural else { continue }
                named = Self.capitalized(after)
            }
            return [Self.capitalized(head) + " " + rest, named + " " + description + "."]
        }
        return nil
    }
}

extension SentenceRewrites {
    /// "Your provider will do a physical exam, including a pelvic exam, to see if …" → "Your
    /// provider will do a physical exam to see if …. This includes a pelvic exam."; "Your doctor
    /// may order imaging tests, such as an X-ray, CT scan, or MRI, to look for …" → "… imaging
    /// tests to look for …. Examples include an X-ray, CT scan, and MRI.": what is included, or
    /// examples, set off by commas before a purpose ("to …", "for …"), said after the sentence. Only after a
    /// statement, with up to ten words set off and no stop or bracket among them.
    func includedBeforePurpose(_ text: String) -> [String]? {
        let leads = [(", including ", "This includes "), (", such as ", "Examples include ")]
        guard let (lead, saying) = leads.first(where: { text.contains($0.0) }), let open = text.range(of: lead),
              let close = text.range(of: ", to ", range: open.upperBound..<text.endIndex)
                ?? text.range(of: ", for ", range: open.upperBound..<text.endIndex) else { return nil }
        let head = String(text[..<open.lowerBound])
        let included = String(text[open.upperBound..<close.lowerBound])
        let rest = String(text[text.index(close.lowerBound, offsetBy: 2)...])
        guard !rest.contains(where: { ",;:—–".contains($0) }), Self.wordCount(rest) >= 3,
              (1...10).contains(Self.wordCount(included)), !included.contains(where: { ";:()—–\"“”".contains($0) }),
              !head.contains(where: { ";:()—–\"“”".contains($0) }), Self.hasVerb(head), !Self.isInstruction(head),
              !Self.opensCondition(Self.firstWords(head, 3)) || head.contains(", ") else { return nil }
        let (opening, examples) = saying.hasSuffix("include ") ? Self.examplesSaid(opening: saying, included) : (saying, included)
        return [head + " " + rest, opening + examples + "."]
    }
}

extension SentenceRewrites {
    /// "Sleep apnea, a disorder in which breathing stops and starts during sleep, can raise your
    /// risk of stroke." → "Sleep apnea can raise your risk of stroke. Sleep apnea is a disorder in
    /// which breathing stops and starts during sleep."; "Hypoglycemia, also called low blood sugar,
    /// happens when …" → "Hypoglycemia happens when …. Hypoglycemia is also called low blood
    /// sugar.": a description or another name after the subject that opens the sentence, said
    /// after it. Only after a subject of one to four words, for a description that opens with "a",
    /// "an" or "the" (or a name after "also called"…) and has no comma, when the subject's verb
    /// comes next (so "Your doctor, a nurse, or a pharmacist can …", a series, is left alone).
    func appositiveAfterSubject(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end), let (head, description, rest) = Self.setOff(text, by: ", ") else { return nil }
        let headWords = head.lowercased().split(separator: " ").map(String.init)
        let descriptionWords = description.lowercased().split(separator: " ").map(String.init)
        let otherName = Self.sureOtherNameLeads.contains { description.lowercased().hasPrefix($0 + " ") }
        guard (1...4).contains(headWords.count), (3...16).contains(descriptionWords.count), Self.wordCount(rest) >= 3,
              ["a", "an", "the"].contains(descriptionWords[0]) || otherName,
              !(head + description).contains(where: { ";:()—–\"“”".contains($0) }), !rest.contains(where: { ";:—–".contains($0) }),
              !Self.hasVerb(head), !Self.prepositions.contains(headWords[0]), !Self.subordinators.contains(headWords[0]),
              !headWords.contains(where: { Self.personWords.contains($0) || Self.personalPronouns.contains($0) }),
              // "Most often, a provider intervenes if …": an opening adverb, then a clause.
              !headWords.contains(where: { Self.qualifiers.contains($0) || Self.isAdverb($0) }), !Self.opensCondition(description),
              // "Abnormalities of the retina, the specialized tissue at the back of the eye, …": after
              // a phrase of "of" the description may be its noun's (the retina), not the subject's.
              // (Another name is the whole one's: "Inflammation of the liver, also called hepatitis".)
              otherName || !headWords.dropFirst().contains(where: Self.prepositions.contains),
              let verb = rest.split(separator: " ").first.map({ $0.lowercased() }),
              Self.clauseVerbs.contains(verb) || Self.modals.contains(verb) || Self.predicateVerbs[verb] != nil
                  || Self.knownVerbForm(verb).map({ $0.form == .s }) == true else { return nil }
        // The verb says whether the subject is plural ("Kidney stones, also called renal calculi,
        // are …"); after "can", "may"… a description with "a" says one.
        let verbSaysPlural = Self.predicateVerbs[verb] ?? (Self.knownVerbForm(verb) != nil ? false : nil)
        let plural = verbSaysPlural ?? (["a", "an"].contains(descriptionWords[0]) ? false : Self.endsPlural(head))
        return [head + " " + rest, head + (plural ? " are " : " is ") + description + "."]
    }
}
