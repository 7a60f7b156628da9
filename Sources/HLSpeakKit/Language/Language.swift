import Foundation

/// Everything hlspeak knows about one language, in one place: its data (`LanguageTables`, from
/// `Language/Data/<tag>/`) and its number grammar. Sentence ends, the speech normaliser, dates,
/// symbols in screen text and the fixed words of every format all come from here, so another
/// language is another data folder and, if its numbers differ, another grammar; never a fork.
public struct Language: Hashable, Sendable {
    /// The BCP 47 tag of the data folder: `en-US`.
    public let tag: String
    public let tables: LanguageTables
    public let numbers: NumberGrammar
    /// SHA-256 of the data files, part of the fingerprint of everything made in this language.
    public var fingerprint: String { dataDigest.hexDigest }
    private let dataDigest: LazyDigest
    /// The data folder, where the lists read on their own live (`plain-words.tsv`); nil for a
    /// language made in code.
    public let dataFolder: URL?

    /// The one decision of where sentences end in this language: `sentences.tsv`, and the
    /// month and weekday abbreviations, which end a sentence only before a capital.
    public let sentences: SentenceBoundary
    /// `letter-names` in `words.tsv`: "A" → "eh".
    private let letterNames: [Character: String]
    /// Every month and weekday name and abbreviation, to its full name.
    let calendarWords: [String: CalendarWord]
    /// The months' names, lower case.
    let monthNames: Set<String>

    /// A month or weekday as written: its full name, and whether the name itself was written.
    struct CalendarWord: Hashable, Sendable {
        var name: String
        var isMonth: Bool
        var exact: Bool
    }

    public init(tag: String, tables: LanguageTables, numbers: NumberGrammar, dataFolder: URL? = nil) {
        self.init(tag: tag, tables: tables, numbers: numbers, fingerprint: LazyDigest([]), dataFolder: dataFolder)
    }

