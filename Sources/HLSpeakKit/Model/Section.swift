/// A titled part of a topic (`##` in the content file) or of a section (`###`).
public struct Section: Hashable, Codable, Sendable {
    /// Unique within the topic; from `{#id}` on the heading, or the heading's slug.
    public var id: String
    public var title: String
    /// 1 for a section, 2 for a subsection.
    public var level: Int
    public var blocks: [Block]
    public var subsections: [Section]

    public init(id: String, title: String, level: Int = 1, blocks: [Block] = [], subsections: [Section] = []) {
        self.id = id
        self.title = title
        self.level = level
        self.blocks = blocks
        self.subsections = subsections
    }

    /// This section and every subsection below it, depth first.
    public var flattened: [Section] { [self] + subsections.flatMap(\.flattened) }

    /// Words in the title, the body and every subsection.
    public var wordCount: Int {
        WordCount.of(title)
            + blocks.reduce(0) { $0 + $1.wordCount }
            + subsections.reduce(0) { $0 + $1.wordCount }
    }

    /// The heading's slug, one of the names `--section` accepts.
    public var slug: String { Slug.make(title) }
}
