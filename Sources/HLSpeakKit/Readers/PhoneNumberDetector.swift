/// Finds telephone numbers in running text and turns them into `.phone` runs.
///
/// It recognises North American numbers (`1-833-852-6262`, `(555) 555-0199`, `555.555.0199`,
/// `+1 800 555 0199`, `555-0199`), vanity numbers (`1-833-TLC-MAMA`), a vanity number followed by its digits in
/// parentheses (read once, as the digits), and the three-digit service codes 211 to 911 and 988.
public enum PhoneNumberDetector {
    /// `text` split into text runs and phone runs.
    public static func runs(in text: String) -> [Inline] {
        var runs: [Inline] = []
        var rest = text[...]
        while let found = firstNumber(in: rest) {
            runs.append(.text(String(rest[..<found.range.lowerBound])))
            runs.append(.phone(found.number))
            rest = rest[found.range.upperBound...]
        }
        runs.append(.text(String(rest)))
        return runs.mergingText()
    }

    private static let separator = #"[-. ]"#
    nonisolated(unsafe) private static let full = try! Regex(
        #"(?:\+?1"# + separator + #"?)?(?:\(\d{3}\) ?|\d{3}"# + separator + #")"#
            + #"(?:[0-9A-Z]{3}"# + separator + #"[0-9A-Z]{4}|[A-Z]{4,7})(?!\w)"#)
    nonisolated(unsafe) private static let local = try! Regex(#"[2-9]\d{2}-\d{4}(?!\w|[-.]\d)"#)
    nonisolated(unsafe) private static let parenthesised = try! Regex(#"^ ?\(([-0-9. +()]{7,20})\)"#)
    nonisolated(unsafe) private static let serviceCode = try! Regex(#"(?:[2-9]11|988)(?!\w|[.,/:-]\d)"#)

    private struct Found {
        var range: Range<Substring.Index>
        var number: PhoneNumber
    }

    private static func firstNumber(in text: Substring) -> Found? {
        let candidates = [fullNumber(in: text), serviceNumber(in: text)].compactMap { $0 }
        return candidates.min { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func fullNumber(in text: Substring) -> Found? {
        var searchFrom = text.startIndex
        while let match = [full, local].compactMap({ text[searchFrom...].firstMatch(of: $0) })
            .min(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            guard startsAfterBoundary(match.range, in: text, forbidden: "+") else {
                searchFrom = text.index(after: match.range.lowerBound)
                continue
            }
            let written = String(text[match.range])
            let dialled = String(written.compactMap { $0.isNumber ? $0 : PhoneNumber.keypadDigit(for: $0) })
            guard written.contains(where: \.isNumber), [7, 10, 11].contains(dialled.count) else {
                searchFrom = match.range.upperBound
                continue
            }
            var range = match.range
            var digits = dialled
            // "1-833-TLC-MAMA (1-833-852-6262)": one number, read once, as the digits.
            if written.contains(where: \.isLetter),
               let paren = text[range.upperBound...].firstMatch(of: parenthesised) {
                let inner = String(text[paren.range]).filter(\.isNumber)
                if [7, 10, 11].contains(inner.count) {
                    digits = inner
                    range = range.lowerBound..<paren.range.upperBound
                }
            }
            let number = PhoneNumber(written: String(text[range]), digits: digits,
                                     groups: PhoneNumber.groups(forDigits: digits))
            return Found(range: range, number: number)
        }
        return nil
    }

    private static func serviceNumber(in text: Substring) -> Found? {
        var searchFrom = text.startIndex
        while let match = text[searchFrom...].firstMatch(of: serviceCode) {
            guard startsAfterBoundary(match.range, in: text, forbidden: ".,/:-$") else {
                searchFrom = text.index(after: match.range.lowerBound)
                continue
            }
            let code = String(text[match.range])
            return Found(range: match.range, number: PhoneNumber(written: code, digits: code, groups: [code]))
        }
        return nil
    }

    /// True when the match does not continue a word, a number or one of the `forbidden` marks.
    private static func startsAfterBoundary(_ range: Range<Substring.Index>, in text: Substring,
                                            forbidden: String) -> Bool {
        guard range.lowerBound > text.startIndex else { return true }
        let before = text[text.index(before: range.lowerBound)]
        return !(before.isLetter || before.isNumber || before == "_" || forbidden.contains(before))
    }
}
