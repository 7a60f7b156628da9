/// The symbol-led readings of the normaliser: money, number signs, slashes, dashes, bullets,
/// fractions written as one character, and the symbols of the language's table.
extension NormalizationPass {
    mutating func readSymbol() {
        let symbol = tokens[index].text
        let previous = token(-1)
        let next = token(1)
        switch symbol {
        case "$" where next?.kind == .number:
            index += 1
            readMoney()
            return
        case "#" where next?.kind == .number:
            say(language.word("number-sign"))
        case ">" where next?.is("=") == true, "<" where next?.is("=") == true:
            say(tables.symbols[symbol == ">" ? "≥" : "≤"] ?? symbol)
            index += 2
            return
        case "/" where previous?.kind == .word && next?.kind == .word:
            // "yes/no" → "yes or no"; "and/or" → "and or".
            let or = language.word("or")
            if previous?.text == or || next?.text == or { output += " " } else { say(or) }
        case "•", "·", "▪":
            // A bullet at the start says nothing; between items it is a pause.
            if !output.allSatisfy(\.isWhitespace) { output += "," }
        case "-" where next?.kind == .number && (previous == nil || previous?.kind == .space) && !isTimeOrDateWord(-2):
            say(language.word("minus"))  // "below -20°F"
        case _ where ["-", "–", "—"].contains(symbol) && isTimeOrDateWord(-1):
            // "noon-1 p.m.": a range.
            say(language.word("range.to"))
        case "-" where previous?.kind == .space && next?.kind == .space:
            output += ", "
        case "–", "—":
            output += ", "
        case "-":
            output += " "
        default:
            if let (n, d) = Self.fractionSymbol(symbol) {
                say(numbers.fraction(n, d) + readFractionUnit())
                return
            }
            if let spoken = tables.symbols[Character(symbol)] {
                say(spoken)
            } else {
                output += symbol
            }
        }
        index += 1
    }

    /// True when the token at `offset` is a time word ("noon") or a month or weekday name.
    func isTimeOrDateWord(_ offset: Int) -> Bool {
        guard let word = token(offset), word.kind == .word else { return false }
        return tables.list("time.words").contains(word.text)
    }

    /// The unit after a one-character fraction ("½ cup"), singular.
    mutating func readFractionUnit() -> String {
        index += 1
        return readAmountTail(plural: false)
    }
}
