/// The blocks a reader or listener gets: gaps left out, and a list introduction whose list the
/// source lost ("Things that may increase your risk include:" before a gap) left out with it.
public enum ReadableBlocks {
    public static func of(_ blocks: [Block]) -> [Block] {
        blocks.enumerated().compactMap { index, block in
            switch block {
            case .gap:
                return nil
            case .paragraph(var paragraph) where paragraph.introducesList:
                if index + 1 < blocks.count, case .list = blocks[index + 1] { return block }
                var sentences = SentenceSplitter.split(paragraph.inlines)
                sentences.removeLast()
                guard !sentences.isEmpty else { return nil }
                paragraph.inlines = sentences.enumerated()
                    .flatMap { $0.offset == 0 ? $0.element : [.text(" ")] + $0.element }.mergingText()
                return .paragraph(paragraph)
            case .list(var list):
                list.items = list.items.map { ListItem(of($0.blocks)) }
                return .list(list)
            case .note(var note):
                note.blocks = of(note.blocks)
                return note.blocks.isEmpty ? nil : .note(note)
            default:
                return block
            }
        }
    }

    /// True when `section` (with its subsections) has something to read.
    public static func hasContent(_ section: Section) -> Bool {
        !of(section.blocks).isEmpty || section.subsections.contains(where: hasContent)
    }
}

extension Section {
    /// The id of the Credits section that `Credits.section()` makes.
    public static let creditsID = "credits"

    /// True for the generated Credits section: the publisher's words, shown last or in a footer.
    public var isCredits: Bool { id == Self.creditsID }
}

extension Topic {
    /// The sections a topic-wide document shows in its body: all but Credits and those with
    /// nothing to read.
    public var readableBodySections: [Section] {
        sections.filter { !$0.isCredits && ReadableBlocks.hasContent($0) }
    }
}
