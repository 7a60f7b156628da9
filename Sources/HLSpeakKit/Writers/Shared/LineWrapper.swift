/// Breaks text into lines of at most a given width, at spaces only, keeping phone numbers and
/// other unbreakable words whole; a word longer than the width gets a line of its own.
public enum LineWrapper {
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String = "") -> [String] {
        var lines: [String] = []
        var line = indent
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = lineHasWord ? line + " " + word : line + word
            if candidate.count <= width || !lineHasWord {
                line = candidate
                lineHasWord = true
            } else {
                lines.append(line)
                line = hangingIndent + word
            }
        }
        if lineHasWord { lines.append(line) }
        return lines
    }
}
