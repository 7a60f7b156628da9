/// Rewrites a topic in plainer language, change by change, for a clinician to review: curated
/// word swaps (with inflection and capitals kept), long sentences cut at safe joints, asides as
/// sentences of their own (or dropped when they only repeat a name already given), and a run of
/// three or more actions as a short list. Numbers, doses, time spans, phone numbers, protected
/// terms and negations are never removed or changed: a rewrite that would touch one is skipped. A model-to-model transform: Topic in, Topic out.
public struct Simplifier: Sendable {
    public var words: PlainWords
    /// Where the sentences it rewrites begin and end.
    public var sentences: SentenceBoundary
    /// Sentences longer than this are cut where they safely can be.
    public var maxSentenceWords = 20

    public init(words: PlainWords, sentences: SentenceBoundary) {
        self.words = words
        self.sentences = sentences
    }

    /// The simplified topic and every change made.
    public func simplify(_ topic: Topic) -> (topic: Topic, changes: [PlainChange]) {
        var pass = makePass()
        var simplified = topic
        simplified.sections = topic.sections.map { pass.simplify($0) }
        return (simplified, pass.changes)
    }

    /// One section and its subsections, simplified. Credits are the publisher's own words and
    /// stay as they are.
    public func simplify(_ section: Section) -> (section: Section, changes: [PlainChange]) {
        var pass = makePass()
        let simplified = pass.simplify(section)
        return (simplified, pass.changes)
    }

    /// The rules and guard rail, built once per call (the swap index is not free).
    private func makePass() -> Pass {
        Pass(rules: SentenceRewrites(swaps: words.swaps, maxWords: maxSentenceWords),
             guardrail: ProtectedWords(terms: words.protectedTerms), sentences: sentences)
    }

    /// One walk through sections, collecting the changes made.
    private struct Pass {
        let rules: SentenceRewrites
        let guardrail: ProtectedWords
        let sentences: SentenceBoundary
        var changes: [PlainChange] = []
        /// The current section's text so far, so an aside can be checked against it.
        var seen = ""

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
                for piece in simplify(template, section: section) {
                    switch piece {
                    case .sentence(let text):
                        sentences.append(template.runs(text))
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
        }

        /// One sentence through every rule, in order: swaps, asides, cuts, lists.
        private mutating func simplify(_ template: Template, section: String) -> [Piece] {
            var text = template.text
            func record(_ original: String, _ result: String, _ rule: String) -> Bool {
                guard result != original, guardrail.keeps(original, in: result) else { return false }
                changes.append(PlainChange(section: section, original: template.display(original),
                                           result: template.display(result), rule: rule))
                return true
            }
            var tried: Set<String> = []
            while let (result, swap) = rules.swapOnce(text, skipping: tried) {
                tried.insert(swap.complex)
                if record(text, result, "swap '\(swap.complex)' → '\(swap.plain)' (\(swap.source))") { text = result }
            }
            if let result = rules.withoutRepeatedAside(text, after: seen),
               record(text, result, "aside only repeats a name already given") { text = result }
            if let result = rules.asideAsSentence(text), record(text, result, "aside as its own sentence") { text = result }
            seen += " " + template.text
            var pieces = [text]
            while let longest = pieces.indices.first(where: { SentenceRewrites.wordCount(pieces[$0]) > rules.maxWords }),
                  let split = rules.splitLong(pieces[longest]),
                  record(pieces[longest], split.joined(separator: " "), "long sentence cut at a safe joint") {
                pieces.replaceSubrange(longest...longest, with: split)
            }
            return pieces.map { piece in
                guard let list = rules.actionList(piece),
                      guardrail.keeps(piece, in: ([list.intro] + list.items).joined(separator: " ")) else { return .sentence(piece) }
                changes.append(PlainChange(section: section, original: template.display(piece),
                                           result: template.display(([list.intro] + list.items.map { "- " + $0 }).joined(separator: "\n")),
                                           rule: "three or more actions as a short list"))
                return .list(intro: list.intro, items: list.items)
            }
        }
    }
}
