import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak list [topic]`: the topics, or one topic's section tree.
struct ListTopics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the topics, or a topic's sections with words and spoken time.",
        discussion: """
            The spoken time is worked out from what the voice will say (numbers and addresses in \
            words, pauses included) without speaking it: within a few percent of the audio.

            Examples:
              hlspeak list
              hlspeak list miscarriage --voice slow
            """)

    @Argument(help: "A topic id, such as 'miscarriage'. Without it, every topic is listed.")
    var topic: String?

    @Option(name: .long, help: "The voice whose speed sets the spoken-time estimate (default: the topic's language's usual voice).")
    var voice: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let lines = try topic.map { id in
                let topic = try content.topic(id)
                return try TopicListing.sections(of: topic, voicesFolder: library.voicesFolder, voice: voice,
                                                 language: try content.language(of: topic))
            } ?? TopicListing.topics(in: content)
            lines.forEach { print($0) }
        }
    }
}
