import Foundation

/// A calendar date that exists (no February 31st), from `YYYY-MM-DD` or numbers: the type of a
/// topic's `current_as_of` and of every date the normaliser reads. `Language.longDate` writes it
/// out for people.
public struct CalendarDate: Hashable, Codable, Sendable {
    public var year: Int, month: Int, day: Int

    /// The date, or nil when there is no such day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(in: month, year: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// `2025-07-15`, or nil when it is not written so or is no real day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Today, on this machine's calendar.
    public static var today: CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    static func days(in month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
