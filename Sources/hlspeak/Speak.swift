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

    @OptionGroup var audio: OutputOptions
    @OptionGroup var plain: PlainOption
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let topic = plain.apply(to: try content.topic(self.topic), library: library)
            let asked = try SectionLookup(topic).sections(section)
            let sections = asked.filter(ReadableBlocks.hasContent)
            let skipped = asked.filter { !ReadableBlocks.hasContent($0) }.map(\.id)
            if sections.isEmpty && !skipped.isEmpty {
                throw ContentError.nothingToWrite(sections: skipped, topic: topic.id)
            }
            for id in skipped {
                printError("warning: section '\(id)' has only gaps (text the source lost); skipped. "
                    + "'hlspeak check \(topic.id)' lists them.")
            }
            let formats = audio.formats
            let outputs = OutputPlan(topic: topic.id, single: sections.count == 1 && formats.count == 1, output: output)
            if script {
                let renderer = try audio.writer(library: library, for: audio.namedFormat).renderer
                for script in sections.map(renderer.script(for:)) where !script.hasNothingToSay {
                    print(script.ssml, terminator: "")
                }
                return
            }
            try AtomicFile.makeFolder(outputs.folder)
            InterruptCleanup.install(folders: [outputs.folder])
            var options = ExportOptions(plain: plain.plain)
            options.size = audio.size
            options.paper = audio.paper.rawValue
            options.brailleGrade = audio.brailleGrade
            options.cells = audio.cells
            options.lines = audio.lines
            let exporter = Exporter(content: content, voices: try library.voiceLibrary(needed: formats.contains(where: \.isAudio)),
                                    options: options,
                                    output: outputs.folder)
            for format in formats {
                let suffix = format == .phone && formats.count > 1 ? "-phone" : ""
                if format.isAudio {
                    let writer = try audio.writer(library: library, for: audio.format == nil && audio.codec == nil ? nil : format)
                    for section in sections {
                        let spoken = writer.renderer.script(for: section)
                        if spoken.hasNothingToSay { continue }
                        let file = outputs.file(for: section.id + suffix, ending: "." + writer.format.fileExtension)
                        for written in try writer.write(spoken, sectionID: section.id, to: file) {
                            print(FilePaths.display(written.audio))
                        }
                    }
                } else {
                    let document = format
                    let ending = document.fileEnding(audio: nil)
                    for section in sections {
                        let file = outputs.file(for: section.id, ending: ending)
                        guard let written = try exporter.writeDocument(document, section: section, of: topic, to: file) else { continue }
                        for warning in written.warnings { printError("warning: \(warning)") }
                        print(FilePaths.display(written.file))
                    }
                    if self.section.isEmpty, document.hasTopicFile {
                        let file = outputs.folder.appendingPathComponent(topic.id + ending)
                        if let written = try exporter.writeDocument(document, section: nil, of: topic, to: file) {
                            print(FilePaths.display(written.file))
                        }
                    }
                }
            }
        }
    }
}

/// Where `speak` writes: `--output` names the file when one file is written and the folder
/// otherwise; the default is `out/<topic>/`.
struct OutputPlan {
    var folder: URL
    private var singleFile: URL?

    init(topic: String, single: Bool, output: String?) {
        guard let output else {
            folder = URL(fileURLWithPath: "out/\(topic)", isDirectory: true)
            return
        }
        if single && !output.hasSuffix("/") && !FilePaths.isFolder(URL(fileURLWithPath: output)) {
            let file = URL(fileURLWithPath: output)
            singleFile = file
            folder = file.deletingLastPathComponent()
        } else {
            folder = URL(fileURLWithPath: output, isDirectory: true)
        }
    }

    /// `name` + `ending` (".pdf", "-large-print.txt") in the folder, or the single file named by
    /// `--output` (given the ending's extension when it has none).
    func file(for name: String, ending: String) -> URL {
        if let singleFile {
            let fileExtension = ending.split(separator: ".").last.map(String.init) ?? ""
            return singleFile.pathExtension.isEmpty ? singleFile.appendingPathExtension(fileExtension) : singleFile
        }
        return folder.appendingPathComponent(name + ending)
    }
}
