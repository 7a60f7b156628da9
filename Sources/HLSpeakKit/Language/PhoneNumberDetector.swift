/// Finds telephone numbers in running text and turns them into `.phone` runs, so each medium can
/// say, link or print them whole.
///
/// It recognises North American numbers (`1-833-852-6262`, `(555) 555-0199`, `555.555.0199`,
/// `+1 800 555 0199`, `555-0199`), vanity numbers (`1-833-TLC-MAMA`, `1-800-MEDICARE`,
/// `1-800-4-CANCER`: the letters after the area code, up to seven), a vanity number followed by
/// its digits in parentheses (read once, as the digits), and the service codes 211 to 911 and 988,
/// unless a unit follows ("211 mg/dL" is an amount). A scanner, not regular expressions: it reads
/// each character once.
public struct PhoneNumberDetector: Sendable {
    /// Units of the language: a three-digit number before one is an amount.
    var units: Set<String>

    public init(language: Language) {
        units = Set(language.tables.units.keys)
    }

    /// `text` split into text runs and phone runs.
    public func runs(in text: String) -> [Inline] {
        // Every number and service code has a digit: most runs have none.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return [.text(text)] }
        let characters = Array(text)
        // The text between numbers is copied out of `text` by its indices.
        let indices = Array(text.indices) + [text.endIndex]
        var runs: [Inline] = []
        var pendingStart = 0
        var position = 0
        while position < characters.count {
            // Every number starts with a digit, "+" or "(": no other place is tried.
            let character = characters[position]
            if character.isASCIIDigit || character == "+" || character == "(",
               startsAfterBoundary(position, characters), let found = number(at: position, characters) {
                runs.append(.text(String(text[indices[pendingStart]..<indices[position]])))
                runs.append(.phone(found.number))
                position = found.end
                pendingStart = position
                continue
            }
            position += 1
        }
        runs.append(.text(String(text[indices[pendingStart]..<indices[characters.count]])))
        return runs.mergingText()
    }

    private struct Found {
        var number: PhoneNumber
        var end: Int
    }

    private static func isSeparator(_ character: Character) -> Bool { character == "-" || character == "." || character == " " }

    private func startsAfterBoundary(_ position: Int, _ characters: [Character]) -> Bool {
        guard position > 0 else { return true }
        let before = characters[position - 1]
        return !(CharacterClass.isLetter(before) || CharacterClass.isNumber(before) || before == "_" || before == "+" || before == "$"
                 || before == "/" || (before == "." || before == "," || before == ":" || before == "-")
                    && position >= 2 && characters[position - 2].isNumber)
    }

    private func number(at start: Int, _ characters: [Character]) -> Found? {
        full(at: start, characters) ?? local(at: start, characters) ?? serviceCode(at: start, characters)
    }

    /// A number with an area code, perhaps a vanity one.
    private func full(at start: Int, _ c: [Character]) -> Found? {
        var at = start
        var dialled = ""
        func digits(_ count: Int, from position: Int) -> String? {
            guard position + count <= c.count, c[position..<position + count].allSatisfy(\.isASCIIDigit) else { return nil }
            return String(c[position..<position + count])
        }
        // "+1 " or "1-" before the area code.
        if at < c.count, c[at] == "+" { at += 1 }
        if at + 1 < c.count, c[at] == "1", Self.isSeparator(c[at + 1]), at + 2 < c.count, c[at + 2] == "(" || c[at + 2].isASCIIDigit {
            dialled = "1"
            at += 2
        } else if at != start {
            return nil
        }
        // The area code: "(555) " or "555-".
        if at < c.count, c[at] == "(", let area = digits(3, from: at + 1), at + 4 < c.count, c[at + 4] == ")" {
            dialled += area
            at += 5
            if at < c.count, c[at] == " " { at += 1 }
        } else if let area = digits(3, from: at), at + 3 < c.count, Self.isSeparator(c[at + 3]) {
            dialled += area
            at += 4
        } else {
            return nil
        }
        // The rest: groups of digits and capitals, separated by one "-", "." or " ".
        var rest = ""
        var groups: [String] = []
        var group = ""
        while at < c.count {
            let character = c[at]
            if character.isASCIIDigit || character.isASCII && character.isUppercase {
                group.append(character)
                at += 1
            } else if Self.isSeparator(character), !group.isEmpty, rest.count + group.count < 7, at + 1 < c.count,
                      c[at + 1].isASCIIDigit || c[at + 1].isASCII && c[at + 1].isUppercase {
                groups.append(group)
                rest += group
                group = ""
                at += 1
            } else {
                break
            }
        }
        if !group.isEmpty { groups.append(group); rest += group }
        guard at >= c.count || !(CharacterClass.isLetter(c[at]) || CharacterClass.isNumber(c[at])) else { return nil }
        let vanity = rest.contains(where: \.isLetter)
        if vanity {
            guard (7...10).contains(rest.count), rest.count - 7 <= 3 else { return nil }
        } else {
            guard groups.map(\.count) == [3, 4] else { return nil }
        }
        var keys = String(rest.prefix(7).map { $0.isASCIIDigit ? $0 : PhoneNumber.keypadDigit(for: $0) ?? $0 })
        // "1-833-TLC-MAMA (1-833-852-6262)": one number, read once, as the digits in brackets.
        var end = at
        if vanity, let (inner, close) = parenthesised(after: at, c), [10, 11].contains(inner.count) {
            keys = ""
            dialled = inner
            end = close
        }
        dialled += keys
        guard [7, 10, 11].contains(dialled.count) else { return nil }
        return Found(number: PhoneNumber(written: String(c[start..<end]), digits: dialled,
                                         groups: PhoneNumber.groups(forDigits: dialled)), end: end)
    }

