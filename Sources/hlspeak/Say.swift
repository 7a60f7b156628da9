import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak say "text"`: shows how a piece of text is read, and optionally speaks it to a file.
struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Show how text is read aloud (numbers, units, abbreviations), and optionally speak it.",
        discussion: """
            Prints the text as it will be said, then the SSML eSpeak NG receives. With --output, \
            also writes the audio. The quickest way to try a lexicon or normaliser table entry.

            Examples:
              hlspeak say "Take 500 mg every 4-6 hours"
              hlspeak say "Call 911" --output call.wav
            """)

    @Argument(help: "The text to read.")
    var text: String

    @Option(name: [.short, .long], help: ArgumentHelp("Also write the audio to this file.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("wav, phone or mp3 (default: wav, or the voice's codec for a phone voice).",
                                            valueName: "format"))
    var format: ExportFormat?

    @OptionGroup var audio: AudioOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let exporter = try library.exporter(plain: false, topics: false)
            var choice = ExportChoice.typedText
            if let format { choice.formats = .some([format]) }
            audio.apply(to: &choice)
            let spoken = try exporter.spokenForm(of: text, choice: choice)
            print(spoken.text)
            print(spoken.ssml, terminator: "")
            guard let output else { return }
            report(try exporter.export(spoken, to: URL(fileURLWithPath: output)))
        }
    }
}
