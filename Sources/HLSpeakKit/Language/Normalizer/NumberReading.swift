/// The number-led readings of the normaliser: dates, times, fractions, ordinals, decades,
/// ranges, amounts with their units, percentages and degrees, money, short codes.
extension NormalizationPass {
    mutating func readNumber() {
        if readISODate() || readSlashDate() || readTime() || readFraction() || readOrdinal() || readDecade()
            || readShortCode() || readMultiplier() {
            return
        }
        let first = readAmount(at: 0)
        guard isRangeDash(first.end), let second = token(first.end + 1), second.kind == .number else {
            say(first.words + first.suffix(plural: first.plural))
            index += first.end
            readRangeTail()
            return
        }
        let last = readAmount(at: first.end + 1)
        let years = Self.isYearShaped(tokens[index].text) && Self.isYearShaped(second.text) && first.unit == nil && last.unit == nil
        let between = previousWord()?.lowercased() == language.word("range.between")
        let joiner = language.word(between ? "range.and" : "range.to")
        // A unit written once, after the last number, is said once, and agrees with it ("0.5-1 lb").
        let firstWords = (years ? numbers.year(Int(tokens[index].text) ?? 0) : first.words)
            + (first.unit == nil && !first.percent ? "" : first.suffix(plural: first.plural))
        let lastWords = (years ? numbers.year(Int(second.text) ?? 0) : last.words) + last.suffix(plural: last.plural)
        say(firstWords + " " + joiner + " " + lastWords)
        index += last.end
    }

    /// After a date or a time: a dash that starts a range is "to" ("and" after "between").
    mutating func readRangeTail(between: Bool = false) {
        guard isRangeDash(0) || isRangeDash(afterSpace(0)) && token(0)?.kind == .space && token(afterSpace(0) + 1)?.kind == .space else { return }
        let dashAt = isRangeDash(0) ? 0 : afterSpace(0)
        guard let next = token(afterSpace(dashAt + 1)), next.kind == .number || calendarName(next.text) != nil
                || tables.list("time.words").contains(next.text) else { return }
        say(language.word(between ? "range.and" : "range.to"))
        index += dashAt + 1
    }

    // MARK: Amounts

    /// A number and what follows it: its words, where it ends (as an offset from the current
    /// token), and its unit, percent or degrees.
    struct Amount {
        var words: String
        var end: Int
        var unit: String?
        var percent = false
        var degrees: String?
        var per: String = ""
        var plural: Bool
        /// The unit is joined by a hyphen or comes before a noun ("a 5-mg tablet"): singular.
        var singular = false
        let language: Language

        func suffix(plural: Bool) -> String {
            var words = ""
            if let unit {
                let entry = language.tables.units[unit]
                words += " " + (entry.map { plural && !singular ? $0.plural : $0.singular } ?? unit)
            }
            if percent { words += " " + language.word("percent") }
            if let degrees {
                words += " " + language.word(plural ? "degrees" : "degree") + (degrees.isEmpty ? "" : " " + degrees)
            }
            return words + per
        }
    }

