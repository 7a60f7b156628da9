/// What a name handed on to a C library or joined onto a folder may look like: short, ASCII
/// letters and digits with '-' or '_' between them, so no value can name a path, reach a format
/// string, or overflow a fixed buffer.
public enum NameRule: Sendable {
    /// An eSpeak NG voice or language name: `en-us`, `en-gb-x-rp`.
    case espeakVoice
    /// An eSpeak NG variant: `f3`, `klatt`.
    case variant
    /// A file in the Voices folder, without its extension: `en-us`.
    case fileName
    /// A language tag: `en-US`, `es-419`.
    case language

    public func accepts(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func ascii(_ part: Substring, _ allowed: (Character) -> Bool, _ lengths: ClosedRange<Int>) -> Bool {
            lengths.contains(part.count) && part.allSatisfy { $0.isASCII && allowed($0) }
        }
        let lowerOrDigit: (Character) -> Bool = { $0.isLowercase || $0.isNumber }
        let letterOrDigit: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        switch self {
        case .espeakVoice:
            return (1...5).contains(parts.count) && parts.allSatisfy { ascii($0, lowerOrDigit, 1...8) }
        case .variant:
            return parts.count == 1 && ascii(parts[0], { letterOrDigit($0) || $0 == "_" }, 1...24)
        case .fileName:
            return text.count <= 64 && !text.hasPrefix("-") && (1...8).contains(parts.count)
                && parts.allSatisfy { ascii($0, { letterOrDigit($0) || $0 == "_" }, 1...32) }
        case .language:
            return (1...4).contains(parts.count) && ascii(parts[0], { $0.isLetter }, 2...3)
                && parts.dropFirst().allSatisfy { ascii($0, letterOrDigit, 1...8) }
        }
    }
}
