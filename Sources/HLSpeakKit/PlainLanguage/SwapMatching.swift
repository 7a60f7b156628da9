import Foundation

/// Where and how a word swap applies in a sentence: every place it matches, in the found word's
/// form and capitals, never inside a web or email address or a name, verbs only where a verb can
/// stand, and "a"/"an" fixed for the new word.
extension SentenceRewrites {
    /// The sentence with the first swap that applies made at every place it applies, and that swap;
    /// with `openingsOnly`, only a swap for a sentence's opening ("^therefore") is tried.
    /// `original` is the sentence before this round of swaps: a plain word an earlier swap put
    /// in ("the belly wall") is no author's gloss of the next ("abdomen").
    func swapOnce(_ text: String, skipping tried: Set<String>, openingsOnly: Bool = false, original: String? = nil) -> (String, WordSwap)? {
        let pieces = WordScanner.pieces(of: text, joiningApostrophes: true)
        // Only the swaps whose first word is in the sentence, in the list's order.
        var candidates: Set<Int> = []
        for piece in pieces {
            if case .word(let word) = piece, let found = swapsByFirstWord[Self.key(word)] { candidates.formUnion(found) }
        }
        guard !candidates.isEmpty else { return nil }
        let addresses = Self.addressWords(in: pieces)
        let running = Self.outsideBrackets(text)
        let authored = original.map { Self.outsideBrackets($0) } ?? running
        for position in candidates.sorted() where !tried.contains(swaps[position].complex)
            && (!openingsOnly || swaps[position].atSentenceStart) {
            let swap = swaps[position]
            // The sentence already has the plain word beside the complex one: it defines or repeats
            // it ("Influenza, commonly called flu, …" must not become "Flu, often called flu"). A
            // gloss in brackets is the exception: "high blood pressure (hypertension)" is swapped,
            // then the repeated gloss goes.
            // Only for a word of its own ("flu"; not "to" for "in order to", nor "period" inside
            // "menstrual period" itself).
            let plainWords = swap.plain.lowercased().split(separator: " ").map(String.init)
            // A phrase for one adverb is not said twice in a sentence, nor where one of its words is
            // already said: "usually fades …, usually on the hands" is no "most often fades …, most
            // often on the hands", nor "usually on one side, often on the face" "most often …, often",
            // nor "Most people … usually do not" "Most people … most often do not".
            if plainWords.count > 1, !swap.complex.contains(" "), swap.complex.hasSuffix("ly"),
               ProtectedWords.occurrences(of: swap.complex, in: running) > 1
                || plainWords.contains(where: { !classes.functionWords.contains($0) && ProtectedWords.occurrences(of: $0, in: running) > 0 }) {
                continue
            }
            // ("your blood glucose, or blood sugar, levels": a plain name given after ", or" is the
            // exception too; the swap says it, then the repeat goes. Not where the sentence opens
            // with the two names, as the subject it defines: "Blood glucose, or blood sugar, is the
            // main sugar …" gives the reader the word of meters and lab reports.)
            if swap.plain.count >= 3, !plainWords.allSatisfy(classes.functionWords.contains),
               ProtectedWords.occurrences(of: swap.complex, in: running) > 0,
               ProtectedWords.occurrences(of: swap.plain, in: Self.withoutPlainNameGiven(for: swap, in: authored)
                   .replacingOccurrences(of: swap.complex, with: " ", options: .caseInsensitive)) > 0 {
                continue
            }
            // "The cervix is stitched closed with strong sutures" is no "stitched … with strong
            // stitches": the plain word in another of its forms would say it twice. (Not the light
            // verbs, which say little twice: "who have an absence … after having regular periods".)
            // ("… can lead to the replacement …, resulting in …" is no "…, leading to …": the
            // complex verb in any of its forms.)
            let complexWords = swap.complex.lowercased().split(separator: " ").map(String.init)
            let complexForms = swap.isVerb ? firstWordForms[position].keys.map { ([$0] + complexWords.dropFirst()).joined(separator: " ") } : [swap.complex]
            // (A noun's plural is the same word: "dietary changes, lifestyle change" is a list; a
            // verb phrase is checked whole, "lead to"; "cause" may well come twice, "It is caused
            // by …, which causes …".)
            if let head = plainWords.first, plainWords.count == 1 || swap.isVerb, head.count >= 4,
               !classes.lightVerbs.contains(head),
               !classes.functionWords.contains(head), complexForms.contains(where: { ProtectedWords.occurrences(of: $0, in: running, plural: true) > 0 }),
               (swap.isVerb ? [Inflection.base, .s, .ed, .ing] : [.ed, .ing]).map({ Inflection.apply($0, to: swap.isVerb ? swap.plain.lowercased() : head) }).contains(where: { form in
                   !swap.complex.lowercased().split(separator: " ").contains(Substring(form)) && ProtectedWords.occurrences(of: form, in: running) > 0 }) {
                continue
            }
            let phrase = swap.complex.lowercased().split(separator: " ").map(String.init)
            var output: [String] = []
            var found = false
            var index = pieces.startIndex
            while index < pieces.endIndex {
                guard !addresses.contains(index),
                      let plain = replacement(for: swap, forms: firstWordForms[position], phrase: phrase, in: pieces, at: index) else {
                    output.append(Self.text(pieces[index]))
                    index += 1
                    continue
                }
                fixArticle(before: plain, in: &output)
                output.append(plain)
                found = true
                index += (phrase.count - 1) * 2 + 1
                // "However, some people …" → "But some people …": the comma goes with the word.
                if swap.dropsComma, case .other(let separator) = pieces[index] {
                    output.append(String(separator.dropFirst()))
                    index += 1
                }
            }
            if found { return (output.joined(), swap) }
        }
        return nil
    }

    /// True when the word at `start` comes right after a comma.
    static func commaBefore(_ pieces: [WordScanner.Piece], _ start: Int) -> Bool {
        guard start > 0, case .other(let gap) = pieces[start - 1] else { return false }
        return gap.contains(",")
    }

    /// `text` without what is in round brackets, or with `inside`, only what is in them (the
    /// brackets themselves left out).
    static func outsideBrackets(_ text: String, inside: Bool = false) -> String {
        var depth = 0
        return String(text.filter { character in
            if character == "(" { depth += 1; return false }
            if character == ")" { depth = max(0, depth - 1); return false }
            return (depth > 0) == inside
        })
    }