    /// A language whose data files' digest is `fingerprint`.
    init(tag: String, tables: LanguageTables, numbers: NumberGrammar, fingerprint: LazyDigest, dataFolder: URL?) {
        self.tag = tag
        self.dataFolder = dataFolder
        self.tables = tables
        self.numbers = numbers
        dataDigest = fingerprint
        var roles = tables.sentenceRoles
        for name in tables.months + tables.weekdays {
            for abbreviation in name.abbreviations where roles[abbreviation.lowercased()] == nil {
                roles[abbreviation.lowercased()] = .mayEnd
            }
        }
        sentences = SentenceBoundary(roles: roles, openers: Set((tables.words["sentence-openers"] ?? "").split(separator: " ").map(String.init)))
        var names: [Character: String] = [:]
        for pair in (tables.words["letter-names"] ?? "").split(separator: " ") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].count == 1 { names[parts[0].first!] = String(parts[1]) }
        }
        letterNames = names
        var calendar: [String: CalendarWord] = [:]
        for (isMonth, entries) in [(true, tables.months), (false, tables.weekdays)] {
            for entry in entries {
                for abbreviation in entry.abbreviations where calendar[abbreviation] == nil {
                    calendar[abbreviation] = CalendarWord(name: entry.name, isMonth: isMonth, exact: false)
                }
                calendar[entry.name] = CalendarWord(name: entry.name, isMonth: isMonth, exact: true)
            }
        }
        calendarWords = calendar
        monthNames = Set(tables.months.map { $0.name.lowercased() })
    }

    /// The speech normaliser: written text into what is said.
    public var normalizer: SpeechNormalizer { SpeechNormalizer(language: self) }

    /// The words for `key` from `words.tsv` ("range.to" → "to"); the key itself when the table
    /// lacks it, so a gap in a translation shows instead of vanishing.
    public func word(_ key: String) -> String { tables.words[key] ?? key }

    /// The message `key` with `{name}` placeholders filled in from `values`.
    public func message(_ key: String, _ values: [String: String]) -> String {
        // One pass over the template: each "{name}" with a value is filled, anything else kept
        // (Foundation's replacingOccurrences, once per value, cost ~25,000 instructions a call).
        var rest = word(key)[...]
        var text = ""
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = values[String(rest[afterOpen..<close])] {
                text += value
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// Spoken `text` with each capital letter that stands alone as a letter ("eight A M",
    /// "vitamin A", "H B A one C") spelled so the synthesiser says its name, not the word it also
    /// is (the article "a"). A capital that starts the sentence, or comes before a capitalised
    /// word ("What Is A Miscarriage"), is taken as the word.
    public func lettersByName(in text: String, startsSentence: Bool) -> String {
        guard !letterNames.isEmpty else { return text }
        let scalars = Array(text.unicodeScalars)
        func isWordScalar(_ index: Int) -> Bool {
            scalars.indices.contains(index) && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil)
        }
        // Most text has no letter standing alone: find those that do before anything else, by
        // scalar (a `Character` made and hashed for every scalar cost ~200 instructions each).
        let named = Set(letterNames.keys.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil })
        let lone = scalars.indices.filter { index in
            named.contains(scalars[index]) && !isWordScalar(index - 1) && !isWordScalar(index + 1)
        }
        guard !lone.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        var copied = 0
        for index in lone {
            let wordBefore = !startsSentence || scalars[..<index].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            var nextStart = index + 1
            while nextStart < scalars.count && !isWordScalar(nextStart) { nextStart += 1 }
            var nextEnd = nextStart
            while isWordScalar(nextEnd) { nextEnd += 1 }
            let next = scalars[nextStart..<nextEnd]
            let nextIsLetter = next.count == 1 && next.first!.properties.isUppercase
            let nextIsCapitalisedWord = next.count > 1 && next.first!.properties.isUppercase
                && next.dropFirst().contains { $0.properties.isLowercase }
            guard (wordBefore && !nextIsCapitalisedWord) || nextIsLetter else { continue }
            out.append(contentsOf: scalars[copied..<index])
            out.append(contentsOf: letterNames[Character(scalars[index])]!.unicodeScalars)
            copied = index + 1
        }
        out.append(contentsOf: scalars[copied...])
        return String(out)
    }

    /// `text` with the symbols a screen reader skips or misreads in words, the same words speech
    /// uses ("≥ 5" → "greater than or equal to 5", "100.4°F" → "100.4 degrees Fahrenheit").
    public func writingOutSymbols(_ text: String) -> String {
        var out = ""
        var characters = text[...]
        while let character = characters.popFirst() {
            guard tables.symbolsWrittenOut.contains(character), let words = tables.symbols[character] else {
                out.append(character)
                continue
            }
            out += " " + words + " "
            if character == "°", let scale = characters.first, scale == "F" || scale == "C" {
                out += word("scale.\(scale)") + " "
                characters.removeFirst()
            }
        }
        // One space between words; none just inside brackets or before punctuation.
        var tidy = out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        for (spaced, closed) in [("( ", "("), ("[ ", "["), (" )", ")"), (" ]", "]"), (" ,", ","), (" .", "."), (" ;", ";"), (" :", ":")] {
            tidy = tidy.replacingOccurrences(of: spaced, with: closed)
        }
        return (text.first == " " ? " " : "") + tidy + (text.last == " " && !tidy.isEmpty ? " " : "")
    }

    /// `date` written out for people: "July 15, 2025".
    public func longDate(_ date: CalendarDate) -> String {
        message("date.long", ["month": tables.months.indices.contains(date.month - 1) ? tables.months[date.month - 1].name : "\(date.month)",
                              "day": "\(date.day)", "year": "\(date.year)"])
    }
}

/// How numbers are said: the part of a language that is grammar, not data.
public enum NumberGrammar: String, Hashable, Sendable, CaseIterable {
    case english
    case spanish

    /// The grammar's code.
    var words: any NumberWords.Type {
        switch self {
        case .english: EnglishNumbers.self
        case .spanish: SpanishNumbers.self
        }
    }

