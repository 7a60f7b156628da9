import Foundation

/// One Health Library page (for example "Miscarriage"): its sections, in order, and its credits.
public struct Topic: Hashable, Sendable {
    public var id: String
    public var title: String
    /// BCP 47 language tag, such as `en-US`.
    public var language: String
    public var credits: Credits
    /// Top-level sections, the generated Credits section last.
    public var sections: [Section]

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

/// Who wrote and reviewed a topic, when, and on what terms: carried into every format.
public struct Credits: Hashable, Sendable {
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

    /// The Credits section every medium shows last: date, authors, review, copyright, disclaimer.
    public func section() -> Section {
        var lines: [String] = []
        if let date = currentAsOfText { lines.append("Current as of: \(date).") }
        if !authors.isEmpty { lines.append("Author: \(authors.joined(separator: ", ")).") }
        if let reviewedBy { lines.append("Medical review: \(reviewedBy).") }
        if let reviewNote { lines.append(reviewNote) }
        if let source { lines.append("Source: \(source).") }
        if let copyright { lines.append(copyright) }
        if let disclaimer { lines.append(disclaimer) }
        let blocks = lines.map { Block.paragraph(Paragraph([.text(Self.endingSentence($0))])) }
        return Section(id: Section.creditsID, title: "Credits", blocks: blocks)
    }

    private static func endingSentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("..") { return String(trimmed.dropLast()) }
        return trimmed
    }
}

/// A calendar date written `YYYY-MM-DD`, validated, and written out in words for people.
public struct IsoDate: Hashable, Sendable {
    public var year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= IsoDate.days(in: month, year: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// "July 15, 2025".
    public var longText: String { "\(Self.monthNames[month - 1]) \(day), \(year)" }

    private static func days(in month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
