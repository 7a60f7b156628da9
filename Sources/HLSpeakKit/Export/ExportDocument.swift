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
    /// The Credits shown at the end; nil when the document is the Credits itself. In the
    /// plain-language version it says who reviewed it, or that nobody has yet.
    public var credits: Section?
    /// What the person asking should know: plain-language changes left out because nobody has
    /// decided on them yet.
    public var warnings: [String] = []
    /// Plain-language changes left out of this document because nobody has accepted them yet.
    public var unreviewedChanges = 0
    /// The credits lines about the plain-language review (also in `credits`), for formats that
    /// show only some credits (braille's title page).
    public var plainCredits: [String] = []
    /// The topic in other languages (topics whose `translation_of:` names this one), readable, with
    /// their language and the voice that speaks them: a phone line offers each.
    var translations: [Translation] = []
    /// For writers that need it (`sectionAudio`): each section's MP3 with its words' timings, by
    /// section id; a section that says nothing has none.
    var sectionAudio: [String: WrittenAudio] = [:]

    /// One translation of the document's topic.
    struct Translation: Sendable {
        var topic: Topic
        var language: Language
        var voice: VoiceProfile
    }

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
        if library.disclaimer != nil && !library.writesIn(topic.language) {
            warnings.append("the library's disclaimer (library.yml, in \(library.language)) was left out of this \(topic.language) "
                + "document; put a translated disclaimer in the topic's own 'disclaimer:'")
        }
        if let review = topic.plainReview {
            let shown = sections.flatMap(\.flattened)
            let pending = shown.reduce(0) { $0 + (review[$1.id]?.pending ?? 0) }
            unreviewedChanges = pending
            if pending > 0 {
                warnings.append("\(pending) suggested plain-language change\(pending == 1 ? " was" : "s were") left out: "
                    + "nobody has accepted \(pending == 1 ? "it" : "them") yet ('hlspeak review \(topic.id)' lists them)")
            }
            // The Credits alone: the line is about the topic's plain version.
            let covered = sections.allSatisfy(\.isCredits) ? topic.bodySections : sections.filter { !$0.isCredits }
            plainCredits = Self.plainReviewLines(for: covered, in: topic, language: language)
            let lines = plainCredits.map { Block.paragraph(Paragraph([.text($0)])) }
            if credits != nil {
                credits?.blocks += lines
            } else if let index = self.sections.firstIndex(where: \.isCredits) {
                self.sections[index].blocks += lines
            }
        }
    }

    /// The credits lines of a plain-language document: who signed off its sections and when, and
    /// which nobody has.
    static func plainReviewLines(for sections: [Section], in topic: Topic, language: Language) -> [String] {
        // Sections signed by the same person on the same day share a line.
        var groups: [(signOff: PlainSignOff?, titles: [String])] = []
        for section in sections {
            let signOff = topic.plainSignOff(covering: section.id)
            if let index = groups.firstIndex(where: { $0.signOff?.by == signOff?.by && $0.signOff?.date == signOff?.date }) {
                groups[index].titles.append(section.title)
            } else {
                groups.append((signOff, [section.title]))
            }
        }
        let whole = groups.count == 1
        return groups.sorted { ($0.signOff == nil ? 1 : 0) < ($1.signOff == nil ? 1 : 0) }.map { group in
            let names = group.titles.joined(separator: ", ")
            guard let signOff = group.signOff else {
                return whole ? language.word("credits.plain-unreviewed")
                    : language.message("credits.plain-unreviewed-part", ["sections": names])
            }
            let date = CalendarDate(iso: signOff.date).map(language.longDate) ?? signOff.date
            return language.message(whole ? "credits.plain-reviewed" : "credits.plain-reviewed-part",
                                    ["name": signOff.by, "date": date, "sections": names])
        }
    }

    /// The document's title as a reader's window or a PDF shows it: "Coping With Grief –
    /// Miscarriage", or the topic's title.
    public var title: String {
        isOneSection ? "\(sections[0].title) – \(topic.title)" : topic.title
    }

    /// The main heading: the section's title, or the topic's.
    public var heading: String { isOneSection ? sections[0].title : topic.title }
}
