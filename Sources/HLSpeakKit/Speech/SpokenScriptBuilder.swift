/// Turns a section of the content model into a `SpokenScript`: the title, then the text, with
/// pauses between paragraphs, before headings and between list items; lists read as items;
/// parentheses become pauses; phone numbers read as grouped digits; lexicon words respelled; gaps
/// and list introductions whose list was lost left unsaid (the `readable` topic has none).
public struct SpokenScriptBuilder: Sendable {
    /// Pauses in milliseconds.
    public struct Pauses: Hashable, Sendable {
        public var paragraph = 600
        public var heading = 800
        public var listItem = 400

        public init() {}
    }

    public var lexicon: Lexicon
    /// The language: where sentences end, and how numbers, units and symbols are said.
    public var language: Language
    /// Numbers, units and symbols into words; nil leaves the text as written.
    public var normalizer: SpeechNormalizer?
    public var pauses: Pauses

    /// With `normalizing` false, the text is spoken as written (for measuring the normaliser).
    public init(lexicon: Lexicon = Lexicon(), language: Language, normalizing: Bool = true, pauses: Pauses = Pauses()) {
        self.lexicon = lexicon
        self.language = language
        self.normalizer = normalizing ? language.normalizer : nil
        self.pauses = pauses
    }

    public func script(for section: Section) -> SpokenScript {
        var parts: [SpokenScript.Part] = []
        append(section, to: &parts)
        return SpokenScript(parts: parts)
    }

    /// A script of plain paragraphs with no title: phone-line greetings and menus.
    public func script(paragraphs: [String]) -> SpokenScript {
        var parts: [SpokenScript.Part] = []
        for paragraph in paragraphs {
            let runs = PhoneNumberDetector(language: language).runs(in: paragraph)
            parts.append(.init(kind: .paragraph, sentences: language.sentences.split(runs).map { sentence($0) },
                               pauseBefore: parts.isEmpty ? 0 : pauses.paragraph))
        }
        return SpokenScript(parts: parts)
    }

    private func append(_ section: Section, to parts: inout [SpokenScript.Part]) {
        if !section.title.isEmpty {
            let title = SpokenScript.Sentence(ssml: spokenSentence(MarkupEscaping.ssmlText(section.title)),
                                              text: section.title)
            parts.append(.init(kind: .heading, sentences: [title], pauseBefore: parts.isEmpty ? 0 : pauses.heading))
        }
        // The section is readable: gaps, and list introductions whose list was lost, are gone.
        append(section.blocks, to: &parts)
        for subsection in section.subsections {
            append(subsection, to: &parts)
        }
    }

    private func append(_ blocks: [Block], to parts: inout [SpokenScript.Part]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let sentences = language.sentences.split(paragraph.inlines)
                guard !sentences.isEmpty else { continue }
                parts.append(.init(kind: .paragraph, sentences: sentences.map { sentence($0) },
                                   pauseBefore: parts.isEmpty ? 0 : pauses.paragraph))
            case .list(let list):
                for item in list.items {
                    appendItem(item, to: &parts)
                }
            case .note(let note):
                append(note.blocks, to: &parts)
            case .gap:
                continue
            }
        }
    }

    private func appendItem(_ item: ListItem, to parts: inout [SpokenScript.Part]) {
        for block in item.blocks {
            switch block {
            case .paragraph(let paragraph):
                let sentences = language.sentences.split(paragraph.inlines).map { sentence($0, endingItem: true) }
                guard !sentences.isEmpty else { continue }
                parts.append(.init(kind: .listItem, sentences: sentences, pauseBefore: pauses.listItem))
            default:
                append([block], to: &parts)
            }
        }
    }

    /// A sentence ends in punctuation, so eSpeak NG drops its voice and pauses.
    private func spokenSentence(_ text: String) -> String {
        guard let last = text.last, !".!?:;".contains(last) else { return text }
        return text + "."
    }

    private func sentence(_ runs: [Inline], endingItem: Bool = false) -> SpokenScript.Sentence {
        let ssml = spoken(runs)
        return SpokenScript.Sentence(ssml: endingItem ? spokenSentence(ssml) : ssml, text: runs.plainText)
    }

    /// One sentence's runs as SSML. The normaliser hears the whole sentence's context and
    /// where it ends.
    func spoken(_ runs: [Inline]) -> String {
        var ssml = ""
        let context = normalizer?.context(of: runs.plainText)
        for (index, run) in runs.enumerated() {
            switch run {
            case .text(let text):
                let followedByRun = index + 1 < runs.count
                let words = context.map { normalizer!.normalize(text, in: $0, endsSentence: !followedByRun) } ?? text
                let named = language.lettersByName(in: words, startsSentence: ssml.isEmpty)
                append(spokenText(ParenthesesAsPauses.rewrite(named, atEnd: !followedByRun, afterRun: index > 0)), to: &ssml)
            case .emphasis(let inner):
                ssml += "<emphasis>" + spoken(inner) + "</emphasis>"
            case .link(let inner, _):
                ssml += spoken(inner)
            case .phone(let number):
                append(MarkupEscaping.ssmlText(language.lettersByName(in: PhoneReading.spoken(number), startsSentence: false)), to: &ssml)
            case .abbreviation(let text, _):
                let words = context.map { normalizer!.normalize(text, in: $0, endsSentence: index + 1 == runs.count) } ?? text
                append(spokenText(language.lettersByName(in: words, startsSentence: ssml.isEmpty)), to: &ssml)
            }
        }
        return ParenthesesAsPauses.tidy(ssml)
    }

    /// Joins a spoken run to the SSML before it, with a space where two words would touch
    /// ("R H" + "negative" from "Rh-negative").
    private func append(_ piece: String, to ssml: inout String) {
        if let last = ssml.last, let first = piece.first, (last.isLetter || last.isNumber), (first.isLetter || first.isNumber) {
            ssml += " "
        }
        ssml += piece
    }

    /// Plain text with lexicon words respelled, escaped.
    private func spokenText(_ text: String) -> String {
        WordScanner.pieces(of: text).map { piece in
            switch piece {
            case .word(let word):
                guard let respelling = lexicon.respelling(for: word) else { return MarkupEscaping.ssmlText(word) }
                return "<sub alias=\"\(MarkupEscaping.xml(respelling))\">\(MarkupEscaping.ssmlText(word))</sub>"
            case .other(let other):
                return MarkupEscaping.ssmlText(other)
            }
        }.joined()
    }
}
