import Foundation

/// Numbers said in American English words: cardinals, ordinals, years, decimals, fractions,
/// money and times. The grammar lives here; the normaliser decides which reading a number needs.
public enum EnglishNumbers {
    private static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                               "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    private static let scales = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"),
                                 (1_000_000, "million"), (1_000, "thousand")]

    /// 3000 → "three thousand", 104 → "one hundred four", 21 → "twenty-one".
    public static func cardinal(_ number: Int) -> String {
        if number < 0 { return "minus " + cardinal(-number) }
        if number < 20 { return ones[number] }
        if number < 100 {
            return tens[number / 10] + (number % 10 == 0 ? "" : "-" + ones[number % 10])
        }
        if number < 1_000 {
            return ones[number / 100] + " hundred" + (number % 100 == 0 ? "" : " " + cardinal(number % 100))
        }
        for (scale, name) in scales where number >= scale {
            let rest = number % scale
            return cardinal(number / scale) + " " + name + (rest == 0 ? "" : " " + cardinal(rest))
        }
        return String(number)
    }

    /// 1 → "first", 20 → "twentieth", 21 → "twenty-first", 100 → "one hundredth".
    public static func ordinal(_ number: Int) -> String {
        let words = cardinal(number)
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                         "nine": "ninth", "twelve": "twelfth"]
        let splitAt = words.lastIndex { $0 == " " || $0 == "-" }.map { words.index(after: $0) } ?? words.startIndex
        let head = words[..<splitAt]
        let last = String(words[splitAt...])
        if let special = irregular[last] { return head + special }
        if last.hasSuffix("y") { return head + last.dropLast() + "ieth" }
        return head + last + "th"
    }

    /// 2025 → "twenty twenty-five", 2005 → "two thousand five", 1999 → "nineteen ninety-nine",
    /// 1905 → "nineteen oh five", 1900 → "nineteen hundred".
    public static func year(_ year: Int) -> String {
        guard (1_100...2_999).contains(year), !(2_000...2_009).contains(year) else { return cardinal(year) }
        let century = year / 100
        let rest = year % 100
        if rest == 0 { return cardinal(century) + " hundred" }
        return cardinal(century) + " " + (rest < 10 ? "oh " + cardinal(rest) : cardinal(rest))
    }

    /// "1990" → "nineteen nineties", "2000" → "two thousands", "1900" → "nineteen hundreds".
    public static func decade(_ year: Int) -> String {
        let words = self.year(year)
        if words.hasSuffix("y") { return words.dropLast() + "ies" }
        return words + "s"
    }

    /// "100.4" → "one hundred point four", "0.25" → "zero point two five", "3,000" → "three thousand".
    /// Nil when `written` is not a plain number.
    public static func number(_ written: String) -> String? {
        guard let (whole, decimals) = WrittenDecimal.parts(of: written) else { return nil }
        let wholeWords = cardinal(whole)
        guard !decimals.isEmpty else { return wholeWords }
        return wholeWords + " point " + decimals.map { ones[$0] }.joined(separator: " ")
    }

    /// 1/2 → "one half", 2/3 → "two thirds", 3/4 → "three quarters", 5/8 → "five eighths".
    public static func fraction(_ numerator: Int, _ denominator: Int) -> String {
        let name: String = switch denominator {
        case 2: numerator == 1 ? "half" : "halves"
        case 4: numerator == 1 ? "quarter" : "quarters"
        default: ordinal(denominator) + (numerator == 1 ? "" : "s")
        }
        return cardinal(numerator) + " " + name
    }

    /// "1 1/2" → "one and a half", "1 1/3" → "one and a third", "2 3/4" → "two and three quarters".
    public static func mixedFraction(_ whole: Int, _ numerator: Int, _ denominator: Int) -> String {
        let one = fraction(1, denominator).dropFirst("one ".count)
        let part = numerator == 1 ? (one.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + one : fraction(numerator, denominator)
        return cardinal(whole) + " and " + part
    }

    /// "5.50" dollars → "five dollars and fifty cents"; "0.50" → "fifty cents".
    public static func money(dollars: Int, cents: Int) -> String {
        let dollarWords = dollars == 0 && cents > 0 ? nil : cardinal(dollars) + (dollars == 1 ? " dollar" : " dollars")
        let centWords = cents == 0 ? nil : cardinal(cents) + (cents == 1 ? " cent" : " cents")
        return [dollarWords, centWords].compactMap { $0 }.joined(separator: " and ")
    }

    /// 8:30 → "eight thirty", 8:00 → "eight o'clock", 8:05 → "eight oh five".
    public static func time(hour: Int, minute: Int) -> String {
        if minute == 0 { return cardinal(hour) + " o'clock" }
        return cardinal(hour) + " " + (minute < 10 ? "oh " + cardinal(minute) : cardinal(minute))
    }
}

/// A number as written in the US ("3,000", "100.4", ".5"): its whole part and the digits after
/// the point, for every language's grammar to say.
enum WrittenDecimal {
    /// Nil when `written` is not a plain number (or its whole part is longer than 15 digits).
    static func parts(of written: String) -> (whole: Int, decimals: [Int])? {
        let plain = written.replacingOccurrences(of: ",", with: "")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              !parts[0].isEmpty || parts.count == 2, parts[0].count <= 15 else { return nil }
        let decimals = parts.count == 2 ? parts[1].map { Int(String($0))! } : []
        return (parts[0].isEmpty ? 0 : Int(parts[0]) ?? 0, decimals)
    }
}

extension Character {
    /// 0 to 9 only (not other scripts' digits or superscripts, nor a digit with a combining mark),
    /// from the byte: a range of characters compares them as strings.
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
