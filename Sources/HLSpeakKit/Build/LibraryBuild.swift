import Foundation

/// The whole library exported: every topic × section × format, skipping outputs whose inputs have
/// not changed, in worker processes, with one failing output never stopping the others. The
/// outputs are planned exactly as `speak` plans them, so a build and a single command make the
/// same files under the same names.
public struct LibraryBuild: Sendable {
    public var exporter: Exporter
    public var formats: [ExportFormat]
    public var topics: [String]
    public var plain: Bool
    /// The build's folder: `<output>/<topic>/` holds each topic's files, `manifest.json` the list.
    public var output: URL
    public var shard: Shard?
    public var workers: Int
    /// The hlspeak program and arguments that start a worker (`build --worker …`).
    public var workerCommand: (executable: URL, arguments: [String])?

    public init(exporter: Exporter, formats: [ExportFormat], topics: [String], plain: Bool, output: URL, shard: Shard?,
                workers: Int, workerCommand: (executable: URL, arguments: [String])?) {
        self.exporter = exporter
        self.formats = formats
        self.topics = topics
        self.plain = plain
        self.output = output
        self.shard = shard
        self.workers = workers
        self.workerCommand = workerCommand
    }

    /// What a build did.
    public struct Summary: Sendable {
        public var built = 0
        public var skipped = 0
        public var failed: [ExportResult] = []
        public var audioSeconds = 0.0
        /// Why the manifest could not be saved, when it could not (the outputs listed as built
        /// are complete; the next build makes them again).
        public var manifestError: String?

        /// What a finished build tells its user: counts, hours of audio, where the manifest is,
        /// and the peak memory of the build and its largest worker.
        public func report(manifest: String) -> [String] {
            var lines = ["built \(built), skipped \(skipped) (unchanged), failed \(failed.count); "
                + String(format: "%.2f hours of audio; ", audioSeconds / 3600) + "manifest: \(manifest)"]
            if built == 0 && failed.isEmpty { lines.append("nothing changed since the last build") }
            func peak(_ who: Int32) -> Double {
                var usage = rusage()
                getrusage(who, &usage)
                return Double(usage.ru_maxrss) / 1024
            }
            lines.append(String(format: "peak memory: this process %.0f MB, the largest worker %.0f MB",
                                peak(RUSAGE_SELF.rawValue), peak(RUSAGE_CHILDREN.rawValue)))
            return lines
        }
    }

    /// Every output of the chosen topics and formats, with its key; a topic that cannot be read
    /// is returned as a failure, and the rest go on.
    func jobs() -> (jobs: [WorkerRequest], unreadable: [ExportResult]) {
        var jobs: [WorkerRequest] = []
        var unreadable: [ExportResult] = []
        for topic in topics {
            var choice = ExportChoice(topic: topic)
            choice.formats = .some(formats)
            choice.plain = plain
            let folder = output.appendingPathComponent(topic, isDirectory: true)
            do {
                for planned in try exporter.plan(choice, defaultFolder: folder).outputs {
                    let resolved = try exporter.resolve(planned.request)
                    let key = "\(topic)/\(OutputName(resolved).fileName)"
                    jobs.append(WorkerRequest(key: key, request: planned.request, destination: planned.destination))
                }
            } catch {
                unreadable.append(ExportResult(key: "\(topic)/", error: String(describing: error)))
            }
        }
        return (jobs.sorted { $0.key < $1.key }, unreadable)
    }

    /// Runs the build; `progress` hears of each finished output (built or failed) with the counts so far.
    public func run(progress: @escaping @Sendable (ExportResult, Int, Int) -> Void) throws -> Summary {
        try exporter.checkOutputPlace(output)
        var build = self
        build.topics = try topics.map { name throws(ContentError) in try exporter.content.topicID(name) }
        return try build.runChecked(progress: progress)
    }

