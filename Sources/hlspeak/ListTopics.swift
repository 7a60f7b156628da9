import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak list [topic]`: the topics, or one topic's section tree.
struct ListTopics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the topics, or a topic's sections with words and spoken time.")

    @Argument(help: "A topic id, such as 'miscarriage'. Without it, every topic is listed.")
    var topic: String?

    @Option(name: .long, help: "The voice whose speed sets the spoken-time estimate.")
    var voice: String = "default"

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            guard let topicID = topic else {
                listTopics(content)
                return
            }
            let topic = try content.topic(topicID)
            let renderer = SpeechRenderer(voice: try library.voiceLibrary().profile(named: voice))
            print("\(topic.title) (\(topic.id))")
            let rows = topic.allSections.map { section in
                (id: String(repeating: "  ", count: section.level - 1) + section.id, section: section)
            }
            let idWidth = max(2, rows.map(\.id.count).max() ?? 0)
            let titleWidth = max(5, rows.map(\.section.title.count).max() ?? 0)
            print(pad("id", idWidth) + "  " + pad("title", titleWidth) + "  words  spoken")
            for row in rows {
                let words = String(row.section.wordCount)
                let time = Self.minutesAndSeconds(renderer.estimatedDuration(of: row.section))
                print(pad(row.id, idWidth) + "  " + pad(row.section.title, titleWidth) + "  "
                    + String(repeating: " ", count: max(0, 5 - words.count)) + words + "  " + time)
            }
        }
    }

    private func listTopics(_ content: ContentLibrary) {
        let files = content.topicFiles()
        if files.isEmpty {
            print("No topics in \(content.directory.path); add a TOPIC.md file there.")
        }
        for file in files {
            let id = file.deletingPathExtension().lastPathComponent
            let reading = content.reader.read(contentsOf: file, file: FilePaths.display(file))
            if let topic = reading.topic, reading.diagnostics.errors.isEmpty {
                print("\(id)  \(topic.title)  (\(topic.sections.count) sections)")
            } else {
                print("\(id)  (has errors: run 'hlspeak check \(id)')")
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }

    static func minutesAndSeconds(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
