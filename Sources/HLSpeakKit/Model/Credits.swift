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

    /// `currentAsOf` written out for people ("July 15, 2025"), or nil when unset or malformed.
    public var currentAsOfText: String? {
        guard let iso = currentAsOf, let date = IsoDate(iso) else { return nil }
        return date.longText
    }

    /// The credits in the words every format uses, in order: date, author, review, source,
    /// copyright, the topic's disclaimer, then the library's.
    public func lines(libraryDisclaimer: String?) -> [CreditLine] {
        var lines: [CreditLine] = []
        func add(_ kind: CreditLine.Kind, _ text: String?) {
            guard let text else { return }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            // "Inc." + "." would end in "..".
            lines.append(CreditLine(kind: kind, text: trimmed.hasSuffix("..") ? String(trimmed.dropLast()) : trimmed))
        }
        add(.date, currentAsOfText.map { "Current as of: \($0)." })
        add(.author, authors.isEmpty ? nil : "Author: \(authors.joined(separator: ", ")).")
        add(.review, reviewedBy.map { "Medical review: \($0)." })
        add(.reviewNote, reviewNote)
        add(.source, source.map { "Source: \($0)." })
        add(.copyright, copyright)
        add(.disclaimer, disclaimer)
        add(.libraryDisclaimer, libraryDisclaimer)
        return lines
    }

    /// The Credits section every medium shows last: one paragraph per line of `lines`.
    public func section(libraryDisclaimer: String?) -> Section {
        let blocks = lines(libraryDisclaimer: libraryDisclaimer).map { Block.paragraph(Paragraph([.text($0.text)])) }
        return Section(id: Section.creditsID, title: "Credits", blocks: blocks)
    }
}

/// One line of the credits, in the words every format shows.
public struct CreditLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case date, author, review, reviewNote, source, copyright, disclaimer, libraryDisclaimer
    }

    public var kind: Kind
    public var text: String
}
