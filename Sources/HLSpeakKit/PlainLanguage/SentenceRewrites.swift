import Foundation

/// The plain-language rules for one sentence (as template text). Each returns nil when it does
/// not apply; none adds or removes a protected word (the simplifier checks).
struct SentenceRewrites {
    let swaps: [WordSwap]
    var maxWords: Int
    /// For each swap, the forms its first word can take ("utilize", "utilizes", "utilized", …).
    let firstWordForms: [[String: Inflection]]
    /// The swaps (by position in `swaps`) whose first word can take a form.
    let swapsByFirstWord: [String: [Int]]
    /// The language's negations, articles and naming words, for the word matcher.
    let classes: WordClasses
    /// Sentences longer than this are cut into their statements, and their runs made lists.
    var statementLength: Int { min(maxWords, Self.statementWords) }

    init(swaps: [WordSwap], classes: WordClasses, maxWords: Int) {
        self.swaps = swaps
        self.classes = classes
        self.maxWords = maxWords
        firstWordForms = swaps.map { swap in
            let words = swap.complex.lowercased().split(separator: " ").map(String.init)
            // A phrase takes forms only when it is a verb ("to identify whether" → "identifies whether").
            guard words.count == 1 || swap.isVerb else { return [words.first ?? "": .base] }
            var forms: [String: Inflection] = [:]
            for form in [Inflection.ing, .ed, .s, .base] { forms[Inflection.apply(form, to: words[0])] = form }
            return forms
        }
        var index: [String: [Int]] = [:]
        for (position, forms) in firstWordForms.enumerated() {
            for form in forms.keys { index[form, default: []].append(position) }
        }
        swapsByFirstWord = index
    }

    // MARK: Asides

