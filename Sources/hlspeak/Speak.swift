import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak <topic> [--section ID]...`: speaks sections to audio files (the default command).
struct Speak: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Speak a topic's sections to audio files (the default command).",
        discussion: """
            Each section is written to out/<topic>/<section-id>.wav (or .ulaw, .sln, .mp3) with \
            captions in a .vtt file beside it, and the paths are printed. Without --section, \
            every top-level section gets its own file. Audio is brought to the voice's loudness \
            target (-23 LUFS, peaks at most -3 dBFS).
            """)

    @Argument(help: "The topic id, such as 'miscarriage' ('hlspeak list' shows them).")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "A section to speak: its id, heading slug or heading text. Repeat for several.",
        valueName: "id"))
    var section: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The file to write for one section, or the folder for several (default: out/<topic>/).",
        valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Print what would be spoken (SSML) instead of writing audio.")
    var script = false

    @OptionGroup var audio: AudioOptions
    @OptionGroup var plain: PlainOption
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let topic = plain.apply(to: try content.topic(self.topic), content: content)
            let writer = try audio.writer(library: library)
            let lookup = SectionLookup(topic)
            let sections = try section.isEmpty ? topic.sections : section.map { query throws in
                try lookup.section(query)
            }
            let outputs = OutputPlan(topic: topic.id, sectionCount: sections.count, output: output,
                                     fileExtension: writer.format.fileExtension)
            if !script {
                try AtomicFile.makeFolder(outputs.folder)
                InterruptCleanup.install(folders: [outputs.folder])
            }
            for section in sections {
                let spoken = writer.renderer.script(for: section)
                if spoken.hasNothingToSay {
                    printError("warning: section '\(section.id)' has nothing to say (only gaps or a "
                        + "lost list); skipped. 'hlspeak check \(topic.id)' shows its gaps.")
                    continue
                }
                if script {
                    print(spoken.ssml, terminator: "")
                    continue
                }
                for file in try writer.write(spoken, sectionID: section.id, to: outputs.file(for: section.id)) {
                    print(FilePaths.display(file.audio))
                }
            }
        }
    }
}

/// Where `speak` writes: `--output` names the file for one section and a folder for several;
/// the default is `out/<topic>/<section-id>.<extension>`.
struct OutputPlan {
    var folder: URL
    var fileExtension: String
    private var singleFile: URL?

    init(topic: String, sectionCount: Int, output: String?, fileExtension: String) {
        self.fileExtension = fileExtension
        guard let output else {
            folder = URL(fileURLWithPath: "out/\(topic)", isDirectory: true)
            return
        }
        if sectionCount == 1 && !output.hasSuffix("/") && !FilePaths.isFolder(URL(fileURLWithPath: output)) {
            let file = URL(fileURLWithPath: output)
            singleFile = file.pathExtension.isEmpty ? file.appendingPathExtension(fileExtension) : file
            folder = file.deletingLastPathComponent()
        } else {
            folder = URL(fileURLWithPath: output, isDirectory: true)
        }
    }

    func file(for sectionID: String) -> URL {
        singleFile ?? folder.appendingPathComponent("\(sectionID).\(fileExtension)")
    }
}
