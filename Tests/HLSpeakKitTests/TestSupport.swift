import Foundation
@testable import HLSpeakKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let contentFolder = packageRoot.appendingPathComponent("Content")
    static let voicesFolder = packageRoot.appendingPathComponent("Voices")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The language data that comes with hlspeak, and English from it.
    static let languages = try! LanguageLibrary()
    static let english = try! languages.language("en-US")
    static var sentences: SentenceBoundary { english.sentences }
    /// English negations, number words, articles and the like, for the simplifier's rules.
    static let classes = WordClasses(english.tables)

    static func miscarriage() throws -> Topic {
        try ContentLibrary(directory: contentFolder).topic("miscarriage")
    }

    static func voice(_ name: String = "default") throws -> VoiceProfile {
        try VoiceLibrary(directory: voicesFolder).profile(named: name)
    }

    /// What a writer is given for `topic` (made readable): `sections`, or the whole topic.
    static func document(_ topic: Topic, _ sections: [String] = [], library: LibraryInfo = LibraryInfo()) throws -> ExportDocument {
        try ExportDocument(topic: topic.readable(sentences, missing: library.missingContent ?? english.word("missing.content")), language: english, library: library, sectionIDs: sections)
    }

    /// Reads a topic written inline in a test.
    static func read(_ text: String, file: String = "test.md") -> TopicReading {
        TopicReader(languages: languages).read(data: Data(text.utf8), file: file, defaultID: "test")
    }

    /// A fresh folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hlspeak-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension PlainWords {
    /// These word lists, read with English negations, number words and articles.
    var inEnglish: PlainWords {
        var words = self
        words.classes = TestSupport.classes
        return words
    }
}
