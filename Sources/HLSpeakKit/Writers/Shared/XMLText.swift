/// Escaping for text placed in HTML, XML (PEF) or Pango markup: content is data, never markup.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities, and soft hyphens removed (they would
    /// otherwise let print break words).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text where character != "\u{00AD}" {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