    /// The sentence's first "(…)": the text before it (without trailing spaces), the aside, and
    /// what follows the ")".
    private static func firstAside(in text: String) -> (head: String, aside: String, tail: Substring)? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        var head = String(text[..<open])
        while head.last == " " { head.removeLast() }
        return (head, text[text.index(after: open)..<close].trimmed(.whitespace), text[text.index(after: close)...])
    }

    /// "do an exam (including a pelvic exam)." → "do an exam. This includes a pelvic exam."
    func asideAsSentence(_ text: String) -> String? {
        guard let (head, aside, rest) = Self.firstAside(in: text), head.contains(where: \.isLetter) else { return nil }
        let leads = [("including ", "This includes "), ("such as ", "For example, "), ("for example ", "For example, "),
                     ("for example, ", "For example, "), ("e.g. ", "For example, "), ("e.g., ", "For example, ")]
        guard let (lead, sentenceStart) = leads.first(where: { aside.lowercased().hasPrefix($0.0) }) else { return nil }
        let tail = rest.trimmed(.whitespace)
        let end = tail.first.map { ".!?".contains($0) } == true ? String(tail.first!) : "."
        guard tail.count <= 1 else { return nil }  // the aside must close the sentence
        let examples = String(aside.dropFirst(lead.count))
        // "(for example, if you have heart problems)": a condition alone is no sentence.
        // Nor a place or a time alone: "(for example, in sunlight)".
        let firstExample = examples.split(separator: " ").first?.lowercased() ?? ""
        if Self.subordinators.contains(firstExample) || Self.prepositions.contains(firstExample) { return nil }
        // "(e.g. why did it happen to me?)": a question is no example of a thing.
        if examples.contains("?") { return nil }
        // "… including healthy people and those with chronic conditions (such as asthma …)": no
        // examples of examples, which would read as two lists of the same thing.
        let before = head.lowercased()
        if ["include", "including", "such as", "for example", "like "].contains(where: before.contains) { return nil }
        // "(such as asthma, diabetes, or heart disease)" → "Examples include asthma, diabetes, and
        // heart disease.": things named, not a clause, make no sentence after "For example,".
        if sentenceStart == "For example, ", !Self.startsClause(examples), !Self.isInstruction(examples) {
            let (saying, said) = Self.examplesSaid(opening: "Examples include ", examples)
            return head + end + " " + saying + said + (said.hasSuffix(".") ? "" : ".")
        }
        return head + end + " " + sentenceStart + examples + (examples.hasSuffix(".") ? "" : ".")
    }

    /// "Other factors, such as infections and injuries, can also put a pregnancy at risk." →
    /// "Other factors can also put a pregnancy at risk. These include infections and
    /// injuries.": examples between commas, closed where a helper verb follows, as a sentence of
    /// their own after the one they interrupt.
    func examplesAfter(_ text: String) -> String? {
        guard let open = text.range(of: ", such as ") ?? text.range(of: ", like "), let end = text.last, ".!".contains(end) else { return nil }
        // "Young adults, like older adults, can …" compares; ", like A or B," lists examples.
        let isLike = text[open].hasPrefix(", like")
        var subject = String(text[..<open.lowerBound])
        // "In celiac disease, certain gene variants and other factors, such as …, can lead to …":
        // an opening phrase with no verb stays in front of the subject.
        var opening = ""
        // ("For example, …" links to the sentence before; the examples would be a second lot.)
        if let comma = subject.range(of: ", "), Self.prepositions.contains(subject.prefix { $0 != " " }.lowercased()),
           !Self.linkingPhrases.contains(subject[..<comma.lowerBound].lowercased()),
           !Self.hasVerb(String(subject[..<comma.lowerBound])), !Self.opensCondition(subject) {
            opening = String(subject[..<comma.upperBound])
            subject = String(subject[comma.upperBound...])
        }
        var search = open.upperBound
        while let comma = text.range(of: ", ", range: search..<text.endIndex) {
            search = comma.upperBound
            let predicate = String(text[comma.upperBound...].dropLast())
            guard let verb = predicate.split(separator: " ").first, Self.predicateStarts.contains(verb.lowercased()) else { continue }
            let examples = String(text[open.upperBound..<comma.lowerBound])
            if isLike, ![" or ", " and ", ", "].contains(where: examples.contains) { return nil }
            // "It affects people who have immune problems, such as people who have had a transplant,
            // are taking …": a pronoun and its verb are a clause, not a subject, and what follows
            // the examples goes on with them.
            guard Self.wordCount(subject) >= 2, !Self.opensCondition(subject), !examples.contains("("),
                  !subject.contains(","), Self.wordCount(predicate) >= 3,
                  !Self.personalPronouns.contains(subject.split(separator: " ").first?.lowercased() ?? ""),
                  // "Casual contact, such as in a school, has not been known to spread it": places
                  // are no examples, and after a negation the examples would read as what does happen.
                  !Self.prepositions.contains(examples.split(separator: " ").first?.lowercased() ?? ""),
                  // ("Nerve problems, such as those from a spinal cord injury, …": "those" points
                  // back at the subject, and "These include those from …" says nothing.)
                  !["those", "that", "ones"].contains(examples.split(separator: " ").first?.lowercased() ?? ""),
                  !predicate.lowercased().split(separator: " ").contains(where: { Self.negations.contains(String($0)) || $0.hasSuffix("n't") }),
                  // "Areas with more nerve endings, such as the face, might be more sensitive than
                  // less innervated regions": after a comparison the examples would read as the other side.
                  !predicate.lowercased().split(separator: " ").contains("than"),
                  // "Early milestones, such as crawling and walking, are often achieved, but further
                  // development is limited, …": cut at its "but", the sentence would leave the
                  // examples after the contrast, where they read as what is limited.
                  !predicate.contains(", but ") && !predicate.contains(";"),
                  // "Treating fungal infections of the feet, such as athlete's foot, may lower …": one
                  // example of the doing's object, "An example is athlete's foot" at the end, would
                  // read as one of the last thing named. ("Making healthy choices, like quitting
                  // smoking and …": several are plainly the choices.)
                  // ("Eating disorders, such as anorexia, …" names a kind: only a doing with an
                  // object of its own, four words or more.)
                  !Self.isDoing(subject.split(separator: " ").first?.lowercased() ?? "") || Self.wordCount(subject) < 4
                    || [" and ", " or ", ", "].contains(where: examples.contains),
                  // "Hives due to physical causes, such as pressure, …, are called physical hives":
                  // the examples are of the causes, not of the subject; so are they of the disorders
                  // in "Tests for chromosome disorders, such as KS, …" and of the conditions in
                  // "People with long-term conditions, such as diabetes, …".
                  ![" due to ", " caused by ", " because of ", " from ", " by ", " for ", " with "].contains(where: { subject.lowercased().contains($0) })
            else { return nil }
            // "Some factors … These include …"; "Hormone therapy, such as estrogen, …" → "Examples
            // include …"; "A doctor, such as an obstetrician, …" is left alone.
            let subjectWords = subject.lowercased().split(separator: " ").map(String.init)
            guard !subjectWords.isEmpty else { return nil }
            // ("A virus, such as …" is one thing: "These include" would point at nothing.)
            if Self.endsPlural(subject) {
                // "Talking treatments may help if … your bowel symptoms …. Talking treatments include
                // …": the subject said again, where "These" could reach a plural in between.
                let predicateWords = predicate.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
                let pluralBetween = predicateWords.dropFirst().contains { word in
                    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
                        && Self.secondVerbForm(word)?.form != .s && !Self.clauseVerbs.contains(word) && !word.hasSuffix("ways")
                }
                let quantified = Self.quantifyingWords.contains(subjectWords[0])
                let naming = !pluralBetween ? "These" : subjectWords.count <= 5 && !quantified && !Self.joiningWords.contains(subjectWords[0])
                    ? subject : "Examples"
                let (saying, said) = Self.examplesSaid(opening: Self.capitalized(naming) + " include ", examples)
                return opening + subject + " " + predicate + String(end) + " " + saying + said + "."
            }
            guard !subjectWords.contains(where: { ["a", "an", "one", "each", "every", "another"].contains($0) || Self.personWords.contains($0) })
            else { return nil }
            let (saying, said) = Self.examplesSaid(opening: "Examples include ", examples)
            return opening + subject + " " + predicate + String(end) + " " + saying + said + "."
        }
        return nil
    }

    /// Words a predicate starts with, after a subject and its examples.
    static let predicateStarts: Set<String> = ["can", "may", "will", "might", "could", "should", "must", "is", "are", "was",
                                               "were", "do", "does", "have", "has", "often", "also", "usually"]

    /// "Shingles, also known as zoster or herpes zoster, is a painful skin rash …" → "Shingles is a
    /// painful skin rash …. Shingles is also known as zoster or herpes zoster.": another name set
    /// off by commas, said after the sentence it interrupts, when it follows the sentence's
    /// subject and "is" or "are" comes next (the verb the new sentence takes). When the other name
    /// was already given in the section ("… will develop shingles, also known as zoster or herpes
    /// zoster, in their lifetime"), the aside only repeats it and goes.
    func otherNameAside(_ text: String, after seen: String) -> String? {
        guard let end = text.last, ".!".contains(end),
              let open = Self.otherNameLeads.lazy.compactMap({ text.range(of: ", \($0) ") }).first else { return nil }
        guard let close = text.range(of: ", ", range: open.upperBound..<text.endIndex) else {
            return otherNameAtTheEnd(text, open: open, after: seen)
        }
        let name = String(text[open.upperBound..<close.lowerBound])
        let head = String(text[..<open.lowerBound])
        let rest = String(text[close.upperBound...])
        // ("…, also known as Acid, Blotter, and Dots …": the name is the first of a series, which
        // goes on after the comma.)
        guard (1...6).contains(Self.wordCount(name)), !name.contains(where: { "();:—–\"“”".contains($0) }),
              Self.wordCount(rest) >= 2, !head.contains(","),
              ![", and ", ", or "].contains(where: Self.firstWords(rest, 3).contains) else { return nil }
        // The name as a whole: "known as the PAH gene" after "PAH" names something new.
        if Self.givenBefore(name, in: seen + " " + head) {
            // ("If you have diabetes, sometimes called …, follow …": a condition keeps its comma.)
            return head + (Self.opensCondition(head) ? ", " : " ") + rest
        }
        let verb = rest.split(separator: " ").first.map(String.init) ?? ""
        guard ["is", "are"].contains(verb), (1...4).contains(Self.wordCount(head)), !Self.hasVerb(head),
              !Self.opensCondition(head) else { return nil }
        let lead = String(text[open].dropFirst(2).dropLast())
        return head + " " + String(rest.dropLast()) + String(end) + " " + head + " " + verb + " " + lead + " " + name + "."
    }

    /// "… may lead to chronic liver failure, also called end-stage liver disease." → "… may lead to
    /// chronic liver failure. Chronic liver failure is also called end-stage liver disease.": another name that ends
    /// the sentence, for the thing named just before it, said as a sentence of its own (or left
    /// out when the section already gave it). Only after a clause, with a sure lead ("also
    /// called", not a bare "known as") and a name of one to six words.
    private func otherNameAtTheEnd(_ text: String, open: Range<String.Index>, after seen: String) -> String? {
        let head = String(text[..<open.lowerBound])
        let name = String(text[open.upperBound...].dropLast())
        let lead = String(text[open].dropFirst(2).dropLast())
        guard Self.sureOtherNameLeads.contains(lead), (1...6).contains(Self.wordCount(name)),
              !name.contains(where: { ",();:—–\"“”".contains($0) }), Self.wordCount(head) >= 6, Self.hasVerb(head),
              !head.contains(where: { "()—–".contains($0) }) else { return nil }
        if Self.givenBefore(name, in: seen + " " + head) { return head + "." }
        // "… tumors form in the lining of the large intestine, also called the large bowel": the
        // name is the noun's, which "This" would not reach; it is named again.
        if let ending = Self.nounEnding(Self.afterLastComma(head), withAmount: true) {
            return head + ". " + Self.saidOf(ending) + lead + " " + name + "."
        }
        return head + ". " + (Self.endsPlural(head) ? "These are " : "This is ") + lead + " " + name + "."
    }

    /// "Uterine fibroids, or leiomyomas, are tumors …" → "Uterine fibroids are tumors ….
    /// Uterine fibroids are also called leiomyomas."; "Cognitive impairment, or problems with
    /// thinking and learning, is common …" → "Cognitive impairment is common …. Cognitive
    /// impairment means problems with thinking and learning.": another name, or a longer plainer
    /// one, set off by ", or" after the subject that opens the sentence, said after it (or left
    /// out when the section already gave it). Only when the subject's verb comes next, the
    /// subject has one to four words, the name one to six, and neither opens as a choice would ("a
    /// cold, or the flu", "your child, or another child", "drinking, or using drugs").
    func orNameAside(_ text: String, after seen: String) -> String? {
        guard let end = text.last, ".!".contains(end), let (head, name, rest) = Self.setOff(text, by: ", or ") else { return nil }
        let headWords = head.lowercased().split(separator: " ").map(String.init)
        let nameWords = name.lowercased().split(separator: " ").map(String.init)
        let choiceStarts: Set<String> = ["a", "an", "another", "other", "any", "some", "one", "each", "both", "either", "neither",
                                         "your", "my", "his", "her", "their", "our", "its", "this", "that", "these", "those", "even"]
        guard (1...4).contains(headWords.count), (1...6).contains(nameWords.count), Self.wordCount(rest) >= 3,
              !(head + name).contains(where: { ",;:()—–\"“”".contains($0) }),
              let verb = rest.split(separator: " ").first.map({ $0.lowercased() }),
              // ("Hypothyroidism, or underactive thyroid, happens when …": a verb that agrees
              // with the subject, in "-s" or, after a plural, as it is.)
              Self.clauseVerbs.contains(verb) || Self.knownVerbForm(verb).map({ $0.form == .s || $0.form == .base && Self.endsPlural(head) }) == true,
              !headWords.contains(where: { Self.clauseVerbs.contains($0) || $0.hasSuffix("ing") || Self.subordinators.contains($0) }),
              !nameWords.contains(where: Self.clauseVerbs.contains),
              !choiceStarts.contains(headWords[0]), !choiceStarts.contains(nameWords[0]), !Self.prepositions.contains(headWords[0]),
              !nameWords[0].hasSuffix("ing") else { return nil }
        if Self.givenBefore(name, in: seen) { return head + " " + rest }
        let plural = verb == "are" || verb != "is" && Self.endsPlural(head)
        // ("Flashes are bursts of light": in the plural "mean" could read as "signal".)
        let saying = nameWords.count > headWords.count ? (plural ? " are " : " means ") : (plural ? " are also called " : " is also called ")
        // ("Frequent uterine contractions, or tightenings, …": the name is the contractions', not
        // their frequency's; "how often" stays with the first sentence.)
        // (Only before a thing of two words or more, said in the plural: "Frequent urination, or
        // polyuria" names the frequency too.)
        let named = headWords.count > 2 && plural && Self.frequencyWords.contains(headWords[0])
            ? Self.capitalized(head.split(separator: " ").dropFirst().joined(separator: " ")) : head
        return head + " " + String(rest.dropLast()) + String(end) + " " + named + saying + name + "."
    }

    /// Words that say how often a thing comes, which another name for the thing does not name.
    static let frequencyWords: Set<String> = ["frequent", "repeated", "occasional"]

    /// True when `seen` already used `name` as a word of its own: then the reader has it, and an
    /// aside that gives it again only repeats it. A part of a joined word ("the
    /// measles-mumps-rubella vaccine") does not count: "German measles, also known as rubella"
    /// says something new.
    static func givenBefore(_ name: String, in seen: String) -> Bool {
        ProtectedWords.occurrences(of: name, in: seen, inJoinedWords: false) > 0
    }

    /// Words that set off another name for what comes before them.
    static let otherNameLeads = ["also known as", "also called", "sometimes called", "known as"]

    /// The leads that always give another name for the whole thing: a bare "known as" may say how
    /// well known it is ("—known as a leading cause …—") or name only some ("drugs, known as
    /// alkylating agents, …").
    static let sureOtherNameLeads = otherNameLeads.filter { $0 != "known as" }

    /// `text` cut around what `lead` sets off up to the next ", ": the words before it, the words
    /// set off, and the rest; nil when `lead` or the closing comma is missing.
    static func setOff(_ text: String, by lead: String) -> (head: String, middle: String, rest: String)? {
        guard let open = text.range(of: lead), let close = text.range(of: ", ", range: open.upperBound..<text.endIndex) else { return nil }
        return (String(text[..<open.lowerBound]), String(text[open.upperBound..<close.lowerBound]), String(text[close.upperBound...]))
    }

    /// True when every ", " of `text` belongs to one series of three or more items that
    /// "and" or "or" closes: "the parent, their family, or their provider can do". The items
    /// between the first and the last have at most four words and no verb. With
    /// `closedWithoutComma`, the "and" may come with no comma before it too ("babies, teens,
    /// pregnant women and people with weakened immune systems").
    static func commasCloseOneSeries(_ text: String, closedWithoutComma: Bool = false) -> Bool {
        let parts = text.components(separatedBy: ", ")
        guard parts.count >= 3, let last = parts.last?.lowercased(),
              last.hasPrefix("and ") || last.hasPrefix("or ")
                || closedWithoutComma && (last.contains(" and ") || last.contains(" or ")) && !hasVerb(withoutDescribingWords(last)) else { return false }
        return parts.dropFirst().dropLast().allSatisfy { item in
            wordCount(item) <= 4 && !hasVerb(item) && !["and", "or"].contains(item.split(separator: " ").first?.lowercased() ?? "")
        }
    }

    /// `text` without the "-ed" words that describe the noun after them ("people with weakened
    /// immune systems", "the affected child"): right after "with", "without" or an article.
    static func withoutDescribingWords(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.indices.filter { at in
            !(at > 0 && words[at].hasSuffix("ed") && ["with", "without", "a", "an", "the"].contains(words[at - 1].lowercased()))
        }.map { String(words[$0]) }.joined(separator: " ")
    }

    /// The words after the last ", " of `text` (all of it when it has none): its last clause or item.
    static func afterLastComma(_ text: String) -> String {
        text.range(of: ", ", options: .backwards).map { String(text[$0.upperBound...]) } ?? text
    }

    /// The name an aside gives after words that say it is one ("also called X", "often known as
    /// X"), or nil when it opens with no such words.
    func otherName(in aside: String) -> String? {
        var words = aside.split(separator: " ").map(String.init)
        while let first = words.first, ["also", "often", "sometimes", "most", "commonly", "usually"].contains(first) {
            words.removeFirst()
        }
        guard let naming = classes.naming.first(where: { words.starts(with: $0) }), words.count > naming.count else { return nil }
        return words.dropFirst(naming.count).joined(separator: " ")
    }

    /// "A dilation and curettage (D&C) …" after "(D&C)" was already given: the aside only repeats a
    /// name the reader has, so it goes. Only a short name in letters (no digits, so never a phone
    /// number or a dose), given in brackets earlier in the section or the sentence. Before
    /// that, a name after ", or" that says again the words before it (`withoutRepeatedName`),
    /// and every aside that says again what its clause says (`withoutRepeatingGloss`), go.
    func withoutRepeatedAside(_ text: String, after seen: String) -> String? {
        // "high blood pressure (high blood pressure)", after a swap made the gloss say the same;
        // any aside of the sentence ("broken down (metabolized) … gets rid of (gets rid of) …"),
        // each one that repeats.
        var result = withoutRepeatedName(text)
        var search = result.startIndex
        while let open = result[search...].firstIndex(of: "("), let close = result[open...].firstIndex(of: ")") {
            if let shorter = withoutRepeatingGloss(result, open: open, close: close) {
                let at = result.distance(from: result.startIndex, to: open)
                result = shorter
                search = result.index(result.startIndex, offsetBy: min(at, result.count))
            } else {
                search = result.index(after: close)
            }
        }
        if result != text { return result }
        guard let (head, aside, rest) = Self.firstAside(in: text) else { return nil }
        // A name or an abbreviation has a capital ("D&C", "hCG"); "(heavy bleeding)" narrows what
        // came before and stays.
        guard !aside.isEmpty, aside.split(separator: " ").count <= 4, aside.contains(where: \.isUppercase),
              aside.allSatisfy({ $0.isLetter || " &-'’.".contains($0) }) else { return nil }
        // Only a short form, mostly capitals ("GH", "hCG", "RBCs"): a brand ("psyllium (Metamucil)",
        // "… pentavalent (RotaTeq)") says which product the words before it are, which a patient
        // looks for even where the brand was named before.
        let letters = aside.filter(\.isLetter)
        guard letters.filter(\.isUppercase).count * 2 >= letters.count else { return nil }
        // Written the same way, capitals and all: "(ALL)" does not repeat the word "all". And given
        // as a name in brackets before: "You may need a D&C. A dilation and curettage (D&C) …" says
        // what the bare "D&C" was, which the reader would lose.
        guard (seen + " " + head).contains("(" + aside + ")") else { return nil }
        return head + rest
    }

    /// The words that set off a plain name an author gives beside a term, inside a sentence
    /// ("blood glucose, or blood sugar,", "blood glucose, also called blood sugar").
    static let plainNameLeads = [", or ", ", also called ", ", also known as "]

    /// `text` without each name set off by one of `plainNameLeads` that says again the words
    /// right before it: "your blood sugar, or blood sugar, levels" → "your blood sugar levels",
    /// "your blood sugar, also called blood sugar, is" → "your blood sugar is", after a swap made
    /// the author's plain name and the word it glossed the same. The words must be the whole
    /// name before it: "A digital rectal exam, or rectal exam, …" gives a shorter name.
    func withoutRepeatedName(_ text: String) -> String {
        Self.plainNameLeads.reduce(text) { withoutRepeatedName($0, after: $1) }
    }

    private func withoutRepeatedName(_ text: String, after lead: String) -> String {
        var result = text
        var search = result.startIndex
        while let joint = result.range(of: lead, range: search..<result.endIndex) {
            let after = result[joint.upperBound...]
            let nameEnd = after.firstIndex(where: { ",.;:!?".contains($0) }) ?? after.endIndex
            let name = after[..<nameEnd].lowercased()
            let head = result[..<joint.lowerBound].lowercased()
            let wordBefore = head.dropLast(name.count).split(separator: " ").last.map(String.init)
            let opensPhrase = wordBefore.map { classes.functionWords.contains($0) || Self.clauseVerbs.contains($0) || Self.prepositions.contains($0)
                || Self.nounPhraseStarts.contains($0) || Self.knownVerbForm($0) != nil } ?? true
            guard !name.isEmpty, head == name || head.hasSuffix(" " + name) && opensPhrase else {
                search = joint.upperBound
                continue
            }
            // The comma that closed the name goes with it: "…, or blood sugar, levels".
            let rest = after[nameEnd...].hasPrefix(",") ? after[after.index(after: nameEnd)...] : after[nameEnd...]
            let at = result.distance(from: result.startIndex, to: joint.lowerBound)
            result = String(result[..<joint.lowerBound] + rest)
            search = result.index(result.startIndex, offsetBy: at)
        }
        return result
    }

    /// `text` without the aside from `open` to `close` when it says again what comes right before
    /// it: the same words ("high blood pressure (high blood pressure)"), the other name it gives
    /// ("(often called blood sugar)"), a plain gloss all of whose words its clause has ("… levels
    /// that are too high (high blood sugar)"), or one that goes on from the words before it
    /// ("low blood sugar (low blood sugar levels)" → "low blood sugar levels").
    private func withoutRepeatingGloss(_ text: String, open: String.Index, close: String.Index) -> String? {
        let before = text[..<open].trimmed(.whitespace)
        let after = text[text.index(after: close)...]
        let head = before.lowercased()
        let aside = text[text.index(after: open)..<close].trimmed(.whitespace).lowercased()
        let name = otherName(in: aside) ?? aside
        if !name.isEmpty, head.hasSuffix(" " + name) || head == name { return before + after }
        let asideWords = aside.split(separator: " ").map(String.init)
        guard asideWords.count >= 2, aside.allSatisfy({ $0.isLetter && $0.isLowercase || $0 == " " }) else { return nil }
        // The clause's words, from its last comma or earlier aside on.
        let clause = head.split(separator: " ").reversed().prefix { !$0.contains(where: { ",;)".contains($0) }) }.reversed()
            .map { String($0.trimmed(.punctuation)) }
        if Set(asideWords).isSubset(of: clause) { return before + after }
        if let shared = (2..<asideWords.count).reversed().first(where: { clause.suffix($0) == asideWords.prefix($0) }) {
            return before + " " + asideWords.dropFirst(shared).joined(separator: " ") + after
        }
        return nil
    }

    // MARK: Long sentences

    /// A sentence of more than `maxWords` words cut at a safe joint, where both halves stand as
    /// sentences: a semicolon; ", but", ", and" or ", yet" before a new clause (a pronoun
    /// subject follows); ", which …" to the end of the sentence ("…, which may get less oxygen."
    /// → "… This may get less oxygen."); ", because …" ("… This is because …"), ", meaning …",
    /// ", including …", ", such as …" likewise. Never after a
    /// condition ("If you bleed, and you feel faint, go…": cutting would lose the "if"), inside
    /// brackets, in a question, or at the semicolons of a list ("fever; chills; and pain").
    func splitLong(_ text: String) -> [String]? {
        cutLong(text)?.pieces
    }

    /// A long sentence's pieces, and the cut in words for the reviewer.
    struct LongCut: Equatable {
        var pieces: [String]
        /// What was said apart, as `review` shows it: "two ideas joined by 'but' as two sentences".
        var why: String

        /// The cut a rule made, if it made one.
        static func by(_ pieces: [String]?, _ why: String) -> LongCut? {
            pieces.map { LongCut(pieces: $0, why: why) }
        }
    }

    /// `splitLong`, saying which cut it made.
    func cutLong(_ text: String) -> LongCut? {
        let count = Self.wordCount(text)
        // Over 150 words is not a sentence but missing punctuation: left for the author. Two
        // ideas joined by ", but" are two sentences from 9 words on ("Many pass on their own.
        // But some don't.").
        // A list item that goes on from its introduction ("have conditions that …, such as …") is
        // no sentence: cut, it would leave a fragment.
        guard count > min(maxWords, Self.contrastWords), count <= 150,
              text.last(where: { !"”\"’')".contains($0) }).map({ ".!:".contains($0) }) == true else { return nil }
        if let orders = LongCut.by(ordersInARow(text), "three or more instructions in a row as one sentence each") { return orders }
        // What a term in brackets means goes first, so that it follows every piece of the
        // sentence: cut later, it would come between a piece and the "This …" that goes on from it.
        // (Not where the rest becomes a short list: there each item keeps its own meaning.)
        if let glossed = glossAside(text), actionList(glossed[0]) == nil, inclusionList(glossed[0]) == nil,
           seriesList(glossed[0]) == nil { return LongCut(pieces: glossed, why: "what a word in brackets means as a sentence of its own") }
        if let (term, description) = Self.termAndDescription(text), let cut = cutLong(description) {
            return LongCut(pieces: [term + ": " + cut.pieces[0]] + cut.pieces.dropFirst(), why: cut.why)
        }
        let semicolonList = text.filter { $0 == ";" }.count > 1
        for joint in Self.joints where count > min(maxWords, joint.over ?? maxWords) {
            var search = text.startIndex
            while let range = text.range(of: joint.text, range: search..<text.endIndex) {
                search = range.upperBound
                // The helper of chance ("can", "may") a participle's "This" takes from the first half.
                var hedge: String?
                var left = String(text[..<range.lowerBound])
                var right = String(text[range.upperBound...])
                // "… monitor off — you must …": a spaced dash leaves no space at either end.
                if Self.dashes.contains(joint.text) {
                    left = left.trimmed(.whitespace)
                    right = right.trimmed(.whitespace)
                }
                let next = right.split(separator: " ").first.map { $0.lowercased() } ?? ""
                // "It is thought that the immune system … causes inflammation, which leads to organ
                // damage": what follows is under the belief too, which a sentence of its own would
                // state as fact. ("…, and", "…, but" join clauses of their own.)
                if [.toTheEnd, .purpose].contains(joint.kind), case let leftWords = left.lowercased().split(separator: " "),
                   leftWords.indices.dropLast().contains(where: { Self.beliefWords.contains(String(leftWords[$0])) && leftWords[$0 + 1] == "that" }) { continue }
                switch joint.kind {
                // "two subtypes: reproductive, which …; and metabolic, which …" is a list after a colon.
                case .list:
                    if semicolonList || left.contains(":") || ["and", "or"].contains(next) { continue }
                    // "… will have the condition; in those that do, symptoms can vary (known as reduced
                    // penetrance and variable expressivity)": two names at the end for the two halves;
                    // cut apart, both would be the second's.
                    if case let body = right.hasSuffix(".") ? String(right.dropLast()) : right,
                       body.hasSuffix(")"), let open = body.lastIndex(of: "("),
                       case let names = body[body.index(after: open)...].lowercased(),
                       classes.naming.contains(where: { names.hasPrefix($0.joined(separator: " ") + " ") }), names.contains(" and ") { continue }
                case .clause:
                    // "…, and 95 percent of the rest have only mild symptoms": no sentence opens with
                    // a figure.
                    if joint.opening.isEmpty, right.first?.isNumber == true { continue }
                    // "…, most of which are harmless, and many of which clear up …": a "which" clause
                    // of the thing before cannot stand alone.
                    let rightWords = right.lowercased().split(separator: " ").prefix(3).map(String.init)
                    if rightWords.count == 3, rightWords[1] == "of", ["which", "whom"].contains(rightWords[2]) { continue }
                    if left.lowercased().contains(" of which ") || left.lowercased().contains(" of whom ") { continue }
                    // "… from a burning cigarette, or that is breathed out by smokers": a relative
                    // word after the joint goes on a noun before it, no clause of its own. ("…, and
                    // that can …", where "that" may point back, is left whole too.)
                    if Self.relativeWords.contains(next) { continue }
                    // "Counseling, the use of nicotine products, and antidepressant therapy have
                    // helped …": a plural verb after one thing says the "and" closes a series that
                    // is the subject.
                    if [", and ", " and "].contains(joint.text), Self.pluralVerbAfterOneThing(right) { continue }
                    // "Dry AMD progresses slowly, whereas wet AMD is less common but can …": no
                    // "But …" before a "but" of the clause's own.
                    if joint.opening == "But ", right.lowercased().contains(" but ") { continue }
                    // "…, but then they stop …", "…, but sometimes the bleeding stops …": the
                    // clause after "then" or how often.
                    let clause = joint.text == ", but " && (next == "then" || Self.qualifiers.contains(next))
                        ? right.split(separator: " ").dropFirst().joined(separator: " ") : right
                    // "not only …, but it also …" is one thought.
                    // ("…, but the surgeon removes it": after "but", a noun phrase and its verb.)
                    // After "but" or "so" also a subject with no article ("…, but skin damage is
                    // often permanent", "…, so early diagnosis and treatment are important"), an
                    // opening phrase and then a clause ("…, but for others, the disease …"; "…, but
                    // if left untreated, PID can …"), or an instruction after a statement ("…, but
                    // finish taking all the antibiotics", "Everyone is different, so take time to …").
                    let contrastOrResult = [", but ", ", so "].contains(joint.text)
                    if !(Self.startsClause(clause) || Self.subjectThenHelper(clause)
                         || joint.text == ", but " && Self.opensWithNounAndVerb(clause)
                         // ("…, but not everyone with MCI will develop …": a subject denied in part.)
                         || joint.text == ", but " && clause.lowercased().hasPrefix("not ")
                            && ["everyone", "all", "every", "everybody"].contains(clause.lowercased().split(separator: " ").dropFirst().first ?? "")
                            && Self.startsClause(String(clause.dropFirst(4)))
                         // "…, and a radiologist interprets the pictures": after a statement, a noun
                         // phrase and its verb.
                         || joint.text == ", and " && Self.opensWithNounAndVerb(clause) && Self.hasVerb(left)
                         // ("…, and symptoms usually go away within a few days": a bare plural subject.)
                         || Self.opensWithBarePluralAndVerb(clause) && Self.hasVerb(left)
                         // ("Cancer that begins in the colon is called colon cancer, and cancer that
                         // begins in the rectum …": the second clause names the first one's subject again.)
                         || joint.text == ", and " && Self.repeatsSubject(left, clause)
                         // ("… have type 2, and type 2 most often develops during childhood": a noun
                         // named before, then its verb.)
                         || joint.text == ", and " && Self.repeatsEarlierNoun(left, clause) && Self.hasVerb(left)
                         // ("…, and by the third week, about 90 percent of people are …": a short
                         // opening phrase, a comma, then the clause.)
                         // ("…, and if they involve a commercial product, the control measures are …": a
                         // condition, then its clause, after a statement.)
                         || joint.text == ", and " && Self.hasVerb(left) && Self.opensWithPhraseThenClause(clause)
                            && clause.split(separator: " ").first.map({ Self.prepositions.contains($0.lowercased())
                                || ["if", "when"].contains($0.lowercased()) && !Self.opensCondition(left) }) == true
                         || contrastOrResult && (Self.opensWithBareSubjectAndHelper(clause) || Self.opensWithPhraseThenClause(clause)
                                                 || Self.opensWithGerundSubject(clause))
                         || contrastOrResult && Self.isInstruction(clause) && !Self.isInstruction(left) && Self.wordCount(clause) >= 4
                            // ("The parents … each carry one copy of the gene, but do not show signs …":
                            // "do", "have", "get" where neither half speaks to the reader are the
                            // subject's second verb, not an instruction; a bare "be" is always one,
                            // "…, so be sure to reapply sunscreen …". After how often, a verb is the
                            // subject's second one too: "People … experience …, but occasionally feel
                            // aching …".)
                            // ("They may approach other people, but make normal conversation impossible …":
                            // after a helper verb, a verb is its second one too.)
                            && (!["do", "don't", "have", "get"].contains(clause.split(separator: " ").first?.lowercased() ?? "") && !Self.qualifiers.contains(next)
                                && !left.lowercased().split(separator: " ").contains(where: { Self.modals.contains(String($0)) })
                                || (left + " " + clause).lowercased().split(separator: " ").contains(where: { ["you", "your"].contains($0.trimmed(.punctuation)) }))
                         || joint.text == ", and " && Self.joinsInstruction(left, clause)
                         // ("…, although the condition likely results from …": what follows such a
                         // word is a clause whenever it has a verb.)
                         || Self.concessionJoints.contains(joint.text) && Self.opensConcededClause(clause))
                        || joint.text == ", but " && left.lowercased().contains("not only")
                        // "\"Acquired\" means you aren't born with the condition, but you develop it": the
                        // "but" clause is the rest of what the word means, which a sentence of its own
                        // would say of the reader.
                        || joint.text == ", but " && left.lowercased().split(separator: " ").contains(where: { classes.defining.contains(String($0)) }) { continue }
                    // "… are delayed and their skin has less color": with no comma, only a clause
                    // that opens with its own subject ("their skin", "it") after one with a verb,
                    // and nothing before "and" that may reach past it ("check that your heart and
                    // your lungs are …", "both the mother and the baby are …").
                    // The verb must be in the same clause: "…, but treatment and an action plan can help".
                    if joint.text == " and ", !Self.bareClauseStarts.contains(next)
                        || !Self.hasVerb(Self.afterLastComma(left))
                        || left.lowercased().split(separator: " ").contains(where: {
                            Self.reachesPastAnd.contains($0.trimmed(.punctuation)) }) { continue }
                    // With no comma, only a clause with its own subject after one with a verb; never
                    // "not only … but", "but also", or "nothing but".
                    if joint.text == " but ", !Self.startsClause(right) || !Self.hasVerb(Self.afterLastComma(left))
                        || left.lowercased().contains("not only") || ["also", "rather"].contains(next)
                        || ["nothing", "all", "anything", "everything"].contains(left.split(separator: " ").last?.lowercased() ?? "") { continue }
                    if Self.dashes.contains(joint.text), Self.dashCount(in: text) != 1 || !Self.hasVerb(left) { continue }
                    // ("… normal for many children—and is often not considered a health problem": the
                    // subject's second verb, with no subject of its own.)
                    if Self.dashes.contains(joint.text), ["and", "or", "but"].contains(next), let second = rightWords.dropFirst().first,
                       Self.clauseVerbs.contains(second) || Self.knownVerbForm(second) != nil { continue }
                    // "… doesn't want you to avoid these foods—they want you to …": after things in
                    // the plural, "They" would point at them.
                    // ("… breast tenderness and headaches – these most often ease …": "These" are
                    // what the list names.)
                    if Self.dashes.contains(joint.text), next == "they", Self.endsPlural(left) { continue }
                    // "In this disorder, there are too few platelets and the blood does not clot …": a
                    // phrase before the first clause's subject reaches the second clause too; cut, "The
                    // blood does not clot …" would lose what it is said of.
                    // ("Unlike PKD, the kidneys are normal sized, and cysts do not form …": so does a
                    // likeness or a contrast.)
                    // ("In such cases, doctors may find …, and this may lead to …": a "this" points
                    // back to the first clause, opening phrase and all.)
                    if [" and ", ", and "].contains(joint.text), next != "this", let opening = left.range(of: ", "),
                       Self.phraseOpeners.contains(left.split(separator: " ").first?.lowercased() ?? ""),
                       Self.wordCount(String(left[..<opening.lowerBound])) <= 5,
                       // ("For example, …" and "In addition, …" link to the sentence before; they say
                       // nothing of when or where.)
                       !Self.linkingPhrases.contains(left[..<opening.lowerBound].lowercased()) { continue }
                    // "Sometimes the diagnosis can be made … and a biopsy is not needed": how often the
                    // first clause holds reaches the second; cut, "A biopsy is not needed." would say always.
                    if [" and ", ", and ", ", or "].contains(joint.text), Self.qualifiers.contains(left.split(separator: " ").first.map { $0.lowercased().trimmed(.punctuation) } ?? "") { continue }
                    // "… lower your risk for heart attack and stroke, and they can improve …": after
                    // things in the plural, "They" would point at them.
                    // (After people named as the subject, "they" is theirs: "Babies born too early may
                    // have trouble breathing, feeding, and staying warm, and they may need …".)
                    let lastPhrase = Self.afterLastComma(left).lowercased().split(separator: " ").suffix(4).map(String.init)
                    // "Pain is uncommon, as the wound has usually healed, and the stitches are no longer
                    // …": the second clause may go on with the reason ("as …") before it.
                    // (So may a reason inside the clause before: "… hard to diagnose because the
                    // symptoms develop over time, and only a few may be present …".)
                    if [", and ", ", or "].contains(joint.text),
                       let opener = Self.afterLastComma(left).split(separator: " ").first?.lowercased(),
                       Self.subordinators.contains(opener) || opener == "as"
                        || Self.afterLastComma(left).lowercased().split(separator: " ").dropFirst().contains("because") { continue }
                    // "Do not blow your nose for hours, or clots could …": after an instruction, "or"
                    // says what happens otherwise; "Or clots could …" would offer a choice.
                    // ("… requires prompt treatment, or it may be fatal": so it does after a need.)
                    if joint.text == ", or ", Self.isInstruction(left) || left.lowercased().hasPrefix("don't ")
                        || Self.saysANeed(left) { continue }
                    // "Deep vein thrombosis (…), or DVT, is a blood clot …": another name set off by
                    // commas, not a clause.
                    if joint.text == ", or ", right.split(separator: " ").prefix(3).contains(where: { $0.hasSuffix(",") }) { continue }
                    // ('… in the GH series, or "axis," is …': a word in quotes after ", or" is another
                    // name for the one before, no second clause.)
                    if joint.text == ", or ", right.first.map({ "\"“'‘".contains($0) }) == true { continue }
                    // "You may lose consciousness, have muscle contractions (…), or your body may …":
                    // the doings before share the helper verb; cut, the first half would be a list
                    // with no "or".
                    // ("For example, start walking …, and then build up …": an opening phrase's comma
                    // ends no doing.)
                    if [", and ", ", or "].contains(joint.text), Self.withoutOpeningPhrase(left).contains(", "),
                       let first = Self.afterLastComma(left).split(separator: " ").first?.lowercased(),
                       Self.knownVerbForm(first)?.form == .base || ["have", "be", "do"].contains(first) { continue }
                    // ("…, is more common in young children, and they should only …": people last are
                    // as near as the subject's.)
                    // ("There may be one or more fibroids, and they may range …": what "there" brings
                    // in is the subject, and "they" is it.)
                    if [", and ", " and "].contains(joint.text), ["they", "these"].contains(next), !left.lowercased().hasPrefix("there "),
                       Self.endsPlural(left) || lastPhrase.contains(where: { ["and", "or"].contains($0) || Self.peopleWords.contains($0) }),
                       !(Self.firstWords(left, 4).lowercased().split(separator: " ").contains(where: { Self.peopleWords.contains(String($0)) })
                         && !lastPhrase.contains(where: Self.peopleWords.contains)) {
                        // "Parents should note that … in young children, and they should only …" →
                        // "Parents should only …": people as the subject, named again.
                        guard next == "they", let subject = Self.peopleSubject(of: left) else { continue }
                        right = subject + right.dropFirst(next.count)
                    }
                    // "Be aware that … is based on weight, and that a measuring device …": a second
                    // "that" clause of the same verb; on its own it is a fragment.
                    if next == "that", !Self.clauseVerbs.contains(right.split(separator: " ").dropFirst().first.map { $0.lowercased() } ?? "") { continue }
                    // "The cause is unknown, and it is most common in …": after the cause or the reason
                    // as the subject, "It" would read as the cause.
                    if ["it", "they"].contains(next),
                       Self.firstWords(left, 3).lowercased().split(separator: " ").contains(where: { ["cause", "causes", "reason", "reasons"].contains(String($0)) }) { continue }
                    // "…, while it heals" is a time, not a contrast; so is "…, while the baby is
                    // growing": something going on ("is" or "are" and an "-ing" word).
                    if joint.text == ", while ", Self.personalPronouns.contains(next) || Self.opensOngoing(right) { continue }
                    // "Take it with food, so your stomach …", "…, so the provider can check again":
                    // after an instruction or before a helper verb, "so" says what for ("so that").
                    // ("…, so some cells might have it": "may" and "might" say what may follow, not what for.)
                    if joint.text == ", so ", Self.isInstruction(left)
                        || right.lowercased().split(separator: " ").prefix(5).contains(where: {
                            Self.modals.contains(String($0)) && !["may", "might"].contains(String($0)) }) { continue }
                    // "kidney disease, an infection, cancer, or an autoimmune disease can …": the
                    // last item of a list, not a clause.
                    // An aside that names the same thing ("high blood pressure, also known as
                    // hypertension, and many …") is no list item.
                    if [", and ", ", or "].contains(joint.text), let lastComma = left.range(of: ", ", options: .backwards) {
                        let lastPart = Self.afterLastComma(left)
                        let firstPart = String(left[..<lastComma.lowerBound])
                        // "Some mutations cause PKU, others cause …, and others are …": a part with
                        // its own subject and verb after a clause is a clause, not an item, and the
                        // first sentence takes the "and" ("Some mutations cause PKU and others cause
                        // …. Others are …"), or it would join two clauses with a comma alone.
                        // "Finding out that your child, a member of your family, or a friend has …":
                        // two parts with no verb before the joint are items of a series, however long
                        // (unless the series was closed by its own "and": "…, feeding, and staying warm, and they …").
                        if !Self.hasVerb(lastPart), !["and", "or"].contains(lastPart.split(separator: " ").first?.lowercased() ?? ""),
                           !Self.hasVerb(Self.afterLastComma(firstPart)) || !Self.hasVerb(left) { continue }
                        if joint.text == ", and ", !firstPart.contains(", "), Self.hasVerb(firstPart),
                           Self.subjects.contains(lastPart.split(separator: " ").first?.lowercased() ?? ""), Self.hasVerb(lastPart) {
                            left.replaceSubrange(lastComma, with: " and ")
                        } else if Self.wordCount(lastPart) <= 4,
                                  !(Self.otherNameLeads + ["called"]).contains(where: { lastPart.hasPrefix($0 + " ") }),
                                  // "… trouble breathing, feeding, and staying warm, and they may need …":
                                  // a series closed by its own "and", then a pronoun's clause.
                                  // ("…, outpatient center, or hospital, and a radiologist interprets …": the
                                  // same, with a noun phrase and its verb.)
                                  // ("… floors, walls, or the foundation, and levels of radon can …": a bare plural.)
                                  !((Self.personalPronouns.contains(next) || Self.opensWithNounAndVerb(right) || Self.opensWithBarePluralAndVerb(right))
                                    && ["and", "or"].contains(lastPart.split(separator: " ").first?.lowercased() ?? "")) {
                            continue
                        }
                    }
                // A list of examples runs to the end: its own commas belong to it.
                case .examples:
                    // "…, including before a woman knows …" names a time, not examples.
                    // "…, such as during sex": times or places, not things, are no "Examples include".
                    // (Brackets that say what a word means may stay with it, "nausea (feeling sick to
                    // the stomach)", when they close and give no other names or items: "the backbone
                    // (also called the spinal column or vertebra)" keeps its "or". Nor may the words
                    // before hold another name in brackets, which would be said between them and the
                    // examples.)
                    let bracketed = Self.outsideBrackets(right, inside: true).lowercased()
                    if right.contains(where: { ";—–".contains($0) }) || right.filter({ $0 == "(" }).count != right.filter({ $0 == ")" }).count
                        || [",", " or ", " and ", "called", "known"].contains(where: bracketed.contains)
                        || (Self.otherNameLeads + ["called"]).contains(where: { left.lowercased().contains("(" + $0 + " ") })
                        || Self.wordCount(right) < 2 || Self.subordinators.contains(next)
                        // "…, such as shopping or cooking, rather than while exercising": what the
                        // examples are set against is the sentence's, not one more example.
                        || [", rather than ", ", not ", ", instead of ", ", but "].contains(where: right.lowercased().contains)
                        || Self.prepositions.contains(next) || ["inside", "outside", "indoors", "outdoors", "abroad"].contains(next) { continue }
                    // "… other limits on your activity, including no strenuous activity, driving, or
                    // heavy lifting": "Examples include no …" would read as what is not among them.
                    if next == "no" { continue }
                    // "… found in cells throughout the body, including the inner ear and the skin":
                    // after one whole, "the" things are its parts, no examples of a kind.
                    let lastTwo = left.lowercased().split(separator: " ").suffix(2).map(String.init)
                    if joint.text == ", including ", next == "the", lastTwo.first == "the", let whole = lastTwo.last, !Self.namesMany(whole) { continue }
                    // "… bone mass, bone structure, or minerals, such as calcium and phosphorous": after
                    // a short last choice of a series the examples are that choice's, which a sentence
                    // of their own would make the whole series'.
                    let lastItem = Self.afterLastComma(left)
                    if left.contains(", "), lastItem.lowercased().hasPrefix("or "), Self.wordCount(lastItem) <= 4 { continue }
                    // "… lesions in different parts of the body, including any of the following:": the
                    // list below holds the examples; "An example is any of the following:" would not.
                    // (A bare "the following:" is said "Examples include:".)
                    if right.hasSuffix(":"), right.lowercased() != "the following:" { continue }
                    // "… a complicated case, such as those that involve serious symptoms": "those"
                    // describes a kind; it names no examples.
                    if ["those", "ones"].contains(next) { continue }
                    // "… the cause of your iron deficiency, such as any underlying bleeding": "An
                    // example is any …" is no English.
                    if ["any", "all", "every"].contains(next) { continue }
                    // "…, such as a heart attack, kidney problems, or worse": "or worse" is no example.
                    if right.lowercased().contains("or worse") { continue }
                    // "Examples of medicines … include quinine; …; and some medicines for seizures,
                    // such as Dilantin": examples inside examples, or of one semicolon item, would
                    // read as a second lot of the sentence's.
                    if left.lowercased().hasPrefix("examples") || left.contains(";") { continue }
                    // "… what medicines you're taking, including over-the-counter medicines": after a
                    // question that ends in its verb, the words widen what it asks, no examples of a
                    // kind. ("… about symptoms she is having, such as …" gives examples.)
                    let endWords = left.lowercased().split(separator: " ").suffix(5).map(String.init)
                    if endWords.count == 5, Self.isDoing(endWords[4]), endWords.dropLast().contains("what"),
                       ["you're", "you’re", "they're", "they’re", "are", "is", "were", "was", "we're", "we’re"].contains(endWords[3]) { continue }
                    // "… describe your symptoms, including the location of your pain and when it
                    // occurs": a question inside names what to tell, not things of a kind.
                    let rightWords = right.lowercased().split(separator: " ").map(String.init)
                    if rightWords.indices.contains(where: { index in
                        ["when", "where", "how", "what", "why", "whether"].contains(rightWords[index])
                            && (index == 0 || ["and", "or"].contains(rightWords[index - 1]) || rightWords[index - 1].hasSuffix(","))
                    }) { continue }
                    // "… pain that does not have a clear cause, such as an infection": the examples
                    // are of what is not there; on their own they would name what is.
                    if Self.afterLastComma(left).lowercased().split(separator: " ").contains(where: {
                        Self.negations.contains($0.trimmed(.punctuation)) }) { continue }
                    // "Since the symptoms can be like other conditions, like a pulled muscle, this …":
                    // the opening clause is no sentence to end.
                    // (After the opening clause's own main clause, the examples are of its last thing:
                    // "When infections happen often, they may damage the kidneys, including …".)
                    if Self.subordinators.contains(left.split(separator: " ").first?.lowercased() ?? ""), !Self.hasMainClauseAfterComma(left) { continue }
                    // "…, like it has an eyelash in it": a likeness, with a clause of its own.
                    if Self.personalPronouns.contains(next) || Self.startsClause(right) { continue }
                    // "…, such as contact during play, or with shared items": a second way follows;
                    // the examples do not run to the end.
                    if right.components(separatedBy: ", ").dropFirst().contains(where: { part in
                            let first = part.split(separator: " ").prefix(2).map { $0.lowercased() }
                            return first.count == 2 && ["and", "or"].contains(first[0]) && Self.prepositions.contains(first[1]) }) { continue }
                    // "…, such as your name, and then look for …": a second verb of the sentence's
                    // follows; "…, such as beans, or a carb that has fat, such as chocolate": a second
                    // thing with examples of its own. Either way the examples stop before the end.
                    // (Verbs after "people who donate blood, …, or take …" are the relative clause's.)
                    let parts = right.components(separatedBy: ", ")
                    let relative = parts.firstIndex(where: { $0.lowercased().split(separator: " ").contains { Self.relativeWords.contains(String($0)) } })
                    if parts.indices.dropFirst().contains(where: { index in
                            let first = parts[index].split(separator: " ").prefix(2).map { $0.lowercased() }
                            return first.count == 2 && ["and", "or"].contains(first[0]) && relative.map({ $0 >= index }) ?? true
                                && (first[1] == "then" || Self.knownVerbForm(first[1])?.form == .base && !Self.nounPhraseStarts.contains(first[1]))
                        }) || right.contains(", such as ") || right.contains(", like ") { continue }
                    // "… make tasks, such as dressing and brushing your hair, difficult and painful to
                    // do": after "make", "keep" … and its object, what follows the examples' last comma
                    // says what the object is made. "…, such as wearing wider shoes but surgery is the
                    // only way …": a contrast of the sentence's own follows the examples.
                    if parts.count > 1, left.lowercased().split(separator: " ").suffix(3).contains(where: {
                        ["make", "makes", "made", "making", "keep", "keeps", "kept", "keeping", "leave", "leaves", "left", "leaving",
                         "render", "renders"].contains(String($0)) }) { continue }
                    if right.contains(" but ") { continue }
                    // "…, a topical antifungal cream, such as Nystatin may be used": the sentence's own
                    // verb comes after the examples (a relative clause's may be theirs).
                    if let verbAt = rightWords.firstIndex(where: { Self.modals.contains($0) || ["is", "are", "was", "were"].contains($0) }),
                       !rightWords[..<verbAt].contains(where: { Self.relativeWords.contains($0) }) { continue }
                    // "Surgery in the lower abdomen and pelvis, including bowel operations, carries an even
                    // greater chance …": a verb in "-s" opens what follows the examples' last comma.
                    if parts.count > 1, let verb = parts.last?.split(separator: " ").first?.lowercased(),
                       Self.knownVerbForm(verb)?.form == .s, relative == nil { continue }
                    // "Examples include … treatments, such as chemotherapy": no examples of examples;
                    // nor after things an "include" has named ("… include setting goals and making
                    // lifestyle changes, such as eating fewer calories …": "These include" could be
                    // either). ("Treatment also includes things you can do …, like avoiding your
                    // triggers": one thing named, whose examples these are.)
                    let leftWords = left.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
                    if let include = leftWords.prefix(4).firstIndex(where: { ["include", "includes"].contains($0) }),
                       Self.firstWords(left, 1).lowercased() == "examples" || left.split(separator: " ").dropFirst(include + 1).contains(where: { $0.hasSuffix(",") })
                        || leftWords.dropFirst(include + 1).contains(where: { ["and", "or"].contains($0) }) { continue }
                    // "…, such as glucose tablets or a juice box, with you in case …": what follows
                    // the list belongs to the sentence, not to the examples.
                    if let lastComma = right.range(of: ", ", options: .backwards),
                       let after = right[lastComma.upperBound...].split(separator: " ").first?.lowercased(),
                       Self.prepositions.contains(after) || Self.subordinators.contains(after) || after == "so"
                       // "…, such as menstrual irregularity, sometime in your 40s": when, not an example.
                       || Self.qualifiers.contains(after) || ["sometime", "around", "about", "between", "later", "soon"].contains(after)
                       // "Have your furnace and other appliances, such as gas ovens, …, inspected for
                       // ventilation": the sentence's own participle comes after the examples.
                       || Self.isPastParticiple(after)
                       // "… that breast-related symptoms, such as tenderness or lumpiness, change with
                       // your cycle": the sentence's own verb, in the plural.
                       || Self.knownVerbForm(after).map({ $0.form == .base }) == true && !["and", "or"].contains(after)
                       // "… features, such as swollen hands or webbed skin, are noticed": the
                       // sentence's verb comes after the examples.
                       || Self.clauseVerbs.contains(after) || Self.predicateVerbs[after] != nil
                       // "… conditions, such as osteoporosis, than are women who …": a comparison goes on.
                       || after == "than"
                       // "… a tingling feeling, like a light electrical shock, running down …": what the
                       // thing does follows the likeness.
                       || after.count > 4 && after.hasSuffix("ing")
                       // "… symptoms, such as palpitations and dizziness, that occur repeatedly": the
                       // relative clause is about the symptoms, not the last example.
                       || Self.relativeWords.contains(after) { continue }
                    // "Certain groups of women, such as …, appear to be …": the examples are inside
                    // the subject, and what is before them is no sentence.
                    if !Self.hasVerb(left) { continue }
                    // "… frequent contractions, such as six or more in one hour": a measure, not
                    // examples; cut off, it would be a fragment.
                    if let first = right.split(separator: " ").first, first.first?.isNumber == true || Self.measureStarts.contains(first.lowercased()) {
                        continue
                    }
                // The clause must run to the end of the sentence: nothing closes it before.
                case .toTheEnd:
                    // Brackets of its own may stay in it: "…, meaning the error is not hereditary (pronounced …) or …".
                    // "…, which means that for a child to develop PKU, both parents …": what it means
                    // is the rest of the sentence, commas and all.
                    let saysWhatItMeans = [", which ", ", meaning "].contains(joint.text) && ["means", "meant", "that"].contains(next)
                        && ![", and ", ", but ", ", or ", ", so "].contains(where: right.contains)
                    // "…, meaning there is nothing the parent, their family, or their provider can
                    // do", "…, causing pain, swelling, and loss of motion": commas of one closed series
                    // of short items stay inside what it means or causes. (After "because" or "such
                    // as", the sentence's own words may follow the series.)
                    // ("…, especially in babies, teens, adults, pregnant women and people with …":
                    // where it holds most may be a series too.)
                    let commasOfSeries = (joint.text == ", meaning " || joint.text == ", which " || Self.participleJoints.contains(joint.text))
                        && Self.commasCloseOneSeries(right)
                        || joint.opening.hasPrefix(Self.mostTrue) && Self.commasCloseOneSeries(right, closedWithoutComma: true)
                    if right.contains(where: { (saysWhatItMeans || commasOfSeries ? ";—–" : ",;—–").contains($0) })
                        || right.filter({ $0 == ")" }).count != right.filter({ $0 == "(" }).count
                        || joint.text.hasSuffix("because ") && next == "this"
                        // "Your risk increases if your father had it, or if your mother had it": the
                        // second condition is the main clause's as much as the first, which must be
                        // one "if" after a statement, with no comma of its own; a run of conditions
                        // ("…, if you're ill, or if …") stays.
                        || joint.text == ", or if " && (left.contains(",") || left.components(separatedBy: " if ").count != 2
                                                        || !Self.hasVerb(left.components(separatedBy: " if ")[0]))
                        // "The reason it is important is because …": the first half ends on its verb.
                        || joint.text.hasSuffix("because ") && ["is", "are", "was", "were", "be"].contains(left.split(separator: " ").last?.lowercased() ?? "")
                        || joint.text.hasPrefix(", as ") && (!Self.reasonVerbs.contains(next) || Self.opensOngoing(right)
                            // "…, as it is in adults", "…, as they do now": a likeness, not a reason.
                            || right.lowercased().split(separator: " ").dropFirst().first.map({ word in
                                let word = word.trimmed(.punctuation)
                                return word.isEmpty || Self.prepositions.contains(word) || ["now", "today", "the", "so", "here", "there"].contains(word)
                            }) ?? true)
                        // "… a wide range of factors, from how the cells develop to what colour …": a
                        // range of questions, which "This ranges from" cannot name.
                        || joint.text == ", from " && right.lowercased().split(separator: " ").prefix(2).contains(where: { Self.questionWords.contains(String($0)) })
                        // "… the habit of going—even when it doesn't need to": the "even" is the doing's,
                        // and "This is true even when …" would make it the sentence's.
                        || joint.opening.hasPrefix("This is true even") && (left.split(separator: " ").last.map { $0.lowercased().hasSuffix("ing") } ?? false)
                        // "ultrasound, which uses …, and MRI, which uses …": "This" could be either.
                        || joint.text == ", which " && left.contains(", which ")
                        // "… tested for chromosomal problems, which might also be the cause …": the
                        // problems or the testing? After a plural noun, "This" could point wrong.
                        // ("… blood flow into the kidneys increases, which may strain …": a verb that
                        // ends its clause is what "This" points to.)
                        || joint.text == ", which " && Self.modals.contains(next) && Self.endsPlural(left) && !Self.endsWithItsVerb(left)
                        // "… symptoms such as nausea, dizziness, jaw pain and shortness of breath,
                        // which may be mistaken …": after a series "This" would be the last item.
                        // ("When pelvic organs are out of place, the bladder and urethra are not able
                        // to work normally, which …": a clause of its own after the comma is no item.)
                        || joint.text == ", which " && left.contains(", ")
                            && !Self.afterLastComma(left).contains(")")
                            && Self.afterLastComma(left).lowercased().split(separator: " ").contains(where: { $0 == "and" || $0 == "or" })
                            && !Self.startsClause(Self.afterLastComma(left))
                        // "A catheterization may be done to see if you need bypass surgery or a balloon
                        // procedure, which can improve blood flow": after a thing inside an "if" or
                        // "whether" clause, "This" would read as the sentence's own subject.
                        || joint.text == ", which " && Self.afterLastComma(left).lowercased().split(separator: " ").contains(where: { $0 == "if" || $0 == "whether" })
                        // "… the same virus that causes shingles, which is …": after a relative clause
                        // "This" could be either noun.
                        || joint.text == ", which " && left.lowercased().split(separator: " ").suffix(5).contains(where: { Self.relativeWords.contains(String($0)) })
                        // "… insert a drain to prevent fluid buildup, which requires care": after a
                        // purpose "This" could be what is prevented, not the thing done; and after
                        // advice to avoid a thing, what may come of it ("… recommend only that she avoid
                        // heavy lifting or straining, which could worsen her cystocele") reads as the advice's.
                        || joint.text == ", which " && {
                            let last = left.lowercased().split(separator: " ").suffix(5).map(String.init)
                            return zip(last, last.dropFirst()).contains { $0 == "to" && ["prevent", "avoid", "stop", "reduce", "lower"].contains($1) }
                                || Self.modals.contains(next) && last.contains { ["avoid", "avoids", "avoiding", "prevent", "prevents", "preventing"].contains($0) }
                        }()
                        // "… fungal infections such as thrush, which causes painful white patches": the
                        // last example is what "which" stands for, and "This causes …" would read as
                        // the sentence before; so after "such as" or "including" near the end.
                        || joint.text == ", which " && {
                            let last = Self.afterLastComma(left).lowercased().split(separator: " ").suffix(4).map(String.init)
                            return last.contains("including") || zip(last, last.dropFirst()).contains { $0 == "such" && $1 == "as" }
                        }()
                        // "Thyroid hormone production is regulated by thyroid-stimulating hormone (TSH),
                        // which is made by the pituitary gland": what the doer of a passive is, said
                        // with "This is made …", would read as the subject's.
                        || joint.text == ", which " && ["is", "are", "was", "were"].contains(next)
                            && Self.isPastParticiple(right.lowercased().split(separator: " ").dropFirst().first.map(String.init) ?? "") && {
                            let last = left.lowercased().split(separator: " ").suffix(6).map(String.init)
                            return zip(last, last.dropFirst()).contains { Self.isPastParticiple($0) && $1 == "by" }
                        }()
                        // "… clotting factors, which the body makes …": "which" is the object, and
                        // "This the body makes" is no sentence.
                        || joint.text == ", which " && (Self.nounPhraseStarts.contains(next) || Self.personalPronouns.contains(next)
                            // "… break a bone, which thousands of older adults have each year".
                            || next.first?.isNumber == true || classes.numberWords.contains(next)
                            || right.lowercased().split(separator: " ").dropFirst().first == "of")
                        // "… lisinopril, which doctors commonly prescribe for …": a plural noun after
                        // "which", then its verb, is the clause's subject; "which" is the object, and
                        // "This doctors often prescribe" is no sentence.
                        || joint.text == ", which " && Self.namesMany(next) && Self.knownVerbForm(next) == nil && {
                            let after = right.lowercased().split(separator: " ").dropFirst().first.map(String.init) ?? ""
                            return Self.isAdverb(after) || Self.modals.contains(after) || Self.knownVerbForm(after) != nil
                        }()
                        // "… protein in her urine, which is known as proteinuria": "This is known as"
                        // could name the whole condition.
                        || joint.text == ", which " && Self.firstWords(right, 3).lowercased().hasPrefix("is known as")
                        // ("…, some of which the body makes": the part must be the subject of a verb.)
                        || (joint.text.hasSuffix(" of which ") || joint.text.hasSuffix(" of whom "))
                            && !(Self.clauseVerbs.contains(next) || Self.modals.contains(next) || Self.predicateVerbs[next] != nil
                                 || Self.knownVerbForm(next).map({ $0.form != .ing }) == true)
                        // "It may be due to problems in the blood vessels, which causes them to dilate":
                        // the hedge covers what follows; "This causes …" would state it.
                        || joint.text == ", which " && ["may be due", "might be due", "could be due", "may be caused", "might be caused",
                                                        "may be because", "may be linked", "might be linked"].contains(where: left.lowercased().contains)
                        || left.hasSuffix(",") { continue }
                    // "Gum disease and other dental problems, because …": a list item is no statement
                    // for "This" to point back to.
                    if !Self.hasVerb(left) && !Self.startsClause(left) { continue }
                    // "…, and then more or different symptoms later on": "Then" needs a clause (or an
                    // instruction) of its own, not the rest of the first one.
                    // ("…, and then spreads to …": the verb shares the first clause's subject, and
                    // "Then spreads …" is a fragment; only a clause, or an order after an order.)
                    if joint.text == ", and then ", !(Self.startsClause(right) || Self.isInstruction(left)) { continue }
                    // "Keep taking the medicine, even if you feel better": "This is true" needs a
                    // statement to point back to, not an instruction.
                    if joint.opening.hasPrefix("This is true"), Self.isInstruction(left) { continue }
                    // "… can kill certain nerve cells, resulting in tremor, especially in the hand": after a
                    // participle's phrase, "especially" is said of its thing (the tremor), which "This
                    // is most true in the hand" would not name.
                    if joint.opening.hasPrefix(Self.mostTrue), let first = Self.afterLastComma(left).split(separator: " ").first?.lowercased(),
                       left.contains(", "), first.count > 4, first.hasSuffix("ing") { continue }
                    // "… to describe people who think about something a lot or do something
                    // repeatedly, even when others can't see why": the "even" is the relative
                    // clause's, and "This is true even when …" would make it the sentence's.
                    // (A relative clause inside the subject is no matter: "women who have …, who
                    // become pregnant may be considered …—even if …".)
                    let leftWords = left.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
                    if joint.opening.hasPrefix("This is true"), let relative = leftWords.lastIndex(where: { ["who", "which"].contains($0) }),
                       !leftWords[(relative + 1)...].contains(where: { Self.modals.contains($0) || ["is", "are", "was", "were"].contains($0) }) { continue }
                    if joint.text == " so ", !Self.opensPurpose(right) { continue }
                    // Only before a clause with a helper verb ("so you can", not "so some cells
                    // might", which is a clause joint), and not after an instruction, where "so" says
                    // what for ("Keep it dry, so it can heal").
                    if joint.text == ", so ", !(Self.startsClause(right) || Self.subjectThenHelper(right)) || Self.isInstruction(left)
                        || !right.lowercased().split(separator: " ").prefix(5).contains(where: {
                            Self.modals.contains(String($0)) && !["may", "might"].contains(String($0)) }) { continue }
                    // "… taken by mouth one to three times each day, depending on which medicine is
                    // chosen": after a participle's phrase set off by a comma, what it depends on is
                    // that phrase's, which "This depends on" would stretch over the whole. (Not after
                    // a series: "mild, moderate, or severe, depending on …".)
                    if joint.text == ", depending on ", left.contains(", ") {
                        let words = Self.afterLastComma(left).lowercased().split(separator: " ").map(String.init)
                            .drop { ["and", "or"].contains($0) || Self.isAdverb($0) }
                        if let first = words.first, Self.isPastParticiple(first) { continue }
                    }
                    // "…, from well-baby visits to cardiovascular care later in life": only a range.
                    // "… lasts about 40 weeks, from the start of the last period to childbirth": after
                    // a measure, "from … to …" is where it is counted from, not a range of kinds.
                    // "… any part of your digestive tract, from your mouth to your anus": from one
                    // place to another, which "This ranges from" would blur.
                    if joint.text == ", from ", right.components(separatedBy: " to ").count != 2
                        || left.contains(where: \.isNumber) || ["your", "the", "his", "her", "their"].contains(next) { continue }
                    // "… sent to a lab, where the blood is tested …" → "There, …": only after a place.
                    if joint.text == ", where ", !Self.places.contains(left.split(separator: " ").last.map { $0.lowercased() } ?? "") { continue }
                    // A participle's clause ("…, causing …", "…, making …"), one block: what it may not
                    // follow, and the helper of chance it keeps.
                    if Self.participleJoints.contains(joint.text) {
                        let leftWords = left.lowercased().split(separator: " ").map(String.init)
                        // "Wash your hands, making sure to …": after an instruction the "-ing" words are
                        // how to do it, not what it does.
                        if Self.isInstruction(left) || next == "sure"
                            // ("Gradual scarring of the kidneys occurs, eventually leading to kidney
                            // failure": "… scarring of the kidneys happens." says nothing of its own.)
                            || ["occurs", "occur", "happens", "happen"].contains(leftWords.last ?? "")
                            // ("They tend to recur throughout childhood, frequently affecting the scalp":
                            // where the things named "they" show, which "This often affects" would say
                            // of their coming back.)
                            || joint.text.hasSuffix(" affecting ") && ["they", "these", "those"].contains(leftWords.first ?? "")
                            // ("… in the metformin group also benefited, reducing their risk …": what
                            // followed from a past event is past too; "This reduces" would make it now.)
                            || Self.tellsThePast(leftWords)
                            // "… many cysts form in the kidneys, causing them to become enlarged": "This
                            // causes them …" on its own leaves "them" to either plural.
                            // ("making it hard to sleep": "it" before a describing word is no pronoun of a thing.)
                            // ("… impair the function of bone marrow, preventing it from …": "it" is the
                            // marrow; only "making it" and a describing word is no thing's.)
                            || next == "them" || next == "it" && !(joint.text.hasSuffix(" making ")
                                && !Self.prepositions.contains(right.lowercased().split(separator: " ").dropFirst().first.map(String.init) ?? "to"))
                            // "… a 25% chance that both will pass along the gene, causing the child to
                            // have PKU": what may happen is no "This causes". ("more likely than men to
                            // get UTIs because …" compares; it hedges nothing.) Nor is what a thing
                            // "appears to" or "is thought to" do, or what "it is thought that" it does:
                            // "This protein appears to have a new function that interferes with …,
                            // impairing ossification" is no "This impairs".
                            || leftWords.indices.contains(where: { ["chance", "if", "suspected", "probably", "possibly"].contains(leftWords[$0])
                                || Self.beliefWords.contains(leftWords[$0]) && $0 + 1 < leftWords.count && leftWords[$0 + 1] == "to"
                                || leftWords[$0] == "likely" && ($0 == 0 || !["more", "less", "most", "least"].contains(leftWords[$0 - 1])) })
                            // ("…, affecting each other's production": "This" is one thing, and
                            // "each other" wants the plural subject back.)
                            || ["each other", "one another"].contains(where: right.lowercased().contains)
                            // ("… develop slowly, often causing no symptoms": what causes none is the
                            // disease, not its slow course.)
                            || next == "no" {
                            continue
                        }
                        // "Brain aneurysms can rupture, causing bleeding …" → "This can cause bleeding …":
                        // what follows from what may happen keeps its hedge. One helper of chance only
                        // ("may not be able to …, leading to" or "should …" stay whole).
                        let helpers = leftWords.indices.filter { Self.modals.contains(leftWords[$0]) }
                        if let first = helpers.first {
                            // ("…, often leading to" after "can …": "This can often lead to" is not the rule's to write.)
                            guard !Self.participleAdverbs.contains(where: { joint.text.hasPrefix(", \($0) ") }),
                                  Set(helpers.map { leftWords[$0] }).count == 1, Self.chanceModals.contains(leftWords[first]),
                                  !leftWords[(first + 1)...].prefix(1).contains(where: Self.negations.contains) else { continue }
                            hedge = leftWords[first]
                        }
                        right = Self.participlesAsVerbs(right, hedged: hedge != nil)
                        // ("…, causing inflammation and interfering with its ability …": a second
                        // participle the rules cannot make a verb would be left as "-ing".)
                        if Self.leavesIngWordAfterAnd(right) { continue }
                    }
                    // "…, possibly because …": the hedge belongs to the reason; "… crises, that
                    // occur because of …": the reason is a relative clause's, not the sentence's.
                    // "…, not because of a problem but because …": the reason denied is no reason.
                    // ("…, since MS can cause …" gives a reason; "…, since birth", "…, since 2010" a time.)
                    if joint.text == ", since ", !(Self.startsClause(right) || Self.opensWithBarePluralAndVerb(right)) { continue }
                    if Self.reasonJoints.contains(joint.text), Self.hedges(left) || Self.endsInRelativeClause(left)
                        || left.lowercased().hasSuffix(" not") || left.lowercased().hasSuffix(", not")
                        // "… caused by an allergy or because the skin got damaged": a second cause.
                        || left.lowercased().hasSuffix(" or") || left.lowercased().hasSuffix(" and")
                        || next == "of" && (right.contains(" and ") || right.contains(" or "))
                        // ("… prevent backup when the bladder wall and sphincter contract at the same
                        // time because of improper nerve signals", "… show whether your body is making
                        // too many red blood cells because of OHS" (after the swap of "as a result
                        // of"): with no comma, the reason is the "when" or "whether" clause's; and a
                        // reason with "of" is a relative clause's, "… to stop all of the organ damage
                        // that occurs as a result of MPA".)
                        || joint.text == " because " && Self.afterLastComma(left).lowercased().split(separator: " ").dropFirst()
                            .contains(where: { ["when", "whenever", "whether", "while", "until"].contains($0) || next == "of" && ["that", "which"].contains($0) }) { continue }
                    // "… too much fluid because that will cause you to …": "This is because that …"
                    // points twice, at two things.
                    if Self.reasonJoints.contains(joint.text), ["that", "this"].contains(next) { continue }
                    // "PPV is thought to occur because of a change …": the belief is about the cause,
                    // and "PPV is thought to happen. This is because …" would state the cause as fact.
                    if Self.reasonJoints.contains(joint.text),
                       case let leftWords = left.lowercased().split(separator: " ").map(String.init),
                       leftWords.indices.dropLast(2).contains(where: { at in
                           Self.beliefWords.contains(leftWords[at]) && leftWords[at + 1] == "to" && Self.eventVerbs.contains(leftWords[at + 2])
                       }) { continue }
                    // "Treatment for a woman whose pregnancy is high risk because of cigarette smoking
                    // is helping her …": "because of" takes no verb, so one after it is the
                    // sentence's own, and the reason was inside the subject.
                    // ("… because of bilirubin that is building up": a relative clause's verb is its own.)
                    if joint.text == " because ", next == "of", !right.contains(","),
                       case let reasonWords = right.lowercased().split(separator: " ").map(String.init),
                       let be = reasonWords.dropFirst().firstIndex(where: { ["is", "are", "was", "were"].contains($0) }),
                       !reasonWords[..<be].contains(where: Self.relativeWords.contains) { continue }
                    // "Menorrhagia can run in families and in some cases, a woman may not know … because
                    // …": after two clauses joined by "and", "This is because" could take either.
                    if Self.reasonJoints.contains(joint.text), let and = left.range(of: " and ", options: .backwards),
                       case let second = String(left[and.upperBound...]),
                       Self.startsClause(second) || Self.opensWithPhraseThenClause(second) { continue }
                // "… do a blood test to see if …", not "… it is hard to see if …": an object ends
                // the first half (a noun after "a", "the", "your"…, or "it", "one"), and the clause
                // runs to the end. A condition that opens the sentence may stay with its first half
                // when it is closed by a comma and a clause of its own follows.
                case .purpose:
                    let tail = left.lowercased().split(separator: " ").suffix(5).map { $0.trimmed(.punctuation) }
                    // The noun phrase's first word, after the verb it is the object of (not "in the first weeks").
                    let start = tail.dropLast().lastIndex(where: { Self.nounPhraseStarts.contains($0) && $0 != "that" })
                    // "It is a good idea to check …", "the right to make sure …": the noun takes the "to".
                    // "… blood tests that providers can use to check …": the object is the tests, and
                    // "This" would not point to them.
                    // A second purpose ("…, or to see if …") belongs with the first; no other comma may,
                    // but brackets that close in it go with it, commas and all ("… in the urine (called
                    // proteinuria)").
                    let purposes = Self.outsideBrackets(right)
                        .replacingOccurrences(of: ", or to ", with: " or to ").replacingOccurrences(of: ", and to ", with: " and to ")
                    // ("… how severe your anemia is and to check for …", "… the cancer or to find out
                    // …": a second aim joined to the first, or a choice, is no purpose of its own.)
                    guard let last = tail.last, !["and", "or"].contains(last), !purposes.contains(where: { ",;—–()".contains($0) }),
                          right.filter({ $0 == "(" }).count == right.filter({ $0 == ")" }).count,
                          !Self.nounsTakingTo.contains(last), Self.secondVerbForm(last) == nil,
                          !tail.contains(where: { Self.relativeWords.contains($0) }),
                          // "See your provider to find out why" is one instruction: "See your
                          // provider. This is to find out why." reads stiffly.
                          !Self.isInstruction(left),
                          Self.objectEnds.contains(last)
                          || start.map({ $0 > tail.startIndex && !Self.prepositions.contains(tail[$0 - 1])
                              // "do more tests to …", "have a chest x-ray to …": "do" and "have" take an
                              // object; "is a way to …" names a way.
                              && (!Self.clauseVerbs.contains(tail[$0 - 1]) || ["do", "does", "did", "have", "has", "had"].contains(tail[$0 - 1])) }) == true
                          && !Self.clauseVerbs.contains(last) else { continue }
                    if Self.opensCondition(left) {
                        guard let comma = left.range(of: ", ", options: .backwards),
                              !Self.opensCondition(String(left[comma.upperBound...])),
                              Self.startsClause(String(left[comma.upperBound...])) else { continue }
                        return LongCut(pieces: [left + ".", joint.opening + right], why: joint.why)
                    }
                }
                // Not after an "if" or "when" (the condition would lose what it leads to), and
                // not inside brackets. A clause that runs to the end ("…, which means …") or a
                // list of examples may follow a condition the sentence has finished ("…
                // until she is dilated fully, which means …"), just not one that opens it.
                // (After the opening condition's own main clause, ", which …" or ", because …" at
                // the end says what the last thing is, or why, whatever the condition: "If your knees
                // have become painful, …, the probable cause is osteoarthritis, which affects …".)
                // ("When kidney infections happen often, they may cause damage to the kidneys,
                // including kidney scars, …": so do examples of its last thing.)
                // ("Sometimes, when the fluid reaches the angle, it passes too slowly …, causing the
                // pressure to build": what the event leads to, "This causes …", keeps its condition.)
                let closedCondition = ([", which ", ", because ", ", since ", ", including ", ", such as "].contains(joint.text) || Self.participleJoints.contains(joint.text))
                    && Self.hasMainClauseAfterComma(left)
                // ("If so, they can become sick again; if they do not take …": a condition that has
                // its clause, then a condition of its own.)
                let nextCondition = joint.kind == .list && left.contains(", ") && Self.opensCondition(Self.firstWords(right, 1))
                let condition = [.toTheEnd, .examples, .purpose].contains(joint.kind)
                    ? Self.opensCondition(Self.firstWords(left, 3)) && !closedCondition
                    : (Self.opensCondition(Self.firstWords(left, 3)) || Self.opensCondition(left) && !Self.conditionAfterMainClause(left)) && !nextCondition
                // "… a test, called a karyotype (…), to find out …": what the comma set off would
                // be left hanging.
                guard !condition, !left.hasSuffix(","),
                      left.filter({ $0 == "(" }).count == left.filter({ $0 == ")" }).count,
                      Self.wordCount(left) >= 4, Self.wordCount(joint.opening + right) >= 3 else { continue }
                // "…, which are a serious problem." → "These are …"; "many factors, including …" →
                // "These include …".
                // ("… called nits, which stick to the hair" → "These stick …": a verb that agrees
                // with a plural.)
                // ("… nerve cells (sensory neurons), which pass …": a name in brackets is the noun's.)
                let pluralVerb = Self.endsPlural(left.trimmed(.punctuation)) && next.allSatisfy(\.isLetter)
                    && (!next.hasSuffix("s") || next.hasSuffix("ss")) && !Self.modals.contains(next) && !Self.isAdverb(next) && !Self.clauseVerbs.contains(next)
                var opening = joint.text == ", which " && (["are", "were", "have"].contains(next) || pluralVerb) ? "These " : joint.opening
                // "Medicines can … change the saliva so that it can't do what it should": with a
                // negation, after things that do not choose, "so that" says what comes of it, which
                // "This is so" would make a purpose. ("The patient will hold his breath … so that the
                // picture will not be blurry": a person acts for it.)
                if opening == "This is so ",
                   right.lowercased().split(separator: " ").prefix(5).contains(where: { Self.negations.contains(String($0)) || $0.hasSuffix("n't") }),
                   !Self.isInstruction(left),
                   !left.lowercased().split(separator: " ").prefix(4).map(String.init).contains(where: Self.namesPerson(byWork:)) { continue }
                // "… catch the kidney stone as it passes, so it can be sent to a lab": a passive after
                // its helper says what the catching is for, "This is so it can be sent …"; "This
                // means" would make the lab a result of it.
                if joint.text == ", so " {
                    let ahead = right.lowercased().split(separator: " ").prefix(5).map(String.init)
                    // (Only "can": "…, so it must be removed" is what follows.)
                    if let be = ahead.firstIndex(of: "be"), be > 0, ["can", "could"].contains(ahead[be - 1]), be + 1 < ahead.count,
                       Self.isPastParticiple(ahead[be + 1]) || Self.knownVerbForm(ahead[be + 1])?.form == .ed {
                        opening = "This is so "
                    }
                }
                if let hedge {
                    // "This causes " → "This can cause ".
                    let verb = joint.opening.dropFirst("This ".count).split(separator: " ", maxSplits: 1).map(String.init)
                    opening = "This \(hedge) \(verb[0].dropLast())" + (verb.count > 1 ? " " + verb[1] : " ")
                }
                // ("… hairs, called cilia, which clear the mucus": a verb that agrees with a plural the
                // rule does not see as one has no "This".)
                if joint.text == ", which " {
                    let rightWords = right.lowercased().split(separator: " ").map(String.init)
                    // (How often comes first in "…, which most often takes …": the verb is after it.)
                    let verb = rightWords.first { !Self.isAdverb($0) && !["most", "often", "also"].contains($0) } ?? next
                    if !pluralVerb, !Self.endsPlural(left), !Self.singularVerbs.contains(verb), !Self.modals.contains(verb),
                       !verb.hasSuffix("s"), Self.secondVerbForm(verb)?.form != .ed { continue }
                    // "damage to the nervous system, which transmits …" is said of the nervous
                    // system, which "This" would not reach: it is named again, "The nervous system
                    // transmits …". ("…, which can cause problems", "…, which is linked to …" say what
                    // follows from the whole of it, which "This" says.)
                    // ("…, which in turn decreases …": the verb after "in turn".)
                    let verbWords = rightWords.starts(with: ["in", "turn"]) ? Array(rightWords.dropFirst(2)) : rightWords
                    let saying = verbWords.drop { Self.clauseVerbs.contains($0) || Self.isAdverb($0) }.first ?? ""
                    // "drugs, which in turn decreases …": what follows from the whole is one thing,
                    // "This", whatever noun came last.
                    if Self.consequenceWords.contains(saying), saying.hasSuffix("s") || ["is", "was", "has"].contains(verbWords.first ?? "")
                        || Self.modals.contains(verbWords.first ?? "") {
                        opening = joint.opening
                    }
                    let leftWords = left.split(separator: " ").map(String.init)
                    // ("… pressure in the belly, which may enlarge the veins": what may come of it is
                    // the pressure's, not the belly's; which of the two, the rule cannot tell.)
                    // ("… blood flow into the kidneys increases, which may strain …": a verb last is
                    // what "This" points to, whatever thing came before it.)
                    // ("… done through a few small cuts in the belly, which is called laparoscopic
                    // surgery": a name may be the whole thing done's; "This is called" says either.)
                    if !Self.consequenceWords.contains(saying), !Self.endsWithItsVerb(left),
                       !(verbWords.count > 1 && ["called", "named", "termed"].contains(verbWords[1])),
                       // (A thing: "to the fetus", not "to develop seizures".)
                       let at = leftWords.indices.suffix(5).last(where: { Self.prepositions.contains(leftWords[$0].lowercased()) }),
                       at + 1 < leftWords.count, Self.determiners.contains(leftWords[at + 1].lowercased()),
                       // ("the deposit of immunoglobulin A in the skin, which triggers …": after a
                       // noun's own "of" phrase, the place is where the noun is; "This" stays for the
                       // deposit, where "The skin triggers" would make the skin the cause.)
                       !leftWords[..<at].suffix(4).contains(where: { $0.lowercased() == "of" }) {
                        let object = leftWords[(at + 1)...]
                        // ("… before they travel to the lungs, which prevents …": a plural with a verb of
                        // one thing is not what "which" stands for; "The lungs prevents" would be wrong twice.)
                        let first = verbWords.first ?? ""
                        if Self.endsPlural(object.joined(separator: " ")),
                           Self.singularVerbs.contains(first) || first.hasSuffix("s") && Self.knownVerbForm(first)?.form == .s { continue }
                        // ("by a pituitary adenoma, which is a tumor …" → "A pituitary adenoma is a tumor …":
                        // a definition is said of any one.)
                        let defines = rightWords.count > 1 && rightWords[0] == "is" && ["a", "an"].contains(rightWords[1])
                        guard !Self.modals.contains(rightWords.first ?? ""), (2...5).contains(object.count),
                              object.first?.lowercased() == "the" || defines && ["a", "an"].contains(object.first?.lowercased() ?? ""),
                              object.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { continue }
                        opening = Self.capitalized(object.joined(separator: " ")) + " "
                    }
                    // "… part of an enzyme called beta-hexosaminidase A, which plays a critical role …":
                    // a "which" after a name given with "called" is the named thing's; "This enzyme
                    // plays …" says which, where "This" would read as the sentence's subject.
                    // (Not what follows from the whole: "…, which causes fatty substances to build
                    // up" keeps its "This".)
                    let saysOfAThing = !Self.consequenceWords.contains(saying) && !["how", "why"].contains(saying)
                    if ["This ", "These "].contains(opening), saysOfAThing,
                       let called = leftWords.indices.suffix(6).last(where: { leftWords[$0].lowercased() == "called" }), called >= 2,
                       ["a", "an", "the"].contains(leftWords[called - 2].lowercased()),
                       case let noun = leftWords[called - 1], noun.allSatisfy({ $0.isLetter }), noun.first?.isLowercase == true {
                        opening = (Self.endsPlural(noun) ? "These " : "This ") + noun + " "
                    }
                    // "… leads to the production of excess protein, which is unable to regulate …": what
                    // is able or unable is a thing, the last one named, not the event "This" reads as.
                    if opening == "This ", rightWords.count > 2, rightWords[0] == "is",
                       ["unable", "able"].contains(rightWords[1]) || rightWords[1] == "not" && rightWords[2] == "able",
                       let noun = leftWords.last, noun.allSatisfy({ $0.isLetter }), noun.first?.isLowercase == true, noun.count > 2,
                       // (A noun named after "of" or an article: "the wall becomes stiff, which …" has none.)
                       leftWords.dropLast().suffix(2).contains(where: { ["of", "the", "a", "an"].contains($0.lowercased()) }),
                       !Self.endsPlural(noun), Self.knownVerbForm(noun) == nil, !Self.isAdverb(noun), !Self.isPastParticiple(noun) {
                        opening = "This " + noun + " "
                    }
                    // "This enzyme breaks down NAA, which is found in neurons":
                    // after a sentence about "this" thing, a "This" that stands for another thing
                    // would point at the first. (One for what follows from the whole stays: "…,
                    // which means …".)
                    // ("… called Schwann cells, which wrap …" after "This tumor …": "These" points at no one thing.)
                    if ["This ", "These "].contains(opening), saysOfAThing, left.hasPrefix(opening), Self.opensWithThisThing(left) { continue }
                }
                var rest = right
                if joint.kind == .examples {
                    // "… drugs, such as aspirin, and steroids": one example, then a comma that closes
                    // the aside; "and steroids" goes on with what came before, and is no example.
                    let items = right.components(separatedBy: ", ")
                    if items.count == 2, items[1].hasPrefix("and ") || items[1].hasPrefix("or ") { continue }
                    // ("… antibiotics, such as doxycycline or amoxicillin, usually for a few weeks": how
                    // often or how long, after the examples, is said of the whole, not of them.)
                    if items.count >= 2, let lastFirst = items.last?.split(separator: " ").first?.lowercased(),
                       Self.qualifiers.contains(lastFirst) || lastFirst == "most" || Self.isAdverb(lastFirst) { continue }
                    // ("… imaging tests, such as an x ray or CT scan to complete the diagnosis": a
                    // "to" and a verb after the examples says what the whole is for.)
                    // (Not an item's own: "waking to use the bathroom", "helping to move proteins".)
                    let lastItem = (items.last ?? right).lowercased().split(separator: " ").map { String($0.trimmed(.punctuation)) }
                    if lastItem.indices.dropFirst(2).contains(where: { at in
                        lastItem[at - 1] == "to" && !lastItem[at - 2].hasSuffix("ing")
                            && (Self.knownVerbForm(lastItem[at])?.form == .base
                                || at + 1 < lastItem.count && Self.determiners.contains(lastItem[at + 1]) && Self.looksLikeBaseVerb(lastItem[at], before: lastItem[at + 1]))
                    }) { continue }
                    // The people word must be the subject's (the words before its helper verb), and
                    // no other people be named after it: "Doctors recommend the vaccine for everyone
                    // …, including children" is no "These doctors include children".
                    let leftWords = left.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
                    let isPeople = { (word: String) in
                        Self.personWords.contains(word) || ["adults", "teens", "adolescents", "girls", "boys", "newborns", "everyone", "anyone"].contains(word)
                    }
                    var subjectPeople: String?
                    if let helper = leftWords.firstIndex(where: { Self.clauseVerbs.contains($0) || Self.predicateVerbs[$0] != nil }),
                       !leftWords[helper...].contains(where: isPeople) {
                        subjectPeople = leftWords[..<helper].first(where: Self.peopleWords.contains)
                    }
                    let examplesArePeople = right.lowercased().split(separator: " ")
                        .contains { isPeople($0.trimmed(.punctuation)) }
                    if opening == "This includes ", Self.opensWithADoing(right) {
                        // "… an exam of the body to check general signs of health, including checking
                        // for signs of disease": a doing is a part of what is done, "This includes
                        // checking …", never "An example is checking …".
                    } else if let subjectPeople, examplesArePeople {
                        // "Some people are at higher risk for serious flu problems, including young
                        // children …": the examples are of the people, not of the problems.
                        opening = "These \(subjectPeople) include "
                    } else if opening == "This includes ", Self.hasPluralSubject(left) || Self.endsInObjectOfPhrase(left) && Self.endsPlural(left) {
                        // "Some people are at risk for problems, including …": the examples may be
                        // of the subject, so "These" could point at the wrong noun; "… may cause
                        // permanent damage to the kidneys, including kidney scars …": of the damage,
                        // not of the kidneys "These" would name. (A thing in the singular, "… in the
                        // way of your daily life, including your work", is what "This" names.)
                        opening = "Examples include "
                    } else if opening == "This includes " || opening == "Examples include " && Self.namesWhatItsExamplesAreOf(left),
                              Self.endsPlural(left) || Self.endsInPluralGroup(left) {
                        // "… known by several names, including Besnier-Boeck-Schaumann disease": one
                        // of many things reads badly as "These include …".
                        // ("… linked to viral or bacterial infections, such as HIV, hepatitis C, or H.
                        // pylori" → "These include HIV, …": examples of the things just named are
                        // what they include, in fewer and shorter words.)
                        // ("… may also order imaging tests, including an ultrasound or a CT scan": one
                        // or another of what may be done is an example; "These include … and …" would
                        // be every test ordered.)
                        // ("… can lead to liver problems, including cirrhosis or cancer" names what the
                        // problems include.)
                        if right.contains(" or "), !right.contains(", "),
                           case let leftWords = left.lowercased().split(separator: " ").map(String.init),
                           leftWords.indices.contains(where: { at in
                               Self.modals.contains(leftWords[at])
                                   && leftWords[(at + 1)...].prefix(2).contains(where: Self.choosingVerbs.contains) }) {
                            opening = "Examples include "
                        } else if [", ", " and ", " or "].contains(where: right.contains) {
                            opening = "These include "
                        } else if opening == "This includes " {
                            continue
                        }
                    } else if opening == "This includes ", [", ", " and ", " or "].contains(where: right.contains)
                                && left.split(separator: " ").map({ String($0).trimmed(.punctuation) })
                                    .contains(where: { Self.endsPlural($0) && Self.knownVerbForm($0.lowercased())?.form != .s })
                                || Self.pluralBeforeOf(left) {
                        // "… use different means to get around, including braces, crutches, …": several
                        // examples are of a kind named earlier, which "This" would not reach; nor
                        // would it reach "different areas of the same person, including the toenails".
                        // ("… gets in the way of your daily life, including your work and your time
                        // with friends": with no kind named in the plural, they are what it includes.)
                        opening = "Examples include "
                    }
                }
                if opening.hasSuffix("include ") {
                    let (saying, examples) = Self.examplesSaid(opening: opening, rest)
                    opening = saying
                    rest = examples
                }
                // "… a “silent disease” because …" → "… a “silent disease.”": the stop inside the quote.
                let stopped: String
                if let quote = left.last, "”\"".contains(quote) {
                    // "… a “silent killer,” because" → "… a “silent killer.”"; "…?”" keeps its mark.
                    var inside = String(left.dropLast())
                    if let mark = inside.last, ",;:".contains(mark) { inside.removeLast() }
                    stopped = inside + (inside.last.map { ".?!".contains($0) } == true ? "" : ".") + String(quote)
                } else {
                    stopped = left + "."
                }
                return LongCut(pieces: [stopped, opening + (opening.isEmpty ? Self.capitalized(rest) : rest)], why: joint.why)
            }
        }
        // The condition's or concession's word, after any opening phrase ("For example, if …").
        func opening() -> String {
            let words = text.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
            return words.firstIndex(where: { ["if", "when", "although", "though", "because", "while", "whereas", "unless"].contains($0) })
                .map { $0 > 0 && words[$0 - 1] == "even" ? "even " + words[$0] : words[$0] } ?? words.first ?? ""
        }
        if let cut = LongCut.by(notOnlyButAlso(text, count: count), "'not only … but also' as two sentences")
            ?? LongCut.by(definitionSplit(text, count: count), "what it is, and the rest, as two sentences")
            ?? LongCut.by(appositiveSplit(text, count: count), "a description after a comma as a sentence of its own")
            ?? LongCut.by(twoPurposes(text, count: count), "two aims as two sentences")
            ?? LongCut.by(splitPredicate(text, count: count) ?? pluralsContrast(text, count: count), "two things said of one subject as two sentences") { return cut }
        // A cause after the noun is cut after those: an appositive or a second verb leaves the definition whole.
        if let cut = LongCut.by(definitionSplit(text, count: count, atCause: true), "what it is, and what causes or marks it, as two sentences")
            ?? LongCut.by(conditionFirst(text, count: count), "the opening '\(opening())' as a sentence of its own")
            ?? LongCut.by(concessionFirst(text, count: count), "the opening '\(opening())' as a sentence of its own")
            ?? LongCut.by(dependenceLast(text, count: count), "what it depends on, said after the rest")
            ?? LongCut.by(sourceLast(text, count: count), "who says so, said after what they say") { return cut }
        return (count > min(maxWords, Self.clauseWords) ? asideAfter(text) : nil)
            ?? endingAppositiveCut(text, count: count)
            // A description between the subject and its verb parts them in a short sentence too.
            ?? LongCut.by(count > min(maxWords, Self.contrastWords) ? appositiveAfterSubject(text) : nil,
                          "a description of the subject said after the sentence")
            // People named by a "who" clause, when nothing else cuts the sentence.
            ?? LongCut.by(peopleWhoSubject(text), "who the people are as a sentence of its own")
            ?? LongCut.by(careWorkerWho(text), "what the care workers named do, as a sentence of its own")
            // A thing's "that" clause, when nothing else cuts the sentence.
            ?? LongCut.by(objectClauseSplit(text, count: count), "what a thing just named does, as a sentence of its own")
    }

    /// "Gastric bypass: If the tumor is blocking …, the stomach may be …": a term of up to six
    /// words and a colon, then its description as a sentence of its own (a capital to a full
    /// stop), which the rules may cut as any other.
    static func termAndDescription(_ text: String) -> (term: String, description: String)? {
        guard let colon = text.range(of: ": ") else { return nil }
        let term = String(text[..<colon.lowerBound])
        let description = String(text[colon.upperBound...])
        guard (1...6).contains(wordCount(term)), term.first?.isUppercase == true, !term.contains(where: { ",;()\"“”".contains($0) }),
              description.first?.isUppercase == true, description.last == "." else { return nil }
        return (term, description)
    }

    /// A description after the last comma as a sentence of its own, from the statement length on.
    private func endingAppositiveCut(_ text: String, count: Int) -> LongCut? {
        LongCut.by(count > statementLength ? endingAppositive(text) : nil, "a description after the last comma as a sentence of its own")
    }

    /// What the sentence says in passing, said after it: a noun's description or name, a "which"
    /// clause.
    private func asideAfter(_ text: String) -> LongCut? {
        LongCut.by(dashAside(text), "a description between dashes said after the sentence")
            ?? LongCut.by(bracketAside(text), "a description in brackets said after the sentence")
            ?? LongCut.by(calledAside(text), "a name between commas said after the sentence")
            ?? LongCut.by(relativeAside(text), "a description between commas said after the sentence")
    }

    /// "Depending on the findings, other tests may be ordered to find the cause." → "Other tests
    /// may be ordered to find the cause. This depends on the findings.": what the main clause
    /// depends on, said after it. Only when what it depends on has no comma of its own and the
    /// main clause starts a clause the rules know.
    /// The same for what it depends on set off by commas after a short opening ("For primary
    /// amenorrhea, depending on your age and the test results, providers may recommend waiting."
    /// → "For primary amenorrhea, providers may recommend waiting. This depends on your age and the
    /// test results."), or after a subject of a few words ("Treatment, depending on the cause, may
    /// include …" → "Treatment may include …. This depends on the cause.").
    func dependenceLast(_ text: String, count: Int) -> [String]? {
        if let (dependence, main, _) = openingAndMain(text, count: count, lead: "Depending on ", minimumWords: 2) {
            return [Self.capitalized(main), "This depends on " + dependence + "."]
        }
        guard count > min(maxWords, Self.clauseWords), text.last == ".",
              let (head, dependence, main) = Self.setOff(text, by: ", depending on ") else { return nil }
        guard (1...6).contains(Self.wordCount(head)), !head.contains(where: { ",;:()—–\"".contains($0) }), !Self.hasVerb(head),
              !Self.opensCondition(head), Self.wordCount(dependence) >= 2, !dependence.contains(where: { ";:()—–\"".contains($0) }),
              Self.wordCount(main) >= 4, let first = main.split(separator: " ").first?.lowercased(),
              !Self.subordinators.contains(first), !Self.joiningWords.contains(first) else { return nil }
        let headFirst = head.split(separator: " ").first?.lowercased() ?? ""
        let joined: String
        if Self.prepositions.contains(headFirst), Self.startsClause(main) || Self.subjectThenHelper(main) {
            joined = head + ", " + main  // an opening phrase, then the main clause
        } else if !Self.prepositions.contains(headFirst), Self.clauseVerbs.contains(first) || Self.modals.contains(first) {
            joined = head + " " + main  // the subject, then its verb
        } else {
            return nil
        }
        return [joined, "This depends on " + dependence + "."]
    }

    /// "According to the CDC, spina bifida is the most common NTD in the United States." →
    /// "Spina bifida is the most common NTD in the United States. This is according to the
    /// CDC.": who says so, said after what they say, when the source has no brackets, quotes or
    /// stops of its own.
    func sourceLast(_ text: String, count: Int) -> [String]? {
        guard let (source, main, _) = openingAndMain(text, count: count, lead: "According to ", minimumWords: 2, afterPhrase: true),
              !source.contains(where: { "“”".contains($0) }) else { return nil }
        return [Self.capitalized(main), "This is according to " + source + "."]
    }

    /// For a long sentence that opens with `lead` ("Although ", "Depending on "): the opening
    /// clause (without `lead`), the main clause after the first comma, and the main clause's first
    /// word, lower case. Only when the opening has `minimumWords` or more and no brackets, quotes
    /// or stops of its own, and the main clause opens a clause of its own with no joining word.
    /// After a lead that opens a phrase (`afterPhrase`: "According to "), the first comma ends
    /// it, and any clause with a verb may follow but a relative one.
    private func openingAndMain(_ text: String, count: Int, lead: String, minimumWords: Int,
                                afterPhrase: Bool = false, endings: String = ".") -> (String, String, String)? {
        guard count > min(maxWords, Self.clauseWords), text.last.map(endings.contains) == true, text.hasPrefix(lead),
              let comma = text.range(of: ", ") else { return nil }
        let opening = String(text[text.index(text.startIndex, offsetBy: lead.count)..<comma.lowerBound])
        let main = String(text[comma.upperBound...])
        guard Self.wordCount(opening) >= minimumWords, Self.wordCount(main) >= 4,
              !opening.contains(where: { ";:()—–\"".contains($0) }),
              let first = main.split(separator: " ").first?.lowercased(),
              !Self.subordinators.contains(first), !Self.joiningWords.contains(first),
              // "Although it can lower blood pressure, cholesterol and blood sugar, it …": the
              // first comma may be the opening's own; what follows must open a clause.
              afterPhrase ? Self.hasVerb(main) && !Self.relativeWords.contains(first)
                  : Self.startsClause(main) || Self.subjectThenHelper(main, withPhrase: true) || Self.opensWithGerundSubject(main)
                      || Self.opensWithBareSubjectAndHelper(main, verbInS: true)
        else { return nil }
        return (opening, main, first)
    }

    /// "Although there are many types of kidney stones, four main types are …" → "There are many
    /// types of kidney stones. But four main types are …": a long sentence that opens with
    /// "although", "though" or "even though", as the concession and then the main clause with "But"; one that
    /// opens with "because" (or a "since" of the present), as the reason and then the main clause
    /// with "So" ("Because symptoms can be mild, some males are never diagnosed." → "Symptoms can
    /// be mild. So some males …").
    /// Only when both halves have a verb the rules know, the first has no comma of its own, and
    /// the main clause opens with no other joining word.
    func concessionFirst(_ text: String, count: Int) -> [String]? {
        let leads = [("Although ", "But "), ("Though ", "But "), ("Even though ", "But "), ("Because ", "So "), ("While ", "But "),
                     ("Since ", "So ")]
        guard let (lead, joining) = leads.first(where: { text.hasPrefix($0.0) }),
              // ("Although exact causes are unknown, research suggests that these factors might play
              // a role:" introduces a list; its main clause keeps the colon.)
              let (concession, main, first) = openingAndMain(text, count: count, lead: lead, minimumWords: 3, endings: ".:"),
              // "While the flu can make anyone sick, …" concedes; "While you are in the hospital, …"
              // says when. Only a "while" with "can", "may", "might" or "could" concedes, or one
              // that sets a group against another ("While most new mothers …, some women …").
              lead != "While " || concession.lowercased().split(separator: " ").contains(where: { ["can", "may", "might", "could"].contains(String($0)) })
                || Self.contrastsGroups(concession, main),
              // "Since osteoporosis is a silent disease, …" gives a reason; "Since you started the
              // medicine, …" says from when. Only a "since" with a verb of the present gives one.
              lead != "Since " || Self.statesThePresent(concession),
              // ("Although this form of diabetes goes away after the baby is born, …": a time inside
              // the concession stays with it; only one that opens it is a condition.)
              Self.hasVerb(concession), Self.hasVerb(main), !Self.opensCondition(Self.firstWords(concession, 3))
        else { return nil }
        // A clause with its own subject: "Although caused by a virus, …" and "Although not yet
        // approved, …" have none to stand alone; "Although adult-onset ALD progresses more slowly
        // …" has, before its verb.
        let firstWord = concession.split(separator: " ").first.map { $0.lowercased() } ?? ""
        guard Self.startsClause(concession) || Self.subjectThenHelper(concession)
                // ("Although bleeding is most often linked to …": a doing as the subject.)
                || Self.opensWithGerundSubject(concession)
                || !firstWord.hasSuffix("ed") && !firstWord.hasSuffix("ing") && !classes.isNegation(firstWord)
                    && !Self.hasVerb(firstWord) && !Self.prepositions.contains(firstWord) && !Self.isAdverb(firstWord)
        else { return nil }
        // "Although it can be difficult, it helps if you stay positive": before an "it" that only
        // opens the main clause ("it helps", "it is best"), the opening's "it" points ahead, to what
        // the main clause says; standing first, it would point back instead.
        // ("Although it is common in very elderly people, most of them …": the same before a
        // subject the pronoun points ahead to and the rules cannot name; standing first, "It is
        // common …" points at nothing. A short named subject takes its place, below.)
        // ("Although it is important to eat enough protein, …": an "it" that stands for the "to"
        // after it points at nothing, and may go first.)
        let opening = concession.lowercased().split(separator: " ").map(String.init)
        // ("Although it is easy to cure, …": a "to" and its verb with nothing after them say what
        // can be done to the thing "it" is.)
        let standsForWhatFollows = opening.count > 3 && opening[0] == "it" && opening[1] == "is" && ["to", "that"].contains(opening[3])
            && !(opening[3] == "to" && opening.count == 5)
        // ("Although it is easy to cure, chlamydia can make it hard …": an "it" that points ahead to
        // a named subject of up to three words takes its name, and the main clause the "it":
        // "Chlamydia is easy to cure. But it can make it hard …".)
        let mainWords = main.split(separator: " ").map(String.init)
        if opening.first == "it", !standsForWhatFollows, !Self.personalPronouns.contains(first),
           let verb = mainWords.prefix(4).firstIndex(where: { Self.clauseVerbs.contains($0.lowercased()) || Self.modals.contains($0.lowercased()) }),
           (1...3).contains(verb), !mainWords[..<verb].contains(where: { $0.contains(where: { ",()".contains($0) }) || Self.hasVerb($0) }),
           !Self.prepositions.contains(first), !Self.isAdverb(first), !Self.quantifyingWords.contains(first) {
            let name = mainWords[..<verb].joined(separator: " ")
            return [Self.capitalized(name) + concession.dropFirst(2) + ".", joining + "it " + mainWords[verb...].joined(separator: " ")]
        }
        // ("Because it can cause side effects, your doctor may prescribe it …": said again in the
        // main clause, the pronoun points back, to the sentence before, in both.)
        if let pronoun = opening.first, ["it", "they"].contains(pronoun), !standsForWhatFollows,
           first == "it" || !Self.personalPronouns.contains(first) && !main.lowercased().split(separator: " ").dropFirst().contains(where: { $0.trimmed(.punctuation) == pronoun }) { return nil }
        // "So many people …" would read as "very many": such a clause opens with "This is why".
        if joining == "So ", ["many", "much", "few", "far", "long", "often", "little"].contains(first) {
            return [Self.capitalized(concession) + ".", "This is why " + main]
        }
        return [Self.capitalized(concession) + ".", joining + main]
    }

    /// True when `clause` has a verb of the present ("is", "can", "varies") and none of the past.
    static func statesThePresent(_ clause: String) -> Bool {
        let words = clause.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
        let present: Set<String> = ["is", "are", "isn't", "aren't", "can", "cannot", "can't", "may", "might", "has", "have",
                                    "does", "do", "doesn't", "don't"]
        // (A past form after "is" or "has" is a participle: "Since the kidneys are damaged, …".)
        let past = words.indices.contains { index in
            let word = words[index], before = index > 0 ? words[index - 1] : ""
            return ["was", "were", "had", "did"].contains(word)
                || (word.hasSuffix("ed") && word.count > 4 || Inflection.irregulars.values.contains(word)) && !present.contains(before)
        }
        return !past && words.contains(where: { present.contains($0) || knownVerbForm($0)?.form == .s })
    }

    /// Verbs (and participles) of what follows from a whole statement: after ", which" they say
    /// "This …" of all that came before.
    static let consequenceWords: Set<String> = ["cause", "causes", "lead", "leads", "result", "results", "linked", "associated",
                                                "increase", "increases", "raise", "raises", "mean", "means", "make", "makes",
                                                "happen", "happens", "occur", "occurs", "decrease", "decreases", "reduce", "reduces",
                                                "lower", "lowers"]

    /// What a person chooses or feels ("If you are happy to proceed", "If you are not sure"): no
    /// chance to state with "may".
    static let chosenStates: Set<String> = ["happy", "willing", "ready", "able", "unable", "unsure", "sure", "comfortable",
                                            "uncomfortable", "interested",
                                            // "If you are like most people, you feel cold …": a figure of speech.
                                            "like"]

    /// What is done to a person that they know of ("has been diagnosed", "has been told").
    static let toldOrGiven: Set<String> = ["diagnosed", "told", "prescribed", "given", "offered", "asked", "advised", "referred"]

    /// How examples are said after "Examples include" or "These include": an "or" between two
    /// examples becomes "and" ("such as tennis or basketball" → "Examples include tennis and
    /// basketball"; "include X or Y" reads as a choice), a single example is "An example is …",
    /// and "the following" before a list is the list's: "Examples include:".
    static func examplesSaid(opening: String, _ examples: String) -> (opening: String, examples: String) {
        // (What brackets say of an example is no example: "cirrhosis (scarring of the liver) or
        // liver cancer" is two.)
        let lower = outsideBrackets(examples.lowercased())
        // "…, such as the following:" before a list: "Examples include:", not "An example is the following:".
        if lower == "the following:" { return (String(opening.dropLast()) + ":", "") }
        // ("problems with bladder or bowel control": an "or" inside a phrase joins no examples.)
        let parts = lower.components(separatedBy: " or ")
        if parts.count == 2, !lower.contains(" and "), !lower.contains(", "),
           !parts[0].split(separator: " ").contains(where: { prepositions.contains(String($0)) }),
           !lower.split(separator: " ").contains(where: { negations.contains(String($0)) || $0 == "both" || $0 == "either" }) {
            return (opening, examples.replacingOccurrences(of: " or ", with: " and "))
        }
        // "cirrhosis, diabetes, or heart failure": a series closed by "or" is closed by "and".
        if parts.count == 2, parts[0].contains(", "), parts[0].hasSuffix(","), !parts[1].contains(", "), !lower.contains(" and "),
           !lower.split(separator: " ").contains(where: { negations.contains(String($0)) || $0 == "both" || $0 == "either" }),
           let last = examples.range(of: ", or ", options: .backwards) {
            return (opening, examples.replacingCharacters(in: last, with: ", and "))
        }
        // ("Examples include window sills": one example in the plural may stay as it is.)
        // ("Larger joints, such as the knee, …": "These include the knee" says one as many.)
        // ("These include some that …": a word that counts names more than one.)
        if opening == "Examples include " || opening == "These include ",
           !quantifyingWords.union(["those", "ones", "all"]).contains(lower.split(separator: " ").first.map(String.init) ?? ""),
           !lower.contains(" and "), !lower.contains(" or "), !lower.contains(", "), !endsPlural(lower.trimmed(.punctuation)) {
            return ("An example is ", examples)
        }
        return (opening, examples)
    }

    /// The subject of `clause` when it is people in a few words ("Parents and caregivers" before
    /// "should …"), as written; nil otherwise.
    static func peopleSubject(of clause: String) -> String? {
        let words = clause.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        guard let verb = lower.firstIndex(where: { clauseVerbs.contains($0) || modals.contains($0) }), (1...4).contains(verb),
              lower[..<verb].allSatisfy({ peopleWords.contains($0) || ["and", "or", "most", "many", "some"].contains($0) }),
              lower[..<verb].contains(where: peopleWords.contains) else { return nil }
        return words[..<verb].joined(separator: " ")
    }

    /// True when `left` ends in a plural noun and its "of …" ("different areas of the same person").
    static func pluralBeforeOf(_ left: String) -> Bool {
        let words = left.lowercased().split(separator: " ").suffix(6).map { $0.trimmed(.punctuation) }
        guard let of = words.lastIndex(of: "of"), of > 0 else { return false }
        return endsPlural(words[of - 1])
    }

    /// Words that pick one out of many ("the most common", "the only", "the leading"): a clause
    /// after them says which, and cannot stand apart.
    static let superlatives: Set<String> = ["most", "least", "only", "first", "last", "leading", "main", "best", "worst",
                                            "biggest", "largest", "greatest", "highest", "lowest", "commonest"]

    /// True when `first` opens with most, many or some of a group and `second` with some, others
    /// or a few: "most new mothers have …" against "some women have …". ("Most of the time" is
    /// no group.)
    static func contrastsGroups(_ first: String, _ second: String) -> Bool {
        let one = first.lowercased().split(separator: " ").prefix(4).map(String.init)
        let other = second.lowercased().split(separator: " ").prefix(2).map(String.init)
        guard let lead = one.first, ["most", "many", "some"].contains(lead), one.count > 1,
              !(one.count > 3 && one[1...3] == ["of", "the", "time"]),
              let answer = other.first else { return false }
        return ["some", "others", "other"].contains(answer) || other == ["a", "few"]
    }

    /// True when `text` opens with a subject of one to four words and then a helper verb
    /// ("hepatitis C is …", "kidney stones can …"), the subject holding no verb form.
    /// With `withPhrase`, the subject may also hold a phrase after its first word and run to six
    /// words ("treatment for latent TB infection is …"): only where the clause is known to start
    /// there, after an opening clause's comma.
    static func subjectThenHelper(_ text: String, withPhrase: Bool = false) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(withPhrase ? 7 : 5).map { $0.trimmed(.punctuation) }
        // ("…, and will do a physical exam": a helper first is the verb of the subject before.)
        // ("…, and thus seem to be damaged …": after a word of how or why the subject must still come.)
        if let first = words.first, isAdverb(first) || thereforeWords.contains(first) || first == "then" {
            return subjectThenHelper(text.split(separator: " ").dropFirst().joined(separator: " "), withPhrase: withPhrase)
        }
        guard let helper = words.dropFirst().firstIndex(where: clauseVerbs.contains), let first = words.first,
              !clauseVerbs.contains(first), !modals.contains(first), !prepositions.contains(first),
              // ("your medicines, and will do a physical exam": after a comma the helper is an
              // earlier subject's.)
              !text.split(separator: " ").prefix(helper).contains(where: { $0.hasSuffix(",") }) else { return false }
        return !opensOtherSubject(Array(words[..<helper])) && !words[..<helper].contains { $0.hasSuffix("ed") || $0.hasSuffix("ing") || $0.hasSuffix("ly")
            || subordinators.contains($0) || !withPhrase && prepositions.contains($0) || secondVerbForm($0) != nil
            // "the pen you are using": the verb is another subject's.
            || personalPronouns.contains($0) || relativeWords.contains($0) }
    }

    /// A description after a comma at the end of a sentence, as a sentence of its own:
    /// "Osteoarthritis mostly affects cartilage, the hard but slippery tissue that covers the
    /// ends of bones." → "Osteoarthritis mostly affects cartilage. Cartilage is the hard but
    /// slippery tissue that covers the ends of bones." The described word is repeated when it is
    /// one plain word after a verb or "a", "the"…; otherwise "This is" ("These are" for a plural
    /// description). Only when the description opens with "the", "a" or "an", holds a relative
    /// clause ("that", "which", "who", "where") and runs to the end, and what comes before the
    /// comma is a clause of its own (not a list item, not a condition, not "the more …").
    func appositiveSplit(_ text: String, count: Int) -> [String]? {
        // "… problems with the follicles—the small sacs in the ovaries in which eggs grow.": a
        // sentence's one dash, with no comma after it, sets a description off as a comma does.
        let dash = Self.dashCount(in: text) == 1 ? Self.dashes.lazy.compactMap { text.range(of: $0) }.first : nil
        guard count > min(maxWords, Self.clauseWords), text.last == ".",
              let comma = dash.flatMap({ text.range(of: ", ", range: $0.upperBound..<text.endIndex) == nil ? $0 : nil })
                ?? Self.descriptionComma(in: text) else { return nil }
        // (A spaced dash, "… amniotic fluid — the fluid that …", leaves no space behind.)
        let left = String(text[..<comma.lowerBound]).trimmed(.whitespace)
        let right = String(text[comma.upperBound...].dropLast()).trimmed(.whitespace)
        let description = right.split(separator: " ").map(String.init)
        let lower = description.map { $0.lowercased() }
        // ("… during a colonoscopy, a test used to look inside …": a participle after the noun
        // says what a relative clause would, "a test that is used to …".)
        let relativeAt = lower.firstIndex(where: { ["that", "which", "who", "where"].contains($0) })
            ?? lower.indices.dropFirst(2).prefix(2).first(where: { Self.describingParticiples.contains(lower[$0]) })
        let reduced = relativeAt.map { Self.describingParticiples.contains(lower[$0]) } ?? false
        // "… is sometimes called thyrotoxicosis, the technical term for too much thyroid hormone in
        // the blood.", "… lost side vision, a sign of glaucoma.": with no relative clause, a noun
        // and its "of" or "for" phrase, with no comma, "and", "or" or verb of its own to take it
        // for an item or a clause.
        if relativeAt == nil {
            guard (4...12).contains(description.count), let of = lower.indices.dropFirst(2).prefix(2).first(where: { ["of", "for"].contains(lower[$0]) }),
                  !right.contains(where: { ",;:—–()".contains($0) }),
                  !lower.contains(where: { ["and", "or", "than", "as"].contains($0) || Self.clauseVerbs.contains($0) || Self.predicateVerbs[$0] != nil }),
                  lower[1..<of].allSatisfy({ $0.allSatisfy(\.isLetter) && !Self.prepositions.contains($0) }) else { return nil }
        }
        guard description.count >= 4, ["the", "a", "an"].contains(lower[0]),
              // "The longer you wait, the more likely …" compares; it describes nothing.
              !["more", "less", "most", "better", "worse", "sooner", "longer", "higher", "lower"].contains(lower[1]),
              !right.contains(where: { ";:—–".contains($0) }),
              // Commas only in a closed list after the relative word ("a condition that causes pain,
              // instability, and disability").
              !right.contains(",") || relativeAt.map({ relative in !description[..<relative].contains(where: { $0.contains(",") }) }) == true,
              right.filter({ $0 == "(" }).count == right.filter({ $0 == ")" }).count,
              let relative = relativeAt ?? lower.indices.dropFirst(2).first(where: { ["of", "for"].contains(lower[$0]) }).map({ $0 + 1 }), relative >= 2,
              relative + 1 < lower.count,
              // (A noun and its "of" phrase was checked above: "relative" is the word after "of".)
              relativeAt == nil || reduced
              // The relative clause has a verb: "the one that most people take" is no description of a
              // thing; after a preposition ("in which eggs grow") it has a subject of its own.
              || Self.prepositions.contains(lower[relative - 1]) && lower[relative] == "which"
                  || Self.predicateVerbs[lower[relative + 1]] != nil || Self.secondVerbForm(lower[relative + 1]) != nil
                  || Self.statementVerbForms.contains(lower[relative + 1]) || Self.clauseVerbs.contains(lower[relative + 1])
                  || Self.describingVerbForms.contains(lower[relative + 1])
                  // "the main artery that travels from the heart …": after one thing, a word in "-s"
                  // right after "that" is its verb.
                  // ("a doctor who specializes in …": so is one after "who".)
                  || ["that", "who"].contains(lower[relative]) && !Self.endsPlural(lower[relative - 1]) && Self.endsPlural(lower[relative + 1]),
              // "To treat food allergies, the child's parent should remove the food that …": a verb
              // before the relative word makes the words after the comma the main clause, and a
              // purpose before the comma is no clause.
              !lower[..<relative].contains(where: { Self.modals.contains($0) || Self.clauseVerbs.contains($0) }),
              left.split(separator: " ").first?.lowercased() != "to",
              // The words before the comma: a clause, not an item of a list ("fever, chills, the pain that …").
              Self.wordCount(left) >= 4, left.filter({ $0 == "(" }).count == left.filter({ $0 == ")" }).count,
              !Self.opensCondition(Self.firstWords(left, 3)),
              // "After the test is done, the nurse who …": a clause that depends on what follows.
              !Self.subordinators.contains(left.split(separator: " ").first?.lowercased() ?? ""),
              // "Like the enzyme produced from the GALT gene, the enzymes made from …": an opening
              // phrase, with no comma or verb of its own to end it, and the main clause after the
              // comma ("During pregnancy the baby gets food …" has its verb; "In persons with
              // syringomyelia that is linked to …" only a relative clause's).
              !Self.phraseOpeners.contains(left.split(separator: " ").first?.lowercased() ?? "") || left.contains(", ")
                  || left.lowercased().split(separator: " ").prefix(while: { !Self.relativeWords.contains(String($0)) }).contains(where: { word in
                      Self.clauseVerbs.contains(String(word)) || Self.modals.contains(String(word)) || Self.knownVerbForm(String(word))?.form == .s }),
              // "…, the nurse who will see you next can explain …": a second verb after the
              // relative clause's makes the words after the comma the main clause's subject.
              // (After "in which" the clause has a subject and a verb of its own.)
              // ("…, a condition that happens when the body does not get …": after "when", "if"…
              // the verbs are that clause's own, when the words before the comma have a helper or
              // linking verb of their own, so the description can be no subject.)
              Self.prepositions.contains(lower[relative - 1])
                  || !lower[(relative + 2)..<Self.subordinateClauseStart(lower, after: relative + 1, mainClause: left)]
                      .contains(where: { Self.modals.contains($0) || Self.predicateVerbs[$0] != nil }),
              !left.lowercased().hasPrefix("the more"), !left.lowercased().hasPrefix("the less")
        else { return nil }
        let lastPart = Self.afterLastComma(left)
        // "… nausea and vomiting, the symptoms that …" could describe either.
        guard Self.hasVerb(lastPart), !lastPart.lowercased().split(separator: " ").suffix(3).contains(where: { ["and", "or"].contains($0) }) else {
            return nil
        }
        let before = left.split(separator: " ").map { $0.lowercased() }
        // A name's short form in brackets ("the varicella zoster virus (VZV), the same virus …") is a noun too.
        // ("… is GERD (gastroesophageal reflux disease), a condition in which …": a name with its
        // long form in brackets is one too.)
        guard let described = before.last, described.allSatisfy(\.isLetter) || described.hasPrefix("(") && described.hasSuffix(")")
                || described.hasSuffix(")") && described.dropLast().allSatisfy(\.isLetter) && left.contains(" ("),
              !Self.clauseVerbs.contains(described),
              !Self.prepositions.contains(described), !Self.nounPhraseStarts.contains(described), !described.hasSuffix("ly"),
              Self.secondVerbForm(described) == nil || Self.nounPhraseStarts.contains(before.dropLast().last ?? "") else { return nil }
        // The description's own noun tells one from many: "the tubes that …" → "These are".
        // ("the nerve cells in the brain and spinal cord that …": the noun before the first "in",
        // "of"… is the description's own, not "cord".)
        let firstPreposition = lower.indices.dropFirst(2).prefix(while: { $0 < relative }).first { Self.prepositions.contains(lower[$0]) }
        let head = lower[(firstPreposition ?? (Self.prepositions.contains(lower[relative - 1]) ? relative - 1 : relative)) - 1]
        let plural = head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us") && !head.hasSuffix("is")
        let wordBefore = before.dropLast().last ?? ""
        // With no relative clause, the thing described is the object of a verb or of "of"
        // ("called thyrotoxicosis", "have glaucoma", "the amount of creatinine"): "… for three days
        // after the surgery, the length of a normal stay" describes the days, not the surgery.
        // ("… decreased blood flow to your heart, a sign of coronary heart disease": a sign or a
        // symptom is of what the clause says, and "This is a sign of …" points there.)
        let signOf = relativeAt == nil && ["sign", "symptom"].contains(lower[1])
        if relativeAt == nil, !signOf {
            let governing = Self.determiners.contains(wordBefore) || ["a", "an"].contains(wordBefore) ? before.dropLast(2).last ?? "" : wordBefore
            guard governing == "of" || ["have", "has", "had", "is", "are", "called", "named"].contains(governing)
                    || Self.secondVerbForm(governing) != nil || Self.statementVerbForms.contains(governing) else { return nil }
        }
        // "affects cartilage, …" → "Cartilage is …"; "damages the liver, …" → "The liver is …";
        // "have glaucoma, …", "the amount of creatinine, …" → "Glaucoma is …", "Creatinine is …".
        let opening: String
        if signOf || plural || left.split(separator: " ").last?.allSatisfy({ $0.isLetter && $0.isLowercase }) != true {
            opening = plural ? "These are " : "This is "
        } else if ["the", "your", "its", "their", "her", "his", "our"].contains(wordBefore) {
            opening = Self.capitalized(wordBefore) + " " + described + " is "
        } else if Self.secondVerbForm(wordBefore) != nil || Self.statementVerbForms.contains(wordBefore) || ["have", "has", "had"].contains(wordBefore)
                    // ("disorders caused by problems in myelin, the white matter that …" → "Myelin is
                    // …": "This is" would read as the whole sentence.)
                    || Self.prepositions.contains(wordBefore) {
            opening = Self.capitalized(described) + " is "
        } else {
            opening = "This is "
        }
        // "…, a condition in which stomach acid … flows backward …" → "In this condition, stomach
        // acid …": "This is a condition." alone would say nothing.
        if relative == 3, lower[2] == "in", !plural,
           ["condition", "disease", "disorder", "procedure", "surgery", "test", "operation"].contains(lower[1]) {
            return [left + ".", "In this " + lower[1] + ", " + description[4...].joined(separator: " ") + "."]
        }
        return [left + ".", opening + right + "."]
    }

    /// Where a clause of time, condition or reason ("when", "if", "because"…) starts in `words`
    /// after `index`, when `mainClause` has a helper or linking verb; else the end of `words`.
    static func subordinateClauseStart(_ words: [String], after index: Int, mainClause: String) -> Int {
        guard mainClause.lowercased().split(separator: " ").contains(where: { clauseVerbs.contains($0.trimmed(.punctuation)) }),
              index + 1 < words.count else { return words.count }
        return words[(index + 1)...].firstIndex(where: { ["when", "if", "because", "unless", "until"].contains($0) }) ?? words.count
    }

    /// The comma before a description that ends the sentence: the last comma, or an earlier one
    /// when everything after it is a description whose relative clause ends in a closed list
    /// ("…, a condition that causes long-term pain, instability, and disability.").
    static func descriptionComma(in text: String) -> Range<String.Index>? {
        guard let last = text.range(of: ", ", options: .backwards) else { return nil }
        let closing = text[last.upperBound...].split(separator: " ").first?.lowercased()
        guard closing == "and" || closing == "or" else { return last }
        var search = text.startIndex..<last.lowerBound
        while let comma = text.range(of: ", ", options: .backwards, range: search) {
            let first = text[comma.upperBound...].split(separator: " ").first?.lowercased() ?? ""
            if ["the", "a", "an"].contains(first) { return comma }
            search = text.startIndex..<comma.lowerBound
        }
        return last
    }

    /// True when every comma in `words[from...]` comes before a verb in its base form, or "and"
    /// or "or" and one ("… can interfere with digestion, cause nausea, and cause problems …"):
    /// the verbs of one helper.
    static func commasBetweenVerbs(_ words: [String], from start: Int) -> Bool {
        let lower = words.map { $0.lowercased() }
        let commas = lower.indices.dropFirst(start).filter { lower[$0].hasSuffix(",") && $0 + 1 < lower.count }
        return !commas.isEmpty && commas.allSatisfy { comma in
            let next = ["and", "or"].contains(lower[comma + 1]) && comma + 2 < lower.count ? lower[comma + 2] : lower[comma + 1]
            return secondVerbForm(next)?.form == .base
        }
    }

    /// True when `text` opens with a verb the rules know in "-ing" before a preposition or an
    /// article ("checking for signs", "removing the lens"); "missing eyebrows" describes a noun.
    static func opensWithADoing(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(2).map(String.init)
        guard words.count == 2, let first = words.first, first.hasSuffix("ing"),
              [String(first.dropLast(3)), String(first.dropLast(3)) + "e"].contains(where: { knownVerbForm($0)?.form == .base })
        else { return false }
        return prepositions.contains(words[1]) || determiners.contains(words[1])
    }

    /// True when `clause` opens with one thing and then a verb for many ("antidepressant therapy
    /// have helped …"): the words before it are a series the verb closes.
    static func pluralVerbAfterOneThing(_ clause: String) -> Bool {
        let words = clause.lowercased().split(separator: " ").prefix(6).map { $0.trimmed(.punctuation) }
        guard let verb = words.firstIndex(where: { predicateVerbs[$0] != nil || modals.contains($0) || clauseVerbs.contains($0) }),
              verb >= 1, predicateVerbs[words[verb]] == .some(true),
              !words[..<verb].contains(where: { ["and", "or", "there", "here"].contains($0) || personalPronouns.contains($0) || $0.isEmpty
                  || quantifyingWords.contains($0) || $0.contains(where: \.isNumber) || $0.contains("-") }) else { return false }
        // ("The symptoms of the disease are …": the number is the noun's before its "of".)
        let head = words[..<verb].prefix { !prepositions.contains($0) }
        guard let last = head.last else { return false }
        return !endsPlural(last) && !peopleWords.contains(last)
            && !["these", "those", "both", "they", "we", "you", "all", "half"].contains(last)
    }

    /// Plurals of things without an "-s" (people in the plural are `peopleWords`).
    static let irregularPlurals: Set<String> = ["bacteria", "teeth", "feet", "data", "criteria", "mice", "lice", "fungi", "nuclei",
                                                 "phenomena", "media"]

    /// True when every comma from `start` on stays inside one clause: "… that causes degeneration of
    /// brain cells, called neurons, in motor control regions of the brain, and other areas" (an
    /// aside, a phrase, one more thing); no comma opens a clause, a relative or a contrast.
    static func commasInsideOneClause(_ words: [String], from start: Int) -> Bool {
        let lower = words.map { $0.lowercased() }
        return lower.indices.dropFirst(start).filter { lower[$0].hasSuffix(",") }.allSatisfy { comma in
            guard comma + 1 < lower.count else { return false }
            let next = lower[comma + 1]
            let after = ["and", "or"].contains(next) ? comma + 2 : comma + 1
            guard after < lower.count else { return false }
            // ("… affects hemoglobin, the molecule that …": a noun's description, which
            // `appositiveSplit` says as a sentence of its own.)
            return !wordsOpeningMore.contains(next) && !nounPhraseStarts.contains(next) && !subordinators.contains(lower[after]) && !subjects.contains(lower[after]) && !relativeWords.contains(lower[after])
                && !startsClause(words[after...].joined(separator: " ")) && !subjectThenHelper(words[after...].joined(separator: " "))
        }
    }

    /// Words that, after a comma, open more than a describing word or a phrase: a contrast or a
    /// result, a relative clause, examples.
    static let wordsOpeningMore: Set<String> = ["but", "so", "yet", "which", "who", "whom", "whose", "that", "including", "such",
                                                "like", "especially"]

    /// True when every comma in `words[range]` stands between describing words ("a serious,
    /// lifelong illness"): none ends the sentence, and none comes before a joining word ("and",
    /// "which" …), a pronoun, "the", "a" … or a new clause.
    static func commasOnlyBetweenWords(_ words: [String], in range: Range<Int>) -> Bool {
        for index in range where words[index].hasSuffix(",") {
            guard index + 1 < words.count else { return false }
            let next = words[index + 1].lowercased()
            if ["and", "or"].contains(next) || wordsOpeningMore.contains(next)
                || subordinators.contains(next) || subjects.contains(next) || prepositions.contains(next)
                // "the virus, the same virus that …": a description of its own, not a describing word.
                || nounPhraseStarts.contains(next) || startsClause(words[(index + 1)...].joined(separator: " ")) { return false }
        }
        return true
    }

    /// A long sentence that opens with a condition, as the condition stated and then "If so":
    /// "If a woman thinks that she might be having preterm labor, she should call her doctor …" →
    /// "A woman may think that she might be having preterm labor. If so, she should call her doctor
    /// …". Only a condition with its own subject and a present verb the rule can put after "may"
    /// ("is", "are" → "may be"; "has", "have" → "may have"; a verb it knows → "may" and its base
    /// form), no comma, contraction, "or if", "whether" or second clause ("… and you feel …") in
    /// it, and a clause of four or more words after it.
    ///
    /// A "When" that opens such a sentence says when something that may happen happens: "When
    /// chronic kidney disease reaches an advanced stage, the levels … can become life-threatening."
    /// → "Chronic kidney disease may reach an advanced stage. When this happens, the levels …".
    /// Only for a thing that happens (never a person, whose "when you are pregnant" or "when the
    /// doctor examines you" is a time), with a verb the rule knows (no "is" or "has"), and not
    /// before a main clause that opens with "this".
    func conditionFirst(_ text: String, count: Int) -> [String]? {
        // "For example, if caffeine is causing …, stopping … might …" → "For example, caffeine may
        // be causing …. If so, …": a word that links to the sentence before stays at its front.
        if let link = Self.conditionLinks.first(where: { text.hasPrefix($0 + "if ") || text.hasPrefix($0 + "when ") }) {
            let condition = String(text.dropFirst(link.count))
            guard var split = conditionFirst(Self.capitalized(condition), count: count) else { return nil }
            // ("if caffeine is" → "caffeine may be": the subject keeps its own case.)
            let subjectStart = condition.drop { $0 != " " }.dropFirst()
            // ("But if you have …" → "But do you have …?")
            let asks = ["Do ", "Are ", "Have "].contains(where: split[0].hasPrefix)
            let stated = subjectStart.first?.isLowercase == true || asks ? split[0].prefix(1).lowercased() + split[0].dropFirst() : split[0]
            split[0] = link + stated
            return split
        }
        let isWhen = text.hasPrefix("When ")
        guard count > min(maxWords, Self.clauseWords), text.hasPrefix("If ") || isWhen, text.last == ".",
              let comma = text.range(of: ", ") else { return nil }
        let condition = text[text.index(text.startIndex, offsetBy: isWhen ? 5 : 3)..<comma.lowerBound]
        // ("If …, then it's likely …": "If so" says the "then".)
        var main = String(text[comma.upperBound...])
        if !isWhen, main.hasPrefix("then "), main.split(separator: " ").count > 4 { main = String(main.dropFirst(5)) }
        // ("If patches are present, the surgeon examines them … and, if so, at what stage …": an
        // "If so" of the rule's would be the second.)
        guard main.lowercased().range(of: "\\bif so\\b", options: .regularExpression) == nil else { return nil }
        let words = condition.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        // "If your glands are not working right but can still produce some saliva, …": a "but"
        // inside sets two conditions that hold together, which a cut of the new sentence at its
        // "but" would make a statement ("But your glands can still produce some saliva.").
        guard !lower.contains("but") else { return nil }
        guard !isWhen || !lower.contains(where: { Self.personWords.contains($0) || Self.personalPronouns.contains($0) })
                && !["this", "it", "these", "there"].contains(main.split(separator: " ").first?.lowercased() ?? ""),
              // "When bleeding occurs in a vital organ, especially the brain, …": the condition goes on
              // past its first comma.
              !["especially", "particularly", "including", "such", "like", "mainly", "mostly"].contains(main.split(separator: " ").first?.lowercased() ?? ""),
              words.count >= 3, !condition.contains(where: { ",;:()\"".contains($0) }),
              // "your newborn’s test" is a possessive; "it's", "don't" are contractions.
              words.allSatisfy({ !$0.contains(where: { "'’".contains($0) }) || Self.isPossessive($0) }),
              !condition.lowercased().contains(" or if "), !condition.lowercased().contains(" and if "),
              !lower.contains("whether"), Self.wordCount(main) >= 4, !main.hasPrefix("if so"),
              // "If acquired cystic kidney disease is not causing complications, a person does not
              // need treatment": "… may not be causing problems. If so, a person does not …" leaves
              // which case "so" is to the reader when both halves say "not".
              isWhen || !([lower, main.lowercased().split(separator: " ").map(String.init)].allSatisfy { words in
                  words.contains(where: { classes.isNegation($0) || $0.hasSuffix("n't") }) }),
              // "If the hemangioma is deeper …, or the lesions are spread …, an MRI may be done": a
              // second condition after the comma, not the main clause.
              !Self.joiningWords.contains(main.split(separator: " ").first?.lowercased() ?? ""),
              // "If you have any questions …" is no "You may have any questions": "any" and "ever"
              // belong to the condition.
              // ("… damp from blood or any other fluid" is a kind of thing, and may go.)
              !lower.indices.dropFirst().contains(where: { lower[$0] == "any" && !["or", "and"].contains(lower[$0 - 1]) && !Self.prepositions.contains(lower[$0 - 1]) }),
              !lower.contains("ever"),
              // "When the test begins, …" says when, not what may happen: a test's steps are sure
              // to come ("When an asthma attack begins" may happen).
              !isWhen || !lower.contains(where: Self.isProcedure),
              // "If you have it when you are pregnant": "You may have it when you are pregnant." reads
              // as a statement; a clause inside the condition stays with it.
              // ("after reading this" opens no clause and may go.)
              !lower.indices.dropFirst().contains(where: { Self.subordinators.contains(lower[$0])
                  && Self.startsClause(words[($0 + 1)...].joined(separator: " ")) }),
              // "If the bleeding is heavy and you feel faint": "may" would reach only the first clause.
              // "If you still have your uterus and choose to take hormones": nor a second verb,
              // which "may" would turn into leave to do it ("and may choose").
              !lower.indices.contains(where: { joint in ["and", "or", "but"].contains(lower[joint])
                  && (Self.startsClause(words[(joint + 1)...].joined(separator: " "))
                      // ("you are younger than 50 and one of your first-degree relatives has had colon
                      // cancer": after the first clause's verb, a helper verb after a subject of its own
                      // is a second clause's, which "may" would not reach. "… and often have high blood
                      // glucose", "… and have never had" are the same subject's; "If crawling lice or
                      // nits are found" has one subject of two things.)
                      || lower[..<joint].contains(where: { Self.clauseVerbs.contains($0) || Self.knownVerbForm($0) != nil })
                          && joint + 1 < lower.count && !Self.clauseVerbs.contains(lower[joint + 1]) && Self.knownVerbForm(lower[joint + 1]) == nil
                          && lower.indices.dropFirst(joint + 2).contains(where: { at in Self.clauseVerbs.contains(lower[at])
                              && !lower[(joint + 1)..<at].allSatisfy({ Self.isAdverb($0) || Self.qualifiers.contains($0) }) })
                      // ("… is blocking … and bile is building up": after the condition's verb, a
                      // subject with no article and its helper; "the mole or lesion is" is one subject.)
                      || lower[..<joint].contains(where: { Self.clauseVerbs.contains($0) || Self.knownVerbForm($0) != nil })
                          && Self.subjectThenHelper(words[(joint + 1)...].joined(separator: " "))
                      // ("… is very high or has high values": "may be … or has" would not agree; nor
                      // would "You may have hypoglycemia and are not able to …".)
                      || joint + 1 < lower.count && (Self.knownVerbForm(lower[joint + 1]) != nil || Self.predicateVerbs[lower[joint + 1]] == .some(false)
                          || Self.predicateVerbs[lower[joint + 1]] == .some(true) && !["have", "do"].contains(lower[joint + 1]))) }),
              // "If you have bleeding, call your provider right away": before an instruction, "You
              // may have bleeding." would make a warning sign sound expected. ("If the pain
              // worsens, call …" → "The pain may worsen. If so, call …" warns all the same.)
              lower.first != "you" || !Self.isInstruction(main),
              // "If there is no response or normal breathing in 2 minutes, give …": stated on its
              // own, "There may be no … or …" may read as "no response, or normal breathing".
              // "If there is a problem with the placenta, …" → "There may be a problem with the
              // placenta." reads, on its own, as said of the reader.
              lower.first != "there",
              // "If the fetal membranes are in your cervical canal, you have an incompetent cervix.":
              // a short diagnosis after its sign is one statement.
              !(Self.wordCount(main) <= 8 && ["you have", "you are", "you're"].contains(where: { main.lowercased().hasPrefix($0 + " ") })),
              // What follows the comma is the main clause, not more of the condition ("…, those at risk, and we …").
              // ("…, palliative treatment can improve …": a subject with no article, then its helper.)
              Self.startsClause(main) || Self.opensWithNounAndVerb(main) || Self.subjectThenHelper(main)
                || main.split(separator: " ").first.map({ Self.secondVerbForm($0.lowercased())?.form == .base }) == true
                // After a "When" clause with no comma of its own, the first comma ends it.
                || isWhen && Self.hasVerb(main) && main.split(separator: " ").first.map({ word in
                    !Self.subordinators.contains(word.lowercased()) && !Self.joiningWords.contains(word.lowercased()) }) == true
        else { return nil }
        // The condition’s verb: the first word after a subject of one to five words.
        // (The verb may end the condition: "When the pain worsens, …".)
        for verbIndex in 1...min(5, words.count - 1) {
            let verb = lower[verbIndex]
            let subject = lower[..<verbIndex]
            // (Nor a word of how or when: "you still have" would become "you still may have".)
            guard !subject.contains(where: { Self.clauseVerbs.contains($0) || Self.predicateVerbs[$0] != nil
                || Self.secondVerbForm($0) != nil || Self.subordinators.contains($0)
                || Self.adverbs.contains($0) })
            else { return nil }
            let stated: String
            if isWhen, ["is", "are", "has", "have"].contains(verb) { return nil }
            let after = lower.dropFirst(verbIndex + 1)
            switch verb {
            case "is", "are":
                // "If you are happy to proceed, …" is the person's choice, not a chance: "You may be
                // happy to proceed." would guess at it.
                if Self.namesPerson(subject), let state = after.first(where: { $0 != "not" }), Self.chosenStates.contains(state) { return nil }
                // "If you are having the exam as an outpatient, …", "If the procedure is causing you
                // discomfort, …": what the reader is doing or feeling now they know; "You may be
                // having …" would guess at it.
                if lower.contains("you"), let doing = after.drop(while: Self.adverbs.contains).first, doing.count > 4, doing.hasSuffix("ing") { return nil }
                // "If you are diagnosed with it, …": what a person is told they know; "You may be
                // diagnosed with it" would read as a forecast.
                if Self.namesPerson(subject), let state = after.drop(while: Self.adverbs.contains).first, Self.toldOrGiven.contains(state) { return nil }
                // "If your hemolytic anemia is inherited, …": "Your hemolytic anemia may be passed
                // down." would read as passed on to a child, not from a parent.
                if ["inherited", "passed"].contains(after.first ?? "") { return nil }
                stated = "may be"
            // "If you have diabetes, …" → "You may have diabetes." reads as a diagnosis; a longer
            // condition ("two or more miscarriages in a row") does not.
            case "has", "have":
                // ("If the cancer has spread, …" → "The cancer may have spread.": for a thing, what
                // has happened to it is a chance too.)
                let next = lower.dropFirst(verbIndex + 1).first ?? ""
                guard words.count - verbIndex - 1 >= 4 || next == "been"
                        || !Self.namesPerson(subject) && subject.first != "you" && Self.isPastParticiple(next) else { return nil }
                // "If you have amniocentesis after 15 weeks, …": for a person, "may have" a thing
                // done to them reads as leave to have it ("You may have an Rh-negative blood type"
                // is a chance).
                if Self.namesPerson(subject), lower.dropFirst(verbIndex + 1).prefix(6).contains(where: Self.isProcedure) { return nil }
                // "If you have had a vaginal hysterectomy, …", "If you have had chickenpox, …": what
                // a person has had they know; "You may have had …" would guess at it.
                if Self.namesPerson(subject), lower.dropFirst(verbIndex + 1).first == "had" { return nil }
                // "If your partner has been diagnosed with scabies, …": what a person was told or
                // given they know; "may have been diagnosed" would hint at it.
                // ("If you have already been diagnosed with …": how or when between.)
                let done = after.drop(while: Self.adverbs.contains)
                if Self.namesPerson(subject), done.first == "been", let what = done.dropFirst().first, Self.toldOrGiven.contains(what) { return nil }
                stated = "may have"
            // "If the eyelids do not fully close, …" → "The eyelids may not fully close.": a thing's
            // "do not" is a chance too. Not a person's ("If you do not take it, …" is no "You may
            // not take it", which forbids).
            case "do", "does":
                // ("If surgery does not normalize hormone levels or a relapse happens": "may not"
                // would reach the second condition too.)
                guard after.first == "not", after.count >= 2, !Self.namesPerson(subject),
                      !subject.contains(where: Self.personalPronouns.contains),
                      !after.contains(where: Self.joiningWords.contains) else { return nil }
                stated = "may"
            default:
                // ("If blood tests show …": a test's name before its verb is the subject's noun, not "may test".)
                if Self.isProcedure(verb), Self.knownVerbForm(lower.dropFirst(verbIndex + 1).first ?? "")?.form == .base { continue }
                guard let form = Self.knownVerbForm(verb), form.form != .ed, form.form != .ing,
                      // "If lifestyle and diet changes do not …": a helper after it makes it a noun.
                      !Self.clauseVerbs.contains(lower.dropFirst(verbIndex + 1).first ?? ""),
                      // "If you take care of your health, …" is advice: "You may take care of your
                      // health." would read as leave to do it. After "you" only what befalls or is
                      // noticed ("If you notice …", "If you bleed …") is a possibility.
                      // The same for any person: "If a woman takes the pill within 72 hours, …".
                      !Self.namesPerson(subject) || Self.happeningVerbs.contains(form.base),
                      // "you feel" (base after a plural subject), "she thinks" (-s after a singular one)
                      form.form == .s || ["you", "we", "they", "i"].contains(subject.last ?? "") || Self.endsPlural(subject.joined(separator: " "))
                else { continue }
                // "If you become pregnant, …" is a plan or a hope: "You may become pregnant." would
                // read as a warning.
                if Self.namesPerson(subject), ["become", "get"].contains(form.base), after.first == "pregnant" { return nil }
                stated = "may " + form.base
            }
            var rest = Array(words[(verbIndex + 1)...])
            var statement = stated
            // "is not progressing" → "may not be progressing"; but "is not performed" → "may not
            // be done" reads as a ban, not a chance.
            // (A thing's "do not" was stated as "may" alone: "may not fully close".)
            if rest.first?.lowercased() == "not", stated.hasPrefix("may") {
                if rest.count > 1, stated == "may be", Self.isPastParticiple(rest[1].lowercased()) { return nil }
                statement = "may not" + stated.dropFirst(3)
                rest.removeFirst()
            }
            // "If you have a history of premature birth, …": what readers know of themselves is asked,
            // "Do you have a history of premature birth? If so, …"; "You may have …" would guess at it.
            if subject.elementsEqual(["you"]), statement == stated, let asked = Self.askedOfReader(verb, rest) {
                return [asked, "If so, " + main]
            }
            // "If aldosterone is also deficient" → "may also be deficient": a word of how or when
            // after the verb goes before it, after "may" ("may be also" is no English).
            if let first = rest.first?.lowercased(), ["also", "still", "already"].contains(first), statement.hasPrefix("may ") {
                statement = "may " + first + " " + statement.dropFirst(4)
                rest.removeFirst()
            }
            // "fFN" keeps its letters; "your anemia" → "Your anemia".
            let subjectWords = words[..<verbIndex].joined(separator: " ")
            let statedSubject = words[0].contains(where: \.isUppercase) ? subjectWords : Self.capitalized(subjectWords)
            return [statedSubject + " " + statement + (rest.isEmpty ? "" : " " + rest.joined(separator: " ")) + ".",
                    (isWhen ? "When this happens, " : "If so, ") + main]
        }
        return nil
    }

    /// A condition on the reader as a question: "you are at high risk" → "Are you at high risk?",
    /// "you have a history of …" → "Do you have a history of …?", "you have been told …" → "Have
    /// you been told …?", "you feel …" → "Do you feel …?". Nil for a verb of what befalls the
    /// reader ("you develop a rash": "You may develop a rash" is a fair warning), for "not", a
    /// second verb ("… and have never had a period") and a count of events ("you have two or more
    /// miscarriages": no "Do you have two …?").
    static func askedOfReader(_ verb: String, _ rest: [String]) -> String? {
        let lower = rest.map { $0.lowercased() }
        guard let first = lower.first, !lower.contains(where: { ["and", "but", "not", "never"].contains($0) }) else { return nil }
        let opening: String
        switch verb {
        case "are": opening = "Are you"
        case "have" where first == "been": opening = "Have you"
        case "have": guard first.first?.isNumber != true, !Self.numberWordsOfCount.contains(first) else { return nil }
            opening = "Do you have"
        case "think", "notice", "need", "feel", "see", "live", "know", "want": opening = "Do you " + verb
        default: return nil
        }
        return opening + " " + rest.joined(separator: " ") + "?"
    }

    /// Words that count ("two or more …") where a number could stand.
    static let numberWordsOfCount: Set<String> = ["one", "two", "three", "four", "five", "several", "many", "multiple"]

    /// True when `text` has a verb the rules know: a helper ("is", "can"), one of `secondVerbs`
    /// or `statementVerbs`, or a past form.
    static func hasVerb(_ text: String) -> Bool {
        text.lowercased().split(separator: " ").contains { word in
            let word = word.trimmed(.punctuation)
            return predicateVerbs[word] != nil || clauseVerbs.contains(word) || secondVerbForm(word) != nil
                || word.hasSuffix("ed") && !edNouns.contains(word)
                || statementVerbForms.contains(word)
        }
    }

    /// Words in "-ed" that are no past forms ("red eyes", "a hospital bed").
    private static let edNouns: Set<String> = ["red", "bed", "seed"]

    /// True when `text` ends with its last clause's one verb, in "-s" ("At the start of diabetes,
    /// blood flow into the kidneys increases").
    static func endsWithItsVerb(_ text: String) -> Bool {
        let words = afterLastComma(text).split(separator: " ").map(String.init)
        guard let last = words.last?.lowercased(), last.hasSuffix("s"),
              knownVerbForm(last)?.form == .s || statementVerbForms.contains(last) else { return false }
        return !hasVerb(words.dropLast().joined(separator: " "))
    }

    /// More verbs of health text, to tell a statement ("high blood pressure reduces the blood
    /// supply") from a list item ("gum disease and other dental problems"), and, in "-s", a verb
    /// that agrees with one thing (`objectClauseSplit`).
    static let statementVerbForms = Set(verbForms(
        ["reduce", "prevent", "block", "mean", "depend", "result", "vary", "range", "spread", "come", "go", "become",
         "seem", "appear", "involve", "supply", "provide", "produce", "release", "control", "attack", "destroy",
         "kill", "filter", "pump", "break", "build", "run", "lead", "keep", "let", "put", "say", "tell", "know",
         "diagnose", "screen", "detect", "manage", "relieve", "heal", "ease", "improve", "stay", "remain", "end", "tend", "recover", "respond",
         "create", "secrete", "convert", "advise", "prepare", "decide", "swallow", "breathe", "survive", "emerge", "arise", "hear",
         "listen", "speak", "chew", "die", "classify"], [.base, .s]).keys)

    /// Verbs that say what a part of the body or a thing does ("the tissue that covers …").
    /// The joints that give a reason: "…, because …", "…, since MS can cause …".
    static let reasonJoints: Set<String> = [", because ", " because ", ", since "]

    /// Participles that say what a thing is for or made of right after it, as a relative clause
    /// would: "a test used to look inside the colon", "a sweetener made from corn".
    static let describingParticiples: Set<String> = ["used", "made", "designed", "placed", "given", "taken", "found"]

    private static let describingVerbForms = Set(verbForms(
        ["cover", "line", "connect", "surround", "link", "join", "support", "store", "hold", "carry", "fight", "clot"], [.base, .s]).keys)

    /// True when `text` opens with an instruction's verb ("See your doctor …", "Take …").
    static func isInstruction(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first?.lowercased() else { return false }
        return secondVerbForm(first)?.form == .base || ["see", "talk", "go", "be", "do", "have", "get", "don't", "never"].contains(first)
    }

    /// A form of a verb the rules know, from `secondVerbs` or the other verbs.
    static func knownVerbForm(_ word: String) -> (base: String, form: Inflection)? {
        secondVerbForm(word) ?? otherVerbForms[word]
    }

    /// Verbs common in health text besides `secondVerbs`: in conditions ("If you notice …", "If a
    /// woman thinks …") and in what the body and its parts do ("the dye travels …", "a sac
    /// surrounds …"). Not words as often nouns in "-s" ("supports", "lines", "attacks").
    private static let otherVerbForms = verbForms(
        ["think", "notice", "need", "plan", "smoke", "drink", "bleed", "live", "get", "become", "start", "stop", "miss",
         "come", "return", "last", "continue", "seem", "look", "test", "spread", "change", "appear", "begin", "worsen",
         "drop", "rise", "fall", "carry", "travel", "surround", "connect", "attach", "produce", "regulate", "digest",
         "destroy", "infect", "involve", "depend", "vary", "differ", "remain", "enter", "flow",
         // What happens to a part of the body ("If the sphincter fails to stay closed, …").
         // ("shrink" is a second verb already.)
         "fail", "swell", "widen", "thicken", "harden", "recur", "persist", "disappear", "subside", "occur",
         // ("The mutations completely eliminate …": a verb a "completely" before it says how far.)
         "eliminate"], [.s, .base])

    /// True for a word that names something done to a person: a test, a treatment, an operation
    /// ("amniocentesis", "a biopsy", "surgery").
    static func isProcedure(_ word: String) -> Bool {
        ["centesis", "ectomy", "resection", "scopy", "otomy", "ostomy", "plasty", "graphy", "biopsy", "surgery", "procedure", "test",
         "tests", "exam", "scan", "ultrasound", "shot", "vaccine", "injection", "transfusion", "treatment", "therapy"]
            .contains(where: word.hasSuffix)
    }

    /// True when `subject` is a person ("you", "a woman"), not a person's thing ("your newborn’s test").
    static func namesPerson(_ subject: ArraySlice<String>) -> Bool {
        guard !subject.contains(where: { $0.contains("'") || $0.contains("’") }) else { return false }
        return subject.contains { ($0 == "you" || personWords.contains($0)) && !["your", "her", "his", "their", "my"].contains($0) }
    }

    /// Verbs of what happens to a person or what they notice, which "you may …" states as a
    /// possibility rather than leave to do.
    static let happeningVerbs: Set<String> = ["think", "notice", "need", "feel", "bleed", "miss", "get", "become", "develop",
                                              "lose", "gain", "see", "find", "live", "pass"]

    /// True for a possessive ("newborn’s", "child's"), not a contraction ("it's", "there's").
    static func isPossessive(_ word: String) -> Bool {
        let lower = word.lowercased().replacingOccurrences(of: "’", with: "'")
        guard lower.hasSuffix("'s") else { return false }
        let stem = String(lower.dropLast(2))
        return stem.count > 1 && !stem.contains("'") && !subjects.contains(stem)
            && !["that", "what", "who", "where", "here", "how", "let", "when", "why"].contains(stem)
    }

    /// True when `text` opens with a subject of one to five words with no article ("skin damage",
    /// "early diagnosis and treatment", "exercising these muscles") and then a helper verb.
    /// With `verbInS`, a verb the rules know in "-s" within the first four words stands for the
    /// helper: "early diagnosis offers the best chance …".
    static func opensWithBareSubjectAndHelper(_ text: String, verbInS: Bool = false) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(7).map(String.init)
        guard let first = words.first, first.allSatisfy({ $0.isLetter || $0 == "-" }),
              !subjects.contains(first), !prepositions.contains(first), !subordinators.contains(first), !adverbs.contains(first),
              !isAdverb(first), !modals.contains(first), !clauseVerbs.contains(first), !joiningWords.contains(first),
              !negations.contains(first), !nounPhraseStarts.contains(first), !questionWords.contains(first),
              knownVerbForm(first) == nil || !verbInS,
              let helper = words.dropFirst().firstIndex(where: { clauseVerbs.contains($0) || modals.contains($0) })
                ?? (verbInS ? words.prefix(4).dropFirst().firstIndex(where: { knownVerbForm($0)?.form == .s }) : nil),
              helper <= 5 else { return false }
        return words[1..<helper].allSatisfy { word in
            word.allSatisfy({ $0.isLetter || $0 == "-" }) && !personalPronouns.contains(word) && !["who", "that", "which", "or", "not"].contains(word)
                && !prepositions.contains(word) && !subordinators.contains(word)
        }
    }

    /// True when `text` opens with a bare plural noun, perhaps how often or "of" and a noun, and
    /// then a verb in its plain form ("symptoms usually go away", "cysts may form", "doctors use
    /// …", "levels of radon can …"): a clause of its
    /// own, with no article to show it. Not a verb in "-s" that a predicate could start with
    /// ("…, and causes damage", "…, and results in …").
    static func opensWithBarePluralAndVerb(_ text: String) -> Bool {
        var words = text.lowercased().split(separator: " ").prefix(4).map(String.init)
        // ("usually" is "most often" by the time sentences are cut.)
        if words.count == 4, words[1] == "most", words[2] == "often" { words.remove(at: 1) }
        guard words.count >= 3, endsPlural(words[0]), words[0].allSatisfy(\.isLetter), knownVerbForm(words[0]) == nil,
              !statementVerbForms.contains(words[0]), !subjects.contains(words[0]), !prepositions.contains(words[0]),
              !isAdverb(words[0]), !joiningWords.contains(words[0]) else { return false }
        // ("…, and levels of radon can build up over time": "of" and one plain noun, then a helper.)
        if words.count == 4, words[1] == "of", words[2].allSatisfy(\.isLetter), !nounPhraseStarts.contains(words[2]),
           !personalPronouns.contains(words[2]) {
            return clauseVerbs.contains(words[3]) || modals.contains(words[3])
        }
        let verb = qualifiers.contains(words[1]) ? words[2] : words[1]
        return clauseVerbs.contains(verb) || modals.contains(verb) || knownVerbForm(verb)?.form == .base
            || statementVerbForms.contains(verb) && !verb.hasSuffix("s")
    }

    /// True when `word` names a doing: an "-ing" word of five letters or more ("being",
    /// "walking", "bacteria-fighting") that is no preposition ("during", "according") or thing
    /// ("something", "morning", "spring").
    static func isDoing(_ word: String) -> Bool {
        word.count >= 5 && word.hasSuffix("ing") && word.allSatisfy({ $0.isLetter || $0 == "-" }) && !prepositions.contains(word)
            && !["during", "according", "regarding", "concerning", "considering", "something", "nothing", "anything",
                 "everything", "morning", "evening", "bring", "thing", "spring", "string", "sting", "swing"].contains(word)
    }

    /// True when `text` opens with a doing as its subject ("understanding amenorrhea is …",
    /// "being around someone who has the disease will not …", "leaving it untreated can …") and
    /// that subject's verb within ten words, before any comma or another subject.
    static func opensWithGerundSubject(_ text: String) -> Bool {
        let tokens = text.lowercased().split(separator: " ").prefix(11)
        guard let first = tokens.first.map(String.init), isDoing(first) else { return false }
        for token in tokens.dropFirst() {
            let word = token.trimmed(.punctuation)
            if modals.contains(word) || clauseVerbs.contains(word) { return true }
            if token.contains(",") || personalPronouns.contains(word) && word != "it" && word != "them" { return false }
        }
        return false
    }

    /// True when `text` opens with a short phrase set off by a comma ("for others,", "if left
    /// untreated,", "in most cases,") and then a clause of its own.
    static func opensWithPhraseThenClause(_ text: String) -> Bool {
        guard let first = text.split(separator: " ").first?.lowercased(), prepositions.contains(first) || ["if", "when"].contains(first),
              let comma = text.range(of: ", ") else { return false }
        // "…, but if you think you or your child has a heart murmur, make an appointment …": a
        // condition may be a clause of its own, and an order may follow it.
        let isCondition = ["if", "when"].contains(first)
        guard wordCount(String(text[..<comma.lowerBound])) <= (isCondition ? 14 : 4) else { return false }
        let rest = String(text[comma.upperBound...])
        return startsClause(rest) || subjectThenHelper(rest) || opensWithNounAndVerb(rest) || isCondition && isInstruction(rest)
    }

    /// True when `text` opens with a noun phrase and then its verb in "-s": a verb the rules know
    /// ("the surgeon removes it"), or, after one thing ("a", "an", "each", "every" and a noun, "a
    /// radiologist interprets …"), any word in "-s" that follows the noun, which only a verb can be.
    static func opensWithNounAndVerb(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(5).map(String.init)
        guard let first = words.first, nounPhraseStarts.contains(first) else { return false }
        let oneThing = ["a", "an", "each", "every"].contains(first) && words.count > 2 && !pluralAfterA.contains(words[1])
        for (index, word) in words.enumerated().dropFirst(2) {
            if personalPronouns.contains(word) || ["who", "that", "which", "and", "or"].contains(word) || word.contains(",") { return false }
            if knownVerbForm(word)?.form == .s
                || word.hasSuffix("s") && statementVerbForms.contains(word) { return true }
            if oneThing, word.count > 3, word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix), word.allSatisfy(\.isLetter),
               !words[1..<index].contains(where: { prepositions.contains($0) || !$0.allSatisfy(\.isLetter) }) { return true }
            // "the cysts show up as …": a plural noun right after "the", "these"…, then a verb the
            // rules know in its plain form.
            if index == 2, !oneThing, endsPlural(words[1]), knownVerbForm(word)?.form == .base, !["a", "an"].contains(first) { return true }
        }
        return false
    }

    /// True when `right` opens with a noun `left` named ("type 2", "the antibiotics"), then, after
    /// any number or word of how often, a verb that agrees or a helper: a clause about it.
    static func repeatsEarlierNoun(_ left: String, _ right: String) -> Bool {
        let leftWords = Set(left.lowercased().split(separator: " ").map { String($0.trimmed(.punctuation)) })
        var words = right.lowercased().split(separator: " ").map { String($0.trimmed(.punctuation)) }
        if let first = words.first, ["the", "a", "an"].contains(first) { words.removeFirst() }
        guard let noun = words.first, noun.count > 2, noun.allSatisfy(\.isLetter), leftWords.contains(noun),
              !nounPhraseStarts.contains(noun), !subjects.contains(noun), !subordinators.contains(noun), !prepositions.contains(noun),
              !joiningWords.contains(noun), !personalPronouns.contains(noun), !relativeWords.contains(noun),
              knownVerbForm(noun) == nil, predicateVerbs[noun] == nil, !isAdverb(noun) else { return false }
        for word in words.dropFirst().prefix(4) {
            if clauseVerbs.contains(word) || modals.contains(word) || knownVerbForm(word).map({ $0.form == .s || $0.form == .ed }) == true {
                return true
            }
            guard word.allSatisfy(\.isNumber) || qualifiers.contains(word) || word == "most" else { return false }
        }
        return false
    }

    /// True when `right` opens with the word `left` opens its subject with ("Cancer that begins in
    /// the colon is called colon cancer" and "cancer that begins in the rectum is called …"; "Type 1
    /// diabetes …" and "type 2 diabetes …"), and each has a verb of its own besides those of its
    /// relative clauses: two statements side by side. ("…, and treatment of infections that are
    /// caused by …" has only its relative clause's verb: no statement.)
    static func repeatsSubject(_ left: String, _ right: String) -> Bool {
        let articles: Set<String> = ["the", "a", "an"]
        func words(_ text: String) -> [String] { text.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) } }
        // (A word in "-s" after "the", "of", "and"… is a noun: "the results of …".)
        func statesSomething(_ words: [String]) -> Bool {
            let finite = words.indices.filter { index in
                let word = words[index], before = index > 0 ? words[index - 1] : ""
                return clauseVerbs.contains(word) || (knownVerbForm(word)?.form == .s || word.hasSuffix("s") && statementVerbForms.contains(word))
                    && !(nounPhraseStarts.contains(before) && before != "that") && !prepositions.contains(before) && !["and", "or"].contains(before)
            }.count
            return finite > words.filter(relativeWords.contains).count
        }
        let leftWords = words(left), rightWords = words(right)
        guard let subject = leftWords.first(where: { !articles.contains($0) }), subject.count > 2, subject.allSatisfy(\.isLetter),
              rightWords.first(where: { !articles.contains($0) }) == subject,
              !nounPhraseStarts.contains(subject), !subjects.contains(subject), !subordinators.contains(subject),
              !prepositions.contains(subject), !["and", "or", "but", "so", "then"].contains(subject) else { return false }
        return statesSomething(leftWords) && statesSomething(rightWords)
    }

    /// Words after "a" that make a plural: "a few days", "a number of tests".
    static let pluralAfterA: Set<String> = ["few", "lot", "lots", "number", "couple", "variety", "range", "series", "group", "set",
                                            "pair", "total", "majority", "minority", "handful", "bunch", "host", "mix"]

    /// A definition with a relative clause, as two sentences: "Hemoglobin is an iron-rich protein
    /// that helps red blood cells carry oxygen …" → "Hemoglobin is an iron-rich protein. It helps
    /// …"; "Anemia is a condition in which your blood has …" → "Anemia is a condition. In this
    /// condition, your blood has …". Only when the sentence opens with its subject and "is a" or
    /// "are" (so the pronoun is the subject's; not "there is"), then "a", "an" or "the" after "is",
    /// a verb after "that", and the clause runs to the end of the sentence. A hedged "is believed
    /// (thought) to be" is cut only before "in which".
    /// `atCause`: cut instead at a participle of cause ("a rare birth defect caused by …" → "… It is
    /// caused by …"), tried after the other joints.
    func definitionSplit(_ text: String, count: Int, atCause: Bool = false) -> [String]? {
        guard count > statementLength, text.last == "." else { return nil }
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmed(.punctuation) }
        // "Fetal alcohol spectrum disorders (FASDs) are …": the subject may carry its short name in
        // brackets, one word; any other bracket or a comma makes it more than a subject.
        // ("Primary biliary cholangitis is believed to be an autoimmune disease in which …": a
        // hedged "is" defines too; "be" stands for it, and the hedge stays in the first sentence.)
        guard let copula = lower.prefix(8).firstIndex(where: { $0 == "is" || $0 == "are" }),
              case let be = copula + 4 < lower.count && ["believed", "thought"].contains(lower[copula + 1])
                  && lower[(copula + 2)...(copula + 3)] == ["to", "be"] ? copula + 3 : copula,
              be > 0, be + 3 < words.count,
              !words[..<be].contains(where: { $0.contains(",") || $0.contains("(") && !Self.isShortName($0) }),
              !Self.opensCondition(words[..<be].joined(separator: " ")), !lower[..<be].contains("there"),
              // "In most cases a miscarriage is …": a qualifier before the subject must go on covering the clause.
              !Self.prepositions.contains(lower[0]), !Self.isAdverb(lower[0]),
              !["most", "often", "sometimes", "also", "however", "still"].contains(lower[0]),
              !lower[..<be].contains(where: Self.personWords.contains),
              // "These are disorders that happen when …": "These are disorders." says nothing.
              !(copula == 1 && ["this", "these", "those", "that", "it", "they"].contains(lower[0])) else { return nil }
        // A hedged "is" ("is believed to be") reaches what the relative clause says as well; only
        // "in which", which says where the rest happens, leaves the hedge whole in the first sentence.
        let hedged = be != copula
        let plural = lower[copula] == "are"
        // "Fibroids are growths …" defines; "Therapies for POTS are targeted at …", "… are often
        // …", "… are not …" do not: a plural's word after "are" is a noun, not a verb form.
        let next = lower[be + 1]
        guard ["a", "an", "the"].contains(next)
                || plural && !next.hasSuffix("ed") && !next.hasSuffix("ing") && Self.knownVerbForm(next) == nil
                    && !Self.isAdverb(next) && !Self.prepositions.contains(next) && !classes.isNegation(next)
        else { return nil }
        // "FXS is the most common known cause of intellectual disability that can be inherited":
        // after a superlative the clause says which one; cut off, "It can be inherited" would
        // make it the most common cause of all.
        if lower[(be + 1)...].prefix(4).contains(where: Self.superlatives.contains) { return nil }
        for index in (be + 2)..<(words.count - 2) {
            let left = words[..<index].joined(separator: " ")
            // "a common, safe procedure in which …": a comma between describing words is no joint.
            // ("… a sexually transmitted disease (STD) that can …": a short name in brackets right
            // before the joint is the noun's.)
            let named = Self.isShortName(words[index - 1]) ? index - 1 : index
            guard !words[be..<named].joined(separator: " ").contains(where: { ";()".contains($0) }), Self.commasOnlyBetweenWords(words, in: be..<(left.hasSuffix(",") && lower[index] == "in" ? index - 1 : index))
            else { return nil }
            let noun = words[index - 1].trimmed(.punctuation)
            // The clause runs to the end: "… people that have this disease, and as many …" goes on
            // after it; "… to a serious, lifelong illness" does not.
            // ("… a condition that can interfere with digestion, cause nausea, and cause problems
            // with …": commas between the verbs of one helper belong to the clause.)
            // ("… solutions that preserve a woman's fertility—and are seeking …": a dash goes on too.)
            if ["that", "in"].contains(lower[index]), words[index...].contains(where: { $0.contains(where: { ";—–".contains($0) }) })
                || !Self.commasOnlyBetweenWords(words, in: index..<words.count) && !Self.commasBetweenVerbs(words, from: index)
                    // ("… a condition that develops when the body does not get the vitamins, minerals,
                    // and other nutrients it needs": the commas of one series inside the clause.)
                    && !Self.commasCloseOneSeries(words[index...].joined(separator: " "))
                    && !(lower[index] == "that" && Self.commasInsideOneClause(words, from: index)) {
                return nil
            }
            // "… is the system of hollow organs that carries food …": after "the", the clause says
            // which one; cut off, "the system of hollow organs" names nothing.
            // "Peritoneal dialysis is a type of dialysis that can be done at home": the clause is
            // what tells this type from the others; "… is a type of dialysis." alone says nothing.
            // "A local anaesthetic is a drug that is injected …": one plain noun alone says nothing.
            // ("Anemia is a condition. In this condition, …" and "… is a condition. It happens when
            // …" stay: reviews find the first sentence thin, but it is true, and the grade of a
            // one-sentence definition falls only this way.)
            // ("… and those that control head, shoulder, and hip movements": "those", "the ones"
            // name nothing without their clause.)
            if ["those", "ones", "one", "these"].contains(lower[index - 1]) { return nil }
            // ("The leading causes of heart failure are diseases that damage the heart", "Christianson
            // syndrome is a disorder that …": in a short sentence a bare noun alone says too little
            // to stand; a longer one had more to cut.)
            if count <= min(maxWords, Self.clauseWords), index - be - (["a", "an", "the"].contains(next) ? 1 : 0) < 3 { continue }
            // ("Crohn's disease is a disease that causes …": "… is a disease." says nothing.)
            if index == be + 3, ["that", "in"].contains(lower[index]), lower[..<be].contains(lower[index - 1]) { return nil }
            if lower[index] == "that", index == be + 3, ["drug", "medicine", "substance", "device", "thing", "tool", "test", "procedure"].contains(lower[index - 1]) {
                return nil
            }
            // ("… is a common type of anemia that happens …" says something before the clause.)
            if lower[index] == "that", ["type", "kind", "form", "sort"].contains(lower[be + 2]),
               lower[..<be].contains(lower[index - 1]) { return nil }
            // ("This is a safety precaution in case you are one of the patients who has a
            // complication that might require surgery": the clause is the complication's.)
            // ("… a disorder that progressively destroys nerve cells": how it does so, then the verb.)
            let verbAt = index + 2 < lower.count && Self.isAdverb(lower[index + 1]) ? index + 2 : index + 1
            // ("A gene mutation is a permanent change in the DNA sequence that makes up a gene": after
            // a phrase other than "of", the clause may be its noun's, and "It makes up a gene" the
            // mutation's. "A group of diseases that …" is still the group.)
            if !atCause, !hedged, lower[index] == "that", !words[index - 1].hasSuffix(","), lower[be + 1] != "the",
               !lower[(be + 1)..<index].contains(where: { Self.subordinators.contains($0) || Self.clauseVerbs.contains($0)
                   || ["who", "which", "that", "case"].contains($0) || Self.prepositions.contains($0) && $0 != "of" }),
               Self.predicateVerbs[lower[verbAt]] != nil || Self.modals.contains(lower[verbAt])
                || Self.secondVerbForm(lower[verbAt])?.form == (plural ? .base : .s)
                || Self.statementVerbForms.contains(lower[verbAt]) && lower[verbAt].hasSuffix("s") != plural
                // "… a sheet of tissue that supports the uterus": a word that agrees, then "the",
                // "your"… is a verb and its object ("a test that doctors use" has no "the" next).
                || verbAt + 1 < words.count && Self.determiners.contains(lower[verbAt + 1]) && !Self.personalPronouns.contains(lower[verbAt + 1])
                    && lower[verbAt].count > 3 && (plural ? !lower[verbAt].hasSuffix("s") : Self.endsPlural(lower[verbAt]))
                    && !Self.isAdverb(lower[verbAt]) && !Self.prepositions.contains(lower[verbAt]) {
                if let agreement = Self.predicateVerbs[lower[verbAt]] ?? nil, agreement != plural { return nil }
                return [left + ".", (plural ? "They " : "It ") + words[(index + 1)...].joined(separator: " ")]
            }
            // "Moebius syndrome is a rare birth defect caused by the absence of …" → "… a rare birth
            // defect. It is caused by …": a participle of cause describes the noun as a "that"
            // clause does. Not after "with" ("a condition with symptoms caused by …": the
            // symptoms' cause), nor where the noun repeats the subject's ("… is a type of anemia").
            // The first sentence must say more than "… is a disorder.", and "are" must define
            // ("Antibiotics are used to treat an overgrowth caused by …" is no definition).
            if atCause, !hedged, Self.causeParticiples.contains(lower[index]), lower[index + 1] == "by", !words[index - 1].hasSuffix(","),
               ["a", "an"].contains(lower[be + 1]), index - be >= 4,
               !(["type", "kind", "form", "sort"].contains(lower[be + 2]) && lower[..<be].contains(lower[index - 1])),
               !lower[(be + 1)..<index].contains(where: { Self.subordinators.contains($0) || Self.clauseVerbs.contains($0)
                   || ["who", "which", "that", "case", "with"].contains($0) }) {
                return [left + ".", (plural ? "They are " : "It is ") + words[index...].joined(separator: " ")]
            }
            // ("… is a group of disorders in which …": no "In this disorders".)
            // ("… a group of diseases of the blood and bone marrow in which …": after a second "of"
            // or an "and", the clause may be an earlier noun's; "In these marrow" would be wrong.)
            if !atCause, lower[index] == "in", lower[index + 1] == "which", Self.wordCount(left) >= 4,
               lower[(be + 1)..<index].filter({ $0 == "of" }).count <= 1, !lower[(be + 1)..<index].contains(where: { ["and", "or"].contains($0) }),
               noun.count > 2, plural || !Self.endsPlural(noun.lowercased()), !Self.prepositions.contains(noun.lowercased()), !Self.nounPhraseStarts.contains(noun.lowercased()) {
                let head = left.hasSuffix(",") ? String(left.dropLast()) : left
                return [head + ".", "In " + (plural ? "these " : "this ") + noun + ", " + words[(index + 2)...].joined(separator: " ")]
            }
        }
        return nil
    }

    /// "Preterm birth is the most common cause of infant death and is the leading cause of …" →
    /// "… infant death. It is also the leading cause of …": a second verb of the same subject
    /// starts a sentence of its own with the subject as a pronoun: the one written ("you", "it",
    /// "they"), else "It" or "They" as the verbs agree. A second verb that is not a helper verb
    /// ("… may also do an ultrasound exam and use a monitor to …") must be a verb of
    /// `secondVerbs` followed by its object (so "changes in your mood" stays a noun), and takes
    /// the helper verb of the first ("They may also use a monitor to …"). Not when the subject
    /// may be one person (the pronoun could be wrong), after a condition or a negation (it may
    /// govern both verbs), or inside brackets.
    func splitPredicate(_ text: String, count: Int) -> [String]? {
        guard count > statementLength else { return nil }
        // Whether the whole sentence lists what it includes, asked once, and only when needed.
        lazy var listsWhatItIncludes = inclusionList(text) != nil
        var words = text.split(separator: " ").map(String.init)
        // "… within 10 years and also are more likely to …": "also" before a helper verb goes
        // after it ("They are also more likely …"), where the joint's verb is looked for.
        // ("… or are deaf and also have heterochromia": "have" there is the verb itself, and "They
        // have also heterochromia" is no English; "also" stays before "have", "has", "do".)
        for index in words.indices.dropLast(2) where words[index] == "and" && words[index + 1] == "also"
            && Self.predicateVerbs[words[index + 2].lowercased()] != nil
            && !["have", "has", "had", "do", "does", "did"].contains(words[index + 2].lowercased()) {
            words.swapAt(index + 1, index + 2)
        }
        let lower = words.map { $0.lowercased().trimmed(.punctuation) }
        // (From five words on the first half is a sentence: "This damages the small intestine.")
        for index in words.indices where ["and", "or", "but"].contains(words[index]) && index >= 5 && index + 4 < words.count {
            let verb = lower[index + 1]
            // "… can show up right after an injury or may not appear until …": an "or" before a
            // helper verb offers a second possibility, "Or they may not appear …"; a "but" before
            // one a contrast, "But it is one of the first parts …".
            let joining = words[index] == "and" ? nil : Self.capitalized(words[index])
            // ("PML has a death rate of 30-50 percent … but depends on …": a contrast may also
            // join a verb that agrees, "But it depends on …".)
            if joining == "Or" || joining == "But" && ![.s, .ed].contains(Self.secondVerbForm(verb)?.form),
               Self.predicateVerbs[verb] == nil { continue }
            // "the cause is either not known or is thought to be …": "either" pairs the two; so
            // does "whether" ("It's unclear whether these factors have a common cause or are
            // related by …" asks one question, which cut would state its second half).
            if lower[..<index].contains("either") { continue }
            // "Men can get early treatment and minimize … effects by recognizing …": how, said after
            // the second verb, may be how of both; cut, the first would lose it.
            // (Not after a verb that says what a thing is, "Tadalafil belongs to this class of
            // medicines and can reduce … by relaxing …", nor for a passive's doer, "… and may be
            // made worse by sneezing".)
            let second = lower[(index + 1)...]
            if words[index] == "and", !lower[..<index].contains(where: { Self.beForms.contains($0) || ["belongs", "belong"].contains($0) }),
               let by = second.indices.dropLast().first(where: { second[$0] == "by" && second[$0 + 1].count >= 5 && second[$0 + 1].hasSuffix("ing") }),
               !second[..<by].contains(where: Self.beForms.contains) { continue }
            if joining == "Or", lower[..<index].contains(where: { ["whether", "if"].contains($0) }) { continue }
            // ("Most have a hearing impairment or are deaf and also have …": what comes after "and
            // also" is said of both possibilities.)
            if joining == "Or", lower[(index + 1)...].contains("also") { continue }
            // "People with 36 to 39 repeats may or may not develop …": the first helper has its
            // verb after the second; it ends no predicate.
            // ("… whether you have or have had …": the same for a verb said again.)
            if Self.modals.contains(lower[index - 1]) || lower[index - 1] == lower[index + 1] { continue }
            if joining == nil, let instructions = Self.twoInstructions(words, lower, at: index) { return instructions }
            // "… and do an exam": "do" before an object is the verb itself, not a helper.
            let doing = Self.doForms[verb].flatMap { form in Self.objectStarts.contains(lower[index + 2]) ? (base: "do", form: form) : nil }
            let helper = doing == nil ? Self.predicateVerbs[verb] : nil
            let lexical = helper == nil ? doing ?? Self.secondVerbForm(verb) : nil
            // "… and are not being treated": a helper verb brings its own negation along.
            // A comma before the joint only before "but" or "and" and a helper verb ("… within a day
            // of having a baby, but may take place up to 12 weeks after"; "… mild to very painful,
            // and may be made worse by …"): after ", or", or before a verb of its own, the verb may
            // close a list.
            let commaBefore = words[index - 1].hasSuffix(",")
            // "… are more likely to survive and have less severe problems": after a "to" and its
            // verb, "have", "be" and "do" are that "to"'s second verb, not a helper of their own.
            // ("… can cause individuals to bruise easily or have episodes of bleeding": a few words
            // back, before any comma.)
            let clauseStart = (words[..<index].lastIndex(where: { $0.hasSuffix(",") }) ?? -1) + 1
            let fewWordsBack = min(max(clauseStart, index - 4), index - 1)..<(index - 1)
            // ("… look for damage to surrounding tissues and do tests": a "to" before a thing is no verb's.)
            let toBeforeAVerb = fewWordsBack.contains { at in
                lower[at] == "to" && !Self.nounPhraseStarts.contains(lower[at + 1]) && !lower[at + 1].hasSuffix("ing")
                    && !lower[at + 1].contains(where: \.isNumber)
            }
            if helper != nil, ["have", "be", "do"].contains(verb), toBeforeAVerb || lower[index - 2] == "to" { continue }
            guard helper != nil || lexical != nil, helper != nil || lower[index + 2] != "not",
                  !commaBefore || (joining == "But" || words[index] == "and") && helper != nil && !lower[..<index].contains("only") else { continue }
            // "… and contains information about …": after a verb that agrees ("-s", "-ed"), a bare
            // noun may be the object too; a base form ("and use monitors") could be a noun's plural,
            // unless it is never a noun ("and heal damage").
            // ("… and helps prevent the juice from …": "help" takes a bare verb.)
            if let lexical, !(Self.objectStarts.contains(lower[index + 2])
                              || lexical.base == "help" && Self.knownVerbForm(lower[index + 2])?.form == .base
                              // ("… but depends on the severity …": a word that is only a verb may
                              // take a phrase instead.)
                              || classes.onlyVerbs.contains(lexical.base) && Self.prepositions.contains(lower[index + 2])
                              || lower[index + 2] == "to" && Self.verbsTakingTo.contains(lexical.base)
                              || (lexical.form != .base || classes.onlyVerbs.contains(lexical.base)) && Self.isBareObject(words[index + 2])) { continue }
            var left = words[..<index].joined(separator: " ")
            if commaBefore { left.removeLast() }
            // The subject: the words before the first helper verb ("Regular visits to your doctor
            // are …"), or before the first other verb when there is none ("This occurs as …").
            // After a purpose that opens the sentence ("To diagnose it, your doctor will ask …
            // and do an exam"), which reaches both verbs, the second says "also": "… will ask ….
            // Your doctor will also do an exam."
            let isHelper = { (word: String) in Self.predicateVerbs[word] != nil || Self.clauseVerbs.contains(word) }
            // "For many women with POI, trouble getting pregnant is the first symptom … and is what
            // leads them …": a short opening phrase, then the subject.
            // ("But ignoring this urge will cause … and make …": the subject after a joining word.)
            let beforeJoint = words[..<(commaBefore ? index - 1 : index)]
            let purposeEnd = Self.purposeOpeningEnd(beforeJoint)
            let opening = Self.openingPhraseEnd(beforeJoint) ?? purposeEnd ?? 0
            let start = Self.joiningWords.contains(lower[opening]) ? opening + 1 : opening
            // "Please be aware we are a Teaching Hospital and may have trainees …": after an
            // instruction the second verb is the clause's inside it ("we"), not the reader's.
            // ("Applying ergonomic principles—designing furniture …—can …": words set off by
            // dashes hide where the subject ends.)
            // ("Tadalafil (Cialis) belongs to …": a short name in brackets hides nothing.)
            // ("The digestive system removes and processes nutrients (vitamins, minerals, …) from
            // foods and helps …": brackets after the subject's verb, closed before the joint, hide
            // nothing; their commas are no clause's.)
            guard !Self.opensCondition(purposeEnd.map { words[$0..<index].joined(separator: " ") } ?? left),
                  !left.contains(where: { "—–".contains($0) }),
                  left.filter({ $0 == "(" }).count == left.filter({ $0 == ")" }).count,
                  // ("… will ask about your health, your symptoms, and the medicines you take, and
                  // will do an exam": the commas of one series closed before the joint are its own.)
                  case let ownWords = Self.outsideBrackets(String(left.dropFirst(words[..<start].joined(separator: " ").count))),
                  !ownWords.contains(",") || commaBefore && helper != nil && Self.commasCloseOneSeries(ownWords.trimmingCharacters(in: .whitespaces)),
                  // ("Use of alcohol … can harm …": a noun before "of"; "Rest is …": a noun before its verb.)
                  lower[0] != "please", !(Self.isInstruction(left) && !Self.prepositions.contains(lower[1]) && !Self.clauseVerbs.contains(lower[1])),
                  let helperAt = lower[start..<index].firstIndex(where: isHelper)
                      ?? lower[start..<index].firstIndex(where: { Self.secondVerbForm($0).map { $0.form != .base } == true })
                      // ("Symptoms of Crohn's disease vary from person to person and may include …":
                      // a plural's verb is a base form, found where the word is only ever a verb.
                      // Where the whole sentence lists what it includes, the list cuts it instead.)
                      ?? lower[start..<index].indices.first(where: { at in
                          at > start && lower[at - 1] != "to" && (classes.onlyVerbs.contains(lower[at])
                              // ("The kidneys filter wastes … and produce …": a verb the rules know,
                              // right after a plural noun.)
                              || Self.knownVerbForm(lower[at])?.form == .base && Self.namesMany(lower[at - 1])
                                  // ("Experts recommend pregnant women maintain …": no verb before it.)
                                  && !lower[start..<at].contains(where: knowsAsVerb))
                      }).flatMap({ listsWhatItIncludes ? nil : $0 }),
                  // "These proteins build up in the bone marrow and can cause … or can damage …": a
                  // helper after "and" or "but then" is a second verb's. The subject ends at the
                  // first verb before it ("Renal colic most often begins …") in "-s" or "-ed", or,
                  // where that verb is a base form that could be a noun ("build"), nowhere.
                  let subjectEnd = helperAt == start || !Self.joiningWords.contains(lower[helperAt - 1]) ? helperAt
                      : lower[start..<helperAt].firstIndex(where: { Self.secondVerbForm($0).map { $0.form != .base } == true }),
                  subjectEnd > start, !words[..<subjectEnd].contains(where: { $0.contains("(") && !Self.isShortName($0) }) else { continue }
            // "The rash is usually localized … and does not cross …", "Diabetes often causes … and
            // affects …": how often or how surely the first verb holds reaches the second too; two
            // sentences would make the second always true.
            // ("The lens is normally clear at birth but is …": a contrast says how the second differs.)
            // ("… are more likely to develop diabetes and are also …": "more likely" compares; it
            // is no hedge on the first verb. "Most often" is one.)
            // ("… most often have a combination of problems, and may not have every one": a
            // second verb with a helper of chance carries its own hedge; after "or" the hedge
            // reaches both possibilities.)
            guard joining == "But" || joining == nil && Self.modals.contains(verb) && helper != nil || !lower[..<index].indices.contains(where: { at in
                Self.qualifiers.contains(lower[at]) && !(lower[at] == "likely" && at > 0 && ["more", "less"].contains(lower[at - 1]))
            }) else { continue }
            let subject = Array(lower[start..<subjectEnd])
            // "With proper care people can have long periods of remission, and are able to …": a
            // phrase before the subject reaches both verbs.
            // ("About 1 in 3 adults …" counts the subject; it opens no phrase.)
            guard !Self.prepositions.contains(subject.first ?? "") || subject.first == "about" else { continue }
            // "Skin changes that happen …": the verb found may be the relative clause's. Not when
            // the clause has a verb of its own and its object before the helper found ("The tumors
            // that cause the syndrome are sometimes cancerous and may spread …"): a clause has one
            // verb, so the helper is the sentence's.
            guard !subject.contains(where: Self.subjectRelativeWords.contains)
                    || helper != nil && Self.predicateVerbs[lower[subjectEnd]] != nil && Self.relativeClauseIsClosed(subject) else { continue }
            // "Doctors use a test that measures sugar and can show …": after a relative clause the
            // second verb may be the clause's, and the test's, not the doctors'.
            guard !lower[subjectEnd..<index].contains(where: { Self.relativeWords.contains($0) }) else { continue }
            // "The test is quick and most people have it done in the clinic, but may find …": after
            // a comma the verb may be the second clause's; so it may after a "but" ("Flashes can
            // happen with migraine but these flashes are not … and do not signal …").
            guard !commaBefore || !lower[subjectEnd..<index].contains(where: Self.joiningWords.contains)
                    || Self.commasCloseOneSeries(String(words[subjectEnd..<index].joined(separator: " ").dropLast())),
                  !lower[subjectEnd..<index].contains("but") else { continue }
            // "You may also be given Codeine … as rescue pain killers and can be helpful …": after a
            // person given or told something, the second verb may be the thing's.
            if Self.namesPerson(Array(lower[start..<subjectEnd])[...]) || lower[start] == "you",
               zip(lower[subjectEnd..<index], lower[subjectEnd..<index].dropFirst()).contains(where: { ["be", "been", "being", "is", "are"].contains($0) && Self.toldOrGiven.contains($1) }) { continue }
            // "People with this condition often do not have the strength … and must be supported
            // with a machine": how often, before the first verb, reaches the second too, which "They
            // must be supported" would say of everyone.
            // (A second verb with a hedge of its own, "… often starts around the belly button and
            // may come and go", says no more of everyone.)
            if lower[max(start, subjectEnd - 1)...min(index - 1, subjectEnd + 1)].contains(where: Self.howOftenWords.contains),
               !["may", "might", "can", "could"].contains(lower[index + 1]),
               !lower[(index + 1)...].contains(where: Self.howOftenWords.contains) { continue }
            // "Doctors may use radiation to shrink a tumor and make it easier to remove": after a
            // "to" and its verb, a bare verb may be the purpose's second one, which "They may make
            // it easier" would give to the doctors.
            // ("… will cause the poo to get harder and make the problem worse": after "cause",
            // "allow" … and its object, the "to" is no purpose, and "make" is the subject's.)
            if Self.knownVerbForm(lower[index + 1])?.form == .base,
               !lower[subjectEnd..<index].contains(where: { ["cause", "causes", "allow", "allows", "enable", "enables", "force", "forces",
                                                             "want", "wants", "ask", "asks", "tell", "tells", "help", "helps"].contains($0) }),
               zip(lower[(subjectEnd + 1)..<index], lower[(subjectEnd + 1)..<index].dropFirst()).contains(where: { $0 == "to" && Self.knownVerbForm($1)?.form == .base }) { continue }
            let firstVerb = lower[subjectEnd]
            let helperOfFirst = Self.predicateVerbs[firstVerb] == nil ? nil : firstVerb
            // "Medicine and a healthy lifestyle can help slow the disease and lower your risk": the
            // second verb is under "help" too ("can help … lower"), and "It can lower …" would drop it.
            // (A second verb with a helper of its own, "… and might help you feel …", is its own.)
            // ("… can help find the problem and help your doctor …": a second "help" is the first's
            // match, not under it.)
            if lower[subjectEnd..<min(index, subjectEnd + 3)].contains(where: { ["help", "helps"].contains($0) }),
               index + 1 < lower.count, !Self.modals.contains(lower[index + 1]), !Self.clauseVerbs.contains(lower[index + 1]),
               !["help", "helps"].contains(lower[index + 1]) { continue }
            // "Adults have worse reactions than children do and are more likely …": after a
            // comparison, "They" could be the other group.
            // ("… in less than 24 hours but may last …" compares no group.)
            if let than = lower[subjectEnd..<index].firstIndex(of: "than"), than + 1 < index,
               !(lower[than + 1].first?.isNumber == true || classes.numberWords.contains(lower[than + 1])) { continue }
            // What the two verbs may share stays with both: a "to" right after the helper ("You
            // will need to track your blood sugar and do things …", "help to clean out … and
            // make"), an object after the second ("can irritate and damage the lining"), or, for
            // a verb under the same helper, a span of time at the end ("can stop taking pain
            // medicine and increase their activity after two weeks").
            let spanOfTime = lower.indices.dropFirst(index + 2).contains { at in
                ["after", "before", "within", "during", "until", "for"].contains(lower[at]) && at + 1 < lower.count
                    && (lower[at + 1].first?.isNumber == true || classes.numberWords.contains(lower[at + 1]) || ["every", "each", "several"].contains(lower[at + 1]))
            }
            // (A second verb with its own helper is under no "to": "tends to be passed down and may
            // not show up …" splits.)
            // ("is linked to insulin resistance and increases …": after "linked", "related"… the "to"
            // leads to a thing, and no verb is under it.)
            guard lexical == nil || !lower[subjectEnd..<min(index, subjectEnd + 3)].indices.contains(where: { at in
                      lower[at] == "to" && !(at > 0 && Self.wordsTakingThingTo.contains(lower[at - 1])) }),
                  helperOfFirst == nil || index - 1 != subjectEnd + 1,
                  !(words[index] == "and" && Self.secondVerbForm(verb)?.form == .base && spanOfTime) else { continue }
            var plural: Bool?
            // "Gradual detachment may cause less pain and have a lower risk …": after a helper like
            // "may", "have" and "do" are under it, base forms that say nothing of the number
            // ("They have …" would lose the "may" and guess a plural).
            let underModal = helper != nil && ["have", "do"].contains(verb) && helperOfFirst.map(Self.modals.contains) == true
            // ("You may have uterine fibroids but have no symptoms": the chance is of both together;
            // "You may have no symptoms" on its own would be a second chance.)
            if underModal, joining == "But" { continue }
            if underModal {
                plural = nil
            } else if let lexical {
                guard !lower[..<index].contains(where: { Self.negations.contains($0) || $0.hasSuffix("n't") }) else { continue }
                switch lexical.form {
                // "… may do an exam and use a monitor": the helper carries over. Not right after a
                // "to" and its verb ("can make it hard to understand and follow …"): the two verbs
                // share the "to" and the object ("can cause you to snore loudly and leave you …" splits).
                // ("should think about ways to lose weight and reduce the risk": nor after "ways
                // to", "how to" … and a verb, which the second verb may go on.)
                // ("The kidneys filter wastes out of the blood and produce a hormone": a plural's
                // own verb, and the second agrees with it.)
                case .base where helperOfFirst == nil && Self.knownVerbForm(firstVerb)?.form == .base:
                    // ("Nitrates relax blood vessels to let more blood flow to the heart and reduce
                    // its workload": the second verb may be the "to"'s.)
                    // ("Experts recommend pregnant women maintain a diet and take …": after a verb
                    // that takes a clause, the second verb is the clause's.)
                    let between = lower[(subjectEnd + 1)..<index]
                    guard let noun = subject.last, Self.namesMany(noun),
                          !Self.clauseTakingVerbs.contains(firstVerb),
                          !between.contains(where: { Self.knownVerbForm($0)?.form == .base || classes.onlyVerbs.contains($0) }),
                          !between.indices.contains(where: { at in
                              lower[at] == "to" && at + 1 < index && !Self.nounPhraseStarts.contains(lower[at + 1])
                                  && !lower[at + 1].hasSuffix("ing") && !lower[at + 1].contains(where: \.isNumber) }) else { continue }
                    plural = true
                case .base: guard let helperOfFirst, Self.predicateVerbs[helperOfFirst]! == nil,
                                  lower[index - 2] != "to",
                                  !lower[(subjectEnd + 1)..<(index - 1)].indices.contains(where: { at in
                                      lower[at] == "to" && (Self.nounsTakingTo.contains(lower[at - 1]) || lower[at - 1] == "how")
                                  }) else { continue }
                // ("PML has a death rate … but depends on …": "has" and "is" agree as well.)
                // ("Autoimmune hepatitis can happen at any age and affects people …": after a
                // helper like "can", a verb that agrees is under none, and says a second thing.)
                case .s: guard helperOfFirst == nil && Self.secondVerbForm(firstVerb)?.form == .s || ["has", "is"].contains(firstVerb)
                                || helperOfFirst.map(Self.modals.contains) == true else { continue }
                    plural = false
                case .ed: guard helperOfFirst == nil, Self.secondVerbForm(firstVerb)?.form == .ed else { continue }
                case .ing: continue
                }
            } else {
                plural = helper!
            }
            var pronoun: String
            // "Missing portions of the reproductive tract …": the number (and whether it is people)
            // is the head noun's, before its "of …" ("a waist measurement for men and women").
            var head = subject.prefix { !Self.prepositions.contains($0) }
            // ("Conditions linked to PPV can vary …": nor is a describing verb after it.)
            if head.count > 1, head.endIndex < subject.endIndex, let last = head.last, last.count > 4, last.hasSuffix("ed") {
                head = head.dropLast()
            }
            // ("The lesions usually don't cause …": how often is no part of the noun.)
            // ("Neurological signs and symptoms most often become …": "most often" too.)
            while head.count > 1, let last = head.last, Self.isAdverb(last) || Self.qualifiers.contains(last) || last == "most" { head = head.dropLast() }
            if ["you", "we", "they", "it"].contains(subject[0]) && subject.count == 1 {
                pronoun = Self.capitalized(subject[0])
            } else if subject.count <= 4, ["your", "the"].contains(subject[0]), subject.contains(where: Self.namesPerson(byWork:)) {
                // "Your doctor will explain … and may refer you …": the person named again, since
                // "he", "she" or "they" is not the rule's to choose.
                pronoun = Self.capitalized(words[start..<subjectEnd].joined(separator: " "))
            } else if (2...4).contains(subject.count), ["a", "an"].contains(subject[0]), let last = subject.last,
                      ["doctor", "provider", "nurse", "midwife"].contains(last) || Self.endsAsWork(last) {
                // "A health care provider may draw blood … and send the sample to a lab" → "The health
                // care provider may send …": the one just named, by their work.
                pronoun = "The " + words[(start + 1)..<subjectEnd].joined(separator: " ")
            } else if head.contains(where: Self.personWords.contains) {
                guard head.contains(where: Self.peopleWords.contains), plural != false else { continue }
                pronoun = "They"
            } else if subject.contains(where: ["minority", "majority", "rest", "remainder", "others"].contains) {
                // "… whereas the minority may not respond as well and can, in time, become more
                // disabled": a part of a group of people is "they", never "it".
                pronoun = "They"
            } else {
                let agreed: Bool? = plural ?? lower[..<index].lazy.compactMap { Self.predicateVerbs[$0] ?? nil }.first
                pronoun = agreed ?? Self.endsPlural(head.joined(separator: " ")) ? "They" : "It"
                // "Putting butter on burned skin holds heat in the tissue and may cause more
                // damage": the doing is the subject, and "It" would read as the tissue.
                // ("Drinking too much alcohol can make it hard … to do your job and can affect …":
                // a doing is one thing, whatever verbs come before.)
                // ("Missing parts of the tract …" is a plural, not a doing.)
                if let first = subject.first, first.hasSuffix("ing"), first.count > 5, pronoun == "It" || !Self.endsPlural(head.joined(separator: " ")) {
                    // ("Chewing gum … should therefore be avoided": a short doing is named again,
                    // where "This" could be the pain just named.)
                    pronoun = subject.count <= 4 ? Self.capitalized(words[start..<subjectEnd].joined(separator: " ")) : "This"
                }
                // "Missing portions … can cause endocrine disruptions. They may combine …": after a
                // plural object, "They" would read as the object. A subject of up to three words is
                // named again instead ("Fruits and vegetables have many health benefits. Fruits and
                // vegetables are …"), unless it counts or picks ("Some people …. Some people …"
                // could be two groups).
                if pronoun == "They", Self.endsPlural(left) {
                    guard subjectEnd - start <= 3, !subject.contains(where: Self.quantifyingWords.contains),
                          !subject.contains(where: { Self.determiners.contains($0) }) else { continue }
                    pronoun = Self.capitalized(words[start..<subjectEnd].joined(separator: " "))
                }
            }
            let rest = words[(index + 2)...].joined(separator: " ")
            // No "also": "A blood pressure test is easy. It can be done in the office" says no
            // more than the sentence did.
            let also = purposeEnd != nil && joining == nil && !lower[(index + 1)...].contains("also") ? "also " : ""
            if lexical?.form == .base || underModal, let helperOfFirst {
                // ("It can also make you irritable and affect …": the "also" after the helper
                // reaches the second verb too, "It can also affect …".)
                let alsoAgain = also.isEmpty && lower[subjectEnd + 1] == "also" && !lower[(index + 1)...].contains("also") ? "also " : also
                return [left + ".", pronoun + " " + helperOfFirst + " " + alsoAgain + words[index + 1] + " " + rest]
            }
            if let joining { return [left + ".", joining + " " + Self.uncapitalized(pronoun) + " " + words[index + 1] + " " + rest] }
            return [left + ".", pronoun + " " + also + words[index + 1] + " " + rest]
        }
        return nil
    }

    /// A word that can start a bare object ("information", "damage"): lower-case letters only,
    /// and no preposition, conjunction or other small word that would make the verb a noun
    /// ("causes of", "causes and").
    static func isBareObject(_ word: String) -> Bool {
        word.count > 3 && word.allSatisfy({ $0.isLetter && $0.isLowercase })
            && !prepositions.contains(word) && !subordinators.contains(word) && !["and", "or", "but", "that", "than"].contains(word)
    }

    /// Where an opening purpose ends: the index after its comma ("To find out if you have asthma,"),
    /// when the words open with "to" and a verb and have one comma, at most ten words before it.
    static func purposeOpeningEnd(_ words: ArraySlice<String>) -> Int? {
        guard words.count > 2, words.first?.lowercased() == "to",
              let verb = words.dropFirst().first?.lowercased(), knownVerbForm(verb)?.form == .base || secondVerbForm(verb)?.form == .base,
              let comma = onlyComma(in: words, within: 10) else { return nil }
        return comma + 1
    }

    /// The index of the one comma in `words`, when it comes within its first `count` words.
    private static func onlyComma(in words: ArraySlice<String>, within count: Int) -> Int? {
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma - words.startIndex < count,
              words.filter({ $0.contains(",") }).count == 1 else { return nil }
        return comma
    }

    /// Where a short opening phrase ends: the index after its comma ("For many women with POI,"),
    /// when the words open with a preposition and have one comma, at most six words before it
    /// and no verb; nil otherwise.
    static func openingPhraseEnd(_ words: ArraySlice<String>) -> Int? {
        guard let first = words.first?.lowercased(), prepositions.contains(first), let comma = onlyComma(in: words, within: 6),
              !hasVerb(words[...comma].joined(separator: " ")) else { return nil }
        return comma + 1
    }

    /// "Check the areas of stress in your life and reduce the things that are causing stress." →
    /// "Check the areas of stress in your life. Reduce the things …": two instructions joined by
    /// "and", each a sentence. Only when the second verb is followed by its object, the first
    /// word is a verb (no helper verb follows it, as in "Use of alcohol … can harm …", and no
    /// preposition, as in "Help from family …"), the first verb does not ask someone else to act
    /// ("Have your partner …", "Ask your doctor …"), and nothing in the first may reach the
    /// second: no negation ("Do not lift … and take …" would become an order to take), no
    /// condition, time, reason or question word, no "to", "try", "remember" or "sure", no comma
    /// or bracket.
    static func twoInstructions(_ words: [String], _ lower: [String], at index: Int) -> [String]? {
        let left = words[..<index].joined(separator: " ")
        let right = words[(index + 1)...].joined(separator: " ")
        guard isInstruction(left), isInstruction(right), !othersActing.contains(lower[0]),
              objectStarts.contains(lower[index + 2]), !prepositions.contains(lower[1]),
              !left.contains(where: { ",;:()".contains($0) }), !opensCondition(left),
              !lower[1..<index].contains(where: { clauseVerbs.contains($0) || predicateVerbs[$0] != nil }),
              !lower[..<index].contains(where: { negations.contains($0) || $0.hasSuffix("n't") || reachingWords.contains($0) }),
              right.last.map({ ".!".contains($0) }) == true else { return nil }
        return [left + ".", capitalized(right)]
    }

    /// `text` without a short opening phrase of up to three words and no verb ("For example, ",
    /// "Each morning, "), or all of it.
    static func withoutOpeningPhrase(_ text: String) -> String {
        guard let comma = text.range(of: ", "), case let opening = String(text[..<comma.lowerBound]),
              (1...3).contains(wordCount(opening)), !hasVerb(opening), !opensCondition(opening) else { return text }
        return String(text[comma.upperBound...])
    }

    /// "Be sure to go to all appointments, and call your doctor if …" → "… appointments. Call your
    /// doctor if …": a second instruction after ", and" that stands alone once the first has ended.
    /// Only when both open with an instruction's verb, the second's is one that gives an order of
    /// its own ("call", "take", "keep" …, not "be" or "have"), and the first runs no series of
    /// orders ("Wash your hands, cover coughs, and stay home": the last item of a list) and has no
    /// "not only".
    /// ("Start walking … a week, and then build up to brisk walking for 60 minutes" → "… Then
    /// build up …": a next step, whose span of time is its own. "For example, start walking …":
    /// a short opening phrase may come before the first order.)
    static func joinsInstruction(_ left: String, _ right: String) -> Bool {
        var rightWords = right.split(separator: " ").map { $0.lowercased() }
        let nextStep = rightWords.first == "then"
        if nextStep { rightWords.removeFirst() }
        let first = rightWords.first ?? ""
        let order = withoutOpeningPhrase(left)
        guard isInstruction(order), secondVerbForm(first)?.form == .base || ["see", "talk", "go"].contains(first),
              !othersActing.contains(first), !["want", "allow", "cause", "lead", "happen", "occur", "include", "require", "contain",
                                               "affect", "damage", "develop", "grow", "form", "feel", "lose", "gain"].contains(first),
              !left.lowercased().contains("not only"), nextStep || !saysSpanOfTime(right) else { return false }
        // No order after any comma of the first: a series, whose last item this would be. ("Do not
        // lift anything heavy, drive a car for a week, and take baths …": an order's verb the rules
        // do not know is one all the same; what follows a comma and is no order opens with a word
        // that says where, when or how: "…, especially after surgery, and …".)
        return !order.components(separatedBy: ", ").dropFirst().contains { part in
            guard let first = part.split(separator: " ").first.map({ $0.lowercased() }) else { return false }
            return isInstruction(part) || ["and", "or", "then"].contains(first)
                || first.allSatisfy(\.isLetter) && !prepositions.contains(first) && !subordinators.contains(first) && !isAdverb(first)
                    && !nounPhraseStarts.contains(first) && !personalPronouns.contains(first) && !["especially", "even", "not", "as"].contains(first)
        }
    }

    /// True when `text` says how long or when ("… during your first week home", "… for 2 days"),
    /// which may reach an instruction before it too ("Move around the house and shower,
    /// and use the stairs during your first week home").
    static func saysSpanOfTime(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
        let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "hour", "hours", "night", "nights", "year", "years"]
        return words.indices.contains { index in
            ["during", "for", "within", "until", "over", "after", "in"].contains(words[index])
                && words.dropFirst(index + 1).prefix(4).contains(where: units.contains)
        }
    }

    /// Words in a first instruction that may reach past its "and" to a second one.
    private static let reachingWords: Set<String> = [
        "try", "remember", "sure", "to", "how", "if", "when", "whenever", "whether", "what", "which", "where", "why",
        "before", "after", "until", "while", "unless", "once", "because", "since", "as", "though", "although", "so",
        "or", "either",
    ]

    /// First verbs that ask someone else to act: what follows "and" may be theirs to do.
    private static let othersActing: Set<String> = ["be", "do", "ask", "have", "let", "help", "get", "make", "tell"]

    /// Words of how often something is so, which reach every verb of their subject (a part of
    /// `qualifiers`).
    static let howOftenWords: Set<String> = ["often", "usually", "sometimes", "frequently", "typically", "rarely", "generally", "occasionally"]

    /// Words that say how often or how surely something holds, and so reach every verb they stand before.
    static let qualifiers: Set<String> = ["usually", "often", "sometimes", "rarely", "seldom", "generally", "typically",
                                                "mostly", "normally", "always", "frequently", "occasionally", "commonly",
                                                "likely", "probably", "possibly", "perhaps"]

    /// Words that say a clause follows from the one before ("thus", "therefore", "hence"): no
    /// subject, and no thing of a series.
    static let thereforeWords: Set<String> = ["thus", "therefore", "hence"]

    /// Words of how, how often or when that stand before a verb or open a phrase: the qualifiers,
    /// and "still", "only", "especially" …
    static let adverbs = qualifiers.union(["still", "also", "already", "only", "just", "even", "ever", "now", "again", "really",
                                           "especially", "mainly", "particularly"])

    /// True when `word` says how, how often or how much: one of `adverbs`, or an "-ly" word that
    /// is no noun or describing word ("family history", "belly pain", "daily care").
    static func isAdverb(_ word: String) -> Bool {
        adverbs.contains(word) || word.hasSuffix("ly") && !lyWords.contains(word)
    }

    /// True when `word` names more than one: a plural noun or a people word ("factors", "women").
    static func namesMany(_ word: String) -> Bool {
        endsPlural(word) || peopleWords.contains(word)
    }

    /// True when the rules know `word` as a verb: a form of one they know, or a word that is only
    /// ever a verb.
    func knowsAsVerb(_ word: String) -> Bool {
        Self.knownVerbForm(word) != nil || classes.onlyVerbs.contains(word)
    }

    /// Words that open a relative clause inside a subject ("The tumors that cause …").
    static let subjectRelativeWords: Set<String> = ["that", "which", "who", "whose", "whom"]

    /// True when `subject` holds one relative clause with a verb of its own and its object, and
    /// nothing after them that could be a second verb ("the tumors that cause the syndrome"): a
    /// clause has one verb, so a helper after the subject is the sentence's.
    static func relativeClauseIsClosed(_ subject: [String]) -> Bool {
        let relatives = subject.indices.filter { subjectRelativeWords.contains(subject[$0]) }
        guard relatives.count == 1, let relative = relatives.first, relative >= 2, relative + 2 < subject.count else { return false }
        let verb = subject[relative + 1]
        return predicateVerbs[verb] == nil && !modals.contains(verb)
            && knownVerbForm(verb).map({ [.base, .s].contains($0.form) }) == true
            && !subject[(relative + 2)...].contains(where: { ["and", "or"].contains($0) || knownVerbForm($0) != nil })
    }

    /// Endings of describing words ("physical", "emotional", "serious", "treatable").
    static let describingEndings = ["al", "ic", "ous", "ive", "ful", "ary", "ible", "able"]

    /// Verbs whose object may be a clause ("recommend that …", "think …"): a second verb after
    /// "and" may be that clause's.
    static let clauseTakingVerbs = knowingVerbs.union(["recommend", "advise", "require", "ask", "mean", "ensure"])

    /// Words in "-ly" that are no adverbs.
    private static let lyWords: Set<String> = ["family", "belly", "supply", "assembly", "jelly", "fly", "ugly", "lily", "reply",
                                               "ally", "bully", "daily", "weekly", "monthly", "yearly", "early", "elderly",
                                               "likely", "unlikely", "lonely", "friendly", "oily", "chilly", "curly", "holy", "silly"]

    /// Words that join a clause to the one before: a clause opening with one is no sentence's main clause.
    static let joiningWords: Set<String> = ["and", "but", "or", "so", "yet", "then"]

    /// What may link a condition that opens a sentence to the one before ("For example, if …").
    static let conditionLinks = ["For example, ", "For instance, ", "So, ", "Also, ", "But ", "However, ", "In addition, ", "Still, "]

    /// "do" in each form, as a verb of its own.
    static let doForms: [String: Inflection] = ["do": .base, "does": .s, "did": .ed]

    /// A verb a second predicate may start with ("… and use a monitor"), as its base form and
    /// the form written; nil for other words.
    static func secondVerbForm(_ word: String) -> (base: String, form: Inflection)? {
        secondVerbForms[word]
    }

    private static let secondVerbForms = verbForms(secondVerbs.sorted(), [.ed, .s, .base])

    /// Each of `bases` in each of `forms` ("think" → "think", "thinks"), with its base and form.
    static func verbForms(_ bases: [String], _ forms: [Inflection]) -> [String: (base: String, form: Inflection)] {
        var found: [String: (base: String, form: Inflection)] = [:]
        for base in bases {
            for form in forms { found[Inflection.apply(form, to: base)] = (base, form) }
        }
        return found
    }

    /// Verbs common in health text that, after "and" and before an object, start a second
    /// predicate. Words that are as often nouns before an object ("test", "care", "need") are
    /// left out.
    static let secondVerbs: Set<String> = [
        "use", "take", "help", "call", "get", "make", "keep", "ask", "check", "give", "tell", "find", "start", "stop",
        "cause", "lead", "lower", "raise", "protect", "treat", "watch", "avoid", "follow", "bring", "carry", "send",
        "remove", "replace", "wear", "wash", "clean", "write", "learn", "share", "choose", "want", "try", "allow",
        "let", "add", "hold", "press", "push", "open", "leave", "visit", "affect", "damage", "measure", "record",
        "prescribe", "recommend", "suggest", "order", "show", "explain", "answer", "put", "see", "eat", "drink",
        "limit", "reach", "increase", "lose", "gain", "feel", "include", "require", "contain", "pass",
        "happen", "occur", "develop", "grow", "work", "move", "form", "reduce", "describe", "cover", "discuss", "offer",
        "examine", "refer", "continue", "belong",
        // What treatments and the body do: "… can relieve symptoms and heal the damage". (Only
        // verbs that are never nouns: "an asthma attack" names no doing.)
        "heal", "relieve", "improve", "prevent", "manage", "restore", "strengthen", "weaken", "kill", "destroy", "absorb",
        "detect", "confirm", "diagnose", "depend", "worsen", "irritate",
        // What the one doing a procedure does: "A nurse draws a blood sample … and sends it to a
        // lab", "the urologist inserts … and flushes them out".
        "draw", "insert", "inject", "transmit", "analyze", "flush", "deliver", "inflate",
        // ("… a week, and then build up to brisk walking …": a next step.)
        "build",
        // What a care worker does next ("A nurse can fit you with a pessary and teach you how to
        // care for it"), and what the body or a treatment does ("… and release hormones").
        "teach", "encourage", "remind", "apply", "collect", "release", "contribute", "regain", "reverse",
        "relax", "tighten", "squeeze", "soften", "shrink",
    ]

    /// True when `text`, after a bare "so", says what for: a subject ("the patient", "they", or a
    /// bare noun right before its helper, "so air can flow") and a helper of purpose within four
    /// words. "So bad that", "so much", "so far" say how much.
    static func opensPurpose(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return false }
        let subject = ["the", "your", "you", "they", "it", "he", "she", "we", "their", "her", "his"].contains(first)
            || words.count > 1 && modals.contains(words[1]) && first.allSatisfy(\.isLetter) && !adverbs.contains(first)
                && !["much", "many", "far", "few", "little", "that", "this"].contains(first)
        return subject && words.prefix(4).contains { modals.contains($0) && !["may", "might"].contains($0) }
    }

    /// Words that start the object of a second verb: "and use a monitor", "and tell your doctor".
    static let objectStarts: Set<String> = [
        "a", "an", "the", "your", "their", "its", "her", "his", "our", "my", "it", "them", "you", "him", "us", "this", "that",
        "these", "those", "some", "any", "more", "less", "all", "each", "every", "other", "another", "up", "out", "down", "back",
    ]

    /// Second verbs that may be followed by "to" ("and want to …", not "and changes to your diet").
    static let verbsTakingTo: Set<String> = ["want", "try", "help", "start", "stop", "learn", "choose", "allow", "lead", "continue"]

    /// Words that may govern both verbs of "… not lift … and take …".
    static let negations: Set<String> = ["not", "never", "no", "cannot", "neither", "nor"]

    /// Nouns that take "to" themselves: "a good idea to check …" states no purpose.
    static let nounsTakingTo: Set<String> = ["idea", "way", "ways", "time", "chance", "right", "reason", "need", "ability",
                                             "decision", "plan", "effort", "attempt", "opportunity", "goal", "option", "place"]

    /// "… increasing, possibly because …": a hedge or a focus word that belongs to what follows.
    /// What a doctor or a person may choose to do, from among what follows ("may order imaging
    /// tests, including …").
    static let choosingVerbs: Set<String> = ["order", "do", "use", "recommend", "suggest", "prescribe", "give", "perform",
                                             "try", "take", "choose", "offer"]

    /// Words that hedge what follows their "to" or "that": "is thought to occur because …", "It is
    /// thought that … causes inflammation, which …". (Before "to", a reason is the belief's only
    /// after a word of happening, whose cause the belief is about: "was once thought to be rare
    /// because only severe cases were reported" gives the reason for the belief.)
    static let beliefWords: Set<String> = ["thought", "believed", "suspected", "presumed", "assumed", "seems", "seem",
                                           "appears", "appear"]

    /// Verbs of something coming about, whose cause a belief before them is about.
    static let eventVerbs: Set<String> = ["occur", "happen", "develop", "arise", "result", "form", "start", "begin"]

    static func hedges(_ left: String) -> Bool {
        guard let last = left.split(separator: " ").last?.lowercased().trimmed(.punctuation) else {
            return false
        }
        return last.hasSuffix("ly") || ["perhaps", "maybe", "just", "even", "only", "often", "partly", "mainly"].contains(last)
    }

    /// True when the last part of `left` is a relative clause set off by a comma ("…, called
    /// pain crises, that occur").
    static func endsInRelativeClause(_ left: String) -> Bool {
        guard let comma = left.range(of: ", ", options: .backwards) else { return false }
        return left[comma.upperBound...].lowercased().split(separator: " ").contains { ["that", "which", "who", "whose", "where"].contains($0) }
    }

    /// True when the plural `left` ends in can only be what examples after ", such as" are of: its
    /// clause has no plural subject ("Certain things can set off asthma symptoms, such as pollen"
    /// gives things, not symptoms), no relative clause ("substances that can irritate the lungs,
    /// such as molds") and no phrase's object ("damage to the kidneys").
    static func namesWhatItsExamplesAreOf(_ left: String) -> Bool {
        let clause = afterLastComma(left)
        // ("Certain things in your home can set off …": the subject's own noun, before its phrase.)
        let words = clause.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
        let verb = words.firstIndex { predicateVerbs[$0] != nil || clauseVerbs.contains($0) } ?? 0
        let head = words[..<verb].prefix { !prepositions.contains($0) }.joined(separator: " ")
        return !hasPluralSubject(left) && !hasPluralSubject(clause) && !endsPlural(head) && !endsInObjectOfPhrase(left)
            && !clause.lowercased().split(separator: " ").contains(where: { relativeWords.contains(String($0)) || $0 == "whose" })
    }

    /// True when the last words of `left` name a group of things ("a range of issues related to
    /// POI", "several kinds of tests"): what the examples are of is plural, whatever comes last.
    static func endsInPluralGroup(_ left: String) -> Bool {
        let words = left.lowercased().split(separator: " ").suffix(8).map { $0.trimmed(.punctuation) }
        guard let of = words.lastIndex(of: "of"), of > 0, of + 1 < words.count,
              ["range", "number", "variety", "kinds", "types", "sorts"].contains(words[of - 1]) else { return false }
        return endsPlural(words[of + 1])
    }

    /// True when the clause's subject (the words before its first helper verb) is plural:
    /// "Some people are …", "Serious problems may …".
    static func hasPluralSubject(_ left: String) -> Bool {
        let words = left.lowercased().split(separator: " ").map { $0.trimmed(.punctuation) }
        guard let verb = words.firstIndex(where: { predicateVerbs[$0] != nil || clauseVerbs.contains($0) }), verb > 0 else {
            return false
        }
        let subject = words[..<verb]
        return subject.contains(where: peopleWords.contains) || endsPlural(subject.joined(separator: " "))
    }

    /// True when a clause tells what happened ("… was treated", "… also benefited"): a past form
    /// of "be", "have" or "do", or a word in "-ed" right after a pronoun or a word of when ("they
    /// recovered", "then spread"). After a noun, "-ed" is as often a description ("materials
    /// needed for …", "a camera mounted on …"), and is left alone.
    static func tellsThePast(_ words: [String]) -> Bool {
        words.indices.contains { at in
            let word = words[at].trimmed(.punctuation)
            if ["was", "were", "had", "did"].contains(word) { return true }
            guard at > 0, word.count > 4, word.hasSuffix("ed"), !word.hasSuffix("eed") else { return false }
            let before = words[at - 1].trimmed(.punctuation)
            return personalPronouns.contains(before) || ["also", "then", "later", "recently"].contains(before)
        }
    }

    /// Participles that may end a sentence, and the verb "This" takes for them.
    static let endingParticiples = [("making", "makes"), ("causing", "causes"), ("leading to", "leads to"), ("resulting in", "results in"),
                              ("allowing", "allows"), ("giving", "gives"), ("helping", "helps"), ("increasing", "increases"), ("raising", "raises"),
                              ("reducing", "reduces"), ("lowering", "lowers"), ("preventing", "prevents"),
                              ("delaying", "delays"), ("damaging", "damages"), ("blocking", "blocks"), ("triggering", "triggers"),
                              ("putting", "puts"), ("affecting", "affects"), ("leaving", "leaves"), ("letting", "lets"),
                              ("depriving", "deprives"), ("forcing", "forces"), ("creating", "creates"), ("producing", "produces"),
                              ("widening", "widens"), ("narrowing", "narrows"), ("weakening", "weakens"), ("worsening", "worsens"),
                              ("slowing", "slows"), ("limiting", "limits"), ("stopping", "stops"), ("accounting for", "accounts for"),
                              ("requiring", "requires"), ("contributing to", "contributes to"), ("impairing", "impairs")]

    /// A participle's clause with the participles after its first ("…, putting a strain on the
    /// glomeruli and raising blood pressure", "reducing or completely stopping airflow") in the
    /// verb form its "This" takes: "This puts a strain … and raises blood pressure" ("raise"
    /// after a helper of chance, "This can put …").
    /// Other "-ing" words after "and" are things ("causing pain and swelling").
    static func participlesAsVerbs(_ text: String, hedged: Bool) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // ("reducing or completely stopping airflow": a word of how may come between.)
        for index in words.indices.dropFirst() where ["and", "or"].contains(words[index - 1])
            || index > 1 && ["and", "or"].contains(words[index - 2]) && isAdverb(words[index - 1]) {
            // ("leading to" → "leads to": only the first word changes.)
            guard let verb = endingParticiples.first(where: { participle, _ in
                let parts = participle.split(separator: " ").map(String.init)
                return index + parts.count < words.count && Array(words[index..<(index + parts.count)]) == parts
            })?.1.split(separator: " ").first.map(String.init) else { continue }
            words[index] = hedged ? String(verb.dropLast()) : verb
        }
        return words.joined(separator: " ")
    }

    /// True when the words of a subject have an article right after a noun: "the amount a person
    /// (can tolerate)" opens a clause of another subject, and the verb after is that subject's.
    /// (Not after a word that leads a noun phrase: "of a", "and the", "all the"; nor before a
    /// time that makes a rate: "two servings a day can …".)
    static func opensOtherSubject(_ words: [String]) -> Bool {
        words.indices.dropFirst().contains { at in
            ["a", "an", "the"].contains(words[at]) && !prepositions.contains(words[at - 1])
                && !(at + 1 < words.count && ["day", "week", "month", "year", "night", "hour", "minute"].contains(words[at + 1]))
                && !["and", "or", "both", "half", "quite", "what", "rather"].contains(words[at - 1]) && !nounPhraseStarts.contains(words[at - 1])
                && !isAdverb(words[at - 1]) && !clauseVerbs.contains(words[at - 1])
                && secondVerbForm(words[at - 1]) == nil && !statementVerbForms.contains(words[at - 1])
        }
    }

    /// True when `text` opens with "This" or "These" before a noun ("This enzyme …"), not as a
    /// word of its own ("This is …", "This may …"): a "This" (or "These") after it would point at
    /// that thing.
    static func opensWithThisThing(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(2).map { String($0.trimmed(.punctuation)) }
        guard words.count == 2, ["this", "these"].contains(words[0]) else { return false }
        return !clauseVerbs.contains(words[1]) && secondVerbForm(words[1]) == nil && !isAdverb(words[1])
    }

    /// True when a participle's clause, its participles made verbs, still has an "-ing" word after
    /// "and" or "or" that acts as one: before "with" or an article or pronoun ("… and
    /// interfering with its ability"; not the thing in "causing pain and swelling").
    static func leavesIngWordAfterAnd(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map { String($0.trimmed(.punctuation)) }
        return words.indices.dropFirst().contains { at in
            ["and", "or"].contains(words[at - 1]) && words[at].hasSuffix("ing") && at + 1 < words.count
                && (determiners.contains(words[at + 1]) || ["with", "it", "them"].contains(words[at + 1]))
        }
    }

    /// How often what follows does so, before the participle: "…, often leading to …".
    static let participleAdverbs = ["often", "most often", "sometimes", "eventually"]

    /// What follows from a clause is a clause of its own, cut as one joined by ", and":
    /// "…, leading to …" → "This leads to …"; "…, often leading to complications …" → "This
    /// often leads to …".
    static let participleJointList = endingParticiples.flatMap { participle, verb in
        [Joint(text: ", \(participle) ", kind: .toTheEnd, opening: "This \(verb) ", over: statementWords)]
            + participleAdverbs.map { Joint(text: ", \($0) \(participle) ", kind: .toTheEnd, opening: "This \($0) \(verb) ", over: statementWords) }
            // ("…, thus reducing constipation" → "This reduces constipation": "This" says the "thus".)
            + ["thus", "thereby"].map { Joint(text: ", \($0) \(participle) ", kind: .toTheEnd, opening: "This \(verb) ", over: statementWords) }
    }

    /// The texts of those joints, which other rules ask about.
    static let participleJoints = Set(participleJointList.map(\.text))

    /// Verbs that agree with one thing only, or with anything ("which is", "which has", "which can").
    static let singularVerbs: Set<String> = ["is", "was", "has", "does", "did", "cannot", "can't", "won't", "isn't", "wasn't",
                                             "doesn't", "hasn't", "didn't", "means", "meant"]

    /// Verbs after ", as it", ", as this" … that make the "as" a reason, not a time.
    static let reasonVerbs = modals.union(["is", "are", "isn't", "aren't", "has", "have", "does", "do", "doesn't", "don't",
                                           "cannot", "can't", "won't", "helps", "help", "makes", "make", "means", "allows",
                                           "reduces", "lowers", "increases", "raises", "prevents", "gives", "keeps", "needs"])
    /// Helper verbs of possibility and the future.
    static let modals: Set<String> = ["can", "could", "may", "might", "will", "would", "should", "must"]
    /// Helpers that say what may happen, which what follows from it keeps ("This can cause …").
    static let chanceModals: Set<String> = ["can", "could", "may", "might", "will"]

    /// True when `text` ends in a phrase's object, a preposition and an article or owner within
    /// its last four words ("damage to the kidneys", "problems with your heart"): a "This" or
    /// "These" after it could name the object or the thing before the phrase.
    static func endsInObjectOfPhrase(_ text: String) -> Bool {
        let last = text.lowercased().split(separator: " ").suffix(4).map(String.init)
        return zip(last, last.dropFirst()).contains { prepositions.contains($0) && determiners.contains($1) }
    }

    /// True when, after its last comma, `text` goes on with a main clause of its own ("When
    /// infections happen often, they may damage the kidneys"): an opening "if" or "when" clause
    /// is closed, and what follows the sentence may be said of its last thing.
    static func hasMainClauseAfterComma(_ text: String) -> Bool {
        guard text.contains(", ") else { return false }
        let main = afterLastComma(text)
        return !opensCondition(main) && startsClause(main)
    }

    /// Places a ", where …" clause can be about, so that "There, …" points back to them: rooms
    /// and towns, and the parts of the body things move into ("… into the small intestine, where
    /// it is partly absorbed" → "There, it is partly absorbed.").
    static let places: Set<String> = ["lab", "laboratory", "hospital", "clinic", "office", "center", "centre", "unit", "room",
                                      "pharmacy", "home", "school", "camp", "state", "country", "city",
                                      "body", "intestine", "intestines", "colon", "rectum", "stomach", "esophagus", "gallbladder",
                                      "bladder", "uterus", "womb", "liver", "kidney", "kidneys", "lungs", "brain", "bloodstream",
                                      "glomeruli", "capillaries", "cells", "tissues", "skin", "heart"]

    /// Words that open a measure ("six or more", "at least", "up to", "more than") rather than a list of examples.
    static let measureStarts: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "more", "less", "fewer", "at", "up"]

    /// Person words that are plural: their pronoun is "They" whatever the sentence says.
    static let peopleWords: Set<String> = ["women", "men", "people", "babies", "children", "doctors", "providers", "mothers",
                                           "parents", "patients", "infants", "nurses", "newborns", "teens", "adults", "girls",
                                           "boys", "males", "females", "adolescents", "kids", "caregivers", "partners", "fathers"]

    /// Verbs a second predicate starts with, and whether they say the subject is plural (nil:
    /// either, as "can").
    static let predicateVerbs: [String: Bool?] = [
        "is": false, "has": false, "does": false, "was": false, "are": true, "have": true, "do": true, "were": true,
        "can": nil, "may": nil, "might": nil, "will": nil, "should": nil, "could": nil, "must": nil,
    ]

    /// Words that show the subject may be a person, whose pronoun a rule cannot choose.
    static let personWords: Set<String> = ["woman", "women", "man", "men", "person", "people", "baby", "babies", "child", "children",
                                           "doctor", "doctors", "provider", "providers", "mother", "mothers", "she", "he", "her",
                                           "his", "you", "your", "parent", "parents", "patient", "patients", "partner", "infant",
                                           "infants", "girl", "boy", "nurse", "midwife"]

    /// Whether `word` names a person: one of `personWords`, or a person named by their work
    /// ("technologist", "technician"; not "-er" words, which name things as often: "a monitor").
    static func namesPerson(byWork word: String) -> Bool {
        personWords.contains(word) || endsAsWork(word)
    }

    /// Whether `word` ends as a person's work does: "oncologist", "physician" (not "list").
    static func endsAsWork(_ word: String) -> Bool {
        word.count > 5 && (word.hasSuffix("ist") || word.hasSuffix("ician"))
    }

    /// The first `count` words of `text`.
    static func firstWords(_ text: String, _ count: Int) -> String {
        text.split(separator: " ").prefix(count).joined(separator: " ")
    }

    /// A dash as it is typed: the dash itself, or a spaced en dash, hyphen or two hyphens standing for one.
    static let dashes = ["—", " – ", " - ", " -- "]

    /// How many dashes `text` has (a pair sets off an aside; "4–6" is a range, no dash).
    static func dashCount(in text: String) -> Int {
        text.filter { $0 == "—" }.count + dashes.dropFirst().reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
    }

    /// Where a sentence may be cut, and how the second half opens.
    struct Joint {
        enum Kind { case list, clause, toTheEnd, examples, purpose }
        var text: String
        var kind: Kind
        var opening: String
        /// Cut sentences longer than this many words (the simplifier's limit when nil).
        var over: Int? = nil

        /// The cut in words: "two ideas joined by 'but' as two sentences".
        var why: String {
            let word = text.trimmingCharacters(in: CharacterSet(charactersIn: ", —"))
            switch kind {
            case .list: return "parts set apart by semicolons as sentences of their own"
            case .clause: return SentenceRewrites.dashes.contains(text) ? "two ideas joined by a dash as two sentences" : "two ideas joined by '\(word)' as two sentences"
            case .toTheEnd: return "the part from '\(word)' on as a sentence of its own"
            case .examples: return "examples as their own sentence"
            case .purpose: return "what it is done for as a sentence of its own"
            }
        }
    }

    /// Words a clause joined by a bare " and " may open with: its own subject.
    static let bareClauseStarts: Set<String> = ["the", "a", "an", "their", "your", "his", "her", "its", "our", "my", "this",
                                                "these", "those", "it", "they", "you", "we", "he", "she"]

    /// Words before a bare " and " that may govern what follows it too.
    static let reachesPastAnd = subordinators.union(["that", "which", "who", "whom", "whose", "both", "between", "either",
                                                     "neither", "how", "what", "not", "than"]).union(knowingVerbs)

    /// "… researchers believe factors related to aging and the testicles may cause …": what is
    /// believed or shown may run past the "and", with no "that" to say so.
    static let knowingVerbs: Set<String> = ["believe", "believes", "think", "thinks", "suggest", "suggests", "show", "shows",
                                            "showed", "found", "know", "knows", "say", "says"]

    /// A sentence longer than this is cut at ", but" before a new clause.
    static let contrastWords = 8

    /// Two clauses joined by a comma and a conjunction are two sentences from this length on.
    static let clauseWords = 14

    /// True when `text` says what must be done ("must", "should", "requires", "important", "need
    /// to"), after which ", or" says what happens otherwise. ("… may need surgery, or …" offers a
    /// second possibility.)
    static func saysANeed(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").map { String($0) }
        return words.indices.contains { at in
            ["must", "should", "require", "requires", "important"].contains(words[at])
                || ["need", "needs"].contains(words[at]) && at + 1 < words.count && words[at + 1] == "to"
        }
    }

    /// A sentence longer than this is cut into the statements it joins ("Celiac disease is an
    /// immune disorder that damages the small intestine.": a definition, then what it does; "A, and
    /// B", "A, which B", "A, causing B"; two things said of one subject), and its run of three or
    /// more things is made a list.
    static let statementWords = 10

    /// How a sentence opens that says where what came before holds most ("…, especially the
    /// brain" → "This is most true of the brain.").
    static let mostTrue = "This is most true"

    /// How a cut's last piece opens when it says something beside what came before (examples,
    /// where it holds most): a "This" after it would point at the aside.
    static let asideOpenings = [mostTrue, "Examples include ", "These include ", "This includes ", "An example is "]

    static let joints = [
        // "… are hard to prevent; however, certain techniques can …": a linking word after a
        // semicolon opens a clause of its own, in a short sentence too.
        Joint(text: "; however, ", kind: .list, opening: "However, ", over: contrastWords),
        Joint(text: "; therefore, ", kind: .list, opening: "Therefore, ", over: contrastWords),
        Joint(text: "; ", kind: .list, opening: ""),
        Joint(text: ", but ", kind: .clause, opening: "But ", over: contrastWords),
        // "Hand tremor is most common but the head, arms, … may also be involved."
        Joint(text: " but ", kind: .clause, opening: "But ", over: contrastWords),
        Joint(text: ", and ", kind: .clause, opening: "", over: statementWords),
        Joint(text: ", yet ", kind: .clause, opening: "But ", over: statementWords),
        Joint(text: ", or ", kind: .clause, opening: "Or ", over: statementWords),
        Joint(text: ", while ", kind: .clause, opening: "But ", over: statementWords),
        Joint(text: ", whereas ", kind: .clause, opening: "But ", over: statementWords),
        Joint(text: ", although ", kind: .clause, opening: "But ", over: statementWords),
        Joint(text: ", though ", kind: .clause, opening: "But ", over: statementWords),
        Joint(text: ", so ", kind: .clause, opening: "So ", over: statementWords),
        // "…, and as a result they may be unsettled after feeds" → "As a result, they may be …".
        Joint(text: ", and as a result, ", kind: .clause, opening: "As a result, ", over: clauseWords),
        Joint(text: ", and as a result ", kind: .clause, opening: "As a result, ", over: clauseWords),
        Joint(text: " and ", kind: .clause, opening: "", over: clauseWords),
        // "… know little about why it occurs—the condition has no known cause": one dash before a
        // clause of its own (a pair of dashes sets off an aside).
    ] + dashes.map { Joint(text: $0, kind: .clause, opening: "", over: clauseWords) } + [
        Joint(text: ", and then ", kind: .toTheEnd, opening: "Then "),
        Joint(text: ", which ", kind: .toTheEnd, opening: "This ", over: statementWords),
    ] + partOfWhichJoints + [
        Joint(text: ", where ", kind: .toTheEnd, opening: "There, "),
        Joint(text: ", because ", kind: .toTheEnd, opening: "This is because "),
        Joint(text: ", since ", kind: .toTheEnd, opening: "This is because "),
        Joint(text: ", or if ", kind: .toTheEnd, opening: "This is also true if ", over: clauseWords),
        // "… stay in a recovery room so that the nurses can watch you …" → "This is so the nurses …".
        Joint(text: ", so that ", kind: .toTheEnd, opening: "This is so "),
        Joint(text: " so that ", kind: .toTheEnd, opening: "This is so "),
        // "… sewn to the small intestine so the patient can continue to eat" → "This is so the
        // patient can …": with no comma, only a subject and a helper verb of what for.
        Joint(text: " so ", kind: .toTheEnd, opening: "This is so "),
        // "…, so the provider can check again": before a helper verb, "so" may say what for or
        // what follows ("…, so it can come back"); "This means" fits both.
        Joint(text: ", so ", kind: .toTheEnd, opening: "This means "),
        // A hedged reason keeps its hedge: "…, possibly because of …" → "This may be because of …".
        Joint(text: ", possibly because ", kind: .toTheEnd, opening: "This may be because "),
        Joint(text: ", perhaps because ", kind: .toTheEnd, opening: "This may be because "),
        Joint(text: ", probably because ", kind: .toTheEnd, opening: "This is probably because "),
        Joint(text: ", likely because ", kind: .toTheEnd, opening: "This is likely because "),
        Joint(text: ", partly because ", kind: .toTheEnd, opening: "This is partly because "),
        Joint(text: ", mainly because ", kind: .toTheEnd, opening: "This is mainly because "),
        Joint(text: " because ", kind: .toTheEnd, opening: "This is because "),
        // "… because of sore nipples, as this is unlikely to ease your pain" → "This is unlikely to
        // …"; "…, as it can make bleeding worse" → "This is because it can …". Only before a
        // helper or linking verb (`reasonVerbs`): "…, as it grows", "…, as they get older" say when.
        Joint(text: ", as this ", kind: .toTheEnd, opening: "This "),
        Joint(text: ", as these ", kind: .toTheEnd, opening: "These "),
        Joint(text: ", as it ", kind: .toTheEnd, opening: "This is because it "),
        Joint(text: ", as they ", kind: .toTheEnd, opening: "This is because they "),
        Joint(text: ", meaning ", kind: .toTheEnd, opening: "This means ", over: statementWords),
        Joint(text: ", depending on ", kind: .toTheEnd, opening: "This depends on ", over: statementWords),
        Joint(text: ", from ", kind: .toTheEnd, opening: "This ranges from "),
        // "… an initial phase of 2 months, followed by a choice of …" → "This is followed by …".
        Joint(text: ", followed by ", kind: .toTheEnd, opening: "This is followed by "),
    ] + participleJointList + [
        Joint(text: ", including ", kind: .examples, opening: "This includes "),
        Joint(text: ", such as ", kind: .examples, opening: "Examples include "),
        Joint(text: ", like ", kind: .examples, opening: "Examples include "),
        Joint(text: "—even ", kind: .toTheEnd, opening: "This is true even "),
        Joint(text: ", even when ", kind: .toTheEnd, opening: "This is true even when "),
        Joint(text: ", even if ", kind: .toTheEnd, opening: "This is true even if "),
        // "You will find that you can help him, even though your labor may be very uncomfortable":
        // "But your labor may be …" would turn the reassurance round.
        Joint(text: ", even though ", kind: .toTheEnd, opening: "This is true even though "),
        Joint(text: " — even ", kind: .toTheEnd, opening: "This is true even "),
        Joint(text: "—especially ", kind: .toTheEnd, opening: mostTrue + " "),
    ] + ["if", "when", "in", "for", "during", "after", "before", "among", "at", "on", "with"].map { word in
        // "… raises the risk of osteoporosis, especially if a person takes corticosteroids" →
        // "This is most true if …".
        Joint(text: ", especially \(word) ", kind: .toTheEnd, opening: "\(mostTrue) \(word) ")
    } + ["the", "those"].map { word in
        // "… organs that need large amounts of energy, especially the brain" → "This is most true
        // of the brain."
        Joint(text: ", especially \(word) ", kind: .toTheEnd, opening: "\(mostTrue) of \(word) ")
    } + [
        Joint(text: "—including ", kind: .toTheEnd, opening: "This includes "),
        Joint(text: "—such as ", kind: .toTheEnd, opening: "Examples include "),
    ] + purposes.map { Joint(text: " to \($0) ", kind: .purpose, opening: "This is to \($0) ", over: clauseWords) }

    /// "… mutations in several other genes, some of which have not been found." → "Some of these
    /// have not been found."; "… younger than age 50, most of whom are male." → "Most of them are
    /// male.": a part of what came before, said with its own verb.
    static let partOfWhichJoints = ["some", "many", "most", "both", "all", "each", "several", "one", "none",
                                    "the most common", "the most serious"].flatMap { part in
        [Joint(text: ", \(part) of which ", kind: .toTheEnd, opening: capitalized(part) + " of these ", over: clauseWords),
         Joint(text: ", \(part) of whom ", kind: .toTheEnd, opening: capitalized(part) + " of them ", over: clauseWords)]
    }

    /// What a test or a step is for, at the end of a sentence: "… you may have one to see if you
    /// have Rh-negative blood." → "… you may have one. This is to see if you have …".
    static let purposes = ["see if", "see whether", "check for", "check if", "check that", "check whether", "confirm",
                           "find out", "make sure", "rule out", "look for", "test for", "measure"]

    /// Words after which a noun phrase is no verb's object ("in the first weeks").
    static let prepositions: Set<String> = ["in", "on", "at", "for", "of", "from", "with", "by", "about", "during", "after",
                                            "before", "into", "over", "under", "between", "through", "to", "within", "without"]

    /// Words that open a phrase before a clause's subject, which reaches every clause after it:
    /// the prepositions, and a likeness or a contrast ("Unlike PKD, …").
    static let phraseOpeners = prepositions.union(["unlike", "like", "despite", "besides"])

    /// Words whose "to" leads to a thing, never to a verb ("linked to insulin resistance").
    static let wordsTakingThingTo: Set<String> = ["linked", "related", "due", "similar", "exposed", "attached", "connected",
                                                  "close", "next", "compared", "sensitive", "allergic", "prone"]

    /// Opening phrases that link to the sentence before and say nothing of when or where.
    static let linkingPhrases: Set<String> = ["for example", "for instance", "in fact", "in addition", "of course",
                                              "in other words", "in short"]

    /// Words that end an object: "a blood test to see if", "have one to see if", "use it to check".
    static let objectEnds: Set<String> = ["it", "them", "one", "this", "these", "those"]

    /// A new clause has its own subject: a pronoun. ("…, and the pen at room temperature" shares
    /// the verb before it.)
    static let subjects: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "this", "these", "there", "most", "many", "some",
                                        "others", "both", "everyone", "anyone", "someone",
                                        // A subject and its verb in one: "…, it's likely that …".
                                        "it's", "it’s", "you're", "you’re", "they're", "they’re", "we're", "we’re",
                                        "there's", "there’s", "he's", "he’s", "she's", "she’s"]

    static let personalPronouns: Set<String> = ["i", "you", "we", "they", "he", "she", "it"]

    /// Words that open a relative clause: "a test that shows …", "people who smoke".
    static let relativeWords: Set<String> = ["that", "which", "who"]

    /// Words that start a noun phrase: "…, and the baby may need …" starts a clause when a verb
    /// that can only be a verb follows within a few words.
    static let nounPhraseStarts: Set<String> = ["the", "a", "an", "your", "her", "his", "their", "its", "our", "other", "each",
                                           "every", "all", "any", "no", "those", "that", "such", "more", "some", "several", "many"]

    /// Words that count or pick out part of what follows ("some people", "other factors"): a
    /// subject with one is no name to say again, nor a group "These" may stand for.
    static let quantifyingWords: Set<String> = ["some", "other", "many", "certain", "most", "few", "several", "these", "even",
                                                "only", "just", "also"]

    /// True for a short name in brackets, one word: "(FASDs)", "(Cialis)".
    static func isShortName(_ word: String) -> Bool {
        word.hasPrefix("(") && word.hasSuffix(")") && word.dropFirst().dropLast().allSatisfy { $0.isLetter || $0.isNumber }
    }

    /// Participles that say what causes or marks a thing ("a defect caused by …").
    static let causeParticiples: Set<String> = ["caused", "marked", "characterized"]

    /// Verbs that show a clause ("is", "can", "may"…): never nouns.
    static let clauseVerbs: Set<String> = ["is", "are", "was", "were", "can", "cannot", "can't", "may", "might", "will", "would",
                                           "should", "could", "must", "has", "have", "had", "does", "do", "did", "isn't", "aren't",
                                           "doesn't", "don't", "won't", "becomes", "become", "seems", "seem"]

    /// True when `text` (after a comma and a conjunction) is a clause of its own: it starts with
    /// a pronoun subject, or with a noun phrase of up to six words and then its verb.
    static func startsClause(_ text: String) -> Bool {
        let tokens = text.lowercased().split(separator: " ").prefix(11)
        let words = tokens.prefix(7).map { $0.trimmed(.punctuation) }
        guard let first = words.first else { return false }
        // "…, but most often affect the lungs": "most often" says how often, and no subject follows.
        if ["most", "many", "some", "both"].contains(first), words.count > 2, qualifiers.contains(words[1]) || isAdverb(words[1]) {
            return startsClause(text.split(separator: " ").dropFirst(2).joined(separator: " "))
        }
        // ("…, or some combination of these and other factors": "some" with no verb after it is
        // a thing of the series, not a subject.)
        // ("…, or some forms of cancer": after "some", "many", "both" a verb is a plain form
        // ("many need surgery"); a word in "-s" is their noun, and the verb must come after it.)
        if subjects.contains(first) {
            guard ["most", "many", "some", "both"].contains(first) else { return true }
            let rest = text.split(separator: " ").dropFirst()
            let noun = rest.first.map { endsPlural(String($0).trimmed(.punctuation)) } == true
            return hasVerb(rest.dropFirst(noun ? 1 : 0).joined(separator: " "))
        }
        // "…, while another looks for …" after "one approach requires …": "another" and a verb.
        if first == "another", words.count > 1 {
            let verb = words[1]
            return clauseVerbs.contains(verb) || verb.hasSuffix("s") && !verb.hasSuffix("ss") && !verb.hasSuffix("ous")
        }
        // ("…, so even people who seem free of the disease may be at risk": how far the clause
        // reaches, then the clause.)
        if first == "even", words.count > 2 {
            return startsClause(text.split(separator: " ").dropFirst().joined(separator: " "))
        }
        // "…, but people who make an effort to manage their diabetes can improve …": people, who
        // they are, and then a helper of chance or need, which only the main clause's verb can be.
        if peopleWords.contains(first), words.count > 3, words[1] == "who" {
            for raw in tokens.dropFirst(3) {
                if raw.contains(",") { return false }
                if modals.contains(raw.trimmed(.punctuation)) { return true }
            }
            return false
        }
        // "researchers found …", "doctors think …": a plural people noun and its verb; "research
        // evidence suggests …": where what is known comes from.
        let sources: Set<String> = ["researchers", "scientists", "studies", "experts", "research", "evidence"]
        if peopleWords.contains(first) || sources.contains(first), words.count > 1 {
            let verb = words.count > 2 && sources.contains(first) && sources.contains(words[1]) ? words[2] : words[1]
            if clauseVerbs.contains(verb) || secondVerbForm(verb).map({ $0.form != .ing }) == true || statementVerbForms.contains(verb)
                || ["found", "think", "believe", "know", "suggest", "show", "showed", "shown", "suggests", "shows"].contains(verb) { return true }
            // "people with Down syndrome may have …": who they are, then the verb.
            if ["with", "in", "of"].contains(verb) {
                for word in words.dropFirst(2).prefix(5) {
                    if personalPronouns.contains(word) || ["who", "that", "which", "and", "or"].contains(word) { return false }
                    if clauseVerbs.contains(word) { return true }
                }
            }
        }
        // ("…, and finding the cause is not necessary": a doing is a subject too.)
        if isDoing(first) { return opensWithGerundSubject(text) }
        // "about 90 percent of people are …", "20 percent have …": a number opens a noun phrase.
        let countsSomething = first.first?.isNumber == true
            || ["about", "nearly", "almost", "around", "over", "only"].contains(first) && words.count > 1 && words[1].first?.isNumber == true
        guard nounPhraseStarts.contains(first) || countsSomething else { return false }
        // The verb must be the noun phrase's own: in "the pen you are using" it belongs to "you".
        // A long noun phrase ("the benefits of reducing protein in a person's diet are …") may
        // reach past the sixth word when no comma comes first ("the disease and its
        // progression, and how people … can": "can" is not its verb).
        var comma = false
        for (index, raw) in tokens.enumerated().dropFirst() {
            if index > 6, comma { return false }
            let word = raw.trimmed(.punctuation)
            if personalPronouns.contains(word) || relativeWords.contains(word) { return false }
            // ("your medicines, and will do a physical exam": after a comma and "and", the verb
            // is an earlier subject's.)
            if comma, ["and", "or"].contains(word) { return false }
            // ("your medical history and your family history and will do …": a verb right after
            // "and" goes on an earlier subject's predicate.)
            if clauseVerbs.contains(word) {
                return !["and", "or"].contains(tokens[index - 1]) && !opensOtherSubject(tokens.prefix(index).map { String($0.trimmed(.punctuation)) })
            }
            comma = comma || raw.contains(",")
        }
        return false
    }

    /// Joints whose word only ever opens a clause: what follows "although", "though" or "whereas"
    /// is a clause of its own or a short phrase with no verb of its own ("…, although usually
    /// awake", "…, although in reduced amounts").
    static let concessionJoints: Set<String> = [", although ", ", though ", ", whereas "]

    /// True when `text`, after a concession's word, is a clause: after any word of how often, a
    /// noun phrase with no comma and no relative word ("the condition likely", "some mildly
    /// affected people") and then its own verb ("results", "may", "are"). `startsClause` asks for
    /// a verb that can only be one; after "although" a clause is what the word promises, so a
    /// verb in "-s" or a helper is enough.
    static func opensConcededClause(_ text: String) -> Bool {
        var words = text.lowercased().split(separator: " ").prefix(10).map(String.init)
        while let first = words.first, qualifiers.contains(first.trimmed(.punctuation)) || first == "most" && words.dropFirst().first == "often" {
            words.removeFirst(first == "most" ? 2 : 1)
        }
        guard let first = words.first, !prepositions.contains(first), !["not", "only", "also", "still"].contains(first),
              !isAdverb(first) else { return false }
        for (index, raw) in words.enumerated() {
            let word = raw.trimmed(.punctuation)
            if relativeWords.contains(word) || personalPronouns.contains(word) && index > 0 { return false }
            if index > 0, clauseVerbs.contains(word) || statementVerbForms.contains(word) && word.hasSuffix("s")
                || knownVerbForm(word)?.form == .s { return true }
            if raw.contains(",") || raw.contains(";") { return false }
        }
        return false
    }

    /// True when the last word of `text` is a plural noun ("factors", "ways", "lice"; not "class").
    static func endsPlural(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last?.lowercased() else { return false }
        if irregularPlurals.contains(last) { return true }
        // ("Alzheimer's", "Crohn's": a name's possessive is one thing.)
        return last.count > 3 && last.hasSuffix("s") && !last.hasSuffix("ss") && !last.hasSuffix("us") && !last.hasSuffix("is")
            && !last.hasSuffix("'s") && !last.hasSuffix("’s") && !singularsInS.contains(last)
    }

    /// Names of one thing that end in "s": "the pancreas is", "diabetes is", "shingles is".
    static let singularsInS: Set<String> = ["pancreas", "diabetes", "prediabetes", "herpes", "measles", "mumps", "rabies", "rickets",
                                            "scabies", "shingles", "ascites", "lens", "series", "species", "news", "genetics", "biceps",
                                            "triceps"]

    /// True when `text` opens with a subject and its helper verb, and its only condition ("before
    /// you finish the medicine", "if it gets worse") comes after them, ending the sentence: the
    /// condition is the main clause's, and a clause after it is not under it.
    static func conditionAfterMainClause(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(2).map(String.init)
        return !text.contains(",") && (subjectThenHelper(text)
            || words.count == 2 && personalPronouns.contains(words[0]) && clauseVerbs.contains(words[1]))
    }

    /// Words that open a clause which depends on what follows it.
    static let subordinators: Set<String> = [
        "if", "when", "whenever", "until", "unless", "because", "while", "although", "though", "before", "after",
        "since", "as", "once", "whether", "where", "wherever",
    ]

    /// True when `text` opens a clause that depends on what follows: "if", "when", "because"…
    /// anywhere, or "before", "after", "until", "since", "as", "once" before a subject ("after
    /// you…"; "after delivery" is a time, not a condition).
    static func opensCondition(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        return words.indices.contains { index in
            let word = words[index]
            guard subordinators.contains(word) else { return false }
            // ("because of a problem …" opens a phrase, not a clause.)
            if word == "because", index + 1 < words.count, words[index + 1] == "of" { return false }
            // ("depends on your age, whether it has spread, …": inside a sentence "whether" asks;
            // only "Whether or not …, …" at the start reaches what follows.)
            if word == "whether", index > 0 { return false }
            guard prepositionsToo.contains(word) else { return true }
            return index + 1 < words.count && subjects.contains(words[index + 1])
        }
    }

    /// Subordinators that are also prepositions ("after delivery", "as well").
    static let prepositionsToo: Set<String> = ["before", "after", "until", "since", "as", "once"]

    static func wordCount(_ text: String) -> Int {
        WordCount.of(text)
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `text` with its first letter lower-cased ("Your doctor" → "your doctor" after "Or").
    static func uncapitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// True when `text` says within its first words that something is going on: "is" or "are"
    /// and an "-ing" word ("the baby is growing").
    static func opensOngoing(_ text: String) -> Bool {
        let words = text.split(separator: " ").prefix(7).map { $0.lowercased().trimmed(.punctuation) }
        return zip(words, words.dropFirst()).contains { ["is", "are", "was", "were"].contains($0) && $1.hasSuffix("ing") }
    }
}
