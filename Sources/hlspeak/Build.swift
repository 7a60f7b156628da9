import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak build`: every topic × section × format, in parallel, rebuilding only what changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Export the whole library (or the topics named) in every format, rebuilding only what changed.",
        discussion: """
            Outputs go to out/<topic>/, named as single commands name them, with \
            out/<topic>/manifest.json listing each file and the fingerprint of what it was made \
            from, and out/manifest.json all of them; a second build with nothing changed rebuilds \
            nothing and does not even read topics whose files are unchanged. One failing output never stops the others; the build \
            then exits 1. --shard K/N builds a fixed 1/N of the work (Kubernetes \
            JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID give K when only N is given); \
            --merge-manifests joins the shards' manifests (each shard builds whole topics).

            Examples:
              hlspeak build
              hlspeak build miscarriage --formats phone,large-print --plain
            """)

    @Argument(help: "Topic ids (default: every topic).")
    var topics: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Formats, separated by commas: \(ExportFormat.allValueStrings.joined(separator: ",")) (default: every format but phone-line).",
        valueName: "list"))
    var formats: [String] = []

    @OptionGroup var plain: PlainOption

    @Option(name: .long, help: "Worker processes (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: [.short, .long], help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output: String = Exporter.standardOutput

    @Option(name: .long, help: ArgumentHelp("Build part K of N: 'K/N', or 'N' with K from the scheduler.", valueName: "K/N"))
    var shard: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Merge these folders' manifests into --output.", valueName: "dir"))
    var mergeManifests: [String] = []

    @Flag(name: .long, help: "Keep the outputs of deleted topics and sections (they are removed by default).")
    var keepStale = false

    @Flag(name: .long, help: .hidden)
    var worker = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        if worker { throw ExitCode(BuildWorker.serve(try library.exporter(plain: false))) }
        try reportingErrors {
            let outputFolder = URL(fileURLWithPath: output, isDirectory: true)
            if !mergeManifests.isEmpty {
                try merge(into: outputFolder)
                return
            }
            let exporter = try library.exporter(plain: plain.plain)
            InterruptCleanup.install()
            var build = LibraryBuild(exporter: exporter, formats: try ExportFormat.list(formats),
                                     topics: topics, plain: plain.plain,
                                     output: outputFolder, shard: try shard.map { try Shard(argument: $0) }, workers: jobs)
            build.keepStale = keepStale
            let reporter = ProgressReporter()
            let summary = try build.run { result, done, total in reporter.report(result, done: done, total: total) }
            reporter.finish()
            for warning in summary.warnings { printError("warning: \(warning)") }
            for key in summary.stale {
                print("\(keepStale ? "kept" : "removed") \(key) (its topic or section is gone)")
            }
            for failure in summary.failed { printError("error: \(failure.key): \(failure.error ?? "failed")") }
            if let manifestError = summary.manifestError { printError("error: the manifest: \(manifestError)") }
            summary.report(manifest: FilePaths.display(outputFolder.appendingPathComponent("manifest.json"))).forEach { print($0) }
            if !summary.failed.isEmpty || summary.manifestError != nil { throw ExitCode(1) }
        }
    }

    private func merge(into folder: URL) throws {
        let folders = mergeManifests.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let (empty, outputs) = try BuildManifest.merge(folders, into: folder)
        for folder in empty { printError("warning: no topic manifests (TOPIC/manifest.json) in '\(FilePaths.display(folder))'") }
        print("merged \(mergeManifests.count) manifests, \(outputs) outputs: "
            + FilePaths.display(folder.appendingPathComponent(BuildManifest.fileName)))
    }
}

/// Build progress on standard error: a bar redrawn in place on a terminal, one line per finished
/// output otherwise.
final class ProgressReporter: @unchecked Sendable {
    private var progress = BuildProgress(onTerminal: isatty(STDERR_FILENO) == 1)
    private var audioSeconds = 0.0

    func report(_ result: ExportResult, done: Int, total: Int) {
        audioSeconds += result.seconds ?? 0
        let line = progress.line(for: result, done: done, total: total, audioSeconds: audioSeconds)
        if progress.onTerminal { FileHandle.standardError.write(Data(line.utf8)) } else { print(line) }
    }

    func finish() {
        if progress.onTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
