/// A long sentence that ends in a series of three or more things after "with", "for", "from",
/// "through", "such as", "like", "have", "cause" or "based on", as an introduction and a short
/// list: "Doctors diagnose celiac disease with blood tests, biopsies of the small intestine, skin
/// biopsies, and genetic tests." → "Doctors diagnose celiac disease with:" and the four.
/// Plain-language guides turn any such run into a list; "include" has a rule of its own
/// (`inclusionList`).
extension SentenceRewrites {
    /// A word a series may follow: whether "or" may join the last item, and the word that must
    /// come before it, if any.
    struct SeriesLead {
        /// "Such as" and "like" give examples, and "because of", "due to", "linked to" causes, any
        /// of which may be, so "or" may join their last item; after the others "or" is a choice a
        /// list would lose.
        var allowingOr: Bool
        /// "of" leads only after "because" ("because of a problem in brain wiring, …").
        var after: String? = nil
        /// "in", "by" and "to" lead only after one of these words ("low in", "found in", "caused
        /// by", "due to", "linked to").
        var afterAny: Set<String> = []
    }

    static let seriesLeads: [String: SeriesLead] = [
        "with": SeriesLead(allowingOr: false), "for": SeriesLead(allowingOr: false), "from": SeriesLead(allowingOr: false),
        "as": SeriesLead(allowingOr: true), "like": SeriesLead(allowingOr: true), "have": SeriesLead(allowingOr: false),
        "has": SeriesLead(allowingOr: false), "on": SeriesLead(allowingOr: false), "through": SeriesLead(allowingOr: false),
        // "Thyroid hormones affect metabolism, brain development, breathing, …"
        "affect": SeriesLead(allowingOr: false), "affects": SeriesLead(allowingOr: false),
        "cause": SeriesLead(allowingOr: false), "causes": SeriesLead(allowingOr: false),
        "of": SeriesLead(allowingOr: true, after: "because"), "to": SeriesLead(allowingOr: true, afterAny: ["due", "linked", "related", "lead", "leads", "led"]),
        // "is low in sodium, added sugars, solid fats, and refined grains"; "are found in many
        // desserts, canned fruit, …"
        "in": SeriesLead(allowingOr: false, afterAny: ["low", "high", "rich", "found"]),
        // "are most often caused by chronic liver failure, heart problems, and …"
        "by": SeriesLead(allowingOr: true, afterAny: ["caused", "triggered", "followed", "affected", "made", "marked"]),
        // "The most common symptoms of gas are burping, passing gas, bloating, and …": only after a
        // subject that names kinds of things (`kindsOfThings`).
        "are": SeriesLead(allowingOr: false),
    ]

    /// Plural nouns a subject names kinds of things with, whose "are" lists them.
    static let kindsOfThings: Set<String> = ["symptoms", "signs", "causes", "examples", "types", "kinds", "forms", "factors",
                                             "complications", "treatments", "options", "triggers", "features"]

    /// Words after "are" that say how things are or which ones, not what they are ("are mild,
    /// moderate, and severe", "are the same as …").
    static let degreeWords: Set<String> = ["mild", "moderate", "severe", "common", "rare", "similar", "different", "serious",
                                           "usually", "often", "sometimes", "most", "more", "less", "very", "not", "the"]

    /// Nouns that gather what follows their "of" ("a combination of A, B, and C").
    static let collectionWords: Set<String> = ["combination", "mix", "variety", "number", "range", "set", "group", "lot", "series", "list"]

