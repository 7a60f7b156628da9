/// A long sentence that names three or more things something includes, as an introduction and a
/// short list: "Symptoms of a miscarriage include bleeding from the vagina with pain, pelvic
/// cramps, or a lasting, dull ache in your lower back." → "Symptoms of a miscarriage include:"
/// and the three. Under "include" a list says what the sentence said whether its last item came
/// after "and" or "or": each is one of the things included.
extension SentenceRewrites {
    func inclusionList(_ text: String) -> (intro: String, items: [String])? {
        let count = Self.wordCount(text)
        guard count > statementLength, count <= 150, text.last == "." else { return nil }
        var body = String(text.dropLast())
        // ("Other reasons include: relying on cars, …": a colon right after "include" only
        // introduces its series, as "include" does alone.)
        if body.filter({ $0 == ":" }).count == 1 {
            for lead in [" include: ", " includes: "] where body.contains(lead) {
                body = body.replacingOccurrences(of: lead, with: lead.replacingOccurrences(of: ":", with: ""))
            }
        }
        // Quotes, a colon or a semicolon: the sentence has more structure than a list. Brackets
        // may stay with an item ("fatty liver disease (often seen in people with obesity), and …")
        // when no comma is inside them.
        guard !body.contains(where: { ":;\"“”".contains($0) }), !Self.opensCondition(body),
              !Self.outsideBrackets(body, inside: true).contains(",") else { return nil }
        let words = body.split(separator: " ").map(String.init)
        let includes = words.indices.filter { ["include", "includes"].contains(words[$0].lowercased()) }
        // "Pain medicines that include aspirin, … can cause bleeding": "include" must be the
        // sentence's own verb, not a relative clause's inside its subject. (A relative clause of
        // the object, after the sentence's verb, may list: "AMD is found during an eye exam that
        // includes …".)
        guard includes.count == 1, let at = includes.first, at >= 1, at + 1 < words.count,
              !words[..<at].contains(where: { $0.hasSuffix(",") }) else { return nil }
        if let relative = words[max(0, at - 2)..<at].firstIndex(where: { Self.relativeWords.contains($0.lowercased()) }),
           !Self.hasVerb(words[..<relative].joined(separator: " ")) { return nil }
        let rest = words[(at + 1)...].joined(separator: " ")
        // "… include things like …", "… such as …": the words after "include" are no item.
        guard !rest.lowercased().hasPrefix("things "), !rest.contains(" such as "), !rest.contains(" like ") else { return nil }
        guard let items = seriesItems(rest, allowingOr: true),
              items.allSatisfy({ item in item.filter { $0 == "(" }.count == item.filter { $0 == ")" }.count }),
              !words[...at].joined(separator: " ").contains("(") else { return nil }
        return (words[...at].joined(separator: " ") + ":", items)
    }

    /// True when `item` holds a clause of its own after its first word: "a doctor who is …",
    /// "the sooner you will …".
    static func hasClause(_ item: String) -> Bool {
        item.lowercased().split(separator: " ").dropFirst().contains { relativeWords.contains(String($0)) || modals.contains(String($0)) }
    }

    /// "difficulty reading, writing, and understanding speech", "trouble breathing, swallowing,
    /// or …": a first item of a noun and a doing, before items that open with doings, has the
    /// noun they share ("Writing." alone would be a thing the person has).
    static func doingsShareHead(_ items: [String]) -> Bool {
        guard items.count > 1 else { return false }
        let words = items[0].lowercased().split(separator: " ").map(String.init)
        // ("heavy sweating, shaking, and …" are doings of their own: only a noun that takes one.)
        guard words.count == 2, isDoing(words[1]),
              ["difficulty", "difficulties", "trouble", "problems"].contains(words[0]) else { return false }
        return isDoing(items[1].lowercased().split(separator: " ").first.map(String.init) ?? "")
    }

