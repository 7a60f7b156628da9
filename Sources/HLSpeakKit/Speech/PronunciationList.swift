/// Every word a voice says in a set of topics, with what eSpeak NG is given for it (the word, or
/// the lexicon's respelling) and the phonemes it says: the list a pronunciation check compares
/// with a dictionary, and staff read to find words to add to the lexicon.
public struct PronunciationList: Sendable {
    public struct Entry: Hashable, Sendable {
        /// The word as the normalised text has it.
        public var word: String
        /// What eSpeak NG is given: the word, or its respelling from the lexicon.
        public var said: String
        /// eSpeak NG's phonemes (its `-x` notation, stress marks included).
        public var phonemes: String
    }

    public var entries: [Entry]

    /// The words of every topic of `content` that `voice` speaks (those in its language).
    public init(content: ContentLibrary, voice: VoiceProfile) throws {
        let primary = { (tag: String) in tag.split(separator: "-").first?.lowercased() }
        try self.init(topics: try content.topicIDs.map { try content.topic($0) }
            .filter { primary($0.language) == primary(voice.language.tag) }, voice: voice)
    }

    /// The words of `topics` (readable) as `voice` says them, each once, in first-seen order.
    public init(topics: [Topic], voice: VoiceProfile) throws {
        let builder = SpeechRenderer(voice: voice).builder
        var seen: Set<String> = []
        var entries: [Entry] = []
        for topic in topics {
            for section in topic.readable(voice.language.sentences).sections {
                for sentence in builder.script(for: section).sentences {
                    for (word, said) in Self.words(inSSML: sentence.ssml) where seen.insert(word).inserted {
                        entries.append(Entry(word: word, said: said,
                                             phonemes: try SpeechEngine.shared.phonemes(for: said, voice: voice)))
                    }
                }
            }
        }
        self.entries = entries
    }

    /// The words of one sentence's SSML: each with its respelling when the lexicon gave one.
    static func words(inSSML ssml: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var rest = Substring(ssml)
        while !rest.isEmpty {
            if rest.hasPrefix("<sub alias=\""), let close = rest.range(of: "\">"), let end = rest.range(of: "</sub>") {
                let alias = SSML.spokenText(String(rest[rest.index(rest.startIndex, offsetBy: 12)..<close.lowerBound]))
                let word = SSML.spokenText(String(rest[close.upperBound..<end.lowerBound]))
                result.append((word, alias))
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<"), let close = rest.firstIndex(of: ">") {
                rest = rest[rest.index(after: close)...]
            } else {
                let text = rest.prefix { $0 != "<" }
                for piece in WordScanner.pieces(of: SSML.spokenText(String(text)), joiningApostrophes: true) {
                    if case .word(let word) = piece, word.contains(where: \.isLetter) { result.append((word, word)) }
                }
                rest = rest.dropFirst(text.count)
            }
        }
        return result
    }
}