    func seriesList(_ text: String) -> (intro: String, items: [String])? {
        let count = Self.wordCount(text)
        guard count > statementLength, count <= 150, text.last == "." else { return nil }
        let body = String(text.dropLast())
        // Quotes, dashes, a colon or a semicolon: more structure than a list. Brackets may stay
        // with their words ("deep vein thrombosis (DVT) based on …") when no comma is inside
        // them, as in `inclusionList`.
        guard !body.contains(where: { ":;\"“”—–".contains($0) }), !Self.outsideBrackets(body, inside: true).contains(","),
              body.filter({ $0 == "(" }).count == body.filter({ $0 == ")" }).count, !Self.opensCondition(body),
              var firstComma = body.range(of: ", ") else { return nil }
        // "Also, women with … may have A, B, and C": a word or two that open the sentence are no
        // item, nor is a short phrase with no verb ("As part of the diagnosis, your doctor will
        // look for …").
        // ("As the kidneys fail, …" and "After you eat, …" open clauses: a subordinator is no
        // phrase's first word, bar "as part of", "as a result".)
        let opening = String(body[..<firstComma.lowerBound])
        let firstWord = opening.lowercased().split(separator: " ").first.map(String.init) ?? ""
        let opensWithPhrase = Self.wordCount(opening) <= 2
            || Self.wordCount(opening) <= 6 && (Self.prepositions.contains(firstWord) && !Self.subordinators.contains(firstWord)
                                                || ["as part of ", "as a result"].contains(where: opening.lowercased().hasPrefix))
        var skippedOpening = false
        if opensWithPhrase, !Self.hasVerb(opening), let next = body.range(of: ", ", range: firstComma.upperBound..<body.endIndex) {
            firstComma = next
            skippedOpening = true
        }
        // The first item is the end of what comes before the first comma, after the last lead word.
        let words = body[..<firstComma.lowerBound].split(separator: " ").map(String.init)
        let leadsAt = words.indices.filter { index in
            Self.seriesLeads[words[index].lowercased()].map { lead in
                let before = index > 0 ? words[index - 1].lowercased() : ""
                return lead.after.map { before == $0 } ?? (lead.afterAny.isEmpty || lead.afterAny.contains(before)) } ?? false
        }
        guard let at = leadsAt.last else { return nil }
        // "… by controlling their blood sugar through healthy eating with moderate protein intake,
        // physical activity, and medicines": two leads close before the first comma, and the run
        // may follow either; a list after the wrong one changes what the items are.
        // Only a last lead "with" is in doubt: it may belong to the noun before it ("eating with
        // …"); "for things like …", "potential for growth through …" lead where they say. Nor
        // when a verb comes between the two ("Women with endometriosis may have …").
        if leadsAt.count > 1, case let earlier = leadsAt[leadsAt.count - 2], words.count - earlier - 1 <= 7,
           words[at].lowercased() == "with",
           !words[(earlier + 1)..<at].contains(where: { Self.clauseVerbs.contains($0.lowercased()) || Self.hasVerb($0.lowercased())
               // ("… causes stiffness that interferes with eating, …": a relative clause between
               // leads with its own words.)
               || Self.relativeWords.contains($0.lowercased()) }) {
            return nil
        }
        let lead = words[at].lowercased()
        let seriesLead = Self.seriesLeads[lead]!
        // "As blood passes through healthy kidneys, they filter …": a series inside an opening
        // clause would take the main clause for its items.
        if at > 1, !skippedOpening, Self.subordinators.contains(words[0].lowercased()) { return nil }
        guard (1...7).contains(words.count - at - 1) else { return nil }
        // "with stools that are hard, dry, and small": the words after the first comma go on with
        // the first item's own clause, so the run is no series of things.
        if words[(at + 1)...].contains(where: { Self.relativeWords.contains($0.lowercased()) || Self.clauseVerbs.contains($0.lowercased()) }) {
            return nil
        }
        // "… could lead to a separation of the placenta from the uterus, preterm birth, and
        // pregnancy loss": after a noun and its "of" phrase, "from" is that noun's ("separation
        // from"), and the series may be the verb's.
        if lead == "from", let verb = words[..<at].lastIndex(where: { Self.hasVerb($0) }),
           words[(verb + 1)..<at].contains(where: { $0.lowercased() == "of" }) { return nil }
        if lead == "as", at == 0 || words[at - 1].lowercased() != "such" { return nil }
        // "They include problems with your pancreas or adrenal glands, certain medicines, and …":
        // a series after "include" is `inclusionList`'s; where that rule leaves it whole, a lead
        // inside its first item ("problems with") may lead only that item. (Examples lead their
        // own: "can include conditions such as …".)
        if !["as", "like"].contains(lead), words[..<at].contains(where: { ["include", "includes", "included", "including"].contains($0.lowercased()) }) { return nil }
        if lead == "are", !words[..<at].contains(where: { Self.kindsOfThings.contains($0.lowercased()) })
            || words[..<at].contains(where: { Self.hasVerb($0) || Self.relativeWords.contains($0.lowercased()) })
            || Self.degreeWords.contains(words[at + 1].lowercased()) || Self.isAdverb(words[at + 1].lowercased())
            // ("The types are distinguished by …": a passive, no list.)
            || Self.hasVerb(words[at + 1]) { return nil }
        // "is diagnosed based on A, B, and C", "depends on …": not "put on …" or "on the skin".
        if lead == "on", at == 0 || !["based", "depends", "depend", "depending", "relies", "rely"].contains(words[at - 1].lowercased()) { return nil }
        // "… may have A, B, and C" names things; "have had", "has to", "have been" are no list.
        if ["have", "has"].contains(lead), let first = words.dropFirst(at + 1).first?.lowercased(),
           first == "to" || Self.hasVerb(first) { return nil }
        // "Children with Down syndrome, autism, and …": the series must follow a clause of its own
        // (a subject and its verb), not sit inside the subject.
        let before = words[..<at].joined(separator: " ")
        // ("Children with Dravet syndrome most often have A, B, and C": "have" is the verb itself.)
        guard at >= 2, Self.hasVerb(before) || Self.startsClause(before) || lead == "are"
                || ["have", "has"].contains(lead) && Self.startsClause(before + " " + lead)
                   && !words[..<at].contains(where: { Self.relativeWords.contains($0.lowercased()) }),
              let items = seriesItems(words[(at + 1)...].joined(separator: " ") + body[firstComma.lowerBound...],
                                      allowingOr: seriesLead.allowingOr)
        else { return nil }
        // ("… can lead to liver scarring, cirrhosis, and eventually liver failure": an item that
        // opens with when it comes is a step of one course, not a thing beside the others.)
        if items.contains(where: { ["eventually", "then", "finally", "later", "ultimately"].contains($0.lowercased().split(separator: " ").first.map(String.init) ?? "") }) {
            return nil
        }
        // "… with a combination of losing weight, diet, and exercise": the series is the
        // combination's, after its "of", not the lead's.
        let firstWords = items[0].lowercased().split(separator: " ").map(String.init)
        if Self.doingsShareHead(items) { return nil }
        // "normal resistance to other common bacteria, viruses, fungi, and parasites": the single
        // words after a first item's "to" or "against" are that word's too.
        // ("exposure to cold, emotional stress, …" are things of their own: only where the "to"
        // names kinds in the plural and so does every item after it.)
        let namesKinds = { (item: String) in Self.endsPlural(item.trimmed(.punctuation)) }
        if let to = firstWords.dropFirst().firstIndex(where: { ["to", "against"].contains($0) }), to + 1 < firstWords.count, namesKinds(items[0]),
           items.dropFirst().allSatisfy({ Self.wordCount($0) <= 2 && !Self.determiners.contains($0.lowercased().split(separator: " ").first.map(String.init) ?? "")
               && namesKinds($0) }) {
            return nil
        }
        // "… caused by the Streptococcus pneumoniae, Staphylococcus aureus, and Pseudomonas
        // aeruginosa bacteria": "the" and "bacteria" are every name's, not the first's and the last's.
        let itemWords = items.map { $0.split(separator: " ") }
        if firstWords.first == "the", itemWords[0].dropFirst().first?.first?.isUppercase == true,
           let last = itemWords.last, last.count >= 2, last.first?.first?.isUppercase == true, last.last?.first?.isLowercase == true,
           namesKinds(String(last.last ?? "")),
           itemWords.dropFirst().dropLast().allSatisfy({ $0.first?.first?.isUppercase == true }) { return nil }
        // ("the number of bites received, the number of …" names one thing per item.)
        if firstWords.count >= 3, ["a", "an"].contains(firstWords[0]), Self.collectionWords.contains(firstWords[1]), firstWords[2] == "of" { return nil }
        // "… have lower-than-normal numbers of white blood cells, red blood cells, and platelets":
        // a measure and its "of" reach every later item that is a bare noun of up to three words
        // ("many small cysts in their ovaries", "missed or irregular periods" are things of
        // their own).
        if let of = firstWords.firstIndex(of: "of"), of > 0, classes.measureNouns.contains(firstWords[of - 1]),
           items.dropFirst().allSatisfy({ item in
               let words = Self.outsideBrackets(item.lowercased()).split(separator: " ").map(String.init)
               let noun = words.prefix { !Self.prepositions.contains($0) }
               return (1...3).contains(noun.count) && !noun.contains(where: { ["or", "and"].contains($0) || Self.nounPhraseStarts.contains($0)
                   || Self.quantifyingWords.contains($0) })
           }) { return nil }
        // "… results in fatigue due to low numbers of red cells, infections due to …, and …": a
        // later item with the lead's own words is a thing with its own cause, so the series is
        // of larger things than the lead's.
        if at > 0, items.dropFirst().contains(where: { (" " + $0.lowercased() + " ").contains(" " + words[at - 1].lowercased() + " " + lead + " ") }) {
            return nil
        }
        // "… such as fainting spells and bladder problems, combined with motor symptoms such as
        // tremor, rigidity, and …": a later item with a lead of its own starts the series there;
        // the items after it are its examples, not this lead's.
        if items.dropFirst().contains(where: { item in
            let lower = " " + item.lowercased() + " "
            return [" such as ", " including ", " for example "].contains(where: lower.contains)
        }) { return nil }
        // "…, and treatment of this disease": a phrase at the end may reach every item ("lack of
        // energy", "of" and a bare noun, is one thing).
        let lastWords = items.last!.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // ("the size of the hernia, the technique used, and the age and health of the person": when
        // the first item has a phrase of its own, so has the last.)
        let firstHasPhrase = items[0].lowercased().split(separator: " ").dropFirst().contains { Self.prepositions.contains(String($0)) }
        // ("…, a physical exam, and the results from tests": "the" and a noun before the phrase
        // make it that noun's, when an earlier item has an article of its own.)
        let ownPhrase = lastWords.count >= 3 && lastWords[0] == "the" && Self.prepositions.contains(lastWords[2])
            && items.dropLast().contains { ["a", "an", "the"].contains($0.lowercased().split(separator: " ").first.map(String.init) ?? "") }
        // ("pain, swelling, and bruising around the ankle": a place reaches them too.)
        let reaching = !firstHasPhrase && !ownPhrase && lastWords.indices.contains { index in
            (Self.prepositions.contains(lastWords[index]) || Self.placeWords.contains(lastWords[index]))
                && !(lastWords[index] == "of" && index + 1 < lastWords.count && !Self.nounPhraseStarts.contains(lastWords[index + 1]))
        }
        // ("the results" is a noun: a word right after "the", "your" … is no verb.)
        // ("and test results", "and refined grains", "and nerve damage": a short last item with no
        // article, pronoun or helper verb names things, unless it ends in "-ed"; "and the pain
        // stops", "and symptoms improved" are clauses.)
        let bareThings = lastWords.count <= 4 && lastWords.last?.hasSuffix("ed") == false
            && !lastWords.contains { Self.nounPhraseStarts.contains($0) || Self.personalPronouns.contains($0) || Self.clauseVerbs.contains($0) }
        let verbInLast = !bareThings && lastWords.indices.contains { index in
            Self.hasVerb(lastWords[index]) && !(index > 0 && Self.nounPhraseStarts.contains(lastWords[index - 1]))
        }
        // "high physical, emotional, and financial costs": describing words that share the last
        // item's noun are no things of their own.
        let sharedNoun = items.dropLast().allSatisfy { item in
            let words = item.lowercased().trimmed(.punctuation).split(separator: " ")
            return words.count <= 2 && Self.describingEndings.contains(where: { words.last?.hasSuffix($0) == true })
        }
        guard !reaching, !verbInLast, !sharedNoun else { return nil }
        return (words[...at].joined(separator: " ") + ":", items)
    }
}

