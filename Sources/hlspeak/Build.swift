import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak build`: every topic × section × format, in parallel, rebuilding only what changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the whole library (or the topics named) in every format, rebuilding only what changed.",
        discussion: """
            Outputs go to out/<topic>/, named as single commands name them, with out/manifest.json \
            listing every file and the fingerprint of what it was made from; a second build with \
            nothing changed rebuilds nothing. One failing output never stops the others; the build \
            then exits 1. --shard K/N builds a fixed 1/N of the work (Kubernetes \
            JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID give K when only N is given); \
            --merge-manifests joins the shards' manifests.

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
    var output: String = "out"

    @Option(name: .long, help: ArgumentHelp("Build part K of N: 'K/N', or 'N' with K from the scheduler.", valueName: "K/N"))
    var shard: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Merge these folders' manifests into --output.", valueName: "dir"))
    var mergeManifests: [String] = []

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
            let topicIDs = topics.isEmpty ? exporter.content.topicIDs : topics
            for folder in [outputFolder] + topicIDs.map({ outputFolder.appendingPathComponent($0) }) {
                AtomicFile.removeAbandonedLeftovers(in: folder)
            }
            InterruptCleanup.install()
            let build = LibraryBuild(exporter: exporter, formats: try chosenFormats(), topics: topicIDs, plain: plain.plain,
                                     output: outputFolder, shard: try shard.map(parseShard), workers: jobs,
                                     workerCommand: library.workerCommand)
            let reporter = ProgressReporter()
            let summary = try build.run { result, done, total in reporter.report(result, done: done, total: total) }
            reporter.finish()
            for failure in summary.failed {
                printError("error: \(failure.key): \(failure.error ?? "failed")")
            }
            let hours = summary.audioSeconds / 3600
            print("built \(summary.built), skipped \(summary.skipped) (unchanged), failed \(summary.failed.count); "
                + String(format: "%.2f hours of audio; ", hours) + "manifest: \(FilePaths.display(outputFolder.appendingPathComponent("manifest.json")))")
            if summary.built == 0 && summary.failed.isEmpty { print("nothing changed since the last build") }
            print(String(format: "peak memory: this process %.0f MB, the largest worker %.0f MB",
                         Self.peakMegabytes(children: false), Self.peakMegabytes(children: true)))
            if !summary.failed.isEmpty { throw ExitCode(1) }
        }
    }

    private func chosenFormats() throws -> [ExportFormat] {
        let names = formats.flatMap { $0.split(separator: ",").map(String.init) }
        guard !names.isEmpty else { return ExportFormat.everyPerSectionFormat }
        return try names.map { name in
            guard let format = ExportFormat(rawValue: name) else { throw BuildError.unknownFormat(name) }
            return format
        }
    }

    private func parseShard(_ text: String) throws -> Shard {
        guard let shard = Shard.parse(text, environment: ProcessInfo.processInfo.environment) else {
            throw BuildError.badShard(text)
        }
        return shard
    }

    static func peakMegabytes(children: Bool) -> Double {
        var usage = rusage()
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    private func merge(into folder: URL) throws {
        var merged = BuildManifest()
        for path in mergeManifests {
            let manifest = BuildManifest.load(from: URL(fileURLWithPath: path, isDirectory: true))
            if manifest.outputs.isEmpty { printError("warning: no manifest.json with outputs in '\(path)'") }
            merged.outputs.merge(manifest.outputs) { _, new in new }
        }
        try AtomicFile.makeFolder(folder)
        try merged.save(to: folder)
        print("merged \(mergeManifests.count) manifests, \(merged.outputs.count) outputs: "
            + FilePaths.display(folder.appendingPathComponent("manifest.json")))
    }
}

/// Why a build could not start.
enum BuildError: HLSpeakError {
    case unknownFormat(String)
    case badShard(String)

    var description: String {
        switch self {
        case .unknownFormat(let name):
            "unknown format '\(name)'; formats: \(ExportFormat.allValueStrings.joined(separator: ", "))"
        case .badShard(let text):
            "--shard '\(text)' is not K/N with 1 ≤ K ≤ N (or N with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set)"
        }
    }

    var exitCode: Int32 { ExitStatus.usage }
}

/// A progress bar on a terminal; one plain line per finished output otherwise.
final class ProgressReporter: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let start = Date()

    func report(_ result: ExportResult, done: Int, total: Int) {
        let elapsed = Date().timeIntervalSince(start)
        guard isTerminal else {
            let status = result.error == nil ? "built" : "FAILED"
            print("\(status) \(result.key) (\(done)/\(total))")
            return
        }
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        let line = String(format: "\r[%@] %d/%d  %.1f/s  %d:%02d left ", bar, done, total, rate, Int(left) / 60, Int(left) % 60)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