    /// True when item `index` of a series may own the items after it, which the commas cannot
    /// tell apart from items of their own.
    static func mayOwnLaterItems(_ index: Int, of items: [String]) -> Bool {
        guard index < items.count - 1 else { return false }
        if index == 0, doingsShareHead(items) { return true }
        let words = items[index].lowercased().split(separator: " ").map(String.init)
        let laterOnesButLast = items[(index + 1)..<(items.count - 1)]
        // "instability, a condition that causes pain, weakness, and disability", "your
        // exercises, the sooner you will get your strength and …": a clause of its own.
        // ("a hematologist who is …, a medical oncologist who is …, and a radiation oncologist
        // who is …": when every item has its own, the clauses run side by side.)
        if hasClause(items[index]), !items.allSatisfy(hasClause) { return true }
        // "steroids, usually from a medicine used to treat asthma, lupus, and arthritis": how
        // often, or a "to" and its verb before single words ("braces to treat scoliosis, splints to
        // change …" is a list).
        if words.starts(with: ["most", "often"]) { return true }
        // "the loss of important minerals, salts, fluids, and …", "the symptoms of anemia,
        // diabetes, and hearing loss": a thing named with "the" and an "of" may take the short
        // bare items after it as more of its "of" (and the last, whatever it is). So may a plural
        // that opens the item with its own "of", "about", "with" or "in": "questions about family
        // history of kidney stones, diet, GI problems, and …", "abnormalities of vitamin D, bone
        // mass, bone structure, or minerals".
        let opensWithPluralAndPhrase = words.prefix(3).indices.contains { at in
            at > 0 && ["of", "about", "with", "in"].contains(words[at]) && namesMany(words[at - 1])
        }
        if index == 0, words.first == "the" && words.dropFirst().contains("of") || opensWithPluralAndPhrase,
           items.dropFirst().dropLast().allSatisfy({ later in
               let laterWords = later.lowercased().split(separator: " ").map(String.init)
               return laterWords.count <= 3 && !nounPhraseStarts.contains(laterWords.first ?? "") && !determiners.contains(laterWords.first ?? "")
           }) {
            return true
        }
        // "breathing chemical fumes, dust, or air pollution": a doing and its object may take the
        // things after it as objects too, when none of them is a doing of its own. ("bleeding from
        // the vagina with pain, pelvic cramps, …": a doing with a preposition after it names a thing,
        // and so does one before a single noun: "learning disorders", "shopping malls".)
        if index == 0, words.count >= 3, isDoing(words[0]), !prepositions.contains(words[1]), !["and", "or"].contains(words[1]),
           items.dropFirst().allSatisfy({ !isDoing($0.lowercased().split(separator: " ").first.map(String.init) ?? "") }) {
            return true
        }
        if !laterOnesButLast.isEmpty, laterOnesButLast.allSatisfy({ !$0.contains(" ") }),
           zip(words, words.dropFirst()).contains(where: { $0 == "to" && !determiners.contains($1) && !nounPhraseStarts.contains($1) && $1.first?.isNumber != true }) {
            return true
        }
        // "a sudden severe pain in a joint with hot, swollen and red skin over it": a first item
        // ending in a word after "with" or "of", before a single word, is a phrase the series goes
        // on inside ("bleeding with pain, pelvic cramps, or …" is a list).
        // ("difficulty with breathing, staying warm, feeding, …": after an "-ing" word the next
        // "-ing" words go on inside the phrase too.)
        let nextFirst = items[1].lowercased().split(separator: " ").first.map(String.init) ?? ""
        if index == 0, items.count > 2, words.count >= 2,
           !items[1].contains(" ") || words[words.count - 1].hasSuffix("ing") && nextFirst.hasSuffix("ing"),
           prepositions.contains(words[words.count - 2]), !determiners.contains(words[words.count - 1]) {
            return true
        }
        // ("serious damage to the eyes, kidneys, nerves, heart, …": so does a phrase with "the"
        // before the single words.)
        if index == 0, items.count > 2, words.count >= 3, !items[1].contains(" "),
           prepositions.contains(words[words.count - 3]), determiners.contains(words[words.count - 2]) {
            return true
        }
        // "…, heart problems or problems with the thyroid, nerves, feet or blood vessels": two things
        // joined and then a phrase, before only bare words of one to three.
        if index < items.count - 2, let joint = words.firstIndex(where: { ["and", "or"].contains($0) }),
           words[joint...].contains(where: prepositions.contains) {
            return items[(index + 1)...].allSatisfy { later in
                let laterWords = later.lowercased().split(separator: " ")
                return laterWords.count <= 3 && !laterWords.contains(where: { nounPhraseStarts.contains(String($0)) })
            }
        }
        return false
    }

