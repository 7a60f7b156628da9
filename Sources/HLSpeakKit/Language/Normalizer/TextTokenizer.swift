/// A piece of written text, as the speech normaliser sees it.
struct TextToken: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// Letters, with digits and inner `.`, `-`, `'`, `@`, `_` ("b.i.d", "Rh-negative", "q4h",
        /// "webmdignite.com").
        case word
        /// Digits, with thousands separators and a decimal point ("3,000", "100.4").
        case number
        case space
        /// Any other single character.
        case symbol
    }

    var kind: Kind
    var text: String

    func `is`(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Cuts text into words, numbers, spaces and symbols.
enum TextTokenizer {
    static func tokens(_ text: String) -> [TextToken] {
        let characters = Array(text)
        var tokens: [TextToken] = []
        var index = 0
        func at(_ position: Int) -> Character? { position < characters.count ? characters[position] : nil }
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                while let next = at(index), next.isWhitespace { index += 1 }
                tokens.append(TextToken(kind: .space, text: String(characters[start..<index])))
            } else if character.isASCIIDigit
                        || (character == "." && at(index + 1)?.isASCIIDigit == true
                            && !(index > 0 && (characters[index - 1].isLetter || characters[index - 1].isASCIIDigit))) {
                index += 1
                while let next = at(index) {
                    if next.isASCIIDigit {
                        index += 1
                    } else if next == ",", (1...3).allSatisfy({ at(index + $0)?.isASCIIDigit == true }),
                              at(index + 4)?.isASCIIDigit != true {
                        index += 4
                    } else if next == ".", at(index + 1)?.isASCIIDigit == true,
                              !characters[start..<index].contains("."), characters[start] != "." {
                        index += 2
                    } else {
                        break
                    }
                }
                tokens.append(TextToken(kind: .number, text: String(characters[start..<index])))
            } else if character.isLetter && !"º".contains(character) {
                index += 1
                while let next = at(index) {
                    if (next.isLetter && next != "º") || next.isASCIIDigit {
                        index += 1
                    } else if ".'’@_".contains(next), let after = at(index + 1), after.isLetter || after.isASCIIDigit {
                        index += 2
                    } else if next == "-", let after = at(index + 1), after.isLetter {
                        index += 2
                    } else {
                        break
                    }
                }
                tokens.append(TextToken(kind: .word, text: String(characters[start..<index])))
            } else {
                index += 1
                tokens.append(TextToken(kind: .symbol, text: String(character)))
            }
        }
        return tokens
    }
}
