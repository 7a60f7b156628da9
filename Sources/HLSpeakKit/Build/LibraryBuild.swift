import Foundation

/// The whole library exported: every topic × section × format, skipping outputs whose inputs have
/// not changed, in worker processes, with one failing output never stopping the others.
public struct LibraryBuild: Sendable {
    public var exporter: Exporter
    public var formats: [ExportFormat]
    public var topics: [String]
    public var shard: Shard?
    public var workers: Int
    /// The hlspeak program and arguments that start a worker (`build --worker …`).
    public var workerCommand: (executable: URL, arguments: [String])?

    public init(exporter: Exporter, formats: [ExportFormat], topics: [String], shard: Shard?, workers: Int,
                workerCommand: (executable: URL, arguments: [String])?) {
        self.exporter = exporter
        self.formats = formats
        self.topics = topics
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
    }

    /// Runs the build; `progress` hears of each finished output (built or failed) with the counts so far.
    public func run(progress: @escaping @Sendable (ExportResult, Int, Int) -> Void) throws -> Summary {
        let folder = exporter.output
        try AtomicFile.makeFolder(folder)
        let (all, unreadable) = exporter.jobs(topics: topics, formats: formats)
        let jobs = shard?.select(all) ?? all
        let state = BuildState(manifest: BuildManifest.load(from: folder), folder: folder)
        state.summary.failed = unreadable
        var requests: [WorkerRequest] = []
        for job in jobs {
            let hash = try exporter.fingerprint(job)
            if state.manifest.isCurrent(job, hash: hash, in: folder) {
                state.summary.skipped += 1
            } else {
                requests.append(WorkerRequest(job: job, hash: hash))
            }
        }
        let total = requests.count
        let record: @Sendable (ExportResult) -> Void = { result in
            state.record(result)
            progress(result, state.finished, total)
        }
        if let workerCommand {
            WorkerPool(executable: workerCommand.executable, arguments: workerCommand.arguments, count: workers,
                       freshAfter: { $0.format.isAudio })
                .run(requests, onResult: record)
        } else {
            for request in requests { record(exporter.runCatching(request)) }
        }
        try state.manifest.save(to: folder)
        return state.summary
    }
}

extension Exporter {
    /// `run`, with any error turned into a failed result.
    public func runCatching(_ request: WorkerRequest) -> ExportResult {
        do {
            return try run(request.job, hash: request.hash)
        } catch {
            return ExportResult(job: request.job, hash: request.hash, error: String(describing: error))
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
            manifest.outputs[result.job.key] = result
        } else {
            summary.failed.append(result)
            manifest.outputs[result.job.key] = nil
        }
        if Date().timeIntervalSince(lastSave) > 0.5 {
            try? manifest.save(to: folder)
            lastSave = Date()
        }
    }
}
