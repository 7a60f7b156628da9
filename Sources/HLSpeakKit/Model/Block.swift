/// One block of a section's body, in reading order.
///
/// Blocks carry content only: where each came from in its file is kept apart, in the reader's
/// `SourceLines`, so two blocks with the same text are equal wherever they stand.
public enum Block: Hashable, Codable, Sendable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case note(Note)
    case gap(Gap)
}

/// A paragraph of running text.
public struct Paragraph: Hashable, Codable, Sendable {
    public var inlines: [Inline]

    public init(_ inlines: [Inline]) {
        self.inlines = inlines
    }

    /// True when the paragraph's last sentence ends in a colon, promising a list after it.
    public var introducesList: Bool {
        inlines.plainText.trimmed(.whitespaceAndNewlines).hasSuffix(":")
    }
}

/// A bulleted or numbered list.
public struct ListBlock: Hashable, Codable, Sendable {
    public var ordered: Bool
    /// The first item's number, for numbered lists.
    public var start: Int
    public var items: [ListItem]

    public init(ordered: Bool = false, start: Int = 1, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

/// One item of a list; usually a single paragraph, sometimes with a nested list.
public struct ListItem: Hashable, Codable, Sendable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) { self.blocks = blocks }

    /// An item that is a single run of text.
    public init(_ inlines: [Inline]) { self.blocks = [.paragraph(Paragraph(inlines))] }

    /// The item's paragraphs in order, nested lists and notes flattened: what a medium without
    /// nested lists shows for the item.
    public var paragraphs: [[Inline]] { blocks.paragraphs }
}

/// A set-apart remark (Markdown block quote), such as a warning or tip.
public struct Note: Hashable, Codable, Sendable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) {
        self.blocks = blocks
    }
}

/// Content the source lost (for example a list the web scrape dropped), kept visible so nobody
/// mistakes the hole for the whole story. Gaps are never spoken or printed as content.
public struct Gap: Hashable, Codable, Sendable {
    /// What is missing, in the editor's words.
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
