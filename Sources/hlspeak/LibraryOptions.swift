import ArgumentParser
import Foundation
import HLSpeakKit

/// Where content and voices live: `--content` and `--voices`, else `HLSPEAK_CONTENT` and
/// `HLSPEAK_VOICES`, else `Content` and `Voices` in this folder or the nearest folder above it
/// that has them (as git finds its repository), else, for voices, the ones installed with
/// hlspeak (`PREFIX/share/hlspeak/Voices`).
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of topic files.", valueName: "dir"))
    var content: String?

    @Option(name: .long, help: ArgumentHelp("The folder of voice profiles.", valueName: "dir"))
    var voices: String?

    var contentFolder: URL { folder(content, environment: "HLSPEAK_CONTENT", fallback: "Content") }
    var voicesFolder: URL { folder(voices, environment: "HLSPEAK_VOICES", fallback: "Voices") }

    func contentLibrary() throws -> ContentLibrary {
        try ContentLibrary(directory: contentFolder)
    }

    func voiceLibrary() throws -> VoiceLibrary {
        try VoiceLibrary(directory: voicesFolder)
    }

    /// The language `topic` is written in.
    func language(of topic: Topic) throws -> Language {
        try LanguageLibrary().language(topic.language)
    }

    /// The exporter over this content and these voices (the voices only if the folder is there:
    /// documents need none). With `plain`, the word lists are read now, their problems reported.
    /// `topics`: false for work on typed text (`say`), which runs without a content folder.
    func exporter(plain: Bool, topics: Bool = true) throws -> Exporter {
        let exporter = try Exporter(contentFolder: contentFolder, voicesFolder: voicesFolder, typedText: !topics)
        if plain { _ = plainWords(language: nil) }
        exporter.useWorkers(Self.executable)
        return exporter
    }

    /// This program's file.
    static var executable: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
    }

    private func folder(_ option: String?, environment: String, fallback: String) -> URL {
        let given = option ?? ProcessInfo.processInfo.environment[environment].flatMap { $0.isEmpty ? nil : $0 }
        return FilePaths.libraryFolder(named: fallback, given: given,
                                       installed: fallback == "Voices" ? Self.executable : nil)
    }
}

extension LibraryOptions {
    /// The topic `argument` names, or a plain-text draft (`.txt`, or `-` for standard input).
    func topicOrTextFile(_ argument: String) throws -> Topic {
        try PlainTextDraft.isDraft(argument) ? PlainTextDraft.topic(at: argument) : contentLibrary().topic(argument)
    }
}
