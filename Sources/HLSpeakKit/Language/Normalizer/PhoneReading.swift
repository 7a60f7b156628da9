import Foundation

/// How a phone number is said: digit by digit, in its groups, with a short pause (a comma)
/// between groups: "1, 8 3 3, 8 5 2, 6 2 6 2". Never "eight hundred thirty-three".
public enum PhoneReading {
    public static func spoken(_ number: PhoneNumber) -> String {
        number.groups.map { group in group.map(String.init).joined(separator: " ") }
            .joined(separator: ", ")
    }
}

/// Parentheses become the short pauses a person makes around an aside: "an exam (including a
/// pelvic exam)." is said "an exam, including a pelvic exam."
enum ParenthesesAsPauses {
    static func rewrite(_ text: String, atEnd: Bool) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            switch character {
            case "(", "[":
                while result.last == " " { result.removeLast() }
                if let last = result.last, !",.;:!?".contains(last) { result += "," }
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
        var result = text
        for (from, to) in [(", ,", ","), (",,", ","), (" ,", ","), (",.", "."), ("  ", " ")] {
            while result.contains(from) { result = result.replacingOccurrences(of: from, with: to) }
        }
        return result.trimmingCharacters(in: .whitespaces)
    }
}