/// A series whose items are set apart by semicolons (because they hold commas of their own), as
/// an introduction and a short list: "PCOS may cause menstrual cycle changes; skin changes such as
/// acne; growths in one or both ovaries, often clumps of follicles; and infertility." → "PCOS may
/// cause:" and the four.
extension SentenceRewrites {
    /// The words such a series may follow: a verb that names things, or a word a series follows.
    /// After "cause", "include" and "such as" an "or" before the last item joins possibilities,
    /// which a list keeps; after the others it is a choice a list would lose.
    static let semicolonSeriesLeads: [String: Bool] = ["cause": true, "causes": true, "include": true, "includes": true,
                                                       "including": true, "as": true, "like": true, "with": false,
                                                       "for": false, "from": false, "have": false, "has": false,
                                                       // "… may ask about your routines; your use of …; and …"
                                                       "about": false,
                                                       // "It is marked by sparse, kinky hair; failure to …; and …"
                                                       // (only after "marked" or "characterized")
                                                       "by": true]

    func semicolonList(_ text: String) -> (intro: String, items: [String])? {
        guard text.last == ".", Self.wordCount(text) <= 150 else { return nil }
        let body = String(text.dropLast())
        var parts = body.components(separatedBy: "; ")
        // (A bracket inside one item, "arrhythmias (irregular heartbeats)", goes with it.)
        guard parts.count >= 3, !body.contains(where: { ":\"“”—–".contains($0) }), !Self.opensCondition(parts[0]),
              parts.allSatisfy({ part in part.filter { $0 == "(" }.count == part.filter { $0 == ")" }.count }),
              let last = parts.last, last.hasPrefix("and ") || last.hasPrefix("or ") else { return nil }
        let words = parts[0].split(separator: " ").map(String.init)
        guard let at = words.indices.last(where: { Self.semicolonSeriesLeads[words[$0].lowercased()] != nil }), at >= 1,
              // ("tingling or numbness (first in the toes and fingers)": brackets are the item's aside.)
              (1...8).contains(Self.wordCount(Self.outsideBrackets(words[(at + 1)...].joined(separator: " ")))) else { return nil }
        let lead = words[at].lowercased()
        // "These tests might include an X-ray, an MRI scan, a CT scan to look for spinal defects;
        // measuring …": after an earlier "include" the series may start there.
        if words[..<at].contains(where: { Self.semicolonSeriesLeads[$0.lowercased()] == true }) { return nil }
        if last.hasPrefix("or "), Self.semicolonSeriesLeads[lead] != true { return nil }
        if lead == "as", words[at - 1].lowercased() != "such" { return nil }
        // "… can damage organs such as the liver, heart, and pancreas; endocrine glands; and
        // joints": examples whose first item is a series of its own are that series' examples;
        // the items after the semicolons are the verb's, not examples of "organs".
        if ["as", "like"].contains(lead), [", and ", ", or "].contains(where: parts[0].contains) { return nil }
        // ("… vision problems caused by shallow eye sockets; eyes that …; and …": after "caused"
        // the series may be the sentence's, not the cause's; "given by injection; through …".)
        if lead == "by" {
            let before = words[..<at].last(where: { !Self.isAdverb($0.lowercased()) })?.lowercased() ?? ""
            guard ["marked", "characterized", "characterised"].contains(before) else { return nil }
        }
        // "… too much sodium, often from salt; potassium; and phosphorus": a lead inside an aside
        // after a comma ("often from") leads one item's aside, not the series.
        if words[..<at].last?.hasSuffix(",") == true || at >= 2 && words[at - 2].hasSuffix(",") && Self.isAdverb(words[at - 1].lowercased()) { return nil }
        // "… marked by onset of confusion with altered consciousness; seizures; and …": a lead
        // that names no things ("with", "for", "from", …) inside a phrase of "of" or "by" may lead
        // only its first item; the series is the phrase's.
        if Self.semicolonSeriesLeads[lead] == false, words[max(0, at - 3)..<at].contains(where: { ["of", "by"].contains($0.lowercased()) }) {
            return nil
        }
        // "… have had A; B; and C" and "has to …" are no series of things.
        if ["have", "has"].contains(lead), let first = words.dropFirst(at + 1).first?.lowercased(),
           first == "to" || Self.hasVerb(first) { return nil }
        // What comes before is a clause: the lead is its verb, or it has one of its own.
        let before = words[..<at].joined(separator: " ")
        guard Self.semicolonSeriesLeads[lead] == true && !["as", "like", "including", "by"].contains(lead) || Self.hasVerb(before) || Self.startsClause(before)
        else { return nil }
        // "The exact cause of LPHS is unknown; however, …; bleeding disorders; or …": "cause" is a
        // noun there, and what follows it no thing of a series.
        if let first = words.dropFirst(at + 1).first?.lowercased(), Self.prepositions.contains(first) { return nil }
        if parts.contains(where: { $0.lowercased().hasPrefix("however") }) { return nil }
        parts[0] = words[(at + 1)...].joined(separator: " ")
        parts[parts.count - 1] = String(last.drop { $0 != " " }.dropFirst())
        guard !parts.contains(where: { $0.isEmpty || Self.wordCount($0) > 25 }) else { return nil }
        // "…; and chemotherapy are at risk", "…; and C before you go home": a verb, a time or a
        // condition in the last item is the whole series'.
        let lastWords = Set(parts[parts.count - 1].lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        // "…; and soreness for a few weeks": as in `seriesList`, a phrase at the end may reach every item.
        // ("…; and the interaction of CHD, high blood pressure, and diabetes": an "of" is its noun's.)
        // ("…; lack of control in the arm, hand, or wrist; and a lack of feeling in the arm": an
        // earlier item with the same word has phrases of its own, and so has the last.)
        let earlierWords = Set(parts.dropLast().joined(separator: " ").lowercased().split(separator: " ").map(String.init))
        guard lastWords.isDisjoint(with: Self.listScopeWords), lastWords.isDisjoint(with: Self.clauseVerbs),
              lastWords.subtracting(["of"]).intersection(Self.prepositions).isSubset(of: earlierWords) else { return nil }
        return (words[...at].joined(separator: " ") + ":", parts.map { Self.capitalized($0) + "." })
    }
}

/// Three or more questions to talk about, as a list: "Talk to your doctor about whether you should
/// get screened, how often you should be tested, and which test is best for you." → "Talk to
/// your doctor about:" and the three. Only after a word that asks or tells ("about", "ask",
/// "describe", "measure", "depends on" …), when the items open with a question word and hold
/// no comma of their own; any but one may instead name a thing ("depends on the type of problem
/// you have, how serious it is, and what best fits your lifestyle"; "depends on how long you have
/// had the virus, the health of your liver, and other factors").
extension SentenceRewrites {
    static let questionWords: Set<String> = ["whether", "how", "which", "what", "when", "why", "where", "who", "if"]
    /// Words a list of questions may follow.
    static let questionLeads = ["about", "ask", "describe", "measure", "learn", "know", "find out", "depends on", "depend on",
                                "show", "shows", "explain", "check", "decide", "understand"]

