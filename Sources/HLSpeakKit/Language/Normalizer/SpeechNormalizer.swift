import Foundation

/// Turns written health text into what a nurse would say: numbers, ranges, units, dates, times,
/// money, abbreviations, symbols, web addresses and extensions in words, so eSpeak NG never says
/// "five hundred M G", "three dash five" or "nine hundred eleven". Anything it does not
/// recognise passes through unchanged.
///
/// The knowledge that is data (units, abbreviations, symbols) comes from `NormalizerTables`, files
/// staff can review; the grammar of numbers is code (`EnglishNumbers`). Another language adds its
/// own tables and number grammar.
public struct SpeechNormalizer: Hashable, Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `text` as it should be spoken.
    public func normalize(_ text: String) -> String {
        var pass = NormalizationPass(tokens: TextTokenizer.tokens(text), language: language)
        return pass.run()
    }

    /// Free text (typed by staff, not read from a topic) as it should be spoken, with its phone
    /// numbers found and read as grouped digits.
    public func spokenText(_ text: String) -> String {
        PhoneNumberDetector.runs(in: text).map { run -> String in
            switch run {
            case .phone(let number): spoken(number)
            default: normalize(run.plainText)
            }
        }.joined()
    }

    /// A telephone number: digit by digit, in groups, with a short pause between groups:
    /// "1, 8 3 3, 8 5 2, 6 2 6 2". Never "eight hundred thirty-three".
    public func spoken(_ number: PhoneNumber) -> String {
        PhoneReading.spoken(number)
    }
}

/// One run of the normaliser over a text's tokens.
struct NormalizationPass {
    let tokens: [TextToken]
    let language: Language
    var tables: LanguageTables { language.tables }
    var numbers: NumberGrammar { language.numbers }
    var index = 0
    var output = ""
    /// The last word written was a web address (a "/" after it is part of the address).
    var afterAddress = false

    init(tokens: [TextToken], language: Language) {
        self.tokens = tokens
        self.language = language
    }

