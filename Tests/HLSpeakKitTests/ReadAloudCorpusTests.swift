import Foundation
import Testing
@testable import HLSpeakKit

/// The read-aloud corpora: written health text and exactly what the normaliser must say for it,
/// by category (doses, frequencies, units, lab values, vital signs, ranges, times, dates, phone
/// numbers, addresses, abbreviations, symbols, ordinals, fractions, acronyms, and what is left
/// alone), each checked exactly and through eSpeak NG's phonemes.
@Suite struct ReadAloudCorpusTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var category: String
        var written: String
        var spoken: String
        var testDescription: String { "\(file):\(line) [\(category)] \(written)" }
    }

    static func pairs(_ name: String) -> [Pair] {
        let url = TestSupport.fixtures.appendingPathComponent(name)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var category = ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            if line.hasPrefix("#") { category = line.dropFirst().trimmingCharacters(in: .whitespaces); return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2 else { return nil }
            return Pair(file: name, line: index + 1, category: category, written: fields[0], spoken: fields[1])
        }
    }

    static let corpus = pairs("read-aloud-en-US.tsv")
    static let heldOut = pairs("read-aloud-en-US-heldout.tsv")

    @Test func theCorpusIsLargeAndCoversEveryCategory() {
        #expect(Self.corpus.count >= 400)
        let categories = Set(Self.corpus.map { $0.category.lowercased() })
        for needed in ["doses", "frequencies", "units", "lab values", "vital signs", "ranges", "times", "dates",
                       "phone numbers", "urls and emails", "abbreviations", "symbols", "ordinals", "fractions", "acronyms"] {
            #expect(categories.contains { $0.hasPrefix(needed) }, "\(needed)")
        }
    }

    @Test(arguments: corpus + heldOut)
    func readsAsWritten(pair: Pair) throws {
        #expect(TestSupport.english.normalizer.spokenText(pair.written) == pair.spoken)
    }

    /// eSpeak NG's own reading of each sentence, as speech hands it over, says no "slash",
    /// "dash" or "hyphen" outside web addresses, and says a capital letter that stands alone
    /// ("A M", "vitamin A") as the letter, never as the article "uh".
    @Test(arguments: corpus + heldOut)
    func eSpeakSaysNoPunctuationNames(pair: Pair) throws {
        let script = SpokenScriptBuilder(language: TestSupport.english).script(paragraphs: [pair.written])
        let phonemes = try SpeechEngine.shared.phonemes(for: SSML.spokenText(script.ssml), voice: try TestSupport.voice())
        if !pair.category.lowercased().hasPrefix("urls"), !pair.spoken.contains(" dash "), !pair.spoken.contains(" slash ") {
            for name in ["d'aS", "sl'aS", "h'aIf@n"] { #expect(!phonemes.contains(name), "\(name) in \(phonemes)") }
        }
        let words = pair.spoken.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.dropFirst().contains("A"), !words.contains("a") {
            // eSpeak NG's weak "a" is the phoneme word "a#" ("uh").
            #expect(!phonemes.split(separator: " ").contains("a#"), "a letter A said as the article: \(phonemes)")
        }
    }
}

extension ReadAloudCorpusTests {
    /// With HLSPEAK_DUMP_READ_ALOUD set to a path, writes every mismatch there (for working on
    /// the normaliser); otherwise does nothing.
    @Test func dumpMismatchesWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["HLSPEAK_DUMP_READ_ALOUD"] else { return }
        var lines: [String] = []
        for pair in Self.corpus + Self.heldOut + SpeechNormalizerTests.corpus.map({
            Pair(file: "normalizer-corpus.tsv", line: $0.line, category: "", written: $0.written, spoken: $0.spoken)
        }) {
            let actual = TestSupport.english.normalizer.spokenText(pair.written)
            if actual != pair.spoken {
                lines.append("\(pair.file):\(pair.line) [\(pair.category)]\n  W: \(pair.written)\n  E: \(pair.spoken)\n  A: \(actual)")
            }
        }
        try (lines.joined(separator: "\n") + "\n\(lines.count) mismatches\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
