import Foundation

/// Turns written health text into what a nurse would say: numbers, ranges, units, dates, times,
/// doses and their shorthand, abbreviations, symbols, web addresses and extensions in words, so
/// eSpeak NG never says "five hundred M G", "three dash five" or "nine hundred eleven". Anything
/// it does not recognise passes through unchanged.
///
/// It works one sentence at a time and is told where the sentence ends: an abbreviation's dot at
/// the end is the sentence's full stop, and medical shorthand such as "PO" is read as a route
/// ("by mouth") only in a sentence about a dose. Every word it uses comes from the language's
/// data; the grammar of numbers is the language's `NumberGrammar`.
public struct SpeechNormalizer: Hashable, Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// What the normaliser needs to know about the sentence a piece of text belongs to.
    public struct SentenceContext: Hashable, Sendable {
        /// The sentence is about a dose ("Take 1 tablet…", "…BID"): route and timing shorthand
        /// is read as such.
        public var dosing: Bool
        /// The sentence and its tokens, reused when a piece is the whole sentence.
        var sentence = ""
        var tokens: [TextToken] = []
    }

    /// The context of the sentence whose whole text is `sentence`.
    public func context(of sentence: String) -> SentenceContext {
        let tokens = TextTokenizer.tokens(sentence)
        return SentenceContext(dosing: NormalizationPass.isDosing(tokens, language: language), sentence: sentence, tokens: tokens)
    }

    /// A piece of one sentence as it should be spoken; `endsSentence` when nothing of the
    /// sentence follows it.
    public func normalize(_ text: String, in context: SentenceContext, endsSentence: Bool = true) -> String {
        let spoken = AddressReading.pieces(of: text).map { piece -> String in
            switch piece {
            case .address(let address): return " " + AddressReading.spoken(address, language: language) + " "
            case .text(let words):
                let tokens = words == context.sentence ? context.tokens : TextTokenizer.tokens(words)
                var pass = NormalizationPass(tokens: tokens, language: language, dosing: context.dosing,
                                             endsSentence: endsSentence)
                return pass.run()
            }
        }.joined().collapsingSpaces(keepingEnds: text)
        return language.numbers.agreeing(spoken, in: language)
    }

    /// One whole sentence as it should be spoken.
    public func normalize(_ sentence: String) -> String {
        normalize(sentence, in: context(of: sentence))
    }

    /// Free text (typed by staff, or a line of a table) as it should be spoken: cut into
    /// sentences, each read with its phone numbers as grouped digits.
    public func spokenText(_ text: String) -> String {
        language.sentences.split(PhoneNumberDetector(language: language).runs(in: text)).map { sentence -> String in
            let context = context(of: sentence.plainText)
            return sentence.enumerated().map { index, run -> String in
                switch run {
                case .phone(let number): PhoneReading.spoken(number)
                default: normalize(run.plainText, in: context, endsSentence: index == sentence.count - 1)
                }
            }.joined()
        }.joined(separator: " ")
    }
}

extension String {
    /// Runs of spaces made one, none before closing punctuation; a space at either end of
    /// `original` kept as one (the text may sit between other runs).
    func collapsingSpaces(keepingEnds original: String) -> String {
        let closing: [Unicode.Scalar] = [",", ".", ";", ":", "!", "?", ")"]
        // A function, not the key path `\.isSpaceOrLineBreak`: applying a key path is a call
        // into the runtime for every scalar.
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.isSpaceOrLineBreak }
        // Collected as UTF-8 bytes and made a string once (appending to a string a scalar at a
        // time cost ~400 instructions a scalar), with the last scalar written kept beside them.
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 2)
        var last: Unicode.Scalar?
        func append(_ scalar: Unicode.Scalar) {
            if scalar.isASCII { result.append(UInt8(scalar.value)) } else { result.append(contentsOf: UTF8.encode(scalar)!) }
            last = scalar
        }
        if let first = original.unicodeScalars.first, isWhitespace(first) { append(" ") }
        var pendingSpace = false
        var written = false  // anything but the leading space
        for scalar in unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = written
                continue
            }
            written = true
            if pendingSpace && !closing.contains(scalar) && last != "(" { append(" ") }
            if scalar == "," && last == "," { pendingSpace = false; continue }
            pendingSpace = false
            append(scalar)
        }
        if let end = original.unicodeScalars.last, isWhitespace(end), last != " ", last != nil { append(" ") }
        return String(decoding: result, as: UTF8.self)
    }
}
