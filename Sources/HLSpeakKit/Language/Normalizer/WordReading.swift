/// The word-led readings of the normaliser: dose shorthand, months and weekdays, titles and
/// places, abbreviations and letters, roman numerals, extensions.
extension NormalizationPass {
    mutating func readWord() {
        let word = tokens[index].text
        if readQForm(word) || readSlashEvery(word) || readRomanNumeral(word) || readShorthand(word) || readTimes(word) || readExtension(word)
            || readCalendar(word) || readTitleOrPlace(word) || readAbbreviation(word) || readLettersAndDigits(word)
            || readHyphenated(word) {
            return
        }
        if tables.sentenceRoles[word.lowercased()] == .number, token(1)?.is(".") == true, token(afterSpace(2))?.kind == .number {
            say(language.word("number-sign"))
            index += 2
            return
        }
        output += word
        index += 1
    }

    // MARK: Doses

    /// "q4h" → "every four hours", "q4-6h" → "every four to six hours", "q5min" → "every five minutes".
    mutating func readQForm(_ word: String) -> Bool {
        // Every word of every sentence comes here: most do not start with a q.
        guard let first = word.utf8.first, first | 0x20 == UInt8(ascii: "q") else { return false }
        if let (count, unit) = Self.qForm(word) {
            say(every(count, nil, unit: unit))
            index += 1
            return true
        }
        // "q4-6h": the tokens "q4", "-", "6h" or "6", "h".
        guard word.count >= 2, word.first == "q" || word.first == "Q", let first = Int(word.dropFirst()),
              isRangeDash(1), let second = token(2), second.kind == .number, let last = Int(second.text),
              let unit = token(3), unit.kind == .word, ["h", "H", "hr"].contains(unit.text) else { return false }
        say(every(first, last, unit: Substring(unit.text)))
        index += 4
        return true
    }

    /// The language's "every N hours" written with a slash (`every-slash` in words.tsv: Spanish
    /// "c/8h", "c/ 8 h" → "cada ocho horas").
    mutating func readSlashEvery(_ word: String) -> Bool {
        guard let letter = tables.words["every-slash"], word.lowercased() == letter, token(1)?.is("/") == true,
              let number = token(afterSpace(2)), number.kind == .number, let count = Int(number.text) else { return false }
        let unitAt = afterSpace(afterSpace(2) + 1)
        guard let unit = token(unitAt), unit.kind == .word, ["h", "hr", "hrs", "horas", "hora", "min"].contains(unit.text.lowercased()) else {
            return false
        }
        say(every(count, nil, unit: unit.text.lowercased() == "min" ? "min" : "h"))
        index += unitAt + 1
        return true
    }

    private func every(_ count: Int, _ upTo: Int?, unit: Substring) -> String {
        let span = numbers.cardinal(count) + (upTo.map { " " + language.word("range.to") + " " + numbers.cardinal($0) } ?? "")
        let unitWord = unit == "min" ? language.word("minutes") : (count == 1 && upTo == nil ? language.word("hour") : language.word("hours"))
        return language.word("every") + " " + span + " " + unitWord
    }

    /// "PO" → "by mouth" in a sentence about a dose; "BID", "PRN" anywhere.
    mutating func readShorthand(_ word: String) -> Bool {
        // With its dot first ("b.i.d."), then without.
        if token(1)?.is(".") == true, let entry = tables.shorthand[word + "."], dosing || !entry.dosingOnly {
            say(entry.said)
            index += 2
            keepStopIfLast()
            return true
        }
        guard let entry = tables.shorthand[word], dosing || !entry.dosingOnly else { return false }
        say(entry.said)
        index += 1
        return true
    }

    /// "3x" is read by the number; here "x 7 days" after a dose → "for seven days".
    mutating func readTimes(_ word: String) -> Bool {
        guard word == "x" || word == "X", dosing, token(1)?.kind == .space, let count = token(2), count.kind == .number,
              let unit = token(afterSpace(3)), unit.kind == .word,
              tables.list("duration-units").contains(unit.text)
        else { return false }
        say(language.word("for-duration"))
        index += 1
        return true
    }

    /// "ext. 204", "extension 204", "x 204" and "x204" → "extension 2 0 4".
    mutating func readExtension(_ word: String) -> Bool {
        if word.count > 2, word.first == "x", word.dropFirst().allSatisfy(\.isASCIIDigit) {
            say(language.word("extension") + " " + PhoneReading.digits(String(word.dropFirst())))
            index += 1
            return true
        }
        guard tables.list("extension-words").contains(word.lowercased()) else { return false }
        var next = 1
        if token(next)?.is(".") == true { next += 1 }
        next = afterSpace(next)
        guard let digits = token(next), digits.kind == .number, digits.text.allSatisfy(\.isASCIIDigit) else { return false }
        say(language.word("extension") + " " + PhoneReading.digits(digits.text))
        index += next + 1
        return true
    }

