/// What `trimmed(_:)` takes off the ends of text: the same scalars as Foundation's character sets
/// of those names, checked with the standard library's Unicode tables (Foundation's
/// `trimmingCharacters(in:)` goes through NSString and cost about 50,000 instructions a call, a
/// tenth of reading a topic).
enum TrimmedScalars {
    /// Spaces (Unicode category Zs) and tabs, as `CharacterSet.whitespaces`.
    case whitespace
    /// Spaces, tabs and line breaks, as `CharacterSet.whitespacesAndNewlines`.
    case whitespaceAndNewlines
    /// Punctuation (the Unicode categories P*, not symbols such as "+" or "$"), as
    /// `CharacterSet.punctuationCharacters`.
    case punctuation

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .whitespace:
            if scalar.isASCII { return scalar == " " || scalar == "\t" }
            return scalar.properties.generalCategory == .spaceSeparator
        case .whitespaceAndNewlines:
            return scalar.isSpaceOrLineBreak
        case .punctuation:
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
            default: return false
            }
        }
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space (spaces, tabs, line breaks; the same set as Foundation's
    /// `whitespacesAndNewlines`), with ASCII answered first: asking Unicode for a scalar's
    /// properties is slow, and nearly every scalar of health text is ASCII.
    var isSpaceOrLineBreak: Bool {
        isASCII ? self == " " || (9...13).contains(value) : properties.isWhitespace
    }
}

extension String {
    /// The text without the scalars of `kind` at either end.
    func trimmed(_ kind: TrimmedScalars) -> String {
        self[...].trimmed(where: kind.contains)
    }

    /// The text without the scalars at either end that `isTrimmed` accepts.
    func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        self[...].trimmed(where: isTrimmed)
    }
}

extension Substring {
    /// The text without the scalars of `kind` at either end.
    func trimmed(_ kind: TrimmedScalars) -> String {
        trimmed(where: kind.contains)
    }

    /// The text without the scalars at either end that `isTrimmed` accepts (cut at scalars, as
    /// Foundation's trimming is).
    func trimmed(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
              let last = scalars.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
