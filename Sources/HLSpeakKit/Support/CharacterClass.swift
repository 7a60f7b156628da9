/// `Character`'s letter, number and white-space tests with ASCII answered from its byte: the
/// standard library looks every character up in Unicode's tables, ~300 instructions each, and
/// the word and sentence scanners ask for every character of a topic. Other characters get the
/// standard library's answer.
enum CharacterClass {
    static func isLetter(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isLetter }
        return isLetter(byte)
    }

    static func isNumber(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isNumber }
        return isNumber(byte)
    }

    /// An ASCII letter byte.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// An ASCII digit byte.
    static func isNumber(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isWhitespace(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isWhitespace }
        return isWhitespace(byte)
    }

    /// Space, tab, line feed, vertical tab, form feed, carriage return (and "\r\n", whose
    /// `asciiValue` is a line feed's).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