    // MARK: Calendar

    /// A month or weekday: its full name ("Sept." → "September", "Mon-Fri" → "Monday to
    /// Friday"), a date after a month ("Jan. 5" → "January fifth"), a year after one ("June
    /// 2025" → "June twenty twenty-five").
    mutating func readCalendar(_ word: String) -> Bool {
        guard let (name, isMonth, exact) = calendarName(word) else { return false }
        let dotted = token(1)?.is(".") == true && !exact
        let afterName = dotted ? 2 : 1
        let nextAt = afterSpace(afterName)
        let next = token(nextAt)
        // Without its dot, an abbreviation is a day or month only beside a number, a time, or another.
        if !exact && !dotted {
            let beside = next?.kind == .number || isRangeDash(afterName) || isRangeDash(-1)
                || token(afterName)?.is(",") == true && calendarName(token(afterSpace(afterName + 1))?.text ?? "") != nil
            guard beside else { return false }
        }
        if isMonth, let dayToken = next, dayToken.kind == .number, nextAt > afterName || !dotted,
           let day = Int(dayToken.text), (1...31).contains(day), dayToken.text.count <= 2 {
            var consumed = nextAt + 1
            if let suffix = token(consumed), suffix.kind == .word, tables.list("ordinal-endings").contains(suffix.text) { consumed += 1 }
            var words = name + " " + numbers.ordinal(day)
            if token(consumed)?.is(",") == true, token(consumed + 1)?.kind == .space, let year = token(consumed + 2),
               year.kind == .number, year.text.count == 4, let value = Int(year.text) {
                words += ", " + numbers.year(value)
                consumed += 3
            }
            // "July 1-15": a range of days in the month.
            if isRangeDash(consumed), let end = token(consumed + 1), end.kind == .number, end.text.count <= 2,
               let last = Int(end.text), (1...31).contains(last) {
                words += " " + language.word("range.to") + " " + numbers.ordinal(last)
                consumed += 2
            } else if isRangeDash(consumed) {
                words += " " + language.word("range.to")
                consumed += 1
            }
            say(words)
            index += consumed
            return true
        }
        if isMonth, let yearToken = next, yearToken.kind == .number, yearToken.text.count == 4, let year = Int(yearToken.text) {
            say(name + " " + numbers.year(year))
            index += nextAt + 1
            return true
        }
        say(name)
        index += afterName
        if isRangeDash(0) {
            say(language.word("range.to"))
            index += 1
        } else if dotted {
            keepStopIfLast()
        }
        return true
    }

    /// The full name for a month or weekday, or one of their abbreviations; `exact` when the
    /// name itself was written.
    func calendarName(_ word: String) -> (name: String, isMonth: Bool, exact: Bool)? {
        language.calendarWords[word].map { ($0.name, $0.isMonth, $0.exact) }
    }

    // MARK: Names and letters

    /// "Stage IV" → "Stage four", after the words that number things with roman numerals.
    mutating func readRomanNumeral(_ word: String) -> Bool {
        guard let value = Self.romanValue(word), let before = previousWord(),
              tables.list("roman-cues").contains(before) else { return false }
        say(numbers.cardinal(value))
        index += 1
        return true
    }

    private static let romanDigits: [Character: Int] = ["I": 1, "V": 5, "X": 10]

    static func romanValue(_ word: String) -> Int? {
        let values = romanDigits
        guard (1...4).contains(word.utf8.count), word.allSatisfy({ values[$0] != nil }) else { return nil }
        var total = 0
        let digits = word.map { values[$0]! }
        for (position, value) in digits.enumerated() {
            total += position + 1 < digits.count && value < digits[position + 1] ? -value : value
        }
        return (1...20).contains(total) ? total : nil
    }

