/// Rewrites a topic in plainer language, change by change, for a clinician to review: curated
/// word swaps (with inflection and capitals kept), long sentences cut at safe joints, asides as
/// sentences of their own (or dropped when they only repeat a name already given), and a run of
/// three or more actions as a short list. Numbers, doses, time spans, phone numbers, protected
/// terms and negations are never removed or changed: a rewrite that would touch one is skipped. A model-to-model transform: Topic in, Topic out.
public struct Simplifier: Sendable {
    public var words: PlainWords
    /// Where the sentences it rewrites begin and end.
    public var sentences: SentenceBoundary
    /// Sentences longer than this are cut where they safely can be (plain-language guides aim
    /// for 15 to 20 words; a run of actions becomes a list above 20).
    public var maxSentenceWords = 15

    public init(words: PlainWords, sentences: SentenceBoundary) {
        self.words = words
        self.sentences = sentences
    }

    /// The simplifier for text written in `language`, with its word lists `words`.
    public init(words: PlainWords, language: Language) {
        self.init(words: words, sentences: language.sentences)
    }

    /// The simplified topic and every change suggested, in reading order. With a `review`, only
    /// the changes it approves are made (accepted ones, and hand rewrites); without one, every
    /// suggestion is made (a preview).
    public func simplify(_ topic: Topic, review: PlainReview? = nil) -> (topic: Topic, changes: [PlainChange]) {
        var pass = makePass(review, copies: copies(in: topic.sections), title: topic.title)
        var simplified = topic
        simplified.sections = topic.sections.map { pass.simplify($0) }
        return (simplified, pass.changes)
    }

    /// One section and its subsections, simplified; in `topic`, the names its title gives stay as
    /// written. Credits are the publisher's own words and stay as they are.
    public func simplify(_ section: Section, in topic: Topic? = nil, review: PlainReview? = nil) -> (section: Section, changes: [PlainChange]) {
        var pass = makePass(review, copies: copies(in: [section]), title: topic?.title)
        let simplified = pass.simplify(section)
        return (simplified, pass.changes)
    }

    /// Every sentence of `topic` with its id and the simplifier's suggestion (the sentence itself
    /// when it has none): where hard sentences are looked for.
    public func sentences(of topic: Topic) -> [PlainSentence] {
        var pass = makePass(nil, copies: copies(in: topic.sections), title: topic.title)
        _ = topic.sections.map { pass.simplify($0) }
        return pass.seenSentences
    }

    /// The rules and guard rail, built once per call (the swap index is not free), and the names
    /// the topic's `title` gives.
    private func makePass(_ review: PlainReview?, copies: [String: Int], title: String?) -> Pass {
        Pass(rules: SentenceRewrites(swaps: words.swaps, classes: words.classes, maxWords: maxSentenceWords),
             rewritesSentences: words.rewritesSentences, guardrail: words.guardrail, sentences: sentences, review: review, copies: copies,
             names: title.map(Self.names(inTitle:)) ?? [])
    }

