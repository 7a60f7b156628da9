import ArgumentParser
import Foundation
import HLSpeakKit

extension ExportFormat: ExpressibleByArgument {}

/// `hlspeak build`: every topic × section × format, in parallel, rebuilding only what changed.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the whole library (or the topics named) in every format, rebuilding only what changed.",
        discussion: """
            Outputs go to out/<topic>/ with out/manifest.json listing every file and the fingerprint \
            of what it was made from; a second build with nothing changed rebuilds nothing. One \
            failing output never stops the others; the build then exits 1. --shard K/N builds a \
            fixed 1/N of the work (Kubernetes JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID give K \
            when only N is given); --merge-manifests joins the shards' manifests.
            """)

    @Argument(help: "Topic ids (default: every topic).")
    var topics: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Formats, separated by commas: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ",")) (default: all).",
        valueName: "list"))
    var formats: [String] = []

    @Flag(name: .long, help: "Use the plain-language version of the text.")
    var plain = false

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
        try reportingErrors {
            let outputFolder = URL(fileURLWithPath: output, isDirectory: true)
            if !mergeManifests.isEmpty {
                try merge(into: outputFolder)
                return
            }
            // A worker is sent only jobs its parent could start, so it takes the voices if they are there.
            let needsVoices = try !worker && chosenFormats().contains(where: \.isAudio)
            let exporter = Exporter(content: try library.contentLibrary(), voices: try library.voiceLibrary(needed: needsVoices),
                                    options: ExportOptions(plain: plain), output: outputFolder)
            if worker {
                serveAsWorker(exporter)
                return
            }
            let chosen = try chosenFormats()
            let topicIDs = topics.isEmpty ? exporter.content.topicIDs : topics
            let folders = [outputFolder] + topicIDs.map { outputFolder.appendingPathComponent($0) }
            for folder in folders { AtomicFile.removeAbandonedLeftovers(in: folder) }
            var selectedShard: Shard?
            if let shard {
                guard let parsed = Shard.parse(shard, environment: ProcessInfo.processInfo.environment) else {
                    throw BuildError.badShard(shard)
                }
                selectedShard = parsed
            }
            InterruptCleanup.install(folders: folders)  // the manifest is saved in the output folder
            let build = LibraryBuild(exporter: exporter, formats: chosen, topics: topicIDs, shard: selectedShard,
                                     workers: jobs, workerCommand: (Self.executable, workerArguments()))
            let reporter = ProgressReporter()
            let summary = try build.run { result, done, total in reporter.report(result, done: done, total: total) }
            reporter.finish()
            for failure in summary.failed {
                printError("error: \(failure.job.key): \(failure.error ?? "failed")")
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
        guard !names.isEmpty else { return ExportFormat.allCases }
        return try names.map { name in
            guard let format = ExportFormat(rawValue: name) else { throw BuildError.unknownFormat(name) }
            return format
        }
    }

    private func workerArguments() -> [String] {
        var arguments = ["build", "--worker", "--output", output,
                         "--content", library.contentFolder.path, "--voices", library.voicesFolder.path]
        if plain { arguments.append("--plain") }
        return arguments
    }

    static func peakMegabytes(children: Bool) -> Double {
        var usage = rusage()
        getrusage(children ? RUSAGE_CHILDREN.rawValue : RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// This program, for starting workers.
    static var executable: URL {
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0])
    }

    /// Worker mode: one JSON request per line in, one JSON result per line out.
    private func serveAsWorker(_ exporter: Exporter) {
        signal(SIGINT, SIG_IGN)  // the parent decides; an interrupted parent closes our input
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            let result = exporter.runCatching(request)
            let data = (try? JSONEncoder().encode(result)) ?? Data()
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
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
            "unknown format '\(name)'; formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
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
            print("\(status) \(result.job.key) (\(done)/\(total))")
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
