import Foundation

/// The one escaper for each markup hlspeak writes: content text is data, never markup.
public enum MarkupEscaping {
    /// `text` for XML and HTML, in element content or a quoted attribute (HTML, PEF, Pango,
    /// XHTML, SMIL, SSML attributes): `&`, `<`, `>`, `"` and `'` as entities, and soft hyphens
    /// removed (they would otherwise let print break words).
    public static func xml(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// `text` as SSML element content: only `&`, `<` and `>` become entities, so eSpeak NG reads
    /// apostrophes and quotes as written (`it's`), and `<audio>` in content is spoken, never run.
    public static func ssmlText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` as a WebVTT cue: `&`, `<` and `>` as entities (so "-->" cannot end a cue early),
    /// and line breaks as spaces (a blank line would end the cue).
    public static func webVTT(_ text: String) -> String {
        let escaped = escape(text, quotes: false)
        // Cut into characters only when there is a line break to take out.
        guard escaped.unicodeScalars.contains(where: { (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value) })
        else { return escaped }
        return escaped.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `text` as a YAML double-quoted scalar (front matter, review files): quotes, backslashes
    /// and control characters escaped, so no value can end its line or start a new key.
    public static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || [0x2028, 0x2029, 0xFEFF].contains(scalar.value) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Scalar by scalar, so a combining mark cannot hide a markup character inside another
    /// character ("&" then U+0301 is one `Character`, not "&"). Most text has nothing to escape:
    /// one look at its bytes says so (0xAD is also the last byte of other letters: then the
    /// scalars are looked at).
    private static func escape(_ text: String, quotes: Bool) -> String {
        let special = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xAD)
        }
        guard special else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars where !(quotes && scalar == "\u{00AD}") {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
