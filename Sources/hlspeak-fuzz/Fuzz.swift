import Foundation
@testable import HLSpeakKit
#if FUZZING
import CFuzzer
#endif

// hlspeak-fuzz: the topic reader and the speech normaliser under a coverage-guided fuzzer.
// `make fuzz` builds it with libFuzzer (-sanitize=fuzzer -DFUZZING) and runs it on the seed
// corpus in Tests/Fuzz/corpus; built normally (as `swift build` does), it replays the files
// named on its command line, so the target always compiles and the corpus can be rechecked.

/// What one input goes through: read as a topic file; if it reads, made readable and written as
/// a spoken script, HTML and text, and simplified (every word swap and sentence rule); every
/// paragraph through the sentence splitter and the normaliser; and the whole input as typed text
/// for `hlspeak say`.
enum FuzzTarget {
    static let languages = try! LanguageLibrary()
    static let language = try! languages.language("en-US")
    /// The language's own word lists (the content folder does not exist: no library additions).
    static let simplifier = Simplifier(words: PlainWords.load(from: URL(fileURLWithPath: "/nonexistent"), language: language),
                                       sentences: language.sentences)

    static func run(_ data: Data) {
        let reading = TopicReader(languages: languages).read(data: data, file: "fuzz.md", defaultID: "fuzz")
        let builder = SpokenScriptBuilder(language: language)
        if let topic = reading.topic, reading.diagnostics.errors.isEmpty {
            let readable = topic.readable(language.sentences)
            for section in readable.sections { _ = builder.script(for: section).ssml }
            _ = simplifier.simplify(readable)
            if let document = try? ExportDocument(topic: readable, language: language, library: LibraryInfo(), sectionIDs: []) {
                _ = HTMLWriter().page(for: document)
                _ = ScreenTextWriter(width: 40).text(for: document)
            }
            for runs in readable.sections.flatMap({ $0.blocks.paragraphs }) {
                for sentence in language.sentences.split(runs) { _ = language.normalizer.normalize(sentence.plainText) }
            }
        }
        if let text = try? TextFile.clean(data) {
            _ = language.normalizer.spokenText(text)
            _ = builder.script(for: Topic(saying: text, language: language).sections[0]).ssml
        }
    }
}

#if FUZZING
/// The entry libFuzzer's driver knows by name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzTarget.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

@main
struct Fuzz {
    /// libFuzzer's driver with our target; its options and corpus folders come from the command line.
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOne(bytes, count) })
    }
}
#else
@main
struct Replay {
    static func main() {
        let files = CommandLine.arguments.dropFirst().flatMap { path -> [URL] in
            let url = URL(fileURLWithPath: path)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.isEmpty ? [url] : names.sorted().map { url.appendingPathComponent($0) }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            FuzzTarget.run(data)
        }
        print("replayed \(files.count) inputs")
    }
}
#endif
