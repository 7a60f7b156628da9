import Foundation

/// Escaping for SSML: content text is data, never markup, so `<`, `>` and `&` (and, inside
/// attribute values, quotes) are written as entities before eSpeak NG parses the document.
public enum SSML {
    /// `text` made safe as element content.
    public static func escape(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` made safe inside a double-quoted attribute value.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// What eSpeak NG is asked to say in `ssml`, as plain text: tags dropped, `<sub>` replaced by
    /// its alias, entities decoded. For pronunciation checks with `espeak_TextToPhonemes`.
    public static func spokenText(_ ssml: String) -> String {
        var text = ssml.replacing(substitution) { match in match.output[1].substring ?? "" }
        text = text.replacing(tag, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    nonisolated(unsafe) private static let substitution = try! Regex(#"<sub alias="([^"]*)">[^<]*</sub>"#)
    nonisolated(unsafe) private static let tag = try! Regex(#"<[^>]*>"#)

    /// A pause of `milliseconds`.
    public static func pause(_ milliseconds: Int) -> String { "<break time=\"\(milliseconds)ms\"/>" }
}