    func questionList(_ text: String) -> (intro: String, items: [String])? {
        guard text.last == ".", Self.wordCount(text) > statementLength, Self.wordCount(text) <= 150,
              !text.contains(where: { ":;()\"“”—–".contains($0) }) else { return nil }
        let body = String(text.dropLast())
        let lower = body.lowercased()
        // The last lead before the first comma ("ask you questions about the intensity …, how
        // …"); it may open the sentence ("Learn how …, how …, and where …").
        // ("… may ask questions about your cough, such as how long you've had it, what …, and
        // how much you cough": examples of the questions, after the first comma.)
        var examples = lower.range(of: ", such as ")
        if let such = examples, lower[..<such.lowerBound].contains(", ") || !lower[..<such.lowerBound].contains("question") { examples = nil }
        guard let firstComma = lower.range(of: ", ") else { return nil }
        let leads: [Range<String.Index>] = Self.questionLeads.compactMap { word in
            lower.range(of: " \(word) ") ?? (lower.hasPrefix(word + " ") ? lower.range(of: word + " ") : nil)
        }
        guard let lead = examples ?? leads.filter({ $0.upperBound < firstComma.lowerBound }).max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let head = String(body[..<lead.upperBound]).trimmed(.whitespace)
        var parts = String(body[lead.upperBound...]).components(separatedBy: ", ")
        guard parts.count >= 3, let last = parts.last, last.hasPrefix("and ") || last.hasPrefix("or ") else { return nil }
        parts[parts.count - 1] = String(last.drop { $0 != " " }.dropFirst())
        let asks = { (part: String) in Self.questionWords.contains(part.split(separator: " ").first.map { $0.lowercased() } ?? "") }
        // An item that names a thing opens with "the", "your" or "other" and has no verb of its
        // own past its noun ("the intensity of your pain"), bar a pronoun's ("the type of problem
        // you have").
        let namesThing = { (part: String) in
            let words = part.lowercased().split(separator: " ").map(String.init)
            return ["the", "your", "other"].contains(words.first ?? "") && !words.indices.dropFirst(2).contains { index in
                (Self.clauseVerbs.contains(words[index]) || [.s, .ed].contains(Self.knownVerbForm(words[index])?.form)) && !Self.personalPronouns.contains(words[index - 1])
            }
        }
        // (After "such as", the examples are all questions.)
        guard parts.contains(where: asks), parts.allSatisfy({ asks($0) || examples == nil && namesThing($0) }),
              !parts.contains(where: { Self.wordCount($0) > maxWords }),
              Self.hasVerb(head) || Self.isInstruction(head), !Self.opensCondition(head) else { return nil }
        return (head + ":", parts.map { Self.capitalized($0) + "." })
    }
}

/// A series that a colon or a single dash brings in at the end of a sentence, as that
/// introduction and a short list: "Your shoulder joint is made up of three bones: your
/// collarbone, your shoulder blade, and your upper arm bone." → "Your shoulder joint is made up
/// of three bones:" and the three. The mark already says a list follows; only its items move.
extension SentenceRewrites {
    /// The introduction and the items, or nil where the rule does not apply.
    func markedSeriesList(_ text: String) -> (intro: String, items: [String])? {
        let count = Self.wordCount(text)
        guard count > statementLength, count <= 150, text.last == "." else { return nil }
        let body = String(text.dropLast())
        // One mark, which a space follows ("10:30" or "1:1000" is no mark), and no other
        // structure: semicolons have their own list, and a pair of dashes sets off an aside. (A
        // line run together from " - " items never reaches the list rules.)
        let marks = body.indices.filter { ":—–".contains(body[$0]) }
        guard marks.count == 1, let mark = marks.first, !body.contains(";"),
              body[mark] != ":" || body[body.index(after: mark)...].first == " ",
              !Self.outsideBrackets(body, inside: true).contains(","),
              body.filter({ $0 == "(" }).count == body.filter({ $0 == ")" }).count else { return nil }
        let intro = String(body[..<mark]).trimmed(.whitespace)
        let rest = String(body[body.index(after: mark)...]).trimmed(.whitespace)
        // The introduction is a clause of its own ("Three classic signs occur in …"; not "Summary"),
        // and what follows names things, not clauses ("…: The brow and lower jaw protrude, the
        // nasal bone enlarges, …").
        guard Self.wordCount(intro) >= 3, Self.hasVerb(intro) || Self.startsClause(intro), !Self.opensCondition(intro),
              !Self.startsClause(rest), let items = seriesItems(rest, allowingOr: true),
              !items.contains(where: { Self.hasClause($0.trimmed(.punctuation)) }),
              // ("… filter your blood— hemodialysis, peritoneal dialysis, and kidney transplant": a
              // run of short names reads as easily in the sentence as down a list; longer items
              // are where the list helps.)
              items.map(Self.wordCount).reduce(0, +) >= 3 * items.count else { return nil }
        // "… the respiratory system – your nose, throat and lungs": an owner or "the" before the
        // first item reaches the bare words after it, which as items of their own would lose it.
        let firstWord = items[0].lowercased().split(separator: " ").first.map(String.init) ?? ""
        if ["the", "your", "his", "her", "their", "its", "our"].contains(firstWord),
           items.dropFirst().contains(where: { item in
               let words = item.lowercased().trimmed(.punctuation).split(separator: " ").map(String.init)
               return words.count <= 2 && !Self.nounPhraseStarts.contains(words.first ?? "")
           }) { return nil }
        return (intro + ":", items)
    }
}
