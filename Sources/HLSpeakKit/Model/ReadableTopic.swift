/// The topic as patients get it, made once before any writer sees it: gaps left out, a list
/// introduction whose list the source lost ("Things that may increase your risk include:" before
/// a gap) left out with it, empty notes dropped, and sections with nothing left to read removed.
extension Topic {
    /// The topic as patients get it; `sentences` finds the last sentence of a list introduction.
    public func readable(_ sentences: SentenceBoundary) -> Topic {
        var topic = self
        topic.sections = sections.compactMap { $0.readable(sentences) }
        return topic
    }

    /// The sections a topic-wide document shows in its body: all but Credits.
    public var bodySections: [Section] { sections.filter { !$0.isCredits } }

    /// The Credits section, when the topic has one.
    public var creditsSection: Section? { sections.first(where: \.isCredits) }
}

extension Section {
    /// This section with only what can be read, or nil when nothing is left.
    public func readable(_ sentences: SentenceBoundary) -> Section? {
        var section = self
        section.blocks = blocks.rewritten { Self.readableBlocks($0, sentences) }
        section.subsections = subsections.compactMap { $0.readable(sentences) }
        return section.blocks.isEmpty && section.subsections.isEmpty ? nil : section
    }

    private static func readableBlocks(_ blocks: [Block], _ sentences: SentenceBoundary) -> [Block] {
        blocks.enumerated().compactMap { index, block in
            switch block {
            case .gap:
                return nil
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