    /// The plain words for `swap` when its phrase starts at `start`, or nil when it does not
    /// match there.
    private func replacement(for swap: WordSwap, forms: [String: Inflection], phrase: [String],
                             in pieces: [WordScanner.Piece], at start: Int) -> String? {
        guard case .word(let first) = pieces[start], let form = forms[Self.key(first)] else { return nil }
        if phrase.count > 1 && !matches(phrase, in: pieces, at: start) { return nil }
        let end = start + (phrase.count - 1) * 2
        let previous = Self.previousWord(in: pieces, before: start)
        let next = Self.nextWord(in: pieces, after: end)
        if swap.atSentenceStart && previous != nil || swap.atClauseEnd && next != nil { return nil }
        // "can further damage the liver" is no "can more damage": after a helper verb (and an
        // "also" or "then") "further" is how the verb is done, not a noun's describing word.
        if !swap.isVerb, phrase.count > 1, phrase.first == "further" {
            let behind = Self.wordsBefore(pieces, start, upTo: 2).map { $0.lowercased() }
            if let helper = behind.first.flatMap({ ["also", "then", "not"].contains($0) ? behind.dropFirst().first : $0 }),
               SentenceRewrites.modals.contains(helper) { return nil }
        }
        // "Astrocytomas can have a genetic link when they are associated with …" is no "… a
        // genetic link when they are linked to …": "link" said twice.
        if swap.plain.lowercased().hasPrefix("link"), Self.says(pieces, wordStartingWith: "link") { return nil }
        // "very elderly people" is no "very older people": after a word of how much, a plain word
        // that compares ("older") does not take it.
        if let previous, ["very", "extremely", "quite", "so", "too"].contains(previous.lowercased()),
           let plainFirst = swap.plain.lowercased().split(separator: " ").first, plainFirst.hasSuffix("er"),
           !(swap.complex.lowercased().split(separator: " ").first?.hasSuffix("er") ?? false) { return nil }
        // "Communication skills worsen as the disease progresses" is no "… worsen as the disease
        // gets worse": a plain side that says "worse" where the sentence already does.
        if swap.plain.lowercased().contains("worse"), Self.says(pieces, wordStartingWith: "worse") { return nil }
        // "The mutations completely eliminate the activity" is no "fully get rid of", nor "If your
        // kidneys fail completely" "fail fully": "fully" says how far a state goes ("fully
        // removed", "recover fully"), not how a doing or a stopping is done.
        if swap.plain.lowercased() == "fully",
           next.flatMap({ SentenceRewrites.knownVerbForm($0.lowercased()) }).map({ $0.form == .base || $0.form == .s }) == true
            || previous.flatMap({ SentenceRewrites.knownVerbForm($0.lowercased()) }).map({ ["fail", "stop"].contains($0.base) }) == true { return nil }
        // "due to some component of tobacco, or … to the same components" is no "some part of
        // tobacco, or … the same components": a noun swapped only before "of" that the sentence
        // says again elsewhere, not before "of", would leave that mention pointing at nothing.
        if phrase.count == 2, phrase.last == "of", let noun = phrase.first,
           pieces.indices.contains(where: { index in
               guard index != start, case .word(let word) = pieces[index] else { return false }
               return ([noun, noun + "s"].contains(Self.key(word)) || noun.hasSuffix("s") && Self.key(word) == String(noun.dropLast()))
                   && Self.nextWord(in: pieces, after: index)?.lowercased() != "of"
           }) { return nil }
        // "With treatment, prognosis is good" is no "With treatment, outlook is good": a plain noun
        // that needs an article where the medical one goes without.
        if Self.needsArticle.contains(swap.plain.lowercased()) {
            // ("the diagnosis and prognosis": after "and", the article before the first noun.)
            let before = Self.wordsBefore(pieces, start, upTo: 2)
            guard let previous = before.first, !SentenceRewrites.prepositions.contains(previous),
                  !SentenceRewrites.joiningWords.contains(previous) || before.count == 2 && !SentenceRewrites.prepositions.contains(before[1]),
                  SentenceRewrites.knownVerbForm(previous) == nil,
                  !SentenceRewrites.clauseVerbs.contains(previous) else { return nil }
        }
        // "more commonly known as" is no "more also called": a compared adverb stays with its phrase.
        if phrase.count > 1, let previous, classes.comparing.contains(previous.lowercased()), phrase.first?.hasSuffix("ly") == true { return nil }
        // "^however," only before a comma: "However: call your doctor" keeps its word.
        if swap.dropsComma {
            guard end + 1 < pieces.count, case .other(let gap) = pieces[end + 1], gap.hasPrefix(",") else { return nil }
        }
        // A phrase that ends in a preposition needs its object next: "is different from, but
        // related to, …" is no "differs from, but related to".
        if let last = phrase.last, SentenceRewrites.prepositions.contains(last), next == nil { return nil }
        // "make changes to lower your risk" is no "change lower your risk": where a phrase's last
        // "to" becomes the plain word's object, a verb after it shows it was an infinitive's "to".
        // "consider changes in behavior to be heat stress" is no "think about … to be": where the
        // plain verb ends in a preposition, "to be" or "as" after the object shows the sense
        // "regard as". (So does a purpose opening a sentence: "To diagnose chest pain as stable
        // or unstable angina" is no "To check for chest pain as …".)
        let verbOrPurpose = swap.isVerb || swap.atSentenceStart && swap.complex.lowercased().hasPrefix("to ")
        if verbOrPurpose, let last = swap.plain.split(separator: " ").last, SentenceRewrites.prepositions.contains(String(last)) {
            let ahead = Self.clauseWords(in: pieces, after: end)
            // ("Consider this a warning sign": a second noun phrase after the object says the same.)
            if ahead.contains("as") || zip(ahead, ahead.dropFirst()).contains(where: { $0 == "to" && $1 == "be" })
                || ahead.count > 1 && (SentenceRewrites.objectEnds.contains(ahead[0]) || ahead[0] == "that") && ["a", "an"].contains(ahead[1]) { return nil }
        }
        // "of adequate amounts", "adequate levels": "enough" goes before what there is enough of,
        // never before "amounts" or "levels".
        if classes.quantityWords.contains(swap.plain.lowercased()), let next, classes.measureNouns.contains(next.lowercased()) { return nil }
        // "that experience can help" is the noun after "that": a verb would have an object.
        if swap.isVerb, form == .base, previous == "that", next.map({ SentenceRewrites.clauseVerbs.contains($0.lowercased()) }) ?? true { return nil }
        // "have been identified as risk factors" is no "found as": before "as" the verb names
        // what something is, which "find" does not say.
        if swap.isVerb, next?.lowercased() == "as", swap.plain.lowercased().hasPrefix("find") { return nil }
        // "one of the genes that determines how the body makes factor VIII" decides it: in a
        // "that" or "which" clause, only a test finds out ("a blood test that determines whether …").
        if swap.isVerb, swap.plain.lowercased().hasPrefix("find"), let previous, ["that", "which"].contains(previous),
           !(Self.wordBefore(pieces, start, 2).map(SentenceRewrites.isProcedure) ?? false) { return nil }
        // ("is able to" → "can" is a phrase whose "to" leads to a verb: only verb entries.)
        // ("Making changes to improve your heart health" is no "Changing improve": a "to" that is
        // no infinitive's comes before "the", "your" … or a noun, not a verb the rules may not know.)
        // ("appear to" → "seem to" leads to a verb: "appear to the eye" keeps its word. After
        // an object, "transmit the disease to their sons", the "to" is where it goes.)
        if swap.isVerb, phrase.last == "to", swap.plain.hasSuffix(" to"), let next, !phrase.contains(where: Self.determiners.contains),
           Self.determiners.contains(next.lowercased()) || SentenceRewrites.personalPronouns.contains(next.lowercased()) { return nil }
        if swap.isVerb, phrase.last == "to", !swap.plain.hasSuffix(" to"), let next,
           SentenceRewrites.secondVerbForm(next.lowercased())?.form == .base
            || phrase.count > 2 && !Self.determiners.contains(next.lowercased()) && !SentenceRewrites.nounPhraseStarts.contains(next.lowercased()) { return nil }
        // "Type 1 is different from type 2 and less common" is no "differs from type 2 and less
        // common": where "be" and an adjective become a verb, a second predicate joined on by
        // "and" or "or" would lose its "is". Only a noun phrase that opens with a determiner
        // ("differs from the rash of measles and the rash of hives") or a verb of its own ("Be
        // aware of changes and check with …") may follow one.
        if let be = phrase.first, Self.beForms.contains(be),
           !Self.beForms.contains(swap.plain.lowercased().split(separator: " ").first.map(String.init) ?? "") {
            let ahead = Self.clauseWords(in: pieces, after: end)
            for (index, word) in ahead.enumerated() where ["and", "or"].contains(word) {
                guard index + 1 < ahead.count, Self.determiners.contains(ahead[index + 1])
                        || SentenceRewrites.secondVerbForm(ahead[index + 1]) != nil else { return nil }
            }
        }
        // Part of a name or a title ("St. Luke's Physician Group", "Physician Assistant Lopez").
        let titleCase = { (word: String) in word.first?.isUppercase == true && word.contains(where: \.isLowercase) }
        if titleCase(first) && (previous != nil || next.map(titleCase) == true) { return nil }
        // A germ's two-word name, its genus written with a capital: "Haemophilus influenzae" (or
        // "Hemophilus influenza") is no "flu". Inside a sentence, after such a word, a word in
        // small letters is the name's second half.
        if start >= 2, case .other(let gap) = pieces[start - 1], gap == " ", case .word(let before) = pieces[start - 2],
           titleCase(before), first.first?.isLowercase == true, first.count > 4, phrase.count == 1,
           start >= 3, case .other(let lead) = pieces[start - 3], !lead.contains(where: { ".!?".contains($0) }),
           before.count > 5, ["us", "um", "ia", "a", "es", "is"].contains(where: before.hasSuffix) { return nil }
        // Part of a hyphenated word ("anti-anxiety"), or a phrase before a number ("a number of 0 to 10").
        if Self.isHyphenated(pieces, from: start, to: end) { return nil }
        // "a number of 0 to 10"; "the majority of the women" is no "most the women". (A plain side
        // that ends in a preposition of its own takes the object: "problems with the heart".)
        if swap.complex.hasSuffix(" of"), !SentenceRewrites.prepositions.contains(String(swap.plain.lowercased().split(separator: " ").last ?? "")),
           next?.first?.isNumber == true || next.map({ Self.determiners.contains($0.lowercased()) }) == true { return nil }
        if let previous, classes.article(previous, before: swap.plain) != nil, Self.takesNoArticle.contains(swap.plain.lowercased()) { return nil }
        // "harder and more difficult" is no "more hard": where the comparative has a swap of its own
        // ("more difficult" → "harder") that did not apply, the word alone is not swapped either.
        if let previous, ["more", "most"].contains(previous.lowercased()),
           swaps.contains(where: { $0.complex.lowercased() == previous.lowercased() + " " + swap.complex.lowercased() }) { return nil }
        // "cardiovascular disease (CVD)": a term its abbreviation follows in brackets names it.
        if end + 2 < pieces.count, case .other(let gap) = pieces[end + 1], gap.hasSuffix("("),
           case .word(let inside) = pieces[end + 2], (2...6).contains(inside.count), inside.allSatisfy({ $0.isUppercase }) { return nil }
        // "your abdomen (tummy)": the author glosses the term in brackets; the plain word would
        // be glossed by another ("belly (tummy)"). (A gloss that is the plain word itself,
        // "hypertension (high blood pressure)", "from recurring (coming back)", is dropped as said
        // twice.)
        if let gloss = Self.gloss(pieces, after: end), gloss != swap.plain.lowercased(),
           gloss != Inflection.apply(form, to: swap.plain.lowercased()) { return nil }
        // "high blood sugar levels (hyperglycemia)": a term alone in brackets whose plain words
        // the sentence already says, but not right before it, would read "(high blood sugar)"
        // after them. (Right before it, "high blood pressure (hypertension)", the swap makes a
        // repeat, and the repeat goes: `withoutRepeatedAside`.)
        if start >= 1, case .other(let opening) = pieces[start - 1], opening.hasSuffix("("),
           end + 1 < pieces.count, case .other(let closing) = pieces[end + 1], closing.hasPrefix(")") {
            let head = pieces[..<(start - 1)].map(Self.text).joined().lowercased().trimmed(.whitespace)
            let plain = swap.plain.lowercased()
            if head.contains(plain), !head.hasSuffix(plain) { return nil }
        }
        // "Hives (or urticaria)", "(also called hypertension)": the other name given on purpose,
        // the one a patient meets on paperwork.
        if Self.insideOtherName(pieces, before: start) { return nil }
        // "to ensure safe pilot light operation" is no "to make sure safe …": "make sure" needs a
        // clause ("make sure the light works") or "that".
        if swap.plain.lowercased() == "make sure" {
            let ahead = Array(Self.clauseWords(in: pieces, after: end).prefix(6))
            let clauseFollows = ahead.first.map { $0 == "that" || $0 == "to" || SentenceRewrites.personalPronouns.contains($0) } == true
                || ahead.dropFirst().contains(where: { SentenceRewrites.clauseVerbs.contains($0) || SentenceRewrites.modals.contains($0) })
            if !clauseFollows { return nil }
        }
        // "that deteriorating muscles make …" is no "getting worse muscles": an "-ing" word before a
        // noun describes it, and a phrase cannot; nor can the "-ing" word of a verb that takes no
        // object ("removal of remaining tissue" is no "staying tissue", "marked by recurring but
        // reversible periods" no "coming back but reversible").
        if form == .ing, swap.plain.contains(" ") || classes.noObjectVerbs.contains(phrase.first ?? ""), !swap.complex.contains(" "),
           let next = next?.lowercased(),
           !SentenceRewrites.prepositions.contains(next), !Self.determiners.contains(next), !next.hasSuffix("ly"),
           !SentenceRewrites.adverbs.contains(next), !SentenceRewrites.modals.contains(next), !SentenceRewrites.clauseVerbs.contains(next),
           next == "but" || !SentenceRewrites.joiningWords.contains(next), !SentenceRewrites.subordinators.contains(next),
           !SentenceRewrites.personalPronouns.contains(next),
           end + 1 < pieces.count, case .other(let gap) = pieces[end + 1], gap == " " { return nil }
        // "might require going to a hospital" is no "might need going": "need" takes a "to" and its
        // verb, not a doing with its own object or place. ("may require feeding tubes" is a thing.)
        if swap.plain.lowercased() == "need", let next = next?.lowercased(), SentenceRewrites.isDoing(next),
           let after = Self.clauseWords(in: pieces, after: end).dropFirst().first,
           SentenceRewrites.prepositions.contains(after) || Self.determiners.contains(after) { return nil }
        // "such as" leads examples of the kind of thing just named, in the plural, and a thing
        // after: "by including more fiber", "not including tax", "including how it spreads",
        // "including but not limited to" keep their word, and so do the parts of one whole ("in
        // Asia, including China", "the body, including the liver").
        if swap.plain.lowercased() == "such as" {
            // (Right after the plural, "previous" is that word: it must be no verb in "-s", "causes".)
            // ("Your risk for AIDS, including …": a name in capitals is one thing.)
            let written = pieces[..<start].reversed().lazy.compactMap { piece -> String? in
                if case .word(let word) = piece { return word } else { return nil }
            }.first ?? ""
            guard let previous, let next = next?.lowercased(), let kind = Self.wordBefore(pieces, start, 1),
                  SentenceRewrites.endsPlural(kind), !written.allSatisfy({ $0.isUppercase || !$0.isLetter }),
                  previous.isEmpty || !SentenceRewrites.clauseVerbs.contains(previous) && SentenceRewrites.knownVerbForm(previous) == nil,
                  !SentenceRewrites.subordinators.contains(next), !SentenceRewrites.relativeWords.contains(next),
                  !["how", "what", "why", "whether", "but", "those"].contains(next) else { return nil }
            // "… discuss their use of … practices, including their use of supplements": a use of
            // something is one more thing to discuss, no example of the practices.
            if Self.possessives.contains(next),
               Self.clauseWords(in: pieces, after: end).dropFirst().first == "use" { return nil }
        }
        // "the rash occurs on one side of the face", "spots … tend to occur around the lips": before
        // a place, "occur" says where a thing is found, which "happen" does not.
        // ("menopause occurs around age 50", "around the time of birth": a time, which "happen" fits.)
        if swap.isVerb, swap.plain.lowercased().hasSuffix("happen"), let next,
           ["on", "around", "near", "behind", "under", "underneath", "beneath", "anywhere", "throughout"].contains(next.lowercased()) {
            let ahead = Self.clauseWords(in: pieces, after: end).dropFirst().prefix(2)
            let saysWhen = ahead.first.map { $0.first?.isNumber == true || ["age", "ages", "birth", "puberty", "menopause"].contains($0) } == true
                || ahead.first == "the" && ["time", "age", "same"].contains(ahead.dropFirst().first ?? "")
            if !saysWhen { return nil }
        }
        // "Your doctor will examine you" is no "will check you" (for what?): a person examined
        // gets an exam, which "check" does not say.
        if swap.isVerb, swap.complex.lowercased() == "examine", let next,
           ["you", "him", "her", "patients", "people"].contains(next.lowercased()) { return nil }
        // "This information and exam, in addition to the results of an MRI, will help …": set off
        // by commas, "besides" may read as "except"; only at the start or right after its noun.
        if swap.complex.lowercased() == "in addition to", previous == "" { return nil }
        // "the disease's complications" is no "the disease's problems", which reads as its own.
        if swap.complex.lowercased() == "complications", let previous, previous.hasSuffix("'s") { return nil }
        // "require careful examination", "allows close examination" are no "careful exam", "close
        // exam": an exam is counted, and a word of how (or a verb) before it reads the doing.
        // ("based on physical examination" → "physical exam" is how clinics say it.)
        if swap.complex.lowercased() == "examination", let previous = previous?.lowercased(),
           ["careful", "close", "closer", "thorough", "further", "detailed"].contains(previous)
            || SentenceRewrites.knownVerbForm(previous) != nil && !Self.determiners.contains(previous) { return nil }
        // "caused by problems with cilia and involve bone abnormalities" is no "… bone problems":
        // "problems" twice in one sentence blurs which is which.
        if swap.plain.lowercased().hasPrefix("problem"), !swap.complex.lowercased().contains("problem"),
           Self.says(pieces, wordStartingWith: "problem") { return nil }
        // "This tumor occurs in Schwann cells", "Other tumors that may occur include …": a growth
        // forms or is found somewhere; it does not "happen".
        if swap.isVerb, swap.plain.lowercased().hasSuffix("happen"),
           Self.wordsBefore(pieces, start, upTo: 4).contains(where: { word in
               ["tumor", "tumors", "cyst", "cysts", "growth", "growths", "lesion", "lesions", "polyp", "polyps", "nodule", "nodules",
                "fibroid", "fibroids", "stone", "stones", "clot", "clots"].contains(word.lowercased())
           }) { return nil }
        // "infants born too early in order to reduce death" is no "too early to reduce death",
        // which says it cannot be: after "too" and its word, "in order to" stays.
        if swap.complex.lowercased() == "in order to", Self.wordBefore(pieces, start, 2)?.lowercased() == "too" { return nil }
        // "Consequently, many affected adults …" is no "So many affected adults …", which reads as
        // how many: "so" before a word of how much stays "consequently".
        // (The comma the swap takes with it is no end: the word after it follows "so".)
        if swap.plain.lowercased() == "so", let following = swap.dropsComma ? Self.nextWord(in: pieces, after: end + 1) : next,
           ["many", "much", "few", "little", "far", "long", "often"].contains(following.lowercased()) { return nil }
        // "persistent and excessive worry" is no "persistent and too much worry": "too much" does
        // not join a describing word.
        if swap.plain.lowercased().hasPrefix("too "), let previous, ["and", "or"].contains(previous.lowercased()) { return nil }
        // "not usually" is no "not most often": a negation reaches a phrase differently.
        if swap.plain.contains(" "), !swap.complex.contains(" "), let previous,
           classes.isNegation(previous.lowercased()) { return nil }
        // "a condition called chronic hypertension" names the term: it stays.
        // (Within three words: "known as" ends one, two or three words back.)
        let before = Array((1...4).compactMap { Self.wordBefore(pieces, start, $0) }.reversed())
        let namesIt = classes.naming.contains { name in
            (0..<3).contains { back in
                let end = before.count - back
                return end - name.count >= 0 && Array(before[(end - name.count)..<end]) == name
            }
        }
        if namesIt { return nil }
        // "large amounts of calcium are lost" is no "a lot of calcium are lost": a plural measure
        // (the language's `measureNouns`) keeps its verb plural, which a thing after "a lot of" or
        // "too much" does not agree with.
        if let measure = swap.complex.lowercased().split(separator: " ").dropLast().last.map(String.init),
           classes.measureNouns.contains(measure), Self.endsPlural(measure), let next, !next.lowercased().hasSuffix("s"),
           Self.clauseWords(in: pieces, after: end).prefix(6).contains(where: { Self.predicateVerbs[$0] == true }) { return nil }
        // "Hypoglycemia means low glucose": the term being defined stays.
        if let next, classes.defining.contains(next.lowercased()) { return nil }
        // "It is important to make sure …" is no "Be sure to make sure": the plain word is just
        // ahead; "Most people typically have …" is no "Most people most often have": just behind.
        // (Neither across a comma: "If you experience bleeding, do not have sex" may say "have" twice.)
        let ahead = Array(Self.clauseWords(in: pieces, after: end).prefix(3))
        // (Not across a bracket or a comma: "high blood pressure (hypertension)" is a gloss to swap.)
        // (A past form's own helper is no repeat: "have experienced" → "have had".)
        let behind = Self.wordsBefore(pieces, start, upTo: 3).map { $0.lowercased() }
            .filter { form != .ed || !["have", "has", "had"].contains($0) }
        if swap.plain.lowercased().split(separator: " ").contains(where: { $0.count >= 4 && (ahead.contains(String($0)) || behind.contains(String($0))) }) {
            return nil
        }
        // "you should usually take it before meals" is advice, not a count: "should most often take"
        // would make skipping it sound fine. "and immediately get help" is no "and right away get":
        // a phrase for one word does not stand before a verb.
        if !swap.isVerb, swap.plain.contains(" "), !swap.complex.contains(" "),
           ["should", "must"].contains(previous ?? "")
            // ("can immediately begin" is no "can right away begin" either: not between a helper and its verb.)
            || swap.plain.hasSuffix(" away") && (SentenceRewrites.modals.contains(previous?.lowercased() ?? "") || previous?.lowercased() == "to")
            || swap.plain.hasSuffix(" away") && next.map({ word in
                let word = word.lowercased()
                return SentenceRewrites.isInstruction(word) || SentenceRewrites.prepositions.contains(word) || Self.placeWords.contains(word) }) == true { return nil }
        // "a contagious and usually mild viral illness" is no "and most often mild": a phrase for a
        // one-word adverb reads badly inside a noun phrase, before its describing word.
        // ("… and usually ranges from …" is a verb's: it is swapped.)
        // ("This usually painless problem …": after "this", "their" … as after "the".)
        if !swap.isVerb, swap.plain.contains(" "), !swap.complex.contains(" "), swap.complex.hasSuffix("ly"),
           let previous = previous?.lowercased(), ["a", "an", "the", "and", "or", "this"].contains(previous) || Self.possessives.contains(previous),
           let next = next?.lowercased(), !Self.mayBeVerb(next) { return nil }
        // "the work the kidneys usually do" says what is normal, no count: "most often do" would
        // make it one job of several. (Before a "do" that ends the clause.)
        if !swap.isVerb, swap.plain.contains(" "), !swap.complex.contains(" "), swap.complex.hasSuffix("ly"),
           let next = next?.lowercased(), ["do", "does", "did"].contains(next), ahead.count == 1 { return nil }
        // "disinfecting frequently touched surfaces" is no "often touched surfaces": before a
        // participle that describes a noun, the "-ly" word is part of it. ("are frequently used"
        // is a verb's.)
        // (Only a word of how often, after a doing, an article or a preposition: "partially
        // digested food" → "partly digested" reads, and "therapy usually survived" is a verb's.)
        if !swap.isVerb, ["frequently", "commonly", "usually", "typically", "routinely"].contains(swap.complex.lowercased()),
           let next, SentenceRewrites.isPastParticiple(next.lowercased()),
           let previous = previous?.lowercased(), SentenceRewrites.isDoing(previous) || Self.determiners.contains(previous) || SentenceRewrites.prepositions.contains(previous),
           let after = Self.clauseWords(in: pieces, after: end).dropFirst().first, !SentenceRewrites.prepositions.contains(after),
           !["and", "or", "by", "when", "if", "as"].contains(after) { return nil }
        // "In rare cases, usually among …" is no "Rarely, most often among …": after a word of
        // how seldom, "most often" reads as its opposite.
        // (The words before, read past a comma: "Rarely, usually …".)
        if !swap.isVerb, swap.plain.hasPrefix("most "), let before = Self.wordBefore(pieces, start, 1)?.lowercased(),
           ["rarely", "seldom", "occasionally", "sometimes"].contains(before)
            || before == "cases" && Self.wordBefore(pieces, start, 2)?.lowercased() == "rare" { return nil }
        // "the most commonly involved sites" is no "the most often involved sites": a superlative
        // before a describing word keeps its "-ly" word.
        if !swap.isVerb, swap.complex.hasSuffix("ly"), !swap.complex.contains(" "), previous?.lowercased() == "most",
           Self.wordBefore(pieces, start, 2)?.lowercased() == "the" { return nil }
        // "are usually not given" is no "are most often not given": a phrase reads badly before a
        // negation, or another adverb ("usually only takes" is no "most often only takes", "are
        // usually more severe" no "are most often more severe", before any of the language's
        // comparing words; "participate more fully" is a verb's, and "take part more fully" reads).
        // ("usually is not serious" is no "is most often not serious": before a negation, the same
        // for an entry that opens with such a word and its verb; nor "Doctors usually do not use
        // …" "most often do not use": one helper may come between; "usually happens without" may.)
        if swap.plain.contains(" "), let next = next?.lowercased() {
            let oneWord = !swap.complex.contains(" ")
            let negated = classes.isNegation(next) || oneWord && swap.complex.hasSuffix("ly")
                && ahead.dropFirst().prefix(1).contains { classes.isNegation($0) && $0 != "without" }
            if negated
                && (oneWord || SentenceRewrites.qualifiers.contains(swap.complex.lowercased().split(separator: " ").first.map(String.init) ?? ""))
                || oneWord && (Self.adverbsAfterAdverb.contains(next) || swap.complex.hasSuffix("ly") && classes.comparing.contains(next)) { return nil }
        }
        // "is usually recommended" is no "is most often recommended", which reads as the advice
        // given most often: not between "be" and a word of advice.
        if swap.plain.contains(" "), !swap.complex.contains(" "), let previous, Self.beForms.contains(previous),
           let next, Self.advice.contains(next.lowercased()) { return nil }
        // "where the leak is occurring in order to seal it" is no "happening to seal it": after an
        // "-ing" word a bare "to" would read as that verb's ("happening to").
        if swap.plain.lowercased() == "to", let previous, previous.count > 4, previous.hasSuffix("ing") { return nil }
        // "how quickly it disappears from blood" is no "goes away from blood".
        if swap.isVerb, swap.plain.hasSuffix(" away"), next?.lowercased() == "from" { return nil }
        // "It is important to your health that…" is no "be sure to": the phrase must lead to a verb.
        if swap.atSentenceStart, swap.complex.hasSuffix(" to"), let next, Self.determiners.contains(next.lowercased()) { return nil }
        if swap.isVerb {
            // At the start of a sentence: an instruction ("Utilize…") or a gerund ("Obtaining…").
            // "Reaching and maintaining a healthy weight": an "-ing" word paired with another.
            let pairedGerund = form == .ing && (previous == "and" || previous == "or")
                && Self.wordBefore(pieces, start, 2).map { $0.hasSuffix("ing") && $0.count > 5 } == true
            // A verb that is never a noun is a verb wherever it stands ("studies evaluate therapies").
            let onlyVerb = (form == .base || form == .s) && classes.onlyVerbs.contains(phrase.first ?? "")
            // "is often required", "are usually performed": a word of how often between a helper
            // and its participle.
            let helperPastHowOften = form == .ed && previous.map(Self.passiveAdverbs.contains) == true
                && Self.wordBefore(pieces, start, 2).map(Self.edContexts.contains) == true
            guard pairedGerund || onlyVerb || helperPastHowOften
                    || Self.verbContexts(for: form).contains(previous ?? (form == .base || form == .ing ? "" : "-")) else { return nil }
            // "Experience with transplant is limited": a word that opens the sentence before "with"
            // or "of" is the noun, not an instruction.
            if previous == nil, !onlyVerb, form == .base, let next, ["with", "of", "in", "from", "for", "on", "is", "was"].contains(next.lowercased()) { return nil }
            // "Then perform with bent knees": a verb with no object reads wrong as "do" or "check".
            if onlyVerb, ["do", "check"].contains(swap.plain), let next, SentenceRewrites.prepositions.contains(next.lowercased()) { return nil }
            // "the patient is required to follow a diet" is no "is needed to follow": a passive
            // with a "to" after it keeps its verb.
            // The helper before a past form ("is", "has"), past a word such as "not" or "often".
            let helper = form == .ed ? Self.wordsBefore(pieces, start, upTo: 2).first { !Self.passiveAdverbs.contains($0) } : nil
            if let helper, Self.beForms.contains(helper), next?.lowercased() == "to", Self.passivesWithTo.contains(phrase.first ?? "") { return nil }
            // "There may also be vomiting": after "there … be" the "-ing" word is a thing, which a
            // phrase ("throwing up") cannot name.
            if form == .ing, let previous, Self.beForms.contains(previous), Self.wordsBefore(pieces, start, upTo: 4).contains("there") { return nil }
            // "may have side and back pain, painful urination, vomiting and fever": an "-ing" word
            // among the things someone has is a thing too; "have throwing up" is no English.
            // ("symptoms such as fever, nausea, vomiting …" leads its series with "such as".)
            if form == .ing, swap.plain.contains(" "),
               Self.wordsBefore(pieces, start, upTo: 15, acrossCommas: true).prefix(while: { !classes.seriesLeads.contains($0) })
                   .contains(where: classes.having.contains),
               previous.map({ ["and", "or"].contains($0.lowercased()) }) == true || Self.commaBefore(pieces, start) { return nil }
            // "If the doctor has been consulted" is no "has been talked with": a plain verb that
            // needs its preposition makes a stilted passive.
            if let helper, Self.beForms.contains(helper),
               swap.plain.split(separator: " ").last.map({ SentenceRewrites.prepositions.contains(String($0)) }) == true { return nil }
            // Past forms are swapped into irregular verbs only as a participle after "be" or "have"
            // ("is performed" → "is done", "be administered" → "be given"); elsewhere the past and
            // the participle differ ("gave", "given") or the word describes ("an informed choice").
            if form == .ed, Inflection.isIrregular(swap.plain) {
                let perfect = ["has", "have", "had"].contains(helper ?? "")
                guard let helper, Self.beForms.contains(helper) || perfect,
                      let participle = Inflection.participle(of: swap.plain, perfect: perfect) else { return nil }
                return first.first?.isUppercase == true ? Self.capitalized(participle) : participle
            }
        } else if form != .base && form != .s {
            return nil
        }
        let plain = Inflection.apply(form, to: swap.plain)
        // "UTILIZE" → "USE", unless the listed term is itself written in capitals (an abbreviation).
        if first.count > 1, first.allSatisfy({ !$0.isLowercase }), swap.complex.contains(where: \.isLowercase) {
            return plain.uppercased()
        }
        return first.first?.isUppercase == true ? Self.capitalized(plain) : plain
    }