    public func cardinal(_ number: Int) -> String { words.cardinal(number) }
    public func ordinal(_ number: Int) -> String { words.ordinal(number) }
    /// An ordinal as its written ending asks ("1st"; Spanish "1er" primer, "2da" segunda).
    public func ordinal(_ number: Int, ending: String) -> String { words.ordinal(number, ending: ending) }
    public func year(_ year: Int) -> String { words.year(year) }
    /// A decade: "1990" → "nineteen nineties".
    public func decade(_ year: Int) -> String { words.decade(year) }
    /// A written decimal ("100.4", "3,000") in words, or nil when it is not a plain number.
    public func number(_ written: String) -> String? { words.number(written) }
    public func fraction(_ numerator: Int, _ denominator: Int) -> String { words.fraction(numerator, denominator) }
    public func mixedFraction(_ whole: Int, _ numerator: Int, _ denominator: Int) -> String {
        words.mixedFraction(whole, numerator, denominator)
    }
    public func money(dollars: Int, cents: Int) -> String { words.money(dollars: dollars, cents: cents) }
    public func time(hour: Int, minute: Int) -> String { words.time(hour: hour, minute: minute) }
    /// The day of a month in a date: "fifteenth" (English), "quince" and "primero" (Spanish).
    public func dayOfMonth(_ day: Int) -> String { words.dayOfMonth(day) }
    /// Spoken text with its numbers agreeing with the nouns after them (Spanish "una tableta").
    func agreeing(_ text: String, in language: Language) -> String { words.agreeing(text, in: language) }
}

/// What a number grammar says: one type per grammar, all with the same readings.
protocol NumberWords {
    static func cardinal(_ number: Int) -> String
    static func ordinal(_ number: Int) -> String
    static func ordinal(_ number: Int, ending: String) -> String
    static func year(_ year: Int) -> String
    static func decade(_ year: Int) -> String
    static func number(_ written: String) -> String?
    static func fraction(_ numerator: Int, _ denominator: Int) -> String
    static func mixedFraction(_ whole: Int, _ numerator: Int, _ denominator: Int) -> String
    static func money(dollars: Int, cents: Int) -> String
    static func time(hour: Int, minute: Int) -> String
    static func dayOfMonth(_ day: Int) -> String
    static func agreeing(_ text: String, in language: Language) -> String
}

extension EnglishNumbers: NumberWords {
    /// English ordinals do not change with their written ending.
    static func ordinal(_ number: Int, ending: String) -> String { ordinal(number) }
    static func dayOfMonth(_ day: Int) -> String { ordinal(day) }
    /// English numbers do not agree with nouns.
    static func agreeing(_ text: String, in language: Language) -> String { text }
}

extension SpanishNumbers: NumberWords {
    static func dayOfMonth(_ day: Int) -> String { day == 1 ? "primero" : cardinal(day) }
    static func agreeing(_ text: String, in language: Language) -> String {
        agreeing(text, feminine: language.tables.list("feminine-nouns"), masculine: language.tables.list("masculine-nouns"),
                 months: language.monthNames)
    }
}

/// Why a language's data could not be used.
public enum LanguageError: HLSpeakError, Equatable {
    /// hlspeak has no data for the language.
    case notAvailable(String, available: [String])
    case invalidTable(path: String, line: Int?, reason: String)
    /// The language data that comes with hlspeak is not where it should be.
    case dataMissing(searched: [String])

    public var description: String {
        switch self {
        case .notAvailable(let tag, let available):
            "hlspeak has no language data for '\(tag)'; the languages it knows are \(available.joined(separator: ", "))"
        case .invalidTable(let path, let line, let reason):
            "\(line.map { "\(path):\($0)" } ?? path): \(reason)"
        case .dataMissing(let searched):
            "hlspeak's language data is missing (looked in \(searched.joined(separator: ", "))); build hlspeak again, "
                + "or install it with 'make install'"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .notAvailable, .invalidTable: ExitStatus.dataError
        case .dataMissing: ExitStatus.unavailable
        }
    }
}
