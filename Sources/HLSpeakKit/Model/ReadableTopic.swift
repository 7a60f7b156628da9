/// The topic as patients get it, made once before any writer sees it: each gap (text the source
/// lost) said as `missing` ("Part of this section is not available in this format. Ask your care
/// team.") where it was, so nothing disappears without a word; a list introduction whose list the
/// source lost ("Things that may increase your risk include:" before a gap) left out, empty
/// notes dropped. Without `missing`, gaps are left out and sections with nothing left removed
/// (what readability measures).
extension Topic {
    /// The topic as patients get it; `sentences` finds the last sentence of a list introduction.
    public func readable(_ sentences: SentenceBoundary, missing: String? = nil) -> Topic {
        var topic = self
        topic.sections = sections.compactMap { $0.readable(sentences, missing: missing) }
        return topic
    }

    /// The sections a topic-wide document shows in its body: all but Credits.
    public var bodySections: [Section] { sections.filter { !$0.isCredits } }

    /// The Credits section, when the topic has one.
    public var creditsSection: Section? { sections.first(where: \.isCredits) }
}

extension Section {
    /// This section with only what can be read, or nil when nothing is left.
    public func readable(_ sentences: SentenceBoundary, missing: String? = nil) -> Section? {
        var section = self
        section.blocks = blocks.rewritten { Self.readableBlocks($0, sentences, missing: missing) }
        section.subsections = subsections.compactMap { $0.readable(sentences, missing: missing) }
        return section.blocks.isEmpty && section.subsections.isEmpty ? nil : section
    }

    private static func readableBlocks(_ blocks: [Block], _ sentences: SentenceBoundary, missing: String?) -> [Block] {
        blocks.enumerated().compactMap { index, block in
            switch block {
            case .gap:
                // One note for a run of gaps.
                if index > 0, case .gap = blocks[index - 1] { return nil }
                return missing.map { .note(Note([.paragraph(Paragraph([.text($0)]))])) }
            case .paragraph(var paragraph) where paragraph.introducesList:
                if index + 1 < blocks.count, case .list = blocks[index + 1] { return block }
                var kept = sentences.split(paragraph.inlines)
                kept.removeLast()
                guard !kept.isEmpty else { return nil }
                paragraph.inlines = kept.enumerated()
                    .flatMap { $0.offset == 0 ? $0.element : [.text(" ")] + $0.element }.mergingText()
                return .paragraph(paragraph)
            case .note(let note) where note.blocks.isEmpty:
                return nil
            case .list(let list) where list.items.allSatisfy(\.blocks.isEmpty):
                return nil
            default:
                return block
            }
        }
    }

    /// The id of the Credits section the reader makes from the front matter.
    public static let creditsID = "credits"

    /// True for the generated Credits section: the publisher's words, shown last or in a footer.
    public var isCredits: Bool { id == Self.creditsID }
}
