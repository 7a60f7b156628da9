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
            --codec says otherwise; another codec or voice gets its own folder, such as \
            phone-line.pcm8k/): intro (greeting and disclaimer), menu (and menu-2… when there \
            are more than five choices), one prompt per section, closing, each with captions \
            (.vtt); manifest.json lists every prompt's file, keys, text, duration and size; \
            extensions.conf is an Asterisk dialplan that plays them.

            Examples:
              hlspeak phone-line miscarriage
              hlspeak phone-line miscarriage --codec pcm -o /var/lib/asterisk/sounds/hlspeak/miscarriage
            """)

    @Argument(help: "The topic id, such as 'miscarriage'.")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write (default: out/<topic>/phone-line/).",
                                                      valueName: "dir"))
    var output: String?

    @OptionGroup var audio: AudioOptions
    @OptionGroup var plain: PlainOption
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            var choice = ExportChoice(topic: topic)
            choice.formats = .some([.phoneLine])
            choice.plain = plain.plain
            audio.apply(to: &choice)
            choice.output = output
            let exporter = try library.exporter(plain: plain.plain)
            let plan = try planned(choice, with: exporter)
            try write(plan, with: exporter)
        }
    }
}
