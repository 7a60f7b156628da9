import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak voices`: the voice profiles, and a sample of one.
struct Voices: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voices",
        abstract: "List the voice profiles (speed, language, eSpeak NG voice, what they write), or hear a sample of one.",
        discussion: """
            Examples:
              hlspeak voices
              hlspeak voices --say "Call us at 555-0100 if the bleeding is heavy." --voice slow
            """)

    @Option(name: .long, help: ArgumentHelp("Speak this text with --voice to a sample file.", valueName: "text"))
    var say: String?

    @Option(name: .long, help: ArgumentHelp("The voice for --say.", valueName: "name"))
    var voice = VoiceLibrary.defaultVoice

    @Option(name: [.short, .long], help: ArgumentHelp("The sample file (default: voice-NAME.wav).", valueName: "file"))
    var output: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let voices = try library.voiceLibrary()
            guard let say else {
                for line in VoiceListing.lines(voices) { print(line) }
                return
            }
            let exporter = try library.exporter(plain: false, topics: false)
            var choice = ExportChoice.typedText
            choice.voice = voice
            let spoken = try exporter.spokenForm(of: say, choice: choice)
            report(try exporter.export(spoken, to: output.map { URL(fileURLWithPath: $0) } ?? OutputName.voiceSample(voice)))
        }
    }
}
