import Foundation

/// How a phone number is said: digit by digit, in its groups, with a short pause (a comma)
/// between groups: "1, 8 3 3, 8 5 2, 6 2 6 2". Never "eight hundred thirty-three". A vanity
/// number is said once, as its digits, then with the letters the page gives it:
/// "1, 8 3 3, 8 5 2, 6 2 6 2, T L C, M A M A".
public enum PhoneReading {
    public static func spoken(_ number: PhoneNumber) -> String {
        (number.groups.map(digits) + number.letters.map(letters)).joined(separator: ", ")
    }

    /// Letters one by one: "TLC" → "T L C".
    static func letters(_ written: String) -> String {
        written.map { String($0).uppercased() }.joined(separator: " ")
    }

    /// The one reading of digits one by one, everywhere digits are said so (phone numbers,
    /// service codes, extensions, codes that look like dates): "204" → "2 0 4".
    public static func digits(_ written: String) -> String {
        written.filter(\.isASCIIDigit).map(String.init).joined(separator: " ")
    }
}

/// Parentheses become the short pauses a person makes around an aside: "an exam (including a
/// pelvic exam)." is said "an exam, including a pelvic exam."
enum ParenthesesAsPauses {
    /// `afterRun`: the text follows another run of the sentence (a phone number), so a bracket
    /// at its start still needs its pause: "0 1 7 5, nurse line".
    static func rewrite(_ text: String, atEnd: Bool, afterRun: Bool = false) -> String {
        // Most text has no bracket: one look at its bytes says so (the walk below takes its
        // characters one by one).
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") })
        else { return text }
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "(", "[":
                while result.last == " " { result.removeLast() }
                if let last = result.last {
                    if !",.;:!?".contains(last) { result += "," }
                } else if afterRun {
                    result += ","
                }
                result += " "
            case ")", "]":
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if let next, ",.;:!?".contains(next) { continue }
                if next == nil && atEnd { continue }
                result += ","
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Removes the doubled marks and stray spaces the rewrite can leave.
    static func tidy(_ text: String) -> String {
        // Nothing to tidy, the usual case, shows in the bytes: no "  ", " ,", ",," or ",." and
        // no space or tab (or anything not ASCII) at either end.
        let bytes = Array(text.utf8)
        let space = UInt8(ascii: " "), comma = UInt8(ascii: ","), period = UInt8(ascii: ".")
        let pairs = zip(bytes, bytes.dropFirst())
        if !pairs.contains(where: { $0.1 == space && $0.0 == space || $0.1 == comma && ($0.0 == space || $0.0 == comma) || $0.0 == comma && $0.1 == period }),
           [bytes.first, bytes.last].allSatisfy({ $0.map { $0 < 0x80 && $0 != space && $0 != UInt8(ascii: "\t") } ?? true }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case " " where result.last == " ":
                continue
            case ",":
                while result.last == " " { result.removeLast() }  // " ," and ", ,"
                if result.last != "," { result.append(",") }  // ",,"
            case "." where result.last == ",":
                result.removeLast()  // ",."
                result.append(".")
            default:
                result.append(character)
            }
        }
        return result.trimmed(.whitespace)
    }
}
