/// Splits text into words (letters and digits) and the characters between them, so glossary
/// and lexicon matching never touches part of a word.
enum WordScanner {
    enum Piece: Equatable {
        case word(String)
        case other(String)
    }

    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var inWord = false
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber
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