    /// The items of a series that runs to the end of a sentence ("red meat, dark green leafy
    /// vegetables, dried beans and cereals with added iron"), each capitalised and stopped; nil
    /// when it is no clean series of three or more. With `allowingOr` false, "A, B, or C" is
    /// left alone (as a list it would lose the choice).
    func seriesItems(_ rest: String, allowingOr: Bool) -> [String]? {
        let joints = allowingOr ? ["and ", "or "] : ["and "]
        var parts = rest.components(separatedBy: ", ")
        // "…, headache, chills and fatigue": with no comma before the last "and" (or "or"), the
        // last part holds two items.
        if parts.count >= 2, !parts.contains(where: { part in joints.contains(where: part.hasPrefix) }) {
            let last = parts.removeLast()
            let found = joints.map { " " + $0 }.flatMap { joint in last.ranges(of: joint).map { (joint, $0) } }
            // "…, according to the Centers for Disease Control and Prevention": an "and" after a
            // preposition may be inside a name.
            // ("regular times for going to bed and getting up, exercising regularly and avoiding
            // naps": an earlier part with an "and" of its own leaves which "and" joins the series,
            // and what the lead word reaches, unclear.)
            guard found.count == 1, let (joint, range) = found.first,
                  !last[..<range.lowerBound].lowercased().split(separator: " ").contains(where: { Self.prepositions.contains(String($0)) }),
                  !parts.contains(where: { $0.contains(joint) })
            else { return nil }
            parts += [String(last[..<range.lowerBound]), String(joint.dropFirst()) + last[range.upperBound...]]
        }
        // The part that starts with "and" or "or" is the last item; a comma after it separates
        // adjectives ("or a lasting, dull ache"), so only a short part may come before one.
        guard let lastStart = parts.firstIndex(where: { part in joints.contains(where: part.hasPrefix) }),
              lastStart >= 2, lastStart == parts.count - 1 || Self.wordCount(parts[lastStart]) <= 3,
              // "inflammation of the skin, joints, and eyes, and an increased risk …": a second
              // "and" after the first closes a series inside an item; which is which is not the
              // rule's to guess.
              !parts[(lastStart + 1)...].contains(where: { part in joints.contains(where: part.hasPrefix) }) else { return nil }
        var items = Array(parts[..<lastStart])
        items.append(String(parts[lastStart...].joined(separator: ", ").drop { $0 != " " }.dropFirst()))
        // "… studies sponsored by the National Heart, Lung, and Blood Institute": a name with
        // commas in it. An item that ends in a capital word after other words, before one that
        // opens with a capital, is part of a name, not a thing of its own.
        for (item, next) in zip(items, items.dropFirst()) {
            let itemWords = item.split(separator: " ")
            if itemWords.count > 1, itemWords.last?.first?.isUppercase == true, itemWords.last?.dropFirst().contains(where: \.isUppercase) == false,
               next.first?.isUppercase == true { return nil }
        }
        // "regions of chromosomes 3, 10, or 13": numbers after a number share the noun before it.
        for (item, next) in zip(items, items.dropFirst()) {
            if item.split(separator: " ").last?.first?.isNumber == true, next.first?.isNumber == true { return nil }
        }
        // "lung and nerve specialists and ear, nose, and throat specialists": a single word after
        // an item's own "and", before a single-word item and a last item of a word and its noun,
        // starts one name's run of words ("fever and chills, jaundice, or vomiting that …" does not).
        for (item, next) in zip(items, items.dropFirst()) where !next.contains(" ") && Self.wordCount(items.last!) == 2 {
            if let and = item.range(of: " and ", options: .backwards), !item[and.upperBound...].contains(" ") { return nil }
        }
        // "fever, a dry, hacking cough, and …": "a dry" is no item. An item of an article and one
        // word before one with no article may be such an adjective; the sentence is left as it is.
        // ("an unusually small, elongated head": the same with a word of how before it.)
        for (item, next) in zip(items, items.dropFirst()) {
            let itemWords = item.lowercased().split(separator: " ").map(String.init)
            if itemWords.count == 2 || itemWords.count == 3 && Self.isAdverb(itemWords[1]), ["a", "an", "the"].contains(itemWords[0]),
               !["a", "an", "the"].contains(next.lowercased().split(separator: " ").first ?? "") { return nil }
        }
        // "chronic, intractable diarrhea and belly pain": one describing word before a longer item
        // describes its noun with it; it is no item.
        for (item, next) in zip(items, items.dropFirst()) where Self.wordCount(item) == 1 && Self.wordCount(next) >= 2 {
            let word = item.lowercased()
            if ["ic", "al", "ous", "ive", "able", "ible", "ful", "less", "ary"].contains(where: word.hasSuffix) { return nil }
        }
        // "asthma, according to …, since …": an item opens with a thing, not a preposition or a joint.
        guard !items.enumerated().contains(where: { index, item in
            let first = item.split(separator: " ").first.map { $0.lowercased() } ?? ""
            return item.isEmpty || Self.wordCount(item) > maxWords || Self.prepositions.contains(first)
                || Self.subordinators.contains(first) && first != "whether" || first == "according"
                // "… the best setting for any patient's surgery, including patient age, …": what
                // "including" names are examples of something earlier, not items of this series.
                // ("…, such as the brain and visual pathways, and …": examples of the item before.)
                || first == "including" || first == "such"
                // "…, such as palpitations and dizziness, that occur repeatedly": a relative clause
                // after the series describes the thing it was about; it is no item.
                || Self.subjectRelativeWords.contains(first)
                // "…, along with genetic, environmental, and lifestyle factors": "along with" joins
                // what follows to the item before; it opens no item. So do "besides" ("in addition
                // to", swapped) and "as well as".
                || ["along", "besides"].contains(first) || item.lowercased().hasPrefix("as well as ")
                // ("small, ridged fingernails and toenails as well as sparse, brittle or absent scalp
                // hair": an "as well as" inside an item joins two series; the commas are no items'.)
                || item.lowercased().contains(" as well as ")
                // "…, numbness in the leg, arm or face, especially on one side, …": an item before
                // the last that opens with "especially" (or another "-ly" word) qualifies the one
                // before it, and its commas make the series ambiguous ("and possibly X" at the end
                // is an item).
                || index < items.count - 1 && Self.isAdverb(first)
                // "… affected by an abnormal response to stress, thus causing the signs and …": what
                // follows from the sentence is no thing of the series.
                || Self.thereforeWords.contains(first)
                // "the nerve endings have been destroyed, whiteness, and charring": a verb's own
                // words are no item.
                || index == 0 && ["been", "be"].contains(first)
                // "people who donate blood often, do not get enough iron, or take …": what the
                // people do, not things of their own.
                // ("…, not wanting to eat, and a fever": a doing after "not" is a thing of its own.)
                || index > 0 && (["do", "does", "did"].contains(first) || Self.modals.contains(first)
                                 || classes.isNegation(first) && !Self.isDoing(item.lowercased().split(separator: " ").dropFirst().first.map(String.init) ?? ""))
                || Self.mayOwnLaterItems(index, of: items)
        }) else { return nil }
        // "medicine to slow the loss of abilities, improve or preserve movement, and encourage
        // contact": after an item that says what something is for ("to slow"), items that open
        // with a verb say what else it is for; they are no things of their own.
        if let purpose = items.firstIndex(where: { $0.lowercased().contains(" to ") || $0.lowercased().hasPrefix("to ") }),
           items[(purpose + 1)...].contains(where: { item in
               let first = item.split(separator: " ").first.map { $0.lowercased() } ?? ""
               return Self.knownVerbForm(first)?.form == .base || Self.statementVerbForms.contains(first)
           }) { return nil }
        // "hand, foot and mouth disease": single words before a last item that ends in a name's
        // head ("disease", "syndrome") share it; they are one name.
        if items.dropLast().allSatisfy({ !$0.contains(" ") }),
           let head = items.last?.lowercased().split(separator: " ").last.map({ $0.trimmed(.punctuation) }),
           ["disease", "syndrome", "disorder", "virus", "infection", "factors"].contains(head), Self.wordCount(items.last!) == 2 { return nil }
        // "genetic, environmental, and lifestyle factors": describing words that share the last
        // item's noun are no items of their own ("Genetic." says nothing).
        let adjectiveEndings = ["al", "ic", "ous", "ive", "ary", "ful"]
        if items.dropLast().allSatisfy({ item in
            !item.contains(" ") && adjectiveEndings.contains(where: { item.lowercased().hasSuffix($0) })
        }), Self.wordCount(items.last!) >= 2 { return nil }
        // "…, bowel infarction, and even death": "even" weighs the last against the others, which
        // a list of equals cannot say ("Even death.").
        if items.last!.lowercased().hasPrefix("even ") { return nil }
        // "…, behavior or habits, and more": "More." says nothing as an item.
        // ("…, an infection with H. pylori, or both": "Both." names the items before it, no thing.)
        if ["more", "many more", "much more", "others", "many others", "so on", "so forth", "both", "all", "all of these", "all three",
            "either", "neither", "none"].contains(items.last!.lowercased()) { return nil }
        // "…, or pain during the first weeks": a time or a condition at the end may reach every
        // item; as a list it would reach only the last.
        // "…, and naproxen can cause bleeding": a verb in the last item is the whole list's.
        // (When every item has a clause of its own, the last one's verb is its clause's.)
        var lastWords = items.last!.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if items.allSatisfy(Self.hasClause), let relative = lastWords.firstIndex(where: Self.relativeWords.contains) {
            lastWords = Array(lastWords[..<relative])
        }
        // "…, swelling, or itching at the site of the injection": a place at the end may reach every item.
        guard Set(lastWords).isDisjoint(with: Self.listScopeWords), Set(lastWords).isDisjoint(with: Self.clauseVerbs),
              !items.last!.lowercased().contains(" at the ") else { return nil }
        return items.map { Self.capitalized($0) + "." }
    }
}
