import Foundation

/// One block of a section's body, in reading order.
public enum Block: Hashable, Sendable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case note(Note)
    case gap(Gap)

    /// The line in the content file where the block starts (1-based), for messages.
    public var line: Int {
        switch self {
        case .paragraph(let paragraph): paragraph.line
        case .list(let list): list.line
        case .note(let note): note.line
        case .gap(let gap): gap.line
        }
    }

    /// The words a reader sees in this block (gaps have none).
    public var wordCount: Int {
        switch self {
        case .paragraph(let paragraph): paragraph.inlines.wordCount
        case .list(let list): list.items.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.wordCount } }
        case .note(let note): note.blocks.reduce(0) { $0 + $1.wordCount }
        case .gap: 0
        }
    }
}

/// A paragraph of running text.
public struct Paragraph: Hashable, Sendable {
    public var inlines: [Inline]
    public var line: Int

    public init(_ inlines: [Inline], line: Int = 0) {
        self.inlines = inlines
        self.line = line
    }

    /// True when the paragraph's last sentence ends in a colon, promising a list after it.
    public var introducesList: Bool {
        inlines.plainText.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":")
    }
}

/// A bulleted or numbered list.
public struct ListBlock: Hashable, Sendable {
    public var ordered: Bool
    /// The first item's number, for numbered lists.
    public var start: Int
    public var items: [ListItem]
    public var line: Int

    public init(ordered: Bool = false, start: Int = 1, items: [ListItem], line: Int = 0) {
        self.ordered = ordered
        self.start = start
        self.items = items
        self.line = line
    }
}

/// One item of a list; usually a single paragraph, sometimes with a nested list.
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }

    /// An item that is a single run of text.
    public init(_ inlines: [Inline]) { self.blocks = [.paragraph(Paragraph(inlines))] }

    /// The item's paragraphs in order, nested lists and notes flattened: what a medium without
    /// nested lists shows for the item.
    public var paragraphs: [[Inline]] { Self.paragraphs(of: blocks) }

    private static func paragraphs(of blocks: [Block]) -> [[Inline]] {
        blocks.flatMap { block -> [[Inline]] in
            switch block {
            case .paragraph(let paragraph): [paragraph.inlines]
            case .list(let list): list.items.flatMap(\.paragraphs)
            case .note(let note): paragraphs(of: note.blocks)
            case .gap: []
            }
        }
    }
}

/// A set-apart remark (Markdown block quote), such as a warning or tip.
public struct Note: Hashable, Sendable {
    public var blocks: [Block]
    public var line: Int

    public init(_ blocks: [Block], line: Int = 0) {
        self.blocks = blocks
        self.line = line
    }
}

/// Content the source lost (for example a list the web scrape dropped), kept visible so nobody
/// mistakes the hole for the whole story. Gaps are never spoken or printed as content.
public struct Gap: Hashable, Sendable {
    /// What is missing, in the editor's words.
    public var description: String
    public var line: Int

    public init(_ description: String, line: Int = 0) {
        self.description = description
        self.line = line
    }
}
