/// Who wrote and reviewed a topic, when, and on what terms: carried into every format.
public struct Credits: Hashable, Codable, Sendable {
    /// Where the text comes from (a publisher or web address).
    public var source: String?
    public var authors: [String]
    public var reviewedBy: String?
    /// How the review board works, in the publisher's words.
    public var reviewNote: String?
    /// The date the content was current as of (ISO 8601, `YYYY-MM-DD`).
    public var currentAsOf: String?
    public var copyright: String?
    public var disclaimer: String?
    /// For a translation: the id of the topic it translates (`translation_of:`), and who checked
    /// the translation clinically and when (`translation_reviewed_by:`, `translation_reviewed_on:`).
    public var translationOf: String?
    public var translationReviewedBy: String?
    public var translationReviewedOn: String?

    public init(source: String? = nil, authors: [String] = [], reviewedBy: String? = nil,
                reviewNote: String? = nil, currentAsOf: String? = nil, copyright: String? = nil,
                disclaimer: String? = nil) {
        self.source = source
        self.authors = authors
        self.reviewedBy = reviewedBy
        self.reviewNote = reviewNote
        self.currentAsOf = currentAsOf
        self.copyright = copyright
        self.disclaimer = disclaimer
    }

    public var isEmpty: Bool {
        source == nil && authors.isEmpty && reviewedBy == nil && reviewNote == nil
            && currentAsOf == nil && copyright == nil && disclaimer == nil
    }

    /// The credits in the words every format uses (`language`'s), in order: date, author,
    /// review, source, copyright, the topic's disclaimer, then the library's.
    public func lines(libraryDisclaimer: String?, language: Language) -> [CreditLine] {
        var lines: [CreditLine] = []
        func add(_ kind: CreditLine.Kind, _ text: String?) {
            guard let text else { return }
            let trimmed = text.trimmed(.whitespace)
            // "Inc." + "." would end in "..".
            lines.append(CreditLine(kind: kind, text: trimmed.hasSuffix("..") ? String(trimmed.dropLast()) : trimmed))
        }
        let date = currentAsOf.flatMap { CalendarDate(iso: $0) }.map(language.longDate)
        add(.date, date.map { language.message("credits.date", ["date": $0]) })
        add(.author, authors.isEmpty ? nil : language.message("credits.author", ["names": authors.joined(separator: ", ")]))
        add(.review, reviewedBy.map { language.message("credits.review", ["name": $0]) })
        add(.reviewNote, reviewNote)
        if translationOf != nil {
            if let by = translationReviewedBy {
                let on = translationReviewedOn.flatMap { CalendarDate(iso: $0) }.map(language.longDate) ?? translationReviewedOn ?? ""
                add(.translation, language.message("credits.translation-reviewed", ["name": by, "date": on]))
            } else {
                add(.translation, language.word("credits.translation-unreviewed"))
            }
        }
        add(.source, source.map { language.message("credits.source", ["source": $0]) })
        add(.copyright, copyright)
        add(.disclaimer, disclaimer)
        add(.libraryDisclaimer, libraryDisclaimer)
        return lines
    }

    /// The Credits section every medium shows last: one paragraph per line of `lines`.
    public func section(libraryDisclaimer: String?, language: Language) -> Section {
        let blocks = lines(libraryDisclaimer: libraryDisclaimer, language: language).map { Block.paragraph(Paragraph([.text($0.text)])) }
        return Section(id: Section.creditsID, title: language.word("credits.heading"), blocks: blocks)
    }
}

/// One line of the credits, in the words every format shows.
public struct CreditLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case date, author, review, reviewNote, translation, source, copyright, disclaimer, libraryDisclaimer
    }

    public var kind: Kind
    public var text: String
}
