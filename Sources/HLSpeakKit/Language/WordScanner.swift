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
        var current = ""
        var inWord = false
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let apostropheInWord = joiningApostrophes && inWord && (character == "'" || character == "’")
                && index + 1 < characters.count && CharacterClass.isLetter(characters[index + 1])
            let isWordCharacter = CharacterClass.isLetter(character) || CharacterClass.isNumber(character) || apostropheInWord
            if isWordCharacter != inWord && !current.isEmpty {
                pieces.append(inWord ? .word(current) : .other(current))
                current = ""
            }
            inWord = isWordCharacter
            current.append(character)
        }
        if !current.isEmpty { pieces.append(inWord ? .word(current) : .other(current)) }
        return pieces
    }
}
