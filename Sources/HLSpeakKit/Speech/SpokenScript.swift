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
    public var ssml: String { ssml(of: parts.indices) }

    /// The parts `range` as an SSML document of their own; each sentence keeps the mark of its
    /// place in the whole script. The pause before the next part ends this document rather than
    /// starting the next: eSpeak NG keeps a pause at the end of a document but not at its start,
    /// and so the pieces joined are as long as the whole spoken at once (within 10 ms).
    func ssml(of range: Range<Int>) -> String {
        var lines = ["<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\">"]
        var index = parts[..<range.lowerBound].reduce(0) { $0 + $1.sentences.count }
        for (position, part) in zip(range, parts[range]) {
            let pause = position == range.lowerBound && position > 0 ? 0 : part.pauseBefore
            var line = pause > 0 ? SSML.pause(pause) + " " : ""
            line += part.sentences.map { sentence in
                defer { index += 1 }
                // The mark sits outside <s>: eSpeak NG 1.51 drops a mark straight after "." (#920).
                return "<mark name=\"\(Self.markName(index))\"/><s>\(sentence.ssml)</s>"
            }.joined(separator: " ")
            lines.append(line)
        }
        if range.upperBound < parts.count, parts[range.upperBound].pauseBefore > 0 {
            lines.append(SSML.pause(parts[range.upperBound].pauseBefore))
        }
        lines.append("</speak>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Scripts this long (characters of text) or longer are spoken in two pieces at once.
    static let twoPieceLength = 600

    /// The runs of parts spoken by separate fresh engines, side by side on two cores: the whole
    /// script, or (from `twoPieceLength` characters, with two parts or more) two runs cut at the
    /// part boundary nearest the middle of the text. A pure function of the script, so the same
    /// script is always cut the same way and gives the same samples on any machine.
    var pieces: [Range<Int>] {
        let lengths = parts.map { part in part.sentences.reduce(0) { $0 + $1.text.utf8.count } }
        let total = lengths.reduce(0, +)
        guard parts.count > 1, total >= Self.twoPieceLength else { return [parts.indices] }
        var best = 1
        var before = 0
        var bestDistance = Int.max
        for cut in 1..<parts.count {
            before += lengths[cut - 1]
            let distance = abs(2 * before - total)
            if distance < bestDistance { (best, bestDistance) = (cut, distance) }
        }
        return [0..<best, best..<parts.count]
    }
}
