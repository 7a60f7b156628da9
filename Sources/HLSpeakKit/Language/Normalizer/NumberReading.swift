import Foundation

/// The number-led readings of the normaliser: dates, times, fractions, ranges, units,
/// temperatures, percentages, money, ordinals and years.
extension NormalizationPass {
    static let yearCues: Set<String> = ["in", "since", "by", "from", "until", "through", "of", "year", "copyright", "before", "after"]

    mutating func readNumber() {
        if readISODate() || readSlashDate() || readTime() || readFraction() { return }
        let first = tokens[index].text
        var last = first
        var words = amountWords(first, yearLike: isYearContext(first))
        var next = 1
        // A range: "3-5", "3–5", "3 - 5", "3 to 5", "2024-2025".
        let dashAt = afterSpace(1)
        let secondAt = afterSpace(dashAt + 1)
        if let dash = token(dashAt), dash.is("-") || dash.is("–") || dash.is("—") || (dash.kind == .word && dash.text == "to"),
           dash.kind == .symbol || (token(1)?.kind == .space && token(dashAt + 1)?.kind == .space),
           let second = token(secondAt), second.kind == .number {
            let bothYears = Self.isYearShaped(first) && Self.isYearShaped(second.text)
            words = amountWords(first, yearLike: bothYears || isYearContext(first))
            words += " to " + amountWords(second.text, yearLike: bothYears || isYearContext(first))
            last = second.text
            next = secondAt + 1
        } else if let suffix = token(1), suffix.kind == .word, ["st", "nd", "rd", "th"].contains(suffix.text),
                  let value = Int(first) {
            say(numbers.ordinal(value))
            index += 2
            return
        }
        index += next
        say(words + suffixWords(after: last))
    }

    /// Units, degrees and percent after a number or range, with the unit singular for exactly one.
    mutating func suffixWords(after number: String) -> String {
        let one = number == "1"
        if token(0)?.is("%") == true {
            index += 1
            return " percent"
        }
        let degreeAt = afterSpace(0)
        if token(degreeAt)?.is("°") == true {
            index += degreeAt + 1
            if let scale = token(0), scale.kind == .word, ["F", "C"].contains(scale.text) {
                index += 1
                return (one ? " degree " : " degrees ") + (scale.text == "F" ? "Fahrenheit" : "Celsius")
            }
            return one ? " degree" : " degrees"
        }
        let unitAt = afterSpace(0)
        guard let unitToken = token(unitAt), unitToken.kind == .word, let unit = tables.units[unitToken.text] else {
            return ""
        }
        if unitToken.text == "in" {
            // "5 in." is inches; "3 in 10 people" and "2 in the morning" are the word.
            let after = token(afterSpace(unitAt + 1))
            if after?.kind == .word || after?.kind == .number { return "" }
        }
        var words = " " + (one ? unit.singular : unit.plural)
        index += unitAt + 1
        // "5 in. long": the unit's own dot, unless it also ends the sentence.
        if token(0)?.is(".") == true, let after = token(afterSpace(1)), after.kind == .word,
           after.text.first?.isLowercase == true {
            index += 1
        }
        // "mg/dL", "mg/kg/day": per each following unit (or word, such as "day").
        while token(0)?.is("/") == true, let per = token(1), per.kind == .word {
            words += " per " + (tables.units[per.text]?.singular ?? per.text)
            index += 2
        }
        return words
    }

    /// A plain number in words; a year shape in year context as a year.
    func amountWords(_ written: String, yearLike: Bool) -> String {
        if yearLike, Self.isYearShaped(written), let year = Int(written) { return numbers.year(year) }
        return numbers.number(written) ?? written
    }

    static func isYearShaped(_ written: String) -> Bool {
        written.count == 4 && Int(written).map { (1_100...2_099).contains($0) } == true
    }

    /// After "in", "since", "©" and the like, a four-digit number is a year.
    func isYearContext(_ written: String) -> Bool {
        guard Self.isYearShaped(written) else { return false }
        if let word = previousWord(), Self.yearCues.contains(word.lowercased()) { return true }
        return previousSymbol() == "©"
    }