    /// " (1-833-852-6262)" after a vanity number: its digits, and where the bracket closes.
    private func parenthesised(after position: Int, _ c: [Character]) -> (String, Int)? {
        var at = position
        if at < c.count, c[at] == " " { at += 1 }
        guard at < c.count, c[at] == "(" else { return nil }
        var inner = ""
        at += 1
        while at < c.count, c[at] != ")" {
            guard c[at].isASCIIDigit || "-. +()".contains(c[at]), at - position < 24 else { return nil }
            if c[at].isASCIIDigit { inner.append(c[at]) }
            at += 1
        }
        guard at < c.count else { return nil }
        return (inner, at + 1)
    }

    /// "555-0199": seven digits without an area code.
    private func local(at start: Int, _ c: [Character]) -> Found? {
        guard start + 8 <= c.count, ("2"..."9").contains(c[start]), c[start..<start + 3].allSatisfy(\.isASCIIDigit),
              c[start + 3] == "-", c[start + 4..<start + 8].allSatisfy(\.isASCIIDigit) else { return nil }
        let end = start + 8
        if end < c.count {
            if CharacterClass.isLetter(c[end]) || CharacterClass.isNumber(c[end]) || c[end] == "_" { return nil }
            if (c[end] == "-" || c[end] == "."), end + 1 < c.count, c[end + 1].isNumber { return nil }
        }
        let digits = String(c[start..<start + 3] + c[start + 4..<end])
        return Found(number: PhoneNumber(written: String(c[start..<end]), digits: digits, groups: PhoneNumber.groups(forDigits: digits)),
                     end: end)
    }

    /// 211 to 911 and 988, not as part of another number and not before a unit.
    private func serviceCode(at start: Int, _ c: [Character]) -> Found? {
        guard start + 3 <= c.count, c[start..<start + 3].allSatisfy(\.isASCIIDigit) else { return nil }
        let code = String(c[start..<start + 3])
        guard code == "988" || code.hasSuffix("11") && ("2"..."9").contains(code.first!) else { return nil }
        let end = start + 3
        if end < c.count {
            if CharacterClass.isLetter(c[end]) || CharacterClass.isNumber(c[end]) || c[end] == "_" { return nil }
            if ".,/:-".contains(c[end]), end + 1 < c.count, c[end + 1].isNumber { return nil }
            // "211.org" is an address.
            if c[end] == ".", end + 1 < c.count, c[end + 1].isLetter { return nil }
            // "211 mg/dL" is an amount.
            if c[end] == " " {
                let word = String(c[(end + 1)...].prefix { $0.isLetter || $0 == "²" || $0 == "³" })
                if units.contains(word) { return nil }
            }
        }
        return Found(number: PhoneNumber(written: code, digits: code, groups: [code]), end: end)
    }
}
