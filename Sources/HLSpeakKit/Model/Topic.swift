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