    /// The amount that starts at `offset`: the number, then perhaps a unit, "%", degrees, and
    /// "/unit" (per).
    func readAmount(at offset: Int) -> Amount {
        var written = tokens[index + offset].text
        if isDottedThousands(written, before: afterSpace(offset + 1)) { written.removeAll { $0 == "." } }
        let yearLike = offset == 0 && isYearContext(written)
        var amount = Amount(words: amountWords(written, yearLike: yearLike), end: offset + 1, plural: written != "1",
                            language: language)
        var at = offset + 1
        if token(at)?.is("%") == true {
            amount.percent = true
            return finishPer(amount, at: at + 1)
        }
        let degreeAt = afterSpace(at)
        if let degree = token(degreeAt), degree.kind == .symbol, ["°", "º", "℃", "℉"].contains(degree.text) {
            var scale = degree.text == "℃" ? "C" : degree.text == "℉" ? "F" : ""
            at = degreeAt + 1
            if scale.isEmpty, let letter = token(at), letter.kind == .word, ["F", "C"].contains(letter.text) {
                scale = letter.text
                at += 1
            }
            amount.degrees = scale == "F" || scale == "C" ? language.word("scale.\(scale)") : ""
            amount.end = at
            return amount
        }
        // The unit: after a space, straight after the number, or after a hyphen ("5-mg": singular).
        var unitAt = afterSpace(at)
        if token(at)?.is("-") == true, let unitWord = token(at + 1), unitWord.kind == .word, unitFor(unitWord.text, at: at + 1) != nil {
            unitAt = at + 1
            amount.singular = true
        }
        if let (unit, length) = unitFor(token(unitAt)?.text ?? "", at: unitAt), token(unitAt)?.kind == .word,
           !isWordNotUnit(unit, at: unitAt) {
            amount.unit = unit
            at = unitAt + length
            // The unit's own dot ("5 in. long"), unless it ends the sentence.
            if token(at)?.is(".") == true, let after = token(afterSpace(at + 1)), after.kind == .word, after.text.first?.isLowercase == true {
                at += 1
            }
            if let noun = token(afterSpace(at)), noun.kind == .word, tables.list("unit-nouns").contains(noun.text) {
                amount.singular = true
            }
        } else if let word = token(unitAt), word.kind == .word, token(unitAt + 1)?.is("/") == true, let perWord = token(unitAt + 2),
                  perWord.kind == .word || perWord.kind == .number,
                  tables.abbreviations[word.text + "/" + perWord.text] == nil, tables.abbreviations[word.text + "/"] == nil {
            // "8 cups/day", "60 breaths/min": any word before a slash is said as written.
            amount.unit = tokens[index + unitAt].text
            at = unitAt + 1
        } else if token(at)?.is("/") == true, let perWord = token(at + 1), perWord.kind == .word, unitFor(perWord.text, at: at + 1) != nil {
            // "450,000/µL": per, straight after the number.
        } else {
            return amount
        }
        return finishPer(amount, at: at)
    }

    /// "/kg", "/kg/hr", "/5 mL", "/day" after an amount: "per kilogram per hour".
    private func finishPer(_ amount: Amount, at start: Int) -> Amount {
        var amount = amount
        var at = start
        amount.end = at
        while token(at)?.is("/") == true, let next = token(at + 1) {
            if next.kind == .number, let (unit, length) = unitFor(token(afterSpace(at + 2))?.text ?? "", at: afterSpace(at + 2)) {
                let count = amountWords(next.text, yearLike: false)
                let words = next.text == "1" ? tables.units[unit]?.singular : tables.units[unit]?.plural
                amount.per += " " + language.word("per") + " " + count + " " + (words ?? unit)
                at = afterSpace(at + 2) + length
            } else if next.kind == .word {
                let (unit, length) = unitFor(next.text, at: at + 1) ?? (next.text, 1)
                amount.per += " " + language.word("per") + " " + (tables.units[unit]?.singular ?? unit)
                at += 1 + length
            } else {
                break
            }
            amount.end = at
        }
        return amount
    }

    /// The unit written at `offset` (`word`, or it with the next word: "mm Hg"; or with a
    /// superscript: "mm³"), and how many tokens it takes.
    func unitFor(_ word: String, at offset: Int) -> (String, Int)? {
        if let next = token(offset + 2), token(offset + 1)?.kind == .space, next.kind == .word,
           tables.units[word + " " + next.text] != nil {
            return (word + " " + next.text, 3)
        }
        if let mark = token(offset + 1), mark.kind == .symbol, ["²", "³"].contains(mark.text), tables.units[word + mark.text] != nil {
            return (word + mark.text, 2)
        }
        return tables.units[word] != nil ? (word, 1) : nil
    }

