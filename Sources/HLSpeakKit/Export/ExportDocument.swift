/// What a writer is handed: the topic as patients get it (gaps left out, plain language applied
/// when asked), the sections the request chose, and the credits to show last.
public struct ExportDocument: Sendable {
    /// The readable topic.
    public var topic: Topic
    /// The topic's language: the words of the credits, dates, labels.
    public var language: Language
    public var library: LibraryInfo
    /// The sections chosen, in order (for a whole topic, every section but Credits).
    public var sections: [Section]
    /// True when the document is one section (laid out under its own title); false for a whole
    /// topic or several sections (laid out under the topic's title).
    public var isOneSection: Bool
    /// The Credits shown at the end; nil when the document is the Credits itself.
    public var credits: Section?

    /// A document of `sections` (all of the topic's when empty) from the readable `topic`.
    init(topic: Topic, language: Language, library: LibraryInfo, sectionIDs: [String]) throws(ContentError) {
        self.topic = topic
        self.language = language
        self.library = library
        if sectionIDs.isEmpty {
            sections = topic.bodySections
            isOneSection = false
        } else {
            let lookup = SectionLookup(topic)
            var chosen: [Section] = []
            for id in sectionIDs { chosen.append(try lookup.section(id)) }
            sections = chosen
            isOneSection = chosen.count == 1
        }
        credits = sections.contains(where: \.isCredits) ? nil : topic.creditsSection
    }

    /// The document's title as a reader's window or a PDF shows it: "Coping With Grief –
    /// Miscarriage", or the topic's title.
    public var title: String {
        isOneSection ? "\(sections[0].title) – \(topic.title)" : topic.title
    }

    /// The main heading: the section's title, or the topic's.
    public var heading: String { isOneSection ? sections[0].title : topic.title }
}
