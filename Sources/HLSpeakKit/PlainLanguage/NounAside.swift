/// What a sentence says in passing about a noun, said after it.
///
/// A description or another name set off by dashes or brackets, said after the sentence it
/// interrupts: "…, and a radiologist—a doctor who specializes in medical imaging—interprets the
/// pictures." → "…, and a radiologist interprets the pictures. A radiologist is a doctor who
/// specializes in medical imaging."; "Cholescintigraphy—also called a HIDA scan—uses …" →
/// "Cholescintigraphy uses …. Cholescintigraphy is also called a HIDA scan."; one that ends the
/// sentence, "… inserts a laparoscope—a thin tube with a tiny camera attached." → "… inserts a
/// laparoscope. A laparoscope is a thin tube with a tiny camera attached."; "… may need an
/// episiotomy (a surgical cut between the vagina and anus)." → "… may need an episiotomy. An
/// episiotomy is a surgical cut between the vagina and anus."
///
/// Only when the aside opens with "a", "an" or "the" and has no verb of its own before a
/// "that", "which" or "who" (a description, not a clause: "—the same is true—"), or with words
/// that give another name ("also called"); and only right after a noun named with "a", "the",
/// "your"…, or after a subject of one to four words that opens the sentence: the noun the new
/// sentence is about.
extension SentenceRewrites {
    func dashAside(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end), (1...2).contains(Self.dashCount(in: text)),
              !text.contains(where: { "()".contains($0) }),
              let dash = Self.dashes.first(where: text.contains), let open = text.range(of: dash) else { return nil }
        let close = text.range(of: dash, range: open.upperBound..<text.endIndex)
        // Two dashes of different kinds, or a second one that is no pair of the first: left alone.
        if Self.dashCount(in: text) == 2, close == nil { return nil }
        let aside = String(text[open.upperBound..<(close?.lowerBound ?? text.index(before: text.endIndex))])
        return said(about: String(text[..<open.lowerBound]), aside, rest: close.map { String(text[$0.upperBound...]) }, end: end)
    }

    /// The same for a description or name in brackets: "(a surgical cut …)", "(also called …)",
    /// "(called tuberculin)". A gloss of a word or two ("fatigue (tiredness)") stays where it is.
    func bracketAside(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end), text.filter({ $0 == "(" }).count == 1, text.filter({ $0 == ")" }).count == 1,
              let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let aside = String(text[text.index(after: open)..<close])
        let rest = String(text[text.index(after: close)...]).trimmed(.whitespace)
        // A bracket that ends the sentence leaves only its stop behind.
        return said(about: String(text[..<open]), aside, rest: rest.count <= 1 ? nil : rest, end: end, namesInBrackets: true)
    }

    /// `head` (up to the aside) and `rest` (after it; nil when the aside ends the sentence) as one
    /// sentence, and the aside as a sentence about the noun that ends `head`.
    private func said(about head: String, _ aside: String, rest: String?, end: Character, namesInBrackets: Bool = false) -> [String]? {
        let head = head.trimmed(.whitespace)
        let aside = aside.trimmed(.whitespace)
        let rest = rest?.trimmed(.whitespace)
        let asideWords = aside.split(separator: " ").map { $0.lowercased() }
        guard asideWords.count >= 2, !aside.contains(where: { ";:()\"“”".contains($0) }),
              !head.contains(where: { "()\"“”".contains($0) }), rest.map({ Self.wordCount($0) >= 2 }) ?? true,
              let named = Self.namedBefore(head) else { return nil }
        let plural = Self.endsPlural(named)
        let lower = aside.lowercased()
        let stop = String(end == "!" ? "." : end)
        if let lead = Self.otherNameLeads.first(where: { lower.hasPrefix($0 + " ") }) ?? (namesInBrackets && lower.hasPrefix("called ") ? "called" : nil) {
            // "also called a hydroxyl iminodiacetic acid scan, HIDA scan, or hepatobiliary scan".
            // (In brackets, "(called tuberculin)" and "(known as …)" name it.)
            guard Self.sureOtherNameLeads.contains(lead) || namesInBrackets else { return nil }
            // "protein in the urine (called proteinuria)", "into a vein (called intravenous …)":
            // after a place, the name is the whole phrase's.
            let before = head.split(separator: " ").dropLast(named.split(separator: " ").count).last.map { $0.lowercased() } ?? ""
            guard !Self.prepositions.contains(before) else { return nil }
            // "a fluid (called tuberculin)" → "The fluid is called tuberculin.": the one just named.
            let words = named.split(separator: " ")
            let the = ["a", "an"].contains(words[0].lowercased()) ? "the " + words.dropFirst().joined(separator: " ") : named
            return [joined(head, rest, end), Self.capitalized(the) + (plural ? " are " : " is ") + aside + stop]
        }
        // A description: "a doctor who …", "the part of the nerve that carries …", "a thin tube
        // with a tiny camera attached"; no comma in it, and no verb before its relative word.
        let relative = asideWords.firstIndex(where: { ["that", "which", "who", "whom", "where"].contains($0) }) ?? asideWords.count
        guard ["a", "an", "the"].contains(asideWords[0]), !aside.contains(","), asideWords.count >= (namesInBrackets ? 3 : 2),
              // "the more you rest, …", "the same is true": a comparison or a clause.
              !["more", "less", "most", "same", "other", "best", "worst"].contains(asideWords[1]),
              !asideWords[..<relative].contains(where: { Self.clauseVerbs.contains($0) || Self.modals.contains($0) }),
              // "—the rest take longer—": a verb after the noun makes a clause.
              !asideWords[..<relative].indices.dropFirst(2).contains(where: { index in
                  Self.knownVerbForm(asideWords[index]).map { $0.form != .ing } == true
                      && !Self.nounPhraseStarts.contains(asideWords[index - 1]) && !Self.prepositions.contains(asideWords[index - 1])
              })
        else { return nil }
        let saying = (plural && asideWords[0] == "the" ? " are " : " is ") + aside
        // "a different piece (the gamma subunit)" → "The piece is the gamma subunit.": which one it
        // is, said of the one just named, with "the"; a word that sets it beside others
        // ("different", "other") goes. ("a radiologist (a doctor who …)" says what one is: "A
        // radiologist is a doctor who …".)
        let namedWords = named.split(separator: " ").map(String.init)
        if asideWords[0] == "the", ["a", "an", "another"].contains(namedWords[0].lowercased()) {
            let noun = namedWords.dropFirst().drop { ["different", "other", "second", "further", "new"].contains($0.lowercased()) }
            guard !noun.isEmpty else { return nil }
            return [joined(head, rest, end), "The " + noun.joined(separator: " ") + saying + stop]
        }
        return [joined(head, rest, end), Self.capitalized(named) + saying + stop]
    }

    /// The sentence without its aside: "… an episiotomy, her provider will …", "… a laparoscope.".
    private func joined(_ head: String, _ rest: String?, _ end: Character) -> String {
        guard let rest else { return head + String(end) }
        return head + (rest.first.map { ",;:".contains($0) } == true ? "" : " ") + rest
    }

    /// The noun phrase that ends `head`, from its "a", "the", "your"… ("a radiologist", "the
    /// auditory brain stem"), or all of `head` when it is a subject of one to four words with no
    /// verb ("Cholescintigraphy"); nil when the words before the aside end in no noun.
    static func namedBefore(_ head: String) -> String? {
        let words = head.split(separator: " ").map(String.init)
        guard let last = words.last, last.allSatisfy({ $0.isLetter || "-'’".contains($0) }) else { return nil }
        let determiners: Set<String> = ["a", "an", "the", "your", "his", "her", "their", "its", "our"]
        let nouns = words.suffix(5)
        guard let start = nouns.lastIndex(where: { determiners.contains($0.lowercased()) }) else {
            // A subject that opens the sentence: not a word that says when or how ("Sometimes—…"),
            // a joining word or a pronoun ("You—the patient—…").
            // ("Bile ducts carry bile (…)": a verb before the last word makes a clause; the last
            // may be either, as in "A blood test".)
            guard (1...4).contains(words.count), !words.contains(where: { word in
                let lower = word.lowercased()
                return Self.clauseVerbs.contains(lower) || Self.prepositions.contains(lower) || Self.subordinators.contains(lower)
                    || Self.isAdverb(lower) || Self.personalPronouns.contains(lower)
                    || Self.joiningWords.contains(lower) || word.contains(",")
            }), !words.dropFirst().dropLast().contains(where: { Self.secondVerbForm($0.lowercased()) != nil }) else { return nil }
            return head
        }
        let phrase = words[start...]
        // "an instrument with a light, called a laparoscope": after "with" or "of" the name may be
        // the whole phrase's ("the instrument"), not the last noun's; so may it after "from" or "by"
        // ("the copy inherited from a person's father (the paternally inherited copy)").
        if start > words.startIndex, ["of", "with", "without", "from", "by"].contains(words[start - 1].lowercased()) { return nil }
        guard phrase.count >= 2,
              !phrase.dropFirst().contains(where: { word in
                  let lower = word.lowercased()
                  return !word.allSatisfy({ $0.isLetter || "-'’".contains($0) }) || Self.clauseVerbs.contains(lower)
                      || Self.prepositions.contains(lower) || ["and", "or", "that", "which", "who"].contains(lower)
                      // ("a hormone it makes": a clause of its own, whose verb would take the "is".)
                      || Self.personalPronouns.contains(lower)
              }),
              // A word that may be a verb before the last ("the doctor examines it") makes the words
              // a clause; the last may be either ("a test").
              !phrase.dropFirst().contains(where: { Self.secondVerbForm($0.lowercased()) != nil && $0 != phrase.last }) else { return nil }
        return phrase.joined(separator: " ")
    }

    /// "Ultrasound uses a device, called a transducer, that bounces sound waves off organs." →
    /// "Ultrasound uses a device that bounces sound waves off organs. The device is called a
    /// transducer."; "Surgery to remove the gallbladder, called cholecystectomy, is one of the most
    /// common operations." → "Surgery to remove the gallbladder is one of the most common
    /// operations. Surgery to remove the gallbladder is called cholecystectomy.": a name given
    /// between commas, said after the sentence. Only for a name of one to six words with no verb
    /// or comma, after a noun named with "a", "the"… (which the new sentence names with "the") or
    /// after a subject of up to six words that opens the sentence and whose verb comes next.
    func calledAside(_ text: String) -> [String]? {
        guard let end = text.last, ".!".contains(end), let (head, name, rest) = Self.setOff(text, by: ", called ") else { return nil }
        let nameWords = name.lowercased().split(separator: " ").map(String.init)
        let headWords = head.lowercased().split(separator: " ").map(String.init)
        guard (1...6).contains(nameWords.count), Self.wordCount(rest) >= 2,
              !(head + name).contains(where: { ";:()—–\"“”".contains($0) }), !rest.contains(where: { ";:—–".contains($0) }),
              // "called to the room", "called by the nurse": a verb, not a name.
              !Self.prepositions.contains(nameWords[0]), !["and", "or", "because"].contains(nameWords[0]),
              !nameWords.contains(where: { Self.clauseVerbs.contains($0) || Self.modals.contains($0) }),
              !Self.opensCondition(head) else { return nil }
        let restFirst = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
        let restVerb = Self.clauseVerbs.contains(restFirst) || Self.modals.contains(restFirst) || Self.predicateVerbs[restFirst] != nil
            || Self.knownVerbForm(restFirst).map({ $0.form == .s || $0.form == .ed }) == true
        // The subject that opens the sentence, its verb next: "Surgery to remove the gallbladder".
        // (A verb in it only after "to": what the thing is for.)
        let subjectOnly = !head.contains(",") && (1...6).contains(headWords.count) && restVerb
            && !Self.prepositions.contains(headWords[0]) && !Self.subordinators.contains(headWords[0])
            && !headWords.enumerated().contains(where: { index, word in
                Self.clauseVerbs.contains(word) || Self.modals.contains(word) || Self.personalPronouns.contains(word)
                    || Self.knownVerbForm(word) != nil && (index == 0 || headWords[index - 1] != "to") })
        let named: String
        if subjectOnly {
            named = head
        } else {
            guard !restVerb, Self.hasVerb(head), let phrase = Self.namedBefore(head), phrase.contains(" ") else { return nil }
            // "a device" → "The device": the one just named.
            let words = phrase.split(separator: " ")
            named = ["a", "an"].contains(words[0].lowercased()) ? "the " + words.dropFirst().joined(separator: " ") : phrase
        }
        // ("Chalky lumps of uric acid are called tophi": the noun before "of" says how many.)
        let plural = Self.endsPlural(named.components(separatedBy: " of ")[0])
        return [head + " " + rest, Self.capitalized(named) + (plural ? " are called " : " is called ") + name + "."]
    }
}

