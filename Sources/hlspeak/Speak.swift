import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak <topic> [--section ID]...`: speaks sections to WAV files (the default command).
struct Speak: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Speak a topic's sections to WAV files (the default command).",
        discussion: """
            Each section is written to out/<topic>/<section-id>.wav and its path printed. \
            Without --section, every top-level section gets its own file.
            """)

    @Argument(help: "The topic id, such as 'miscarriage' ('hlspeak list' shows them).")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "A section to speak: its id, heading slug or heading text. Repeat for several.",
        valueName: "id"))
    var section: [String] = []

    @Option(name: .long, help: "The voice profile from the voices folder.")
    var voice: String = "default"

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The file to write for one section, or the folder for several (default: out/<topic>/).",
        valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Print what would be spoken (SSML) instead of writing audio.")
    var script = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let topic = try library.contentLibrary().topic(self.topic)
            let renderer = SpeechRenderer(voice: try library.voiceLibrary().profile(named: voice))
            let lookup = SectionLookup(topic)
            let sections = try section.isEmpty ? topic.sections : section.map { query throws in
                try lookup.section(query)
            }
            let outputs = OutputPlan(topic: topic.id, sectionCount: sections.count, output: output)
            if !script {
                try AtomicFile.makeFolder(outputs.folder)
                InterruptCleanup.install(folders: [outputs.folder])
            }
            for section in sections {
                let spoken = renderer.script(for: section)
                if spoken.hasNothingToSay {
                    printError("warning: section '\(section.id)' has nothing to say (only gaps or a "
                        + "lost list); skipped. 'hlspeak check \(topic.id)' shows its gaps.")
                    continue
                }
                if script {
                    print(spoken.ssml, terminator: "")
                    continue
                }
                let destination = outputs.file(for: section.id)
                try SoundFile.write(try renderer.audio(for: spoken), to: destination)
                print(FilePaths.display(destination))
            }
        }
    }
}

/// Where `speak` writes: `--output` names the file for one section and a folder for several;
/// the default is `out/<topic>/<section-id>.wav`.
struct OutputPlan {
    var folder: URL
    private var singleFile: URL?

    init(topic: String, sectionCount: Int, output: String?) {
        guard let output else {
            folder = URL(fileURLWithPath: "out/\(topic)", isDirectory: true)
            return
        }
        if sectionCount == 1 && !output.hasSuffix("/") && !FilePaths.isFolder(URL(fileURLWithPath: output)) {
            let file = URL(fileURLWithPath: output)
            singleFile = file.pathExtension.isEmpty ? file.appendingPathExtension("wav") : file
            folder = file.deletingLastPathComponent()
        } else {
            folder = URL(fileURLWithPath: output, isDirectory: true)
        }
    }

    func file(for sectionID: String) -> URL {
        singleFile ?? folder.appendingPathComponent("\(sectionID).wav")
    }
}
