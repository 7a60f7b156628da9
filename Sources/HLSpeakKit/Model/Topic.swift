import Foundation

/// One Health Library page (for example "Miscarriage"): its sections, in order, and its credits.
public struct Topic: Hashable, Codable, Sendable {
    public var id: String
    public var title: String
    /// BCP 47 language tag, such as `en-US`.
    public var language: String
    public var credits: Credits
    /// Top-level sections, the generated Credits section last.
    public var sections: [Section]
    /// For the plain-language version, each section's review state by id; nil for the text as
    /// written.
    public var plainReview: [String: PlainSectionReview]?

    public init(id: String, title: String, language: String = "en-US", credits: Credits = Credits(),
                sections: [Section]) {
        self.id = id
        self.title = title
        self.language = language
        self.credits = credits
        self.sections = sections
    }

    /// Every section and subsection, depth first.
    public var allSections: [Section] { sections.flatMap(\.flattened) }

    public var wordCount: Int { sections.reduce(0) { $0 + $1.wordCount } }
}