    private func matches(_ phrase: [String], in pieces: [WordScanner.Piece], at start: Int) -> Bool {
        // (The first word was matched in any of its forms.)
        for (offset, word) in phrase.enumerated().dropFirst() {
            let position = start + offset * 2
            guard position < pieces.count, case .word(let found) = pieces[position],
                  Self.key(found) == word else {
                return false
            }
            if offset > 0, case .other(let gap) = pieces[position - 1], gap != " " { return false }
        }
        return true
    }

    /// The word before `index`, lower-cased; "" after punctuation that starts a new clause
    /// (",", ";", ":", "("), nil at the start of the sentence.
    private static func previousWord(in pieces: [WordScanner.Piece], before index: Int) -> String? {
        var position = index - 1
        while position >= 0 {
            switch pieces[position] {
            case .word(let word): return key(word)
            case .other(let gap):
                if gap.contains(where: { ".!?".contains($0) }) { return nil }
                if gap.contains(where: { ",;:(".contains($0) }) { return "" }
            }
            position -= 1
        }
        return nil
    }

    /// The words a verb in `form` can follow ("" is the start of a clause, after a comma). Elsewhere
    /// a verb-like word is more likely a noun or an adjective ("your address", "a heart monitor",
    /// "names and addresses", "assisted living").
    static func verbContexts(for form: Inflection) -> Set<String> {
        switch form {
        case .base: baseFormContexts
        case .s: baseContexts
        case .ing: ingContexts
        case .ed: edContexts
        }
    }