    mutating func run() -> String {
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .number: readNumber()
            case .word: readWord()
            case .symbol: readSymbol()
            case .space:
                output += " "
                index += 1
            }
        }
        return Self.tidy(output, leading: tokens.first?.kind == .space, trailing: tokens.last?.kind == .space)
    }

    // MARK: Looking around

    func token(_ offset: Int) -> TextToken? {
        let position = index + offset
        return tokens.indices.contains(position) ? tokens[position] : nil
    }

    /// The offset of the next token after `offset`, skipping one space.
    func afterSpace(_ offset: Int) -> Int {
        token(offset)?.kind == .space ? offset + 1 : offset
    }

    /// The nearest word before the current token, skipping spaces and commas.
    func previousWord() -> String? {
        var position = index - 1
        while position >= 0, tokens[position].kind == .space || tokens[position].is(",") { position -= 1 }
        return position >= 0 && tokens[position].kind == .word ? tokens[position].text : nil
    }

    func previousSymbol() -> String? {
        var position = index - 1
        while position >= 0, tokens[position].kind == .space { position -= 1 }
        return position >= 0 && tokens[position].kind == .symbol ? tokens[position].text : nil
    }

    mutating func say(_ words: String) {
        output += " " + words + " "
    }

    // MARK: Words

    mutating func readWord() {
        let word = tokens[index].text
        afterAddress = false
        if readMonthDate(word) || readExtension(word) || readTitleOrPlace(word) || readAbbreviation(word)
            || readAddress(word) || readHyphenated(word) {
            return
        }
        if word == "No", token(1)?.is(".") == true, token(afterSpace(2))?.kind == .number {
            say("number")
            index += 2
            return
        }
        output += word
        index += 1
    }

    /// "July 15, 2025" → "July fifteenth, twenty twenty-five"; "Jan. 5" → "January fifth".
    mutating func readMonthDate(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard let month = tables.months.map({ $0.name.lowercased() })
            .first(where: { $0 == lower || (lower.count >= 3 && $0.hasPrefix(lower)) }) else { return false }
        let dotted = token(1)?.is(".") == true && lower != month
        let dayAt = afterSpace(dotted ? 2 : 1)
        guard dayAt > (dotted ? 2 : 1), let dayToken = token(dayAt), dayToken.kind == .number,
              let day = Int(dayToken.text), (1...31).contains(day) else { return false }
        let name = lower == month ? word : month.prefix(1).uppercased() + month.dropFirst()
        var next = dayAt + 1
        if let suffix = token(next), suffix.kind == .word, ["st", "nd", "rd", "th"].contains(suffix.text) { next += 1 }
        say(name + " " + numbers.ordinal(day))
        if token(next)?.is(",") == true, token(next + 1)?.kind == .space, let yearToken = token(next + 2),
           yearToken.kind == .number, yearToken.text.count == 4, let year = Int(yearToken.text) {
            output += ","
            say(numbers.year(year))
            next += 3
        }
        index += next
        return true
    }

    /// "ext. 204", "extension 204" and "x204" → "extension two zero four".
    mutating func readExtension(_ word: String) -> Bool {
        if word.count > 3, word.first == "x", word.dropFirst().allSatisfy(\.isASCIIDigit) {
            say("extension " + word.dropFirst().map { numbers.cardinal(Int(String($0))!) }.joined(separator: " "))
            index += 1
            return true
        }
        guard ["ext", "extension", "x"].contains(word.lowercased()) else { return false }
        var next = 1
        if token(next)?.is(".") == true { next += 1 }
        if word == "x" { guard token(next)?.kind == .number else { return false } } else { next = afterSpace(next) }
        guard let digits = token(next), digits.kind == .number, digits.text.allSatisfy(\.isASCIIDigit) else {
            return false
        }
        say("extension " + digits.text.map { numbers.cardinal(Int(String($0))!) }.joined(separator: " "))
        index += next + 1
        return true
    }

    /// "Dr." and "St." are Drive and Street after a capitalised name or a house number ("12 Main
    /// St."), and Doctor and Saint otherwise ("Dr. Lee", "visit St. Mary's").
    mutating func readTitleOrPlace(_ word: String) -> Bool {
        let readings = ["Dr": ("Doctor", "Drive"), "St": ("Saint", "Street")]
        guard let (title, place) = readings[word] else { return false }
        let hasDot = token(1)?.is(".") == true
        let after = token(afterSpace(hasDot ? 2 : 1))
        var before = index - 1
        while before >= 0, tokens[before].kind == .space { before -= 1 }
        let nameBefore = before >= 0 && (tokens[before].kind == .number
            || (tokens[before].kind == .word && tokens[before].text.first?.isUppercase == true))
        // "Visit St. Mary's": a capital that only starts the sentence is not a street name.
        var beforeThat = before - 1
        while beforeThat >= 0, tokens[beforeThat].kind == .space { beforeThat -= 1 }
        let startsSentence = beforeThat < 0 || [".", "!", "?", ":"].contains(tokens[beforeThat].text)
        let nameFollows = after?.kind == .word && after?.text.first?.isUppercase == true
        let isPlace = nameBefore && !(nameFollows && startsSentence && tokens[before].kind == .word)
        say(isPlace ? place : title)
        index += hasDot ? 2 : 1
        if hasDot && isPlace && (after == nil || after?.text.first?.isUppercase == true) {
            output += "."  // the abbreviation's dot also ended the sentence
        }
        return true
    }

    /// Entries of the abbreviations table, with or without their closing dot.
    mutating func readAbbreviation(_ word: String) -> Bool {
        if token(1)?.is(".") == true, let spoken = tables.abbreviations[word + "."] {
            say(spoken)
            index += 2
            // The dot may also end the sentence: keep one when a capital or the end follows.
            let after = token(afterSpace(0))
            if after == nil || (after?.kind == .word && after?.text.first?.isUppercase == true) {
                output += "."
            }
            return true
        }
        guard let spoken = tables.abbreviations[word] else { return false }
        say(spoken)
        index += 1
        return true
    }

    /// "Rh-negative" → "R H negative": a hyphenated word with an abbreviation in it. Other
    /// hyphenated words ("well-known") stay as written.
    mutating func readHyphenated(_ word: String) -> Bool {
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count > 1, parts.contains(where: { tables.abbreviations[$0] != nil }) else { return false }
        say(parts.map { tables.abbreviations[$0] ?? $0 }.joined(separator: " "))
        index += 1
        return true
    }

    static let topLevelDomains: Set<String> = ["com", "org", "gov", "edu", "net", "us", "info", "io", "health", "care"]

    /// "webmdignite.com" → "webmdignite dot com"; "help@clinic.org" → "help at clinic dot org".
    mutating func readAddress(_ word: String) -> Bool {
        let labels = word.split(separator: ".")
        let isEmail = word.contains("@")
        guard isEmail || (labels.count >= 2 && Self.topLevelDomains.contains(labels.last!.lowercased())) else {
            return false
        }
        let spoken = labels.map { label -> String in
            let text = label.replacingOccurrences(of: "@", with: " at ").replacingOccurrences(of: "_", with: " underscore ")
            return text.lowercased() == "www" ? "W W W" : text
        }.joined(separator: " dot ")
        say(spoken)
        index += 1
        afterAddress = true
        return true
    }

    // MARK: Symbols

    mutating func readSymbol() {
        let symbol = tokens[index].text
        defer { if symbol != "/" { afterAddress = false } }
        let previous = token(-1)
        let next = token(1)
        switch symbol {
        case "$" where next?.kind == .number:
            index += 1
            readMoney()
            return
        case "#" where next?.kind == .number:
            say("number")
        case "/" where afterAddress:
            say("slash")
        case "/" where previous?.kind == .word && next?.kind == .word:
            // "yes/no" → "yes or no"; "and/or" → "and or".
            if previous?.text == "or" || next?.text == "or" { output += " " } else { say("or") }
        case "•", "·", "▪":
            // A bullet at the start says nothing; between items it is a pause.
            if !output.allSatisfy(\.isWhitespace) { output += "," }
        case "-" where next?.kind == .number && (previous == nil || previous?.kind == .space):
            say("minus")  // "below -20°F"
        case "-" where previous?.kind == .space && next?.kind == .space, "–", "—":
            output += ","
        case "-":
            output += " "
        default:
            if let spoken = tables.symbols[Character(symbol)] {
                say(spoken)
            } else {
                output += symbol
            }
        }
        index += 1
    }

    /// Spaces around replaced words collapse to one; no space before closing punctuation. White
    /// space at either end of the original (`leading`, `trailing`) is kept as one space, since the
    /// text may sit between other runs.
    static func tidy(_ text: String, leading: Bool, trailing: Bool) -> String {
        var result = leading ? " " : ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty && result != " "
                continue
            }
            if pendingSpace && !",.;:!?)".contains(character) && result.last != "(" { result.append(" ") }
            if character == "," && result.last == "," { pendingSpace = false; continue }
            pendingSpace = false
            result.append(character)
        }
        if trailing && result.last != " " { result.append(" ") }
        return result
    }
}