    /// Units that are also words: "in" ("3 in 10 people"), "min" ("min.") read as the word
    /// unless the text makes them a measure.
    func isWordNotUnit(_ unit: String, at offset: Int) -> Bool {
        guard unit == "in" else { return false }
        // "5 ft 10 in tall": inches after feet; "5 in." inches; "3 in 10 people" the word.
        if let feet = previousToken(), feet.kind == .word, ["ft", "feet"].contains(feet.text) { return false }
        let after = token(afterSpace(offset + 1))
        return after?.kind == .word || after?.kind == .number
    }

    /// A plain number in words; a year shape in year context as a year.
    func amountWords(_ written: String, yearLike: Bool) -> String {
        if yearLike, Self.isYearShaped(written), let year = Int(written) { return numbers.year(year) }
        return numbers.number(written) ?? written
    }

    /// "10.500 niños": where the language's `thousands.dot` is `before-words` (Spanish as Spain
    /// and most of Latin America write it, and as many US sources copy it), dots before groups
    /// of exactly three digits separate thousands when a word that is not a unit follows: a
    /// counted thing is never a decimal. "100.4 °F", "0.125 mg" and a number alone stay decimals.
    func isDottedThousands(_ written: String, before next: Int) -> Bool {
        guard tables.settings["thousands.dot"] == "before-words", written.contains(".") else { return false }
        let groups = written.split(separator: ".", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), head.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCII) }) else { return false }
        guard let word = token(next), word.kind == .word, word.text.first?.isLowercase == true else { return false }
        return unitFor(word.text, at: next) == nil
    }

    static func isYearShaped(_ written: String) -> Bool {
        written.count == 4 && Int(written).map { (1_100...2_099).contains($0) } == true
    }

    /// After "in", "since", "©" and the like, a four-digit number is a year, unless a unit
    /// follows ("a dose of 1500 mg").
    func isYearContext(_ written: String) -> Bool {
        guard Self.isYearShaped(written) else { return false }
        if let unit = token(afterSpace(1)), unit.kind == .word, tables.units[unit.text] != nil { return false }
        if let word = previousWord(), tables.list("year-cues").contains(word.lowercased()) { return true }
        return previousToken()?.text == "©"
    }

    // MARK: Dates

    /// "2025-07-15" → "July fifteenth, twenty twenty-five"; a date that does not exist
    /// ("2025-02-31") is read as its digits, group by group.
    mutating func readISODate() -> Bool {
        guard let year = token(0), year.text.count == 4, token(1)?.is("-") == true,
              let month = token(2), month.kind == .number, month.text.count == 2,
              token(3)?.is("-") == true, let day = token(4), day.kind == .number, day.text.count == 2,
              let y = Int(year.text), let m = Int(month.text), let d = Int(day.text) else { return false }
        if let date = CalendarDate(year: y, month: m, day: d) {
            say(dateWords(date))
        } else {
            say([year.text, month.text, day.text].map(PhoneReading.digits).joined(separator: ", "))
        }
        index += 5
        readRangeTail()
        return true
    }

    /// "7/15/2025" → "July fifteenth, twenty twenty-five"; "2/30/2026" is read as its digits.
    mutating func readSlashDate() -> Bool {
        guard token(1)?.is("/") == true, let day = token(2), day.kind == .number, token(3)?.is("/") == true,
              let year = token(4), year.kind == .number, year.text.count == 4, tokens[index].text.count <= 2,
              day.text.count <= 2, let m = Int(tokens[index].text), let d = Int(day.text), let y = Int(year.text) else { return false }
        if let date = CalendarDate(year: y, month: m, day: d) {
            say(dateWords(date))
        } else {
            say([tokens[index].text, day.text, year.text].map(PhoneReading.digits).joined(separator: ", "))
        }
        index += 5
        return true
    }

    func dateWords(_ date: CalendarDate) -> String {
        language.message("date.spoken", ["month": tables.months[date.month - 1].name, "day": numbers.dayOfMonth(date.day),
                                         "year": numbers.year(date.year)])
    }

    /// "1990s" → "nineteen nineties"; "2000s" → "two thousands".
    mutating func readDecade() -> Bool {
        guard let suffix = token(1), suffix.kind == .word, suffix.text == "s", let year = Int(tokens[index].text),
              tokens[index].text.count == 4, year % 10 == 0 else { return false }
        say(numbers.decade(year))
        index += 2
        return true
    }

    // MARK: Times

    /// "8:30 a.m." → "eight thirty A M", "7am" → "seven A M", "14:00" → "fourteen hundred",
    /// "3:00" → "three o'clock"; followed by a dash and another time, "to".
    mutating func readTime() -> Bool {
        let between = previousWord()?.lowercased() == language.word("range.between")
        var hour = 0
        var minute: Int?
        var at = 1
        if token(1)?.is(":") == true, let minutes = token(2), minutes.kind == .number, minutes.text.count == 2,
           let h = Int(tokens[index].text), let m = Int(minutes.text), h < 24, m < 60 {
            hour = h
            minute = m
            at = 3
        } else if let h = Int(tokens[index].text), (1...12).contains(h), tokens[index].text.count <= 2 {
            hour = h
        } else {
            return false
        }
        var marker: String?
        var markerEnd = at
        let markerAt = afterSpace(at)
        if let (isAM, end) = meridiem(at: markerAt) {
            // A language may name noon and the evening hours apart ("doce del mediodía", "nueve de la noche").
            let words = tables.words
            marker = isAM ? language.word("time.am")
                : hour == 12 && words["time.noon"] != nil ? language.word("time.noon")
                : (7...11).contains(hour) && words["time.pm-night"] != nil ? language.word("time.pm-night")
                : language.word("time.pm")
            markerEnd = end
        }
        // A bare hour is a time only with its A M or P M, or as the start of a range ending in one.
        if minute == nil && marker == nil {
            guard isRangeDash(at), let end = token(at + 1), end.kind == .number, rangeEndsInMarker(from: at + 1) else { return false }
        }
        var words: String
        if let minute, marker == nil {
            words = hour > 12 && minute == 0 ? numbers.cardinal(hour) + " " + language.word("time.hundred")
                : numbers.time(hour: hour, minute: minute)
        } else {
            words = minute.map { $0 == 0 ? numbers.cardinal(hour) : numbers.time(hour: hour, minute: $0) } ?? numbers.cardinal(hour)
        }
        if let marker { words += " " + marker }
        say(words)
        index += marker == nil ? at : markerEnd
        if marker != nil && token(-1)?.is(".") == true { keepStopIfLast() }
        readRangeTail(between: between)
        return true
    }

    /// True when the range that goes on at `offset` ends in A M or P M ("2-4 p.m.").
    func rangeEndsInMarker(from offset: Int) -> Bool {
        var at = offset + 1
        if token(at)?.is(":") == true { at += 2 }
        return meridiem(at: afterSpace(at)) != nil
    }

    /// A M or P M written at `offset`: "am", "a.m." or "a. m." (the Spanish spacing), and where
    /// it ends (after its last dot). Nil when there is none.
    func meridiem(at offset: Int) -> (isAM: Bool, end: Int)? {
        guard let word = token(offset), word.kind == .word else { return nil }
        let letters = word.text.lowercased().filter(\.isLetter)
        var end = offset + 1
        if letters == "am" || letters == "pm" {
            if token(end)?.is(".") == true { end += 1 }
            return (letters == "am", end)
        }
        // "a. m.": a lone a or p, its dot, a space, m and its dot.
        guard letters == "a" || letters == "p", token(end)?.is(".") == true, token(end + 1)?.kind == .space,
              let m = token(end + 2), m.kind == .word, m.text.lowercased() == "m" else { return nil }
        end += 3
        if token(end)?.is(".") == true { end += 1 }
        return (letters == "a", end)
    }

    // MARK: Other shapes

    /// "1/2" → "one half"; "1 1/2 cups" → "one and a half cups"; "1½" → "one and a half";
    /// "24/7" → "twenty-four seven"; "120/80" → "one hundred twenty over eighty".
    mutating func readFraction() -> Bool {
        if let symbol = token(1), symbol.kind == .symbol, let (n, d) = Self.fractionSymbol(symbol.text), let whole = Int(tokens[index].text) {
            index += 2
            say(numbers.mixedFraction(whole, n, d) + readAmountTail(plural: true))
            return true
        }
        if token(1)?.kind == .space, let top = token(2), top.kind == .number, token(3)?.is("/") == true,
           let bottom = token(4), bottom.kind == .number,
           let whole = Int(tokens[index].text), let n = Int(top.text), let d = Int(bottom.text), n < d, d > 1 {
            index += 5
            say(numbers.mixedFraction(whole, n, d) + readAmountTail(plural: true))
            return true
        }
        guard token(1)?.is("/") == true, let bottom = token(2), bottom.kind == .number,
              let n = Int(tokens[index].text), let d = Int(bottom.text), d > 0 else { return false }
        index += 3
        if n == 24 && d == 7 {
            say(numbers.cardinal(24) + " " + numbers.cardinal(7))
        } else if n < d && [2, 3, 4, 8, 16].contains(d) {
            say(numbers.fraction(n, d) + readAmountTail(plural: false))
        } else {
            // "120/80 mmHg" (a blood pressure), "20/40" vision, a pain score of "7/10".
            say(numbers.cardinal(n) + " " + language.word("over") + " " + numbers.cardinal(d) + readAmountTail(plural: d != 1))
        }
        readRangeTail()
        return true
    }

    /// The unit after a fraction or a pair of numbers, said in the given number.
    mutating func readAmountTail(plural: Bool) -> String {
        let unitAt = afterSpace(0)
        guard let word = token(unitAt), word.kind == .word, let (unit, length) = unitFor(word.text, at: unitAt),
              !isWordNotUnit(unit, at: unitAt), let entry = tables.units[unit] else { return "" }
        index += unitAt + length
        return " " + (plural ? entry.plural : entry.singular)
    }

    static func fractionSymbol(_ symbol: String) -> (Int, Int)? {
        ["½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)][symbol]
    }

    /// "20th" → "twentieth"; "1st-degree" → "first degree"; Spanish "1er" → "primer", "2da" →
    /// "segunda", "1.º" → "primero". The endings are the language's (`ordinal-endings`).
    mutating func readOrdinal() -> Bool {
        guard let value = Int(tokens[index].text) else { return false }
        let endings = tables.list("ordinal-endings")
        // "1.º", "1.ª": the number, a dot, and the ordinal indicator.
        var at = 1
        if token(1)?.is(".") == true, let mark = token(2), ["º", "ª"].contains(mark.text), endings.contains(mark.text) { at = 2 }
        guard let suffix = token(at), suffix.kind == .word || suffix.kind == .symbol else { return false }
        let text = suffix.text
        for ending in endings.sorted(by: { $0.count > $1.count }) where text == ending || text.hasPrefix(ending + "-") {
            let rest = text.dropFirst(ending.count + 1)
            say(numbers.ordinal(value, ending: ending) + (rest.isEmpty ? "" : " " + rest))
            index += at + 1
            return true
        }
        return false
    }

    /// "Text HOME to 741741": a text short code, read as digits in threes.
    mutating func readShortCode() -> Bool {
        let written = tokens[index].text
        guard (5...6).contains(written.count), written.allSatisfy(\.isASCIIDigit), previousWord()?.lowercased() == "to",
              tokens[..<index].contains(where: { $0.kind == .word && tables.list("short-code-cues").contains($0.text) }) else { return false }
        let first = written.prefix(3)
        say(PhoneReading.digits(String(first)) + ", " + PhoneReading.digits(String(written.dropFirst(3))))
        index += 1
        return true
    }

    /// "3x a day" → "three times a day".
    mutating func readMultiplier() -> Bool {
        guard let x = token(1), x.kind == .word, x.text == "x" || x.text == "X" || x.text == "×",
              let value = Int(tokens[index].text) else { return false }
        say(numbers.cardinal(value) + " " + language.word("times-suffix"))
        index += 2
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