    private func runChecked(progress: @escaping @Sendable (ExportResult, Int, Int) -> Void) throws -> Summary {
        try AtomicFile.makeFolder(output)
        for folder in [output] + topics.map({ output.appendingPathComponent($0) }) {
            AtomicFile.removeAbandonedLeftovers(in: folder)
        }
        let (all, unreadable) = jobs()
        let jobs = shard?.select(all) ?? all
        let state = BuildState(manifest: BuildManifest.load(from: output), folder: output)
        state.summary.failed = unreadable
        let fingerprints = Fingerprinter(exporter: exporter)
        var requests: [WorkerRequest] = []
        for var job in jobs {
            do {
                job.hash = try fingerprints.fingerprint(exporter.resolve(job.request))
            } catch {
                state.record(ExportResult(key: job.key, error: String(describing: error)))
                continue
            }
            if state.manifest.isCurrent(job.key, hash: job.hash, in: output) {
                state.summary.skipped += 1
            } else {
                requests.append(job)
            }
        }
        let total = requests.count
        // Outputs that say the same words at the same rate are made from one synthesis.
        requests = exporter.groupedBySpeech(requests) { $0.request }.map { group in
            var leader = group[0]
            leader.companions = Array(group.dropFirst())
            return leader
        }
        let record: @Sendable (ExportResult) -> Void = { result in
            state.record(result.relative(to: output))
            progress(result, state.finished, total)
        }
        if let workerCommand {
            WorkerPool(executable: workerCommand.executable, arguments: workerCommand.arguments, count: workers,
                       freshAfter: { $0.request.format.isAudio })
                .run(requests, onResult: record)
        } else {
            for request in requests { exporter.runCatching(request).forEach(record) }
        }
        do {
            try state.manifest.save(to: output)
        } catch {
            state.summary.manifestError = String(describing: error)
        }
        return state.summary
    }
}

/// One output made in a worker process: one JSON line on its standard input.
public struct WorkerRequest: Codable, Sendable {
    /// The output's place in the manifest: `miscarriage/coping.ulaw.wav`.
    public var key: String
    public var request: ExportRequest
    public var destination: ExportDestination
    /// The fingerprint of what it is made from.
    public var hash = ""
    /// Outputs made from the same speech (the MP3 beside a WAV), each reported on its own.
    public var companions: [WorkerRequest] = []

    /// This output and its companions.
    var all: [WorkerRequest] { [self] + companions }
}

/// What making one output gave: its files, size, audio length and fingerprint, or why it failed.
public struct ExportResult: Codable, Hashable, Sendable {
    public var key: String
    /// The files written, relative to the build's folder once recorded (absolute from a worker).
    public var files: [String]
    public var bytes: Int
    public var seconds: Double?
    public var hash: String
    public var error: String?
    /// The exit status that goes with `error`.
    public var status: Int32?
    public var warnings: [String]

    public init(key: String, files: [String] = [], bytes: Int = 0, seconds: Double? = nil, hash: String = "",
                error: String? = nil, status: Int32? = nil, warnings: [String] = []) {
        self.key = key
        self.files = files
        self.bytes = bytes
        self.seconds = seconds
        self.hash = hash
        self.error = error
        self.status = status
        self.warnings = warnings
    }

    /// The result with its file paths relative to `folder`.
    func relative(to folder: URL) -> ExportResult {
        var result = self
        let root = folder.standardizedFileURL.path + "/"
        result.files = files.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        return result
    }
}

extension Exporter {
    /// Makes one build output and its companions, with any error turned into failed results.
    public func runCatching(_ job: WorkerRequest) -> [ExportResult] {
        do {
            let written = try export(job.all.map { PlannedExport(request: $0.request, destination: $0.destination) })
            return zip(job.all, written).map { job, written in
                ExportResult(key: job.key, files: written.files.map(\.standardizedFileURL.path),
                             bytes: written.files.reduce(0) { $0 + AtomicFile.size(of: $1) }, seconds: written.seconds,
                             hash: job.hash, warnings: written.warnings)
            }
        } catch {
            return job.all.map {
                ExportResult(key: $0.key, hash: $0.hash, error: String(describing: error),
                             status: (error as? any HLSpeakError)?.exitCode ?? ExitStatus.software)
            }
        }
    }
}

/// The manifest and counts while a build runs; saved at most twice a second.
private final class BuildState: @unchecked Sendable {
    var manifest: BuildManifest
    var summary = LibraryBuild.Summary()
    var finished = 0
    let folder: URL
    private var lastSave = Date.distantPast

    init(manifest: BuildManifest, folder: URL) {
        self.manifest = manifest
        self.folder = folder
    }

    func record(_ result: ExportResult) {
        finished += 1
        if result.error == nil {
            summary.built += 1
            summary.audioSeconds += result.seconds ?? 0
            manifest.outputs[result.key] = result
        } else {
            summary.failed.append(result)
            manifest.outputs[result.key] = nil
        }
        if Date().timeIntervalSince(lastSave) > 0.5 {
            try? manifest.save(to: folder)
            lastSave = Date()
        }
    }
}
