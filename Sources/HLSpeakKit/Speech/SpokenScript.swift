/// What a section sounds like, before any audio exists: its parts in order, each a list of
/// sentences already in SSML, with the pause that comes before it. `ssml` is the document
/// eSpeak NG speaks and staff review with `--script`.
public struct SpokenScript: Hashable, Sendable {
    /// One heading, paragraph or list item.
    public struct Part: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case heading, paragraph, listItem
        }

        public var kind: Kind
        /// Sentences as SSML fragments (content already escaped).
        public var sentences: [String]
        /// Silence before this part, in milliseconds (0 for the first).
        public var pauseBefore: Int

        public init(kind: Kind, sentences: [String], pauseBefore: Int) {
            self.kind = kind
            self.sentences = sentences
            self.pauseBefore = pauseBefore
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// True when there is nothing to say beyond the title.
    public var hasNothingToSay: Bool { !parts.contains { $0.kind != .heading } }

    /// The whole script as one SSML document, one part per line.
    public var ssml: String {
        var lines = ["<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\">"]
        for part in parts {
            let pause = part.pauseBefore > 0 ? SSML.pause(part.pauseBefore) + " " : ""
            lines.append(pause + part.sentences.joined(separator: " "))
        }
        lines.append("</speak>")
        return lines.joined(separator: "\n") + "\n"
    }
}
