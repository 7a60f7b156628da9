import Foundation
import Testing
@testable import HLSpeakKit

/// The normaliser against a corpus of written health text and what must be said for it.
@Suite struct SpeechNormalizerTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var line: Int
        var written: String
        var spoken: String
        var testDescription: String { "line \(line): \(written)" }
    }

    static let corpus: [Pair] = {
        let url = TestSupport.fixtures.appendingPathComponent("normalizer-corpus.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == 2 ? Pair(line: index + 1, written: fields[0], spoken: fields[1]) : nil
        }
    }()

    static func normalizer() throws -> SpeechNormalizer { try TestSupport.voice().language.normalizer }

    @Test func corpusIsLargeAndWellFormed() throws {
        #expect(Self.corpus.count >= 150)
        let text = try String(contentsOf: TestSupport.fixtures.appendingPathComponent("normalizer-corpus.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == Self.corpus.count, "every line is written<TAB>spoken")
    }

    @Test(arguments: corpus)
    func readsAsANurseWould(pair: Pair) throws {
        let spoken = try Self.normalizer().spokenText(pair.written)
        #expect(spoken == pair.spoken)
    }

    /// eSpeak NG's own reading of the normalised text says no "dash", "slash" or "hyphen", and
    /// reads no digit group as a large number.
    @Test(arguments: corpus)
    func eSpeakSaysNoDashSlashOrBigNumber(pair: Pair) throws {
        let voice = try TestSupport.voice()
        let phonemes = try SpeechEngine.shared.phonemes(for: try Self.normalizer().spokenText(pair.written), voice: voice)
        for reading in Self.forbidden where !(Self.numberWords[reading].map(pair.spoken.contains) ?? false) {
            #expect(!phonemes.contains(reading), "\(reading) in \(phonemes)")
        }
    }

    static let forbidden = ["d'aS", "sl'aS", "h'aIf@n", "h'Vndr", "T'aUz@nd", "m'Ili@n"]

    @Test func theControlsShowTheCheckCanFail() throws {
        let voice = try TestSupport.voice()
        let raw = try SpeechEngine.shared.phonemes(for: "Rest 3-5 days, call 911, see cdc.gov/flu, 1,250,000", voice: voice)
        for reading in Self.forbidden where reading != "h'aIf@n" {
            #expect(raw.contains(reading), "eSpeak alone says \(reading): \(raw)")
        }
    }

    /// Number words the expected text may say itself ("one hundred four pages").
    static let numberWords = ["h'Vndr": "hundred", "T'aUz@nd": "thousand", "m'Ili@n": "million"]

    /// A temporary language folder holding a copy of the en-US data, to change and load.
    static func copyOfEnglish() throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        let english = TestSupport.languages.folder.appendingPathComponent("en-US")
        try FileManager.default.copyItem(at: english, to: folder.appendingPathComponent("en-US"))
        return folder
    }

    @Test func tablesLoadWithLineNumbersForBadRows() throws {
        let folder = try Self.copyOfEnglish()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# comment\nBP\n".write(to: folder.appendingPathComponent("en-US/abbreviations.tsv"), atomically: true, encoding: .utf8)
        let error = #expect(throws: LanguageError.self) { try LanguageLibrary(folder: folder).language("en-US") }
        #expect(error?.description.contains("abbreviations.tsv:2") == true)
        #expect(error?.description.contains("2 columns") == true)
    }

    /// A message's placeholders are filled in one pass: each one given, wherever and however
    /// often it appears; a value is never read again for placeholders; others stay as written.
    @Test func messagesFillTheirPlaceholdersOnce() throws {
        var tables = try TestSupport.languages.language("en-US").tables
        tables.words["test.message"] = "{a} and {b}, {a}; {missing} { {b"
        let language = Language(tag: "en-US", tables: tables, numbers: .english)
        #expect(language.message("test.message", ["a": "one", "b": "{a}"]) == "one and {a}, one; {missing} { {b")
        #expect(language.message("date.long", ["month": "July", "day": "15", "year": "2025"]) == "July 15, 2025")
    }

    /// Fields are cut at tabs and lose the spaces around them; blank and comment lines are
    /// skipped but counted; a field of only spaces is an error on its own line.
    @Test func tableFieldsAreTrimmedAndEmptyOnesNamed() throws {
        let folder = try Self.copyOfEnglish()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("en-US/abbreviations.tsv")
        try "# comment\n\n  BP \t blood pressure  \n\t\n".write(to: table, atomically: true, encoding: .utf8)
        #expect(try LanguageLibrary(folder: folder).language("en-US").tables.abbreviations == ["BP": "blood pressure"])
        try "BP\tblood pressure\n   # indented comment\nIV\t   \n".write(to: table, atomically: true, encoding: .utf8)
        let error = #expect(throws: LanguageError.self) { try LanguageLibrary(folder: folder).language("en-US") }
        #expect(error?.description.contains("abbreviations.tsv:3") == true)
        #expect(error?.description.contains("found 2") == true)
    }

    @Test func aChangeToAnyLanguageTableChangesTheLanguagesFingerprint() throws {
        let folder = try Self.copyOfEnglish()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try LanguageLibrary(folder: folder).language("en-US").fingerprint
        #expect(original == (try LanguageLibrary(folder: folder).language("en-US").fingerprint), "the same data, the same fingerprint")
        for file in ["words.tsv", "calendar.tsv", "symbols.tsv"] {
            let url = folder.appendingPathComponent("en-US/\(file)")
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + "# one more comment\n").write(to: url, atomically: true, encoding: .utf8)
            #expect(try LanguageLibrary(folder: folder).language("en-US").fingerprint != original, "\(file) is part of it")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        // A line moved from the end of one table to the start of the next one read (symbols.tsv,
        // then sentences.tsv) is a change too.
        let words = folder.appendingPathComponent("en-US/symbols.tsv"), sentences = folder.appendingPathComponent("en-US/sentences.tsv")
        let wordsText = try String(contentsOf: words, encoding: .utf8), sentencesText = try String(contentsOf: sentences, encoding: .utf8)
        try (wordsText + "# moved\n").write(to: words, atomically: true, encoding: .utf8)
        let before = try LanguageLibrary(folder: folder).language("en-US").fingerprint
        try wordsText.write(to: words, atomically: true, encoding: .utf8)
        try ("# moved\n" + sentencesText).write(to: sentences, atomically: true, encoding: .utf8)
        #expect(try LanguageLibrary(folder: folder).language("en-US").fingerprint != before)
    }

    @Test func everyMiscarriageScriptHasNoDashMGOrDegreesF() throws {
        let renderer = SpeechRenderer(voice: try TestSupport.voice())
        for section in try TestSupport.miscarriage().allSections {
            let ssml = renderer.script(for: section).ssml
            let spoken = SSML.spokenText(ssml)
            for bad in [" dash ", "M G", "degrees F ", "mg", "°"] {
                #expect(!spoken.contains(bad), "\(section.id): \(bad)")
            }
        }
        let credits = renderer.script(for: try SectionLookup(try TestSupport.miscarriage()).section("credits")).ssml
        #expect(credits.contains("twenty twenty-four to twenty twenty-five"))
    }
}
