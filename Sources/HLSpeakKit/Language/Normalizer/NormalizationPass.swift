/// One run of the normaliser over a piece of a sentence: each token read by the first reading
/// that knows it (numbers, words, symbols), the rest kept as written.
struct NormalizationPass {
    let tokens: [TextToken]
    let language: Language
    /// The sentence is about a dose.
    let dosing: Bool
    /// Nothing of the sentence follows these tokens: a last abbreviation's dot is its full stop.
    let endsSentence: Bool
    var index = 0
    var output = ""

    var tables: LanguageTables { language.tables }
    var numbers: NumberGrammar { language.numbers }

    init(tokens: [TextToken], language: Language, dosing: Bool, endsSentence: Bool) {
        self.tokens = tokens
        self.language = language
        self.dosing = dosing
        self.endsSentence = endsSentence
    }

    mutating func run() -> String {
        while index < tokens.count {
            switch tokens[index].kind {
            case .number: readNumber()
            case .word: readWord()
            case .symbol: readSymbol()
            case .space:
                output += " "
                index += 1
            }
        }
        return output
    }

    /// True when `tokens` speak of a dose: a number with a unit or a dose form ("2 tablets",
    /// "5 mg"), or shorthand read anywhere ("BID", "q6h").
    static func isDosing(_ tokens: [TextToken], language: Language) -> Bool {
        let forms = language.tables.list("dose-forms")
        for (position, token) in tokens.enumerated() where token.kind == .word {
            if let shorthand = language.tables.shorthand[token.text], !shorthand.dosingOnly { return true }
            if Self.qForm(token.text) != nil { return true }
            var before = position - 1
            while before >= 0, tokens[before].kind == .space { before -= 1 }
            if before >= 0, tokens[before].kind == .number,
               forms.contains(token.text) || language.tables.units[token.text] != nil { return true }
        }
        return false
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

    /// True when the token at `offset` is the last of the piece but for white space.
    func isLast(_ offset: Int) -> Bool {
        (index + offset + 1..<tokens.count).allSatisfy { tokens[$0].kind == .space }
    }

    /// The nearest word before the current token, skipping spaces and commas.
    func previousWord() -> String? {
        var position = index - 1
        while position >= 0, tokens[position].kind == .space || tokens[position].is(",") { position -= 1 }
        return position >= 0 && tokens[position].kind == .word ? tokens[position].text : nil
    }

    /// The nearest token before the current one that is not a space.
    func previousToken() -> TextToken? {
        var position = index - 1
        while position >= 0, tokens[position].kind == .space { position -= 1 }
        return position >= 0 ? tokens[position] : nil
    }

    /// A dash between two things read as a range: "-", "–", "—", or "to" between spaces.
    func isRangeDash(_ offset: Int) -> Bool {
        guard let dash = token(offset) else { return false }
        return dash.is("-") || dash.is("–") || dash.is("—")
    }

    mutating func say(_ words: String) {
        output += " " + words + " "
    }

    /// After reading an abbreviation and its dot: the dot is kept as the sentence's full stop
    /// when nothing of the sentence follows.
    mutating func keepStopIfLast() {
        if endsSentence && (index..<tokens.count).allSatisfy({ tokens[$0].kind == .space }) { output += "." }
    }

    /// "q4h" → (4, nil, "h"); "q4-6h" is read from its tokens. Nil when `word` is no such form.
    static func qForm(_ word: String) -> (count: Int, unit: Substring)? {
        guard word.count >= 3, word.first == "q" || word.first == "Q" else { return nil }
        let rest = word.dropFirst()
        let digits = rest.prefix(while: \.isASCIIDigit)
        let unit = rest.dropFirst(digits.count)
        guard !digits.isEmpty, let count = Int(digits), ["h", "H", "hr", "min"].contains(String(unit)) else { return nil }
        return (count, unit)
    }
}