    /// "2025-07-15" → "July fifteenth, twenty twenty-five".
    mutating func readISODate() -> Bool {
        guard let year = token(0), year.text.count == 4, token(1)?.is("-") == true,
              let month = token(2), month.kind == .number, month.text.count == 2,
              token(3)?.is("-") == true, let day = token(4), day.kind == .number, day.text.count == 2,
              let y = Int(year.text), let m = Int(month.text), let d = Int(day.text),
              (1...12).contains(m), (1...31).contains(d) else { return false }
        say(dateWords(year: y, month: m, day: d))
        index += 5
        return true
    }

    /// "7/15/2025" → "July fifteenth, twenty twenty-five".
    mutating func readSlashDate() -> Bool {
        guard token(1)?.is("/") == true, let day = token(2), day.kind == .number, token(3)?.is("/") == true,
              let year = token(4), year.kind == .number, year.text.count == 4,
              let m = Int(tokens[index].text), let d = Int(day.text), let y = Int(year.text),
              (1...12).contains(m), (1...31).contains(d) else { return false }
        say(dateWords(year: y, month: m, day: d))
        index += 5
        return true
    }

    func dateWords(year: Int, month: Int, day: Int) -> String {
        let name = tables.months[month - 1].name
        return name + " " + numbers.ordinal(day) + ", "
            + numbers.year(year)
    }

    /// "8:30 a.m." → "eight thirty A M"; "14:00" → "fourteen hundred".
    mutating func readTime() -> Bool {
        guard token(1)?.is(":") == true, let minutes = token(2), minutes.kind == .number, minutes.text.count == 2,
              let hour = Int(tokens[index].text), let minute = Int(minutes.text), hour < 24, minute < 60 else {
            return false
        }
        var words = hour > 12 && minute == 0 ? numbers.cardinal(hour) + " hundred"
            : numbers.time(hour: hour, minute: minute)
        var next = 3
        let markerAt = afterSpace(3)
        if let marker = token(markerAt), marker.kind == .word {
            let letters = marker.text.lowercased().filter(\.isLetter)
            if letters == "am" || letters == "pm" {
                words = numbers.time(hour: hour, minute: minute).replacingOccurrences(of: " o'clock", with: "")
                words += letters == "am" ? " A M" : " P M"
                next = markerAt + 1
                if token(next)?.is(".") == true {
                    next += 1
                    let after = token(afterSpace(next))
                    if after == nil || after?.text.first?.isUppercase == true { words += "." }
                }
            }
        }
        say(words)
        index += next
        return true
    }

    /// "1/2" → "one half"; "1 1/2 cups" → "one and a half cups"; "24/7" → "twenty-four seven".
    mutating func readFraction() -> Bool {
        if token(1)?.kind == .space, let top = token(2), top.kind == .number, token(3)?.is("/") == true,
           let bottom = token(4), bottom.kind == .number,
           let whole = Int(tokens[index].text), let n = Int(top.text), let d = Int(bottom.text), n < d, d > 1 {
            index += 5
            say(numbers.mixedFraction(whole, n, d) + suffixWords(after: "2"))
            return true
        }
        guard token(1)?.is("/") == true, let bottom = token(2), bottom.kind == .number,
              let n = Int(tokens[index].text), let d = Int(bottom.text), d > 0 else { return false }
        index += 3
        if n == 24 && d == 7 {
            say("twenty-four seven")
        } else if n < d && [2, 3, 4, 8, 16].contains(d) {
            say(numbers.fraction(n, d) + suffixWords(after: "1"))
        } else {
            // "120/80 mmHg" (a blood pressure), "20/40" vision, a pain score of "7/10".
            say(numbers.cardinal(n) + " over " + numbers.cardinal(d) + suffixWords(after: String(d)))
        }
        return true
    }

    /// After "$": "$5.50" → "five dollars and fifty cents"; "$1,200" → "one thousand two hundred dollars".
    mutating func readMoney() {
        let written = tokens[index].text.replacingOccurrences(of: ",", with: "")
        let parts = written.split(separator: ".")
        guard parts[0].count <= 15, let dollars = Int(parts[0]) else {
            say((numbers.number(tokens[index].text) ?? tokens[index].text) + " dollars")
            index += 1
            return
        }
        let cents = parts.count > 1 ? Int(parts[1].prefix(2).padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        say(numbers.money(dollars: dollars, cents: cents))
        index += 1
    }
}
