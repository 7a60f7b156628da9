/// The one traversal of the block tree: a walk that visits every block (a list's items' blocks and
/// a note's blocks after the block that holds them), and a rewrite that rebuilds every block list
/// from the inside out. Writers still say how each kind of block looks; what to visit and in what
/// order is decided here.
extension Block {
    /// The blocks directly inside this one: every item's blocks of a list, a note's blocks.
    public var children: [Block] {
        switch self {
        case .list(let list): list.items.flatMap(\.blocks)
        case .note(let note): note.blocks
        case .paragraph, .gap: []
        }
    }

    /// The words a reader sees in this block and the blocks inside it (gaps have none).
    public var wordCount: Int {
        if case .paragraph(let paragraph) = self { return paragraph.inlines.wordCount }
        return children.reduce(0) { $0 + $1.wordCount }
    }
}

/// Where a block stands: its path from the topic, and its neighbours, for rules that look at the
/// block after it ("a sentence ending in ':' must be followed by its list").
public struct BlockContext: Sendable {
    public var path: NodePath
    /// The block list it belongs to (a section's body, a list item's or a note's blocks).
    public var siblings: [Block]
    public var index: Int
    /// True inside a list item.
    public var inListItem: Bool

    /// The block after this one in the same list of blocks.
    public var next: Block? { index + 1 < siblings.count ? siblings[index + 1] : nil }
}

extension Array where Element == Block {
    /// Visits every block depth first, each before the blocks inside it. `path` is where this
    /// block list stands (a section's path for its body).
    public func walk(from path: NodePath = NodePath(), inListItem: Bool = false,
                     _ visit: (Block, BlockContext) -> Void) {
        for (index, block) in enumerated() {
            let here = path.appending(.block(index))
            visit(block, BlockContext(path: here, siblings: self, index: index, inListItem: inListItem))
            switch block {
            case .list(let list):
                for (item, listItem) in list.items.enumerated() {
                    listItem.blocks.walk(from: here.appending(.item(item)), inListItem: true, visit)
                }
            case .note(let note):
                note.blocks.walk(from: here, inListItem: inListItem, visit)
            case .paragraph, .gap:
                break
            }
        }
    }

    /// Every block list (this one, list items' and notes' blocks) passed through `transform`,
    /// innermost first: a list's items are rewritten before the list around them.
    public func rewritten(_ transform: ([Block]) -> [Block]) -> [Block] {
        transform(map { block -> Block in
            switch block {
            case .list(var list):
                list.items = list.items.map { ListItem($0.blocks.rewritten(transform)) }
                return .list(list)
            case .note(var note):
                note.blocks = note.blocks.rewritten(transform)
                return .note(note)
            case .paragraph, .gap:
                return block
            }
        })
    }

    /// Every paragraph, in reading order and wherever it stands, replaced by the blocks
    /// `transform` makes of it (one paragraph, or a paragraph and a list); lists and notes keep
    /// their place around what is inside them.
    public func rewritingParagraphs(_ transform: (Paragraph) -> [Block]) -> [Block] {
        flatMap { block -> [Block] in
            switch block {
            case .paragraph(let paragraph):
                return transform(paragraph)
            case .list(var list):
                list.items = list.items.map { ListItem($0.blocks.rewritingParagraphs(transform)) }
                return [.list(list)]
            case .note(var note):
                note.blocks = note.blocks.rewritingParagraphs(transform)
                return [.note(note)]
            case .gap:
                return [block]
            }
        }
    }

    /// Every paragraph's runs, in reading order, lists and notes flattened.
    public var paragraphs: [[Inline]] {
        var result: [[Inline]] = []
        walk { block, _ in
            if case .paragraph(let paragraph) = block { result.append(paragraph.inlines) }
        }
        return result
    }
}

/// Where a section or block stands in a topic, from the top: a section's index, a subsection's,
/// then blocks and list items down to the block. Paths name places in the reader's
/// `SourceLines` without putting line numbers into the content.
public struct NodePath: Hashable, Sendable {
    public enum Step: Hashable, Sendable {
        case section(Int)
        case block(Int)
        case item(Int)
    }

    public private(set) var steps: [Step]

    public init(_ steps: [Step] = []) { self.steps = steps }

    public func appending(_ step: Step) -> NodePath { NodePath(steps + [step]) }
}

/// The line each section and block started on in its file, for messages. Kept beside the topic,
/// not in it, so moving text in a file changes no output.
public struct SourceLines: Sendable {
    private var lines: [NodePath: Int] = [:]

    public init() {}

    public subscript(path: NodePath) -> Int? {
        get { lines[path] }
        set { lines[path] = newValue }
    }
}

extension Section {
    /// Visits this section and every subsection below it, depth first, with their paths.
    public func walkSections(from path: NodePath, _ visit: (Section, NodePath) -> Void) {
        visit(self, path)
        for (index, subsection) in subsections.enumerated() {
            subsection.walkSections(from: path.appending(.section(index)), visit)
        }
    }
}

extension Topic {
    /// Visits every section and subsection, depth first, with their paths.
    public func walkSections(_ visit: (Section, NodePath) -> Void) {
        for (index, section) in sections.enumerated() {
            section.walkSections(from: NodePath([.section(index)]), visit)
        }
    }
}
