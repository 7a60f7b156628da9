import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak <topic> [--section ID]...`: speaks sections to audio files, or writes them in any
/// format (the default command).
struct Speak: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speak",
        abstract: "Speak a topic's sections to audio files, or write them in other formats (the default command).",
        discussion: """
            Each section is written to out/<topic>/<section-id>.wav with captions beside it \
            (<file>.vtt), and the paths are printed. Without --section, every section gets its \
            own file, and documents also get one for the whole topic. Names follow one rule: \
            coping.wav, coping.ulaw.wav (phone), coping.slow.wav (--voice slow), \
            coping.plain.pdf (--plain); see the README.

            Examples:
              hlspeak miscarriage -s coping                     out/miscarriage/coping.wav
              hlspeak miscarriage --format large-print -o handout.pdf   the whole topic, one PDF
            """)

    @Argument(help: "The topic id, such as 'miscarriage' ('hlspeak list' shows them).")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp(
        "A section to write: its id, heading slug or heading text. Repeat for several.",
        valueName: "id"))
    var section: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        ExportFormat.allCases.map { "\($0) (\($0.summary))" }.joined(separator: ", ") + ", or all.",
        valueName: "format"))
    var format: ExportChoice.Formats?

    @Option(name: [.short, .long], help: ArgumentHelp(
        "The file to write when one file is made (one format: the chosen sections, or the whole topic, as one document; or one section's audio), else the folder (default: out/<topic>/).",
        valueName: "path"))
    var output: String?

    @Flag(name: .long, help: "Print what would be spoken (SSML) instead of writing audio.")
    var script = false

    @OptionGroup var audio: AudioOptions
    @OptionGroup var document: DocumentOptions
    @OptionGroup var plain: PlainOption
    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            var choice = ExportChoice(topic: topic)
            choice.sections = section
            if let format { choice.formats = format }
            choice.plain = plain.plain
            choice.output = output
            audio.apply(to: &choice)
            document.apply(to: &choice)
            let exporter = try library.exporter(plain: plain.plain)
            let plan = try planned(choice, with: exporter)
            if script {
                for ssml in try exporter.scripts(for: plan) { print(ssml, terminator: "") }
                return
            }
            try write(plan, with: exporter)
        }
    }
}

/// The plan for `choice`, with what it leaves out (sections of only gaps) said as warnings.
func planned(_ choice: ExportChoice, with exporter: Exporter) throws -> ExportPlan {
    let plan = try exporter.plan(choice)
    for warning in plan.warnings { printError("warning: \(warning)") }
    return plan
}

/// Writes each planned output, printing its files (captions aside) and warnings, each warning
/// once (the same note about a topic's plain version comes with each of its outputs); an
/// interruption removes the half-written files.
func write(_ plan: ExportPlan, with exporter: Exporter) throws {
    InterruptCleanup.install()
    var printed: Set<String> = []
    try exporter.export(plan) { report($0, skipping: &printed) }
}

/// Prints an output's files (captions aside) and its warnings, but not those in `printed`.
func report(_ written: WrittenOutput, skipping printed: inout Set<String>) {
    for warning in written.warnings where printed.insert(warning).inserted { printError("warning: \(warning)") }
    for file in written.filesWithoutCaptions { print(FilePaths.display(file)) }
}

/// Prints one output's files and warnings.
func report(_ written: WrittenOutput) {
    var printed: Set<String> = []
    report(written, skipping: &printed)
}
