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

/// Cuts text into words, numbers, spaces and symbols. It walks Unicode scalars with ASCII fast
/// paths (asking Unicode for a character's properties is slow); a combining mark stays with the
/// letter or symbol before it, as it would in a `Character`.
enum TextTokenizer {
    static func tokens(_ text: String) -> [TextToken] {
        let text = ScalarText(text)
        let scalars = text.scalars
        var tokens: [TextToken] = []
        tokens.reserveCapacity(scalars.count / 3 + 1)
        var index = 0
        func at(_ position: Int) -> Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
        func append(_ kind: TextToken.Kind, _ range: Range<Int>) {
            tokens.append(TextToken(kind: kind, text: text.string(range)))
        }
        func isWordPart(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return isLetter(scalar) || isDigit(scalar)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if isSpace(scalar) {
                while let next = at(index), isSpace(next) { index += 1 }
                append(.space, start..<index)
            } else if isDigit(scalar)
                        || (scalar == "." && at(index + 1).map(isDigit) == true && !(index > 0 && isWordPart(scalars[index - 1]))) {
                index += 1
                var hasPoint = scalar == "."
                var pointAt: Int? = nil
                while let next = at(index) {
                    if isDigit(next) {
                        index += 1
                    } else if next == ",", (1...3).allSatisfy({ at(index + $0).map(isDigit) == true }),
                              at(index + 4).map(isDigit) != true {
                        index += 4
                    } else if next == ".", at(index + 1).map(isDigit) == true, !hasPoint {
                        hasPoint = true
                        pointAt = index
                        index += 2
                    } else if next == ".", let point = pointAt, index - point == 4,
                              (1...3).allSatisfy({ at(index + $0).map(isDigit) == true }), at(index + 4).map(isDigit) != true {
                        // "1.200.000": dots between groups of three (the language decides what they mean).
                        pointAt = index
                        index += 4
                    } else {
                        break
                    }
                }
                append(.number, start..<index)
            } else if isLetter(scalar) && scalar != "º" {
                index += 1
                while let next = at(index) {
                    if (isLetter(next) && next != "º") || isDigit(next) || isMark(next) {
                        index += 1
                    } else if [".", "'", "’", "@", "_"].contains(next), isWordPart(at(index + 1)) {
                        index += 2
                    } else if next == "-", let after = at(index + 1), isLetter(after) {
                        index += 2
                    } else {
                        break
                    }
                }
                append(.word, start..<index)
            } else {
                index += 1
                // One character: the symbol with its marks, variation selectors and joined parts.
                while let next = at(index) {
                    if isMark(next) || (0xFE00...0xFE0F).contains(next.value) || next.properties.isEmojiModifier {
                        index += 1
                    } else if next == "\u{200D}", at(index + 1) != nil {
                        index += 2
                    } else {
                        break
                    }
                }
                append(.symbol, start..<index)
            }
        }
        return tokens
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isSpaceOrLineBreak }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (48...57).contains(scalar.value)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (65...90).contains(scalar.value) || (97...122).contains(scalar.value) }
        return scalar.properties.isAlphabetic
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
