import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak pronunciations [topic...]`: every word a voice says, and the phonemes it says it with.
struct Pronunciations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pronunciations",
        abstract: "List every word the topics say, with what eSpeak NG is given and its phonemes (for the lexicon).",
        discussion: """
            One line per word: the word, what eSpeak NG is given for it (the word, or the \
            lexicon's respelling), and eSpeak NG's phonemes, separated by tabs. \
            scripts/pronunciation-check compares them with a dictionary.

            Examples:
              hlspeak pronunciations miscarriage
              hlspeak pronunciations --voice slow
            """)

    @Argument(help: "Topic ids (default: every topic in the voice's language).")
    var topics: [String] = []

    @Option(name: .long, help: ArgumentHelp("The voice profile.", valueName: "name"))
    var voice = VoiceLibrary.defaultVoice

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let profile = try library.voiceLibrary().profile(named: voice)
            let list = topics.isEmpty ? try PronunciationList(content: content, voice: profile)
                : try PronunciationList(topics: try topics.map { try content.topic($0) }, voice: profile)
            for entry in list.entries { print("\(entry.word)\t\(entry.said)\t\(entry.phonemes)") }
        }
    }
}
