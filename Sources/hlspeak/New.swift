import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak new TOPIC --title "…"`: a new topic file from the commented template.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new topic: Content/TOPIC.md from a template that explains every field.",
        discussion: """
            The file passes 'hlspeak check' as it is; replace its words with the topic's own.

            Examples:
              hlspeak new sore-throat --title "Sore Throat"
              hlspeak new flu --title "Flu: What to Expect" --content ../library/Content
            """)

    @Argument(help: "The topic id: lower-case letters, digits and dashes (it names the file).")
    var topic: String

    @Option(name: .long, help: ArgumentHelp("The title patients see.", valueName: "text"))
    var title: String

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let file = try ContentLibrary.createTopic(id: topic, title: title, in: library.contentFolder)
            print(FilePaths.display(file))
        }
    }
}