    /// The names of several words a topic's title gives: "Short limb dwarf lethal Colavita
    /// Kozlowski type" is a name whose "lethal" no swap may change, since the reader looks the
    /// topic up by it; "Bowel Control Problems (Fecal Incontinence)" gives two. A part that
    /// opens in small letters ("in Adults") is no name, and a one-word title ("Hypoglycemia") is
    /// a word whose plainer one ("low blood sugar") the text may use. Lower-cased.
    static func names(inTitle title: String) -> [String] {
        title.split(whereSeparator: { "()".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.first?.isUppercase == true && $0.contains(" ") }
            .map { $0.lowercased() }
    }

    /// True when `text` is a line run together from " - " or " -- " list items ("… have a
    /// weakened immune system because of: -- HIV/AIDS … -- treatment with drugs …, such as
    /// steroids -- …"): its items' ends and starts are inside it, which a cut or a list would take
    /// for the sentence's. A " -- " or two is a dash ("… continues for months -- and can go on …").
    private static func runsItemsTogether(_ text: String) -> Bool {
        text.contains(" - ") || text.contains(": -- ") || text.components(separatedBy: " -- ").count > 3
    }

    /// How often each sentence is written in its section, by the base id (most are once).
    private func copies(in sections: [Section]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for section in sections.flatMap(\.flattened) where !section.isCredits {
            section.blocks.walk { block, _ in
                guard case .paragraph(let paragraph) = block else { return }
                for sentence in self.sentences.split(paragraph.inlines) {
                    counts[PlainChange.id(section: section.id, sentence: sentence.plainText), default: 0] += 1
                }
            }
        }
        return counts
    }

    /// One walk through sections, collecting the changes suggested.
    private struct Pass {
        let rules: SentenceRewrites
        let rewritesSentences: Bool
        let guardrail: ProtectedWords
        let sentences: SentenceBoundary
        let review: PlainReview?
        /// How often each sentence is written in its section.
        let copies: [String: Int]
        /// The names the topic's title gives, which swaps leave as written.
        let names: [String]
        var changes: [PlainChange] = []
        /// The current section's text so far, so an aside can be checked against it.
        var seen = ""
        /// How often each change id has come up, so a repeated sentence gets its own id.
        var ids: [String: Int] = [:]
        /// Every sentence seen, with its suggestion.
        var seenSentences: [PlainSentence] = []

        mutating func simplify(_ section: Section) -> Section {
            guard !section.isCredits else { return section }
            var result = section
            seen = ""
            result.blocks = simplify(section.blocks, section: section.id)
            result.subsections = section.subsections.map { simplify($0) }
            return result
        }

        private mutating func simplify(_ blocks: [Block], section: String) -> [Block] {
            blocks.rewritingParagraphs { simplify($0, section: section) }
        }

        /// A paragraph as one or more blocks: a run of actions becomes a list between paragraphs.
        private mutating func simplify(_ paragraph: Paragraph, section: String) -> [Block] {
            var blocks: [Block] = []
            var sentences: [[Inline]] = []
            func flush() {
                guard !sentences.isEmpty else { return }
                let runs = sentences.enumerated().flatMap { index, runs in index == 0 ? runs : [.text(" ")] + runs }
                blocks.append(.paragraph(Paragraph(runs.mergingText())))
                sentences = []
            }
            for sentence in self.sentences.split(paragraph.inlines) {
                let template = Template(sentence)
                for piece in decide(template, suggested: suggest(template), section: section) {
                    switch piece {
                    case .sentence(let text):
                        sentences.append(template.runs(text))
                    case .runs(let runs):
                        sentences.append(runs)
                    case .list(let intro, let items):
                        sentences.append(template.runs(intro))
                        flush()
                        blocks.append(.list(ListBlock(items: items.map { ListItem(template.runs($0)) })))
                    }
                }
            }
            flush()
            return blocks
        }

        private enum Piece {
            case sentence(String)
            case list(intro: String, items: [String])
            /// A hand-written sentence, its atoms already in place.
            case runs([Inline])
        }

        /// The sentence as the plain version shows it: the suggestion (a preview, or accepted), a
        /// hand rewrite, or the sentence as written (pending or rejected). Records the change.
        private mutating func decide(_ template: Template, suggested: (pieces: [Piece], rules: [String]),
                                     section: String) -> [Piece] {
            let original = template.display(template.text)
            let base = PlainChange.id(section: section, sentence: original)
            let occurrence = ids[base, default: 0] + 1
            ids[base] = occurrence
            let id = PlainChange.id(section: section, sentence: original, copy: occurrence, copies: max(occurrence, copies[base] ?? 1))
            let decision = review?.decisions[id]
            seenSentences.append(PlainSentence(id: id, section: section, original: original,
                                               suggested: suggested.rules.isEmpty ? original : Self.display(suggested.pieces, template),
                                               keptRuns: template.atomTexts))
            guard !suggested.rules.isEmpty || decision?.verdict == .rewritten else { return [.sentence(template.text)] }
            var change = PlainChange(id: id, section: section, original: original,
                                     result: suggested.rules.isEmpty ? original : Self.display(suggested.pieces, template),
                                     rules: suggested.rules, keptRuns: template.atomTexts, decision: nil)
            if let decision, decision.holds(for: change) { change.decision = decision }
            changes.append(change)
            guard review != nil else { return suggested.pieces }
            switch change.decision?.verdict {
            case .accepted: return suggested.pieces
            case .rewritten: return [.runs(template.runs(handWritten: change.decision?.text ?? original))]
            case .rejected, nil: return [.sentence(template.text)]
            }
        }

        /// How a suggestion reads in the review: sentences run on, a list's items on lines of their own.
        private static func display(_ pieces: [Piece], _ template: Template) -> String {
            var text = ""
            var afterList = false
            for piece in pieces {
                text += text.isEmpty ? "" : afterList ? "\n" : " "
                switch piece {
                case .sentence(let sentence):
                    text += template.display(sentence)
                    afterList = false
                case .list(let intro, let items):
                    text += template.display(intro) + items.map { "\n- " + template.display($0) }.joined()
                    afterList = true
                case .runs(let runs):
                    text += runs.plainText
                    afterList = false
                }
            }
            return text
        }

        /// Every rule, in order, on one sentence: swaps, asides, cuts, lists; and the rules that applied.
        private mutating func suggest(_ template: Template) -> (pieces: [Piece], rules: [String]) {
            // "… high-fiber diets.1": a page's note number after the full stop waits while the
            // rules read the sentence, and goes back after its last sentence.
            let (written, note) = SentenceBoundary.noteNumber(after: template.text)
            let apostrophes = Apostrophes(in: written)
            let body = apostrophes.typewriter(written)
            var text = body
            var applied: [String] = []
            func record(_ original: String, _ result: String, _ rule: String) -> Bool {
                guard result != original, guardrail.keeps(original, in: result) else { return false }
                applied.append(rule)
                return true
            }
            func swapped(_ text: String, openingsOnly: Bool = false) -> String {
                var text = text
                var tried: Set<String> = []
                let original = text
                while let (result, swap) = rules.swapOnce(text, skipping: tried, openingsOnly: openingsOnly, original: original) {
                    tried.insert(swap.complex)
                    // (A title that is the swap's own word, "Myocardial Infarction", may take its
                    // plain name, "heart attack", as a one-word title does.)
                    let keepsNames = names.allSatisfy { name in
                        name == swap.complex.lowercased()
                            || ProtectedWords.occurrences(of: name, in: text) == ProtectedWords.occurrences(of: name, in: result)
                    }
                    if keepsNames, record(text, result, "plainer word: '\(swap.complex)' → '\(swap.plain)' (\(swap.source))") { text = result }
                }
                return text
            }
            func madeActive(_ text: String) -> String {
                guard let result = rules.activeVoice(text), record(text, result, "the one who acts comes first (active voice)") else { return text }
                return result
            }
            text = swapped(text)
            if let result = rules.withoutRepeatedAside(text, after: seen),
               record(text, result, "aside only repeats a name already given") { text = result }
            if let result = rules.otherNameAside(text, after: seen),
               record(text, result, "another name for it said after the sentence, or left out when already given") { text = result }
            let earlier = seen
            // A line with no end stop is a heading (a draft's "Small intestinal bacterial
            // overgrowth (SIBO)"): what follows starts afresh, as a library section does, and a
            // name in it is not given to the reader until the text gives it.
            // A line that stops on a small word or a series' lead ("The most common symptoms of …
            // are", "… include") leads into a list: the section goes on.
            let lastWord = body.split(separator: " ").last.map { String($0).lowercased() } ?? ""
            if body.last(where: { !"\"”’')".contains($0) }).map({ ".!?:".contains($0) }) == true
                || rules.classes.functionWords.contains(lastWord) || rules.classes.seriesLeads.contains(lastWord) {
                seen += " " + body
            } else {
                seen = ""
            }
            // The sentence rules are English: other languages get their word lists only. A line
            // run together from list items gets them only too.
            guard rewritesSentences, !Simplifier.runsItemsTogether(text) else {
                return ([.sentence(apostrophes.restored(text) + note)], applied)
            }
            if let result = rules.orNameAside(text, after: earlier),
               record(text, result, "another name, or a plainer one, said after the sentence") { text = result }
            if let result = rules.nameSaidAgain(text, names: names, after: earlier),
               record(text, result, "the topic's long name, given earlier in the section, said again as 'this …'") { text = result }
            if let result = rules.getAnIllness(text),
               record(text, result, "plainer word: 'develop' → 'get' before an illness (model: CDC thesaurus \"develop (a disease)\" → \"get\")") { text = result }
            if let result = rules.howeverInside(text), record(text, result, "'however' inside the sentence said as 'But' at its start") { text = result }
            if let result = rules.withoutRelativeBe(text), record(text, result, "needless words: 'that are' before a describing word") { text = result }
            if let result = rules.procedureInWhich(text), record(text, result, "needless words: 'a procedure in which' after the test's name") { text = result }
            if let result = rules.asWellAsAnd(text), record(text, result, "needless words: ', as well as' for 'and'") { text = result }
            if let result = rules.thanWithoutVerb(text), record(text, result, "needless words: a verb repeated after 'than'") { text = result }
            if let result = rules.asideAsSentence(text), record(text, result, "aside as its own sentence") { text = result }
            if let result = rules.examplesAfter(text), record(text, result, "examples as their own sentence") { text = result }
            text = madeActive(text)
            // An aside said after the sentence leaves two: each may still be cut. (Uncut, they
            // stay one text, which a list rule may read as an introduction and its examples.)
            // The sentence as written is one, so every end found is a rule's.
            let madeByRules = sentences.split(text)
            var pieces = madeByRules
            var index = 0
            while index < pieces.count {
                // "… build up in tissues and organs, especially the brain. This leads to …": cut
                // again, the piece before a "This" would leave it pointing at the brain (or at
                // examples said apart: "Examples include the nervous system. This may lead to …").
                let pointedAt = index + 1 < pieces.count && ["This ", "These "].contains(where: pieces[index + 1].hasPrefix)
                if let cut = rules.cutLong(pieces[index]),
                   !(pointedAt && SentenceRewrites.asideOpenings.contains(where: { cut.pieces.last?.hasPrefix($0) == true })),
                   record(pieces[index], cut.pieces.joined(separator: " "), cut.why) {
                    // ("These enlarged blood vessels, called varices, cause …. This makes …": what an
                    // aside says, said after the piece, goes after the "This" that points at it, and
                    // after a "But" that answers it: "… is done with an external machine …. But the
                    // colon does need to be inflated …".)
                    let answered = index + 1 < pieces.count && pieces[index + 1].hasPrefix("But ")
                    if pointedAt || answered, cut.pieces.count == 2, cut.why.hasSuffix("said after the sentence") {
                        pieces.replaceSubrange(index...(index + 1), with: [cut.pieces[0], pieces[index + 1], cut.pieces[1]])
                    } else {
                        pieces.replaceSubrange(index...index, with: cut.pieces)
                    }
                } else {
                    index += 1
                }
            }
            if pieces == madeByRules {
                pieces = [text]
            } else {
                // A cut starts sentences: a swap for a sentence's opening ("therefore") may now apply,
                // and a piece may be a passive with its doer ("The pictures are read by a radiologist.").
                pieces = pieces.map { madeActive(swapped($0, openingsOnly: true)) }
            }
            if !note.isEmpty { pieces[pieces.count - 1] += note }
            let result = pieces.enumerated().map { index, piece -> Piece in
                // (A list's last item would take the note as its own.)
                guard note.isEmpty || index < pieces.count - 1 else { return .sentence(apostrophes.restored(piece)) }
                let lists = [rules.actionList(piece).map { ($0, "three or more actions as a short list") },
                             rules.inclusionList(piece).map { ($0, "three or more things it includes as a short list") },
                             rules.conditionList(piece).map { ($0, "three or more conditions joined by 'or' as a short list") },
                             rules.seriesList(piece).map { ($0, "three or more things in a row as a short list") },
                             rules.markedSeriesList(piece).map { ($0, "three or more things after a colon or a dash as a short list") },
                             rules.semicolonList(piece).map { ($0, "three or more things set apart by semicolons as a short list") },
                             rules.questionList(piece).map { ($0, "three or more questions to talk about as a short list") }]
                guard let (list, rule) = lists.compactMap({ $0 }).first(where: { list, _ in
                    guardrail.keeps(piece, in: ([list.intro] + list.items).joined(separator: " "))
                }) else { return .sentence(apostrophes.restored(piece)) }
                applied.append(rule)
                return .list(intro: apostrophes.restored(list.intro), items: list.items.map(apostrophes.restored))
            }
            return (result, applied)
        }
    }
}

/// One sentence of a topic as written, with its id and the simplifier's suggestion for it.
public struct PlainSentence: Hashable, Sendable {
    public var id: String
    public var section: String
    public var original: String
    /// The suggestion, or the sentence itself when the rules have none.
    public var suggested: String

    /// The phone numbers, links and emphasis in it, word for word.
    public var keptRuns: [String]

    /// The sentence as a change a reviewer can rewrite.
    public var asChange: PlainChange {
        PlainChange(id: id, section: section, original: original, result: suggested, rules: [], keptRuns: keptRuns, decision: nil)
    }
}
