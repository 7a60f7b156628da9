/// What a section sounds like, before any audio exists: its parts in order, each a list of
/// sentences with the pause that comes before it. `ssml` is the document eSpeak NG speaks and
/// staff review with `--script`; a `<mark>` before each sentence lets captions and prompt
/// splitting find where each sentence starts in the audio.
public struct SpokenScript: Hashable, Sendable {
    /// One sentence: SSML to speak (content already escaped) and plain text for captions.
    public struct Sentence: Hashable, Sendable {
        public var ssml: String
        public var text: String

        public init(ssml: String, text: String) {
            self.ssml = ssml
            self.text = text
        }
    }

    /// One heading, paragraph or list item.
    public struct Part: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable {
            case heading, paragraph, listItem
        }

        public var kind: Kind
        public var sentences: [Sentence]
        /// Silence before this part, in milliseconds (0 for the first).
        public var pauseBefore: Int

        public init(kind: Kind, sentences: [Sentence], pauseBefore: Int) {
            self.kind = kind
            self.sentences = sentences
            self.pauseBefore = pauseBefore
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// True when there is nothing to say beyond the title.
    public var hasNothingToSay: Bool { !parts.contains { $0.kind != .heading } }

    /// Every sentence in speaking order; sentence `i` is announced by the mark `s<i>`.
    public var sentences: [Sentence] { parts.flatMap(\.sentences) }

    /// The mark name before sentence `index`.
    public static func markName(_ index: Int) -> String { "s\(index)" }

    /// The whole script as one SSML document, one part per line.
    public var ssml: String {
        var lines = ["<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\">"]
        var index = 0
        for part in parts {
            var line = part.pauseBefore > 0 ? SSML.pause(part.pauseBefore) + " " : ""
            line += part.sentences.map { sentence in
                defer { index += 1 }
                // The mark sits outside <s>: eSpeak NG 1.51 drops a mark straight after "." (#920).
                return "<mark name=\"\(Self.markName(index))\"/><s>\(sentence.ssml)</s>"
            }.joined(separator: " ")
            lines.append(line)
        }
        lines.append("</speak>")
        return lines.joined(separator: "\n") + "\n"
    }
}
