import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak phone-line <topic>`: a ready-to-load prompt set for a phone system.
struct PhoneLine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phone-line",
        abstract: "Write a topic as phone-line prompts: intro, menus, one prompt per section, manifest, Asterisk dialplan.",
        discussion: """
            Files go to out/<topic>/phone-line/ in the phone voice's codec (8 kHz mu-law WAV unless \
            --codec says otherwise): intro (greeting and disclaimer), menu (and menu-2… when there \
            are more than five choices), one prompt per section, closing, each with captions \
            (.vtt); manifest.json lists every prompt's file, keys, text, duration and size; \
            extensions.conf is an Asterisk dialplan that plays them.
            """)

    @Argument(help: "The topic id, such as 'miscarriage'.")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write (default: out/<topic>/phone-line/).",
                                                      valueName: "dir"))
    var output: String?

    @OptionGroup var audio: OutputOptions
    @OptionGroup var plain: PlainOption
    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if let format = audio.format, format != .one(.phone) {
            throw ValidationError("a phone line is written in a telephone format; drop --format or use --codec")
        }
    }

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let topic = plain.apply(to: try content.topic(self.topic), library: library)
            let writer = PhoneLineWriter(audio: try audio.writer(library: library, for: .phone), library: content.info)
            let folder = URL(fileURLWithPath: output ?? "out/\(topic.id)/phone-line", isDirectory: true)
            try AtomicFile.makeFolder(folder)
            InterruptCleanup.install(folders: [folder])
            try writer.write(topic, to: folder) { file in print(FilePaths.display(file)) }
        }
    }
}
