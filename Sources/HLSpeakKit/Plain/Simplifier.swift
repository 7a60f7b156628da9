/// Rewrites a topic in plainer language, change by change, for a clinician to review: curated
/// word swaps (with inflection and capitals kept), long sentences cut at safe joints, asides as
/// sentences of their own (or dropped when they only repeat a name already given), and a run of
/// three or more actions as a short list. Numbers, doses,
/// time spans, phone numbers, protected terms and negations are never removed or changed: a
/// rewrite that would touch one is skipped. A model-to-model transform: Topic in, Topic out.
public struct Simplifier: Sendable {
    public var words: PlainWords
    /// Sentences longer than this are cut where they safely can be.
    public var maxSentenceWords = 20

    public init(words: PlainWords) { self.words = words }

    /// The simplified topic and every change made.
    public func simplify(_ topic: Topic) -> (topic: Topic, changes: [PlainChange]) {
        var changes: [PlainChange] = []
        var simplified = topic
        simplified.sections = topic.sections.map { section in
            let (result, sectionChanges) = simplify(section)
            changes += sectionChanges
            return result
        }
        return (simplified, changes)
    }

    /// One section and its subsections, simplified. Credits are the publisher's own words and
    /// stay as they are.
    public func simplify(_ section: Section) -> (section: Section, changes: [PlainChange]) {
        guard section.id != "credits" else { return (section, []) }
        var changes: [PlainChange] = []
        var result = section
        var seen = ""
        result.blocks = simplify(section.blocks, section: section.id, changes: &changes, seen: &seen)
        result.subsections = section.subsections.map { subsection in
            let (simplified, more) = simplify(subsection)
            changes += more
            return simplified
        }
        return (result, changes)
    }

    /// `seen` collects the section's text so far, so an aside can be checked against it.
    private func simplify(_ blocks: [Block], section: String, changes: inout [PlainChange], seen: inout String) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block {
            case .paragraph(let paragraph):
                return simplify(paragraph, section: section, changes: &changes, seen: &seen)
            case .list(var list):
                list.items = list.items.map { ListItem(simplify($0.blocks, section: section, changes: &changes, seen: &seen)) }
                return [.list(list)]
            case .note(var note):
                note.blocks = simplify(note.blocks, section: section, changes: &changes, seen: &seen)
                return [.note(note)]
            case .gap:
                return [block]
            }
        }
    }

    /// A paragraph as one or more blocks: a run of actions becomes a list between paragraphs.
    private func simplify(_ paragraph: Paragraph, section: String, changes: inout [PlainChange], seen: inout String) -> [Block] {
        let guardrail = ProtectedWords(terms: words.protectedTerms)
        let rules = SentenceRewrites(swaps: words.swaps, maxWords: maxSentenceWords)
        var blocks: [Block] = []
        var sentences: [[Inline]] = []
        func flush(into blocks: inout [Block]) {
            guard !sentences.isEmpty else { return }
            let runs = sentences.enumerated().flatMap { index, runs in index == 0 ? runs : [.text(" ")] + runs }
            blocks.append(.paragraph(Paragraph(runs.mergingText(), line: paragraph.line)))
            sentences = []
        }
        for sentence in SentenceSplitter.split(paragraph.inlines) {
            let template = Template(sentence)
            var text = template.text
            func record(_ result: String, _ rule: String) -> Bool {
                guard result != text, guardrail.keeps(text, in: result) else { return false }
                changes.append(PlainChange(section: section, original: template.display(text),
                                           result: template.display(result), rule: rule))
                text = result
                return true
            }
            var tried: Set<String> = []
            while let (result, swap) = rules.swapOnce(text, skipping: tried) {
                tried.insert(swap.complex)
                _ = record(result, "swap '\(swap.complex)' → '\(swap.plain)' (\(swap.source))")
            }
            if let result = rules.withoutRepeatedAside(text, after: seen) { _ = record(result, "aside only repeats a name already given") }
            if let result = rules.asideAsSentence(text) { _ = record(result, "aside as its own sentence") }
            seen += " " + template.text
            var pieces = [text]
            while let longest = pieces.indices.first(where: { SentenceRewrites.wordCount(pieces[$0]) > maxSentenceWords }),
                  let split = rules.splitLong(pieces[longest]) {
                let joined = split.joined(separator: " ")
                guard guardrail.keeps(pieces[longest], in: joined) else { break }
                changes.append(PlainChange(section: section, original: template.display(pieces[longest]),
                                           result: template.display(joined), rule: "long sentence cut at a safe joint"))
                pieces.replaceSubrange(longest...longest, with: split)
            }
            for piece in pieces {
                if let list = rules.actionList(piece),
                   guardrail.keeps(piece, in: ([list.intro] + list.items).joined(separator: " ")) {
                    changes.append(PlainChange(section: section, original: template.display(piece),
                                               result: template.display(([list.intro] + list.items.map { "- " + $0 })
                                                   .joined(separator: "\n")),
                                               rule: "three or more actions as a short list"))
                    sentences.append(template.runs(list.intro))
                    flush(into: &blocks)
                    blocks.append(.list(ListBlock(items: list.items.map { ListItem(template.runs($0)) },
                                                  line: paragraph.line)))
                } else {
                    sentences.append(template.runs(piece))
                }
            }
        }
        flush(into: &blocks)
        return blocks
    }
}
