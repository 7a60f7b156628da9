/// A text's characters by position, for the scanners that look back and ahead and copy pieces
/// out by position. Text that is ASCII without a carriage return (nearly all of a library) is
/// read as its bytes, each one character; only other text pays for the standard library's
/// grapheme breaking (`Array(text)` and `Array(text.indices)`, ~100 instructions a character
/// each), so every answer is the same as asking the characters.
struct CharacterPositions {
    private enum Storage {
        case bytes([UInt8])
        /// The characters, and where each starts in the text, then its end.
        case characters([Character], [String.Index])
    }

    private let text: String
    private let storage: Storage
    let count: Int

    init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        // "\r\n" is one character of two bytes; every other ASCII byte is a character.
        if !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) {
            storage = .bytes(bytes)
            count = bytes.count
        } else {
            let characters = Array(text)
            storage = .characters(characters, Array(text.indices) + [text.endIndex])
            count = characters.count
        }
    }

    func isLetter(_ position: Int) -> Bool {
        switch storage {
        case .bytes(let bytes): CharacterClass.isLetter(bytes[position])
        case .characters(let characters, _): CharacterClass.isLetter(characters[position])
        }
    }

    func isNumber(_ position: Int) -> Bool {
        switch storage {
        case .bytes(let bytes): CharacterClass.isNumber(bytes[position])
        case .characters(let characters, _): CharacterClass.isNumber(characters[position])
        }
    }

    func isWhitespace(_ position: Int) -> Bool {
        switch storage {
        case .bytes(let bytes): CharacterClass.isWhitespace(bytes[position])
        case .characters(let characters, _): CharacterClass.isWhitespace(characters[position])
        }
    }

    /// Whether the character at `position` is `scalar` alone.
    func `is`(_ position: Int, _ scalar: Unicode.Scalar) -> Bool {
        switch storage {
        case .bytes(let bytes): scalar.value == UInt32(bytes[position])
        case .characters(let characters, _): characters[position] == Character(scalar)
        }
    }

    /// The characters `range` as a string.
    func string(_ range: Range<Int>) -> String {
        switch storage {
        case .bytes(let bytes): String(decoding: bytes[range], as: UTF8.self)
        case .characters(_, let starts): String(text[starts[range.lowerBound]..<starts[range.upperBound]])
        }
    }
}
