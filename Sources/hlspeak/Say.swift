import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak say "text"`: shows how a piece of text is read, and optionally speaks it to a file.
struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how text is read aloud (numbers, units, abbreviations), and optionally speak it.",
        discussion: """
            Prints the text as it will be said, then the SSML eSpeak NG receives. With --output, \
            also writes the audio. The quickest way to try a lexicon or normaliser table entry:
              hlspeak say "Take 500 mg every 4-6 hours"
              hlspeak say "Call 911" --output call.wav
            """)

    @Argument(help: "The text to read.")
    var text: String

    @Option(name: [.short, .long], help: ArgumentHelp("Also write the audio to this file.", valueName: "file"))
    var output: String?

    @OptionGroup var audio: OutputOptions
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let writer = try audio.writer(library: library, for: audio.namedFormat)
            let script = writer.renderer.builder.script(paragraphs: [text])
            print(script.sentences.map { SSML.spokenText($0.ssml) }.joined(separator: " "))
            print(script.ssml, terminator: "")
            guard let output else { return }
            var file = URL(fileURLWithPath: output)
            if file.pathExtension.isEmpty { file.appendPathExtension(writer.format.fileExtension) }
            try AtomicFile.makeFolder(file.deletingLastPathComponent())
            for written in try writer.write(script, sectionID: "say", to: file) {
                print(FilePaths.display(written.audio))
            }
        }
    }
}