/// A description after the sentence's last comma, said as a sentence of its own: "To enter cells,
/// glucose needs the help of insulin, a hormone made by the pancreas." → "… the help of insulin.
/// Insulin is a hormone made by the pancreas."; "… and drink barium, a chalky liquid." → "Barium is
/// a chalky liquid."; and one that names what the whole clause describes ("…, a condition called
/// intrauterine growth restriction") → "This is a condition called …".
extension SentenceRewrites {
    /// Nouns whose description names what the clause before says, not its last noun ("…, a sign of
    /// kidney damage").
    static let clauseDescribingNouns: Set<String> = ["condition", "practice", "process", "problem", "situation", "sign",
                                                     "complication", "result", "symptom"]

    /// Words that say how much of a thing there is ("low testosterone", "extra fluid").
    static let amountWords: Set<String> = ["low", "high", "more", "less", "much", "extra", "excess", "too", "increased",
                                           "decreased", "reduced", "raised", "elevated", "normal", "abnormal", "enough", "little"]

    /// Verbs after which a bare word says how a thing is ("the blood becomes thick"), no noun.
    static let linkingVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "become", "becomes", "became", "seem",
                                            "seems", "look", "looks", "feel", "feels", "get", "gets", "stay", "stays", "turn", "turns"]

    func endingAppositive(_ text: String) -> [String]? {
        guard text.last == ".", let comma = text.range(of: ", ", options: .backwards) else { return nil }
        let head = String(text[..<comma.lowerBound])
        let aside = String(text[comma.upperBound...].dropLast())
        let asideWords = aside.lowercased().split(separator: " ").map(String.init)
        if asideWords.first == "called" { return calledAtTheEnd(head, name: aside.split(separator: " ").dropFirst().map(String.init)) }
        // A description: "a" or "an" and a noun, with no comma, verb or helper of its own before
        // any relative word ("a hormone that the pancreas makes"; "a type of sugar").
        let relative = asideWords.firstIndex(where: Self.relativeWords.contains) ?? asideWords.count
        // ("…, a condition called intrauterine growth restriction": a name given is no verb.)
        let describesClause = asideWords.count >= 2 && Self.clauseDescribingNouns.contains(asideWords[1])
        guard asideWords.count >= 2, ["a", "an"].contains(asideWords[0]),
              !aside.contains(where: { ";:()\"“”—–".contains($0) }), !head.contains(where: { ";:()\"“”—–".contains($0) }),
              !["more", "less", "most", "few", "lot", "little", "bit", "number", "total", "range"].contains(asideWords[1]),
              !asideWords[..<relative].contains(where: { Self.clauseVerbs.contains($0) || Self.modals.contains($0) || Self.joiningWords.contains($0) }),
              // ("a hormone made by the pancreas": a participle before its phrase describes.)
              describesClause || !asideWords[..<relative].indices.dropFirst(2).contains(where: { index in
                  Self.knownVerbForm(asideWords[index]).map { $0.form != .ing } == true && !Self.prepositions.contains(asideWords[index - 1])
                      && !(Self.isPastParticiple(asideWords[index]) && index + 1 < relative && Self.prepositions.contains(asideWords[index + 1]))
              }) else { return nil }
        // What the whole clause describes may follow a series ("… can't absorb enough water,
        // vitamins, minerals, and other nutrients, a condition called malabsorption").
        // (After an opening phrase of any length with no verb: "In people with short bowel syndrome, …".)
        let afterOpening = head.range(of: ", ").flatMap { comma in
            Self.prepositions.contains(head.lowercased().split(separator: " ").first.map(String.init) ?? "")
                && !Self.hasVerb(String(head[..<comma.lowerBound])) ? String(head[comma.upperBound...]) : nil
        } ?? head
        if describesClause, Self.hasVerb(head), !Self.opensCondition(head),
           Self.commasCloseOneSeries(afterOpening, closedWithoutComma: true) {
            return [head + ".", "This is " + aside + "."]
        }
        // The head: one clause, after at most an opening phrase and its comma ("To enter cells, …").
        let parts = head.components(separatedBy: ", ")
        // ("In people with X that is linked to Y, a procedure that …": the comma that closes an
        // opening phrase leaves the main clause after it.)
        let firstWord = head.lowercased().split(separator: " ").first.map(String.init) ?? ""
        guard parts.count <= 2, let clause = parts.last, Self.hasVerb(clause), !Self.opensCondition(clause),
              parts.count == 2 || !Self.prepositions.contains(firstWord) && !Self.subordinators.contains(firstWord) else { return nil }
        if parts.count == 2 {
            let first = parts[0].lowercased().split(separator: " ").first.map(String.init) ?? ""
            guard Self.prepositions.contains(first) || Self.wordCount(parts[0]) <= 3, !Self.hasVerb(parts[0]) || first == "to" else { return nil }
        }
        let sentence = head + "."
        if describesClause {
            return [sentence, "This is " + aside + "."]
        }
        guard let ending = Self.nounEnding(clause) else { return nil }
        return [sentence, Self.saidOf(ending) + aside + "."]
    }

    /// "Short bowel syndrome is most often caused by surgery to remove part of the small intestine,
    /// called a small bowel resection." → "… part of the small intestine. This is called a small
    /// bowel resection.": a name for what the clause describes, said as a sentence of its own. Only
    /// for the name of an illness or of something done (which no plain noun before it is: "… from
    /// another person, called a donor" names the person, "a special dye, called contrast medium"
    /// the dye), of one to five words with no verb, after one clause.
    private func calledAtTheEnd(_ head: String, name: [String]) -> [String]? {
        let lower = name.map { $0.lowercased() }
        let named = name.joined(separator: " ")
        guard (1...5).contains(name.count), let last = lower.last, classes.namesIllness(last) || Self.isProcedure(last),
              !lower.contains(where: { Self.clauseVerbs.contains($0) || Self.modals.contains($0) || Self.joiningWords.contains($0) }),
              !(head + " " + named).contains(where: { ";:()\"“”—–".contains($0) }), Self.hasVerb(head), !Self.opensCondition(head),
              // ("But they do not have the form … that develops most often in children, called type 1
              // diabetes": "This" would be what they do not have.)
              !head.lowercased().split(separator: " ").contains(where: { classes.isNegation(String($0)) }) else { return nil }
        // ("In people with short bowel syndrome, …": one opening phrase; "…, vitamins, minerals,
        // and other nutrients, called …": a series.)
        let parts = head.components(separatedBy: ", ")
        guard parts.count == 1 || parts.count == 2 && !Self.hasVerb(parts[0]) || Self.commasCloseOneSeries(head, closedWithoutComma: true)
        else { return nil }
        return [head + ".", (Self.endsPlural(named) ? "These are called " : "This is called ") + named + "."]
    }

    /// The noun that ends `clause`, as a sentence about it names it: up to three bare words,
    /// after a verb or a preposition (and any "a", "the", "any" …): "juvenile hemochromatosis",
    /// "any nitrates", "The device" for "a device", "your liver" as named. Also the noun alone,
    /// for its number. Nil after "is", "becomes" … (a bare word there says how, not what: "the
    /// blood becomes thick"), where the clause ends in an "-ing" word, or where no noun ends it.
    /// A word of how much opens no description's noun ("low testosterone, a male hormone"), but
    /// `withAmount` keeps it, for a name of the whole ("high blood glucose, also called high
    /// blood sugar").
    static func nounEnding(_ clause: String, withAmount: Bool = false) -> (named: String, noun: String)? {
        let words = clause.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        let stops = nounEndingStops
        var start = words.count
        while start > 0, words.count - start < 3, words[start - 1].allSatisfy({ $0.isLetter || $0 == "-" }),
              !stops.contains(lower[start - 1]), knownVerbForm(lower[start - 1]) == nil, predicateVerbs[lower[start - 1]] == nil {
            start -= 1
        }
        guard start < words.count, start > 0, let last = lower.last, !last.hasSuffix("ing") else { return nil }
        var nounStart = start
        while !withAmount, nounStart < words.count - 1, amountWords.contains(lower[nounStart]) { nounStart += 1 }
        let before = lower[start - 1]
        let article = nounPhraseStarts.contains(before) ? before : nil
        let ahead = article == nil ? before : (start >= 2 ? lower[start - 2] : "")
        guard !linkingVerbs.contains(before), !linkingVerbs.contains(ahead),
              prepositions.contains(ahead) || knownVerbForm(ahead) != nil || hasVerb(ahead) else { return nil }
        let noun = words[nounStart...].joined(separator: " ")
        let named = switch nounStart == start ? article : nil {
        case "the", "your", "his", "her", "their", "its", "our": article! + " " + noun
        case nil: noun
        default: article == "a" || article == "an" ? "the " + noun : noun
        }
        return (named, noun)
    }

    /// Words that end a noun phrase read backwards: no noun is one of them.
    private static let nounEndingStops = prepositions.union(clauseVerbs).union(joiningWords)
        .union(subordinators).union(personalPronouns).union(relativeWords).union(nounPhraseStarts)

    /// How a sentence about a `nounEnding` opens: "The large intestine is ", "Blacklegged ticks are ".
    static func saidOf(_ ending: (named: String, noun: String)) -> String {
        capitalized(ending.named) + (endsPlural(ending.noun) ? " are " : " is ")
    }
}
