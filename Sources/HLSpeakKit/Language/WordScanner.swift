/// Splits text into words (letters and digits) and the characters between them, so glossary
/// and lexicon matching never touches part of a word.
enum WordScanner {
    enum Piece: Equatable {
        case word(String)
        case other(String)
    }

    /// With `joiningApostrophes`, an apostrophe between letters stays in the word ("it's").
    static func pieces(of text: String, joiningApostrophes: Bool = false) -> [Piece] {
        var pieces: [Piece] = []
        // Each piece is copied out of `text` by position, not built a `Character` at a time.
        let characters = CharacterPositions(text)
        var start = 0  // where the piece being read begins
        var inWord = false
        func close(_ end: Int) {
            let piece = characters.string(start..<end)
            pieces.append(inWord ? .word(piece) : .other(piece))
            start = end
        }
        for index in 0..<characters.count {
            let apostropheInWord = joiningApostrophes && inWord && (characters.is(index, "'") || characters.is(index, "’"))
                && index + 1 < characters.count && characters.isLetter(index + 1)
            let isWordCharacter = characters.isLetter(index) || characters.isNumber(index) || apostropheInWord
            if isWordCharacter != inWord && index > start { close(index) }
            inWord = isWordCharacter
        }
        if characters.count > start { close(characters.count) }
        return pieces
    }
}
