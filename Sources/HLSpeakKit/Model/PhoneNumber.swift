/// A telephone number or short service code found in the text, with the digits a caller dials.
///
/// Every medium needs the same facts: speech reads `groups` digit by digit, HTML links `digits`
/// with `tel:`, print keeps `written` on one line.
public struct PhoneNumber: Hashable, Codable, Sendable {
    /// The number as the page writes it, for example `1-833-TLC-MAMA (1-833-852-6262)`.
    public var written: String
    /// The digits to dial, for example `18338526262`.
    public var digits: String
    /// The digits split the way people say them: `["1", "833", "852", "6262"]`.
    public var groups: [String]

    public init(written: String, digits: String, groups: [String]) {
        self.written = written
        self.digits = digits
        self.groups = groups
    }

    /// The words of letters a vanity number is written with (`["TLC", "MAMA"]`), empty for a
    /// number of digits.
    public var letters: [String] {
        let number = written.prefix { $0 != "(" }
        return number.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.contains(where: \.isLetter) }.map { String($0.filter(\.isLetter)) }
    }

    /// The digits split into the groups a North American number is read in.
    public static func groups(forDigits digits: String) -> [String] {
        let sizes: [Int]
        switch digits.count {
        case 11 where digits.hasPrefix("1"): sizes = [1, 3, 3, 4]
        case 10: sizes = [3, 3, 4]
        case 7: sizes = [3, 4]
        default: return [digits]
        }
        var groups: [String] = []
        var rest = Substring(digits)
        for size in sizes {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return groups
    }

    /// The digit a letter stands for on a telephone keypad (vanity numbers such as TLC-MAMA).
    public static func keypadDigit(for letter: Character) -> Character? {
        let keys: [(String, Character)] = [("ABC", "2"), ("DEF", "3"), ("GHI", "4"), ("JKL", "5"),
                                           ("MNO", "6"), ("PQRS", "7"), ("TUV", "8"), ("WXYZ", "9")]
        let upper = Character(letter.uppercased())
        return keys.first { $0.0.contains(upper) }?.1
    }
}
