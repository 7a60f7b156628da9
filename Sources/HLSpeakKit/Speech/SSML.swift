import Foundation

/// SSML helpers: what a script says as plain text, and pauses. (Content is escaped with
/// `MarkupEscaping`.)
public enum SSML {
    /// What eSpeak NG is asked to say in `ssml`, as plain text: tags dropped, `<sub>` replaced by
    /// its alias, entities decoded. For pronunciation checks with `espeak_TextToPhonemes`.
    public static func spokenText(_ ssml: String) -> String {
        var text = ssml.replacing(substitution) { match in match.output[1].substring ?? "" }
        text = text.replacing(tag, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    nonisolated(unsafe) private static let substitution = try! Regex(#"<sub alias="([^"]*)">[^<]*</sub>"#)
    nonisolated(unsafe) private static let tag = try! Regex(#"<[^>]*>"#)

    /// A pause of `milliseconds`.
    public static func pause(_ milliseconds: Int) -> String { "<break time=\"\(milliseconds)ms\"/>" }
}