    /// "Dr." and "St." are places after a number or a name ("12 Main St.": Street) and titles
    /// otherwise ("Dr. Lee": Doctor), as the sentence boundary decides.
    mutating func readTitleOrPlace(_ word: String) -> Bool {
        let key = word.lowercased()
        guard language.sentences.roles[key] == .placeOrTitle else { return false }
        let hasDot = token(1)?.is(".") == true
        let after = token(afterSpace(hasDot ? 2 : 1))
        var before = index - 1
        while before >= 0, tokens[before].kind == .space { before -= 1 }
        var beforeThat = before - 1
        while beforeThat >= 0, tokens[beforeThat].kind == .space { beforeThat -= 1 }
        let startsSentence = beforeThat < 0 || [".", "!", "?", ":"].contains(tokens[beforeThat].text)
        let place = language.sentences.isPlace(before: before >= 0 ? tokens[before].text : nil, startsSentence: startsSentence,
                                               nameFollows: after?.text.first?.isUppercase == true)
        // A capital at the start of a sentence stays one ("Sr. Pérez, …" → "Señor Pérez, …").
        var said = language.word((place ? "place." : "title.") + key)
        let first = before < 0 || [".", "!", "?", ":", "¿", "¡"].contains(tokens[before].text)
        if first, word.first?.isUppercase == true, let saidFirst = said.first {
            said = saidFirst.uppercased() + said.dropFirst()
        }
        say(said)
        index += hasDot ? 2 : 1
        if hasDot { keepStopIfLast() }
        return true
    }

    /// Entries of the abbreviations table, with or without their dot ("appt." → "appointment"),
    /// with a slash ("w/o" → "without"), and an acronym's plural or possessive ("UTIs" → "U T I's").
    mutating func readAbbreviation(_ word: String) -> Bool {
        if token(1)?.is("/") == true {
            let next = token(2)
            if let next, next.kind == .word, let spoken = tables.abbreviations[word + "/" + next.text] {
                say(spoken)
                index += 3
                return true
            }
            if let spoken = tables.abbreviations[word + "/"] {
                say(spoken)
                index += 2
                return true
            }
        }
        if token(1)?.is(".") == true, let spoken = tables.abbreviations[word + "."] {
            say(spoken)
            index += 2
            keepStopIfLast()
            return true
        }
        if let spoken = tables.abbreviations[word] {
            say(spoken)
            index += 1
            return true
        }
        // "UTIs", "CDC's", "ER’s": an initialism (said as letters) with an "s".
        guard word.first?.isUppercase == true else { return false }
        for ending in ["'s", "’s", "s"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            guard let spoken = tables.abbreviations[stem], Self.isSpelled(spoken) else { continue }
            say(spoken + "'s")
            index += 1
            return true
        }
        // "VPH", "CBC": capitals with no vowel of the language cannot be read as a word, so they
        // are letters.
        if (2...5).contains(word.count), word.allSatisfy({ $0.isASCII && $0.isUppercase }),
           let vowels = tables.settings["letters.vowels"], !word.contains(where: vowels.contains) {
            say(word.map(String.init).joined(separator: " "))
            index += 1
            return true
        }
        return false
    }

    /// True when `spoken` is letters said one by one ("U T I").
    static func isSpelled(_ spoken: String) -> Bool {
        let parts = spoken.split(separator: " ")
        return parts.count > 1 && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    /// Letters and digits in one name: "A1C" → "A one C", "B12" → "B twelve", "SpO2" → "S P O two".
    mutating func readLettersAndDigits(_ word: String) -> Bool {
        // Most words have no digit: their bytes say so before their characters are counted.
        guard word.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), word.count <= 8, word.first?.isLetter == true, word.contains(where: \.isASCIIDigit),
              word.allSatisfy({ $0.isASCIIDigit || $0.isLetter && $0.isASCII }),
              word.contains(where: \.isUppercase) else { return false }
        var parts: [String] = []
        var digits = ""
        for character in word {
            if character.isASCIIDigit {
                digits.append(character)
                continue
            }
            if !digits.isEmpty { parts.append(numbers.cardinal(Int(digits) ?? 0)); digits = "" }
            parts.append(character.uppercased())
        }
        if !digits.isEmpty { parts.append(numbers.cardinal(Int(digits) ?? 0)) }
        say(parts.joined(separator: " "))
        index += 1
        return true
    }

    /// A hyphenated word with an abbreviation in it ("Rh-negative" → "R H negative"). Other
    /// hyphenated words ("well-known", "x-ray") stay as written.
    mutating func readHyphenated(_ word: String) -> Bool {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = word.split(separator: "-").map(String.init)
        // "Mon-Fri": a range of days or months.
        if parts.count == 2, let first = calendarName(parts[0]), let last = calendarName(parts[1]), first.isMonth == last.isMonth {
            say(first.name + " " + language.word("range.to") + " " + last.name)
            index += 1
            return true
        }
        guard parts.count > 1, parts.contains(where: { tables.abbreviations[$0] != nil }) else { return false }
        say(parts.map { tables.abbreviations[$0] ?? $0 }.joined(separator: " "))
        index += 1
        return true
    }
}