    /// After people in the plural a verb's base form is their verb ("mothers experience …").
    private static let baseFormContexts = baseContexts.union(peopleWords)
    private static let ingContexts = baseContexts.union(["be", "is", "are", "was", "were", "been", "being", "am", "by", "for", "of",
                                                         "about", "without", "before", "after", "from", "start", "stop", "keep", "try",
                                                         // Verbs that take a doing: "avoid ingesting it".
                                                         "avoid", "avoids", "quit", "consider", "continue", "begin", "finish"])
    private static let edContexts: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am", "i", "you", "we",
                                                  "they", "he", "she", "it", "who", "that", "which", "not", "never", "also", "already", "just"]

    private static let baseContexts: Set<String> = [
        "", "to", "can", "could", "will", "would", "should", "may", "might", "must", "shall", "do", "does", "did",
        "don't", "doesn't", "didn't", "won't", "can't", "cannot", "not", "also", "please", "then", "i", "you", "we",
        "they", "he", "she", "it", "who", "that", "which", "help", "helps", "let", "usually", "often", "always",
        "never", "sometimes", "first", "still", "just", "only",
    ]

    /// Words an infinitive's "to" is not followed by.
    static let determiners: Set<String> = ["a", "an", "the", "your", "my", "his", "her", "their", "our", "its",
                                           "this", "that", "these", "those", "you", "him", "them", "us", "me"]

    /// Plain nouns that need an article, where the word they stand for may go without one.
    static let needsArticle: Set<String> = ["outlook"]

    /// Plain words that cannot follow "a" or "an" ("an enough amount", "an about 2-hour wait").
    static let takesNoArticle: Set<String> = ["enough", "about", "best", "some", "later", "many", "soon", "often",
                                               "now", "so", "only", "more", "before", "after", "because"]

    /// Up to `count` words before `index`, nearest first, stopping at a bracket or a clause's
    /// punctuation; with `acrossCommas`, going on past commas (the words of a series and what
    /// leads it) but not past a stop.
    static func wordsBefore(_ pieces: [WordScanner.Piece], _ index: Int, upTo count: Int, acrossCommas: Bool = false) -> [String] {
        let stops = acrossCommas ? ".;:()!?" : ",;:()"
        var found: [String] = []
        var position = index - 1
        while position >= 0, found.count < count {
            switch pieces[position] {
            case .word(let word): found.append(key(word))
            case .other(let gap): if gap.contains(where: { stops.contains($0) }) { return found }
            }
            position -= 1
        }
        return found
    }

    /// The word `back` words before `index` (1: the one just before), lower-cased, within the sentence.
    static func wordBefore(_ pieces: [WordScanner.Piece], _ index: Int, _ back: Int) -> String? {
        var position = index - 1
        var count = 0
        while position >= 0 {
            if case .word(let word) = pieces[position] {
                count += 1
                if count == back { return key(word) }
            }
            position -= 1
        }
        return nil
    }

    /// The forms of "be" a phrase may open with.
    static let beForms: Set<String> = ["is", "are", "be", "was", "were", "been", "being"]

    /// Past participles of advice ("is usually recommended").
    static let advice: Set<String> = ["recommended", "advised", "suggested", "preferred", "prescribed"]

    /// Adverbs that a phrase standing for another adverb reads badly before.
    static let adverbsAfterAdverb: Set<String> = ["only", "just", "still", "even", "also"]

    /// Verbs whose passive takes a "to" of its own ("is required to follow"), unlike a purpose
    /// ("is given to reduce pain").
    static let passivesWithTo: Set<String> = ["require", "expect", "ask", "advise", "encourage", "permit", "allow", "oblige", "instruct"]

    /// Words of place besides the prepositions ("immediately below the knee" is no time).
    /// True when a word of the sentence starts with `prefix` ("worse", "worsen", "worsening").
    private static func says(_ pieces: [WordScanner.Piece], wordStartingWith prefix: String) -> Bool {
        pieces.contains { piece in
            guard case .word(let word) = piece else { return false }
            return word.lowercased().hasPrefix(prefix)
        }
    }

    /// The words that say whose a thing is.
    static let possessives: Set<String> = ["my", "your", "his", "her", "its", "our", "their"]

    static let placeWords: Set<String> = ["below", "above", "behind", "beside", "next", "inside", "outside", "near", "around",
                                          "along", "across", "beyond", "throughout", "among", "against", "toward", "towards",
                                          "beneath", "upon"]

    /// Words that may stand between "is" and its participle ("is not performed", "is often done").
    static let passiveAdverbs: Set<String> = ["not", "never", "also", "already", "just", "often", "usually", "sometimes", "always", "first",
                                              "only", "typically", "generally", "frequently", "occasionally", "rarely", "commonly",
                                              "routinely", "normally", "mostly", "mainly"]

    /// The words after `index` up to the end of its clause (a comma, a stop or a bracket), as keys.
    static func clauseWords(in pieces: [WordScanner.Piece], after index: Int) -> [String] {
        var words: [String] = []
        for piece in pieces[min(pieces.count, index + 1)...] {
            switch piece {
            case .word(let word): words.append(key(word))
            case .other(let gap): if gap.contains(where: { ".!?,;:()".contains($0) }) { return words }
            }
        }
        return words
    }

    private static func nextWord(in pieces: [WordScanner.Piece], after index: Int) -> String? {
        var position = index + 1
        while position < pieces.count {
            switch pieces[position] {
            case .word(let word): return word
            case .other(let gap): if gap.contains(where: { ".!?,;:()".contains($0) }) { return nil }
            }
            position += 1
        }
        return nil
    }

    /// True when the words from `start` to `end` are joined to a neighbour by a hyphen.
    private static func isHyphenated(_ pieces: [WordScanner.Piece], from start: Int, to end: Int) -> Bool {
        let before = start > 0 ? text(pieces[start - 1]) : ""
        let after = end + 1 < pieces.count ? text(pieces[end + 1]) : ""
        return before.hasSuffix("-") && start > 1 || after.hasPrefix("-") && end + 2 < pieces.count
    }

    /// `authored` without the plain name it gives for the swap's word after one of
    /// `plainNameLeads` ("blood glucose, or blood sugar,"; "high levels of blood glucose, also
    /// called blood sugar"), unless the sentence opens with the two, as the subject it defines; a
    /// verb's entry is never glossed so.
    static func withoutPlainNameGiven(for swap: WordSwap, in authored: String) -> String {
        guard !swap.isVerb else { return authored }
        // (A gloss taken out later in the sentence leaves its opening as it was.)
        let opening = authored.lowercased()
        return plainNameLeads.reduce(authored) { text, lead in
            let gloss = swap.complex + lead + swap.plain
            return opening.hasPrefix(gloss.lowercased()) ? text : text.replacingOccurrences(of: gloss, with: " ", options: .caseInsensitive)
        }
    }

    /// The positions of words inside a web or email address ("www.example.org/medication-safety").
    /// The short plain gloss in brackets after the piece at `end`, in lower case: one to three
    /// words, the first in lower case and not one that opens examples or a pointer ("(including
    /// …)", "(see …)"); nil when there is none.
    static func gloss(_ pieces: [WordScanner.Piece], after end: Int) -> String? {
        guard end + 2 < pieces.count, case .other(let gap) = pieces[end + 1], gap.hasSuffix("("),
              case .word(let first) = pieces[end + 2], first.first?.isLowercase == true,
              !["including", "such", "see", "for", "eg", "e", "like", "especially", "which", "that", "or", "and", "also"].contains(first)
        else { return nil }
        var words: [String] = []
        for piece in pieces[(end + 2)...].prefix(7) {
            switch piece {
            case .word(let word): words.append(word.lowercased())
            case .other(let text):
                if text.hasPrefix(")") { return words.count <= 3 ? words.joined(separator: " ") : nil }
                if !text.allSatisfy({ $0 == " " || $0 == "-" }) { return nil }
            }
        }
        return nil
    }

    /// True when `word` may be a verb: one the rules know, a helper, or an "-s" or "-ed" form
    /// ("ranges", "cleared"; not "harmless", "serious").
    static func mayBeVerb(_ word: String) -> Bool {
        SentenceRewrites.knownVerbForm(word) != nil || SentenceRewrites.clauseVerbs.contains(word) || word.hasSuffix("ed")
            || word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    /// True when the piece at `start` is inside brackets that give another name: "(or …",
    /// "(also called …", "(also known as …", "(known as …", "(called …".
    static func insideOtherName(_ pieces: [WordScanner.Piece], before start: Int) -> Bool {
        var index = start - 1
        while index >= max(0, start - 10) {
            if case .other(let text) = pieces[index] {
                if text.contains(")") { return false }
                if text.hasSuffix("("), index + 1 < start, case .word(let first) = pieces[index + 1] {
                    return ["or", "also", "called", "known", "aka"].contains(first.lowercased())
                }
                if text.contains("(") { return false }
            }
            index -= 1
        }
        return false
    }

    static func addressWords(in pieces: [WordScanner.Piece]) -> Set<Int> {
        var inside: Set<Int> = []
        var token: [Int] = []
        var text = ""
        func close() {
            let lowered = text.lowercased()
            // "@", "/", or a dot between letters ("anxiety.org.uk"; the sentence's own full stop is not).
            let characters = Array(lowered.trimmed(where: { ".,;:!?)\"'”’".unicodeScalars.contains($0) }))
            let dotted = characters.indices.contains { index in
                characters[index] == "." && index > 0 && index + 1 < characters.count
                    && characters[index - 1].isLetter && characters[index + 1].isLetter
            }
            if lowered.contains("@") || lowered.contains("/") || dotted {
                inside.formUnion(token)
            }
            token = []
            text = ""
        }
        for (index, piece) in pieces.enumerated() {
            let piece = Self.text(piece)
            if piece.contains(where: \.isWhitespace) {
                close()
                continue
            }
            token.append(index)
            text += piece
        }
        close()
        return inside
    }

    /// "an" before a vowel letter, "a" before anything else, when the word before is an article.
    private func fixArticle(before plain: String, in output: inout [String]) {
        guard output.count >= 2, output[output.count - 1] == " " else { return }
        let article = output[output.count - 2]
        guard let wanted = classes.article(article, before: plain), article.lowercased() != wanted else { return }
        output[output.count - 2] = article.first?.isUppercase == true ? Self.capitalized(wanted) : wanted
    }

    /// A word as the swap index knows it: lower case, straight apostrophes.
    static func key(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "’", with: "'")
    }

    static func text(_ piece: WordScanner.Piece) -> String {
        switch piece {
        case .word(let word), .other(let word): word
        }
    }
}
