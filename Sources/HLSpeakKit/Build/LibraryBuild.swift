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
    /// Keep the outputs of deleted topics and sections instead of removing them.
    public var keepStale = false

    /// With no `topics` (nil or none), every topic of the library.
    public init(exporter: Exporter, formats: [ExportFormat], topics: [String]? = nil, plain: Bool, output: URL, shard: Shard?,
                workers: Int) {
        self.exporter = exporter
        self.formats = formats
        self.topics = topics.flatMap { $0.isEmpty ? nil : $0 } ?? exporter.content.topicIDs
        self.plain = plain
        self.output = output
        self.shard = shard
        self.workers = workers
    }

    /// What a build did.
    public struct Summary: Sendable {
        public var built = 0
        public var skipped = 0
        public var failed: [ExportResult] = []
        public var audioSeconds = 0.0
        /// Outputs removed because their topic, section or format is gone (or kept, with
        /// `keepStale`), by key.
        public var stale: [String] = []
        /// Why the manifest could not be saved, when it could not (the outputs listed as built
        /// are complete; the next build makes them again).
        public var manifestError: String?
        /// Topics whose plain outputs left out changes nobody has accepted yet.
        public var unreviewedTopics: Set<String> = []

        /// What the user should be warned of: plain-language changes left out of some topics
        /// because nobody has accepted them yet.
        public var warnings: [String] {
            guard !unreviewedTopics.isEmpty else { return [] }
            let topics = unreviewedTopics.sorted()
            return ["plain-language changes nobody has accepted yet were left out of \(topics.count) "
                + "topic\(topics.count == 1 ? "" : "s") (\(topics.prefix(5).joined(separator: ", "))\(topics.count > 5 ? ", …" : "")); "
                + "'hlspeak review TOPIC' lists them"]
        }

        /// What a finished build tells its user: counts, hours of audio, where the manifest is,
        /// and the peak memory of the build and its largest worker.
        /// With `keepingStale`, stale outputs were kept, not removed.
        public var keepingStale = false

        public func report(manifest: String) -> [String] {
            var lines = ["built \(built), skipped \(skipped) (unchanged), failed \(failed.count), "
                + "\(stale.count) stale \(keepingStale ? "kept" : "removed"); "
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

    /// What planning one topic found: its outputs to make, how many are current, and its manifest.
    struct TopicPlan: Sendable {
        var topic: String
        var manifest = TopicManifest()
        /// The manifest differs from the one on disk (new outputs planned, or the file touched).
        var manifestChanged = false
        var jobs: [WorkerRequest] = []
        var current = 0
        var failure: ExportResult?
        /// Outputs of an earlier build no longer planned (their section is gone).
        var stale: [ExportResult] = []
    }

    /// Everything a build uses besides the topic files: the program's version, the formats and
    /// options, every file of the voices folder, the language data, and the content folder's
    /// other files (library settings, plain-language lists). A topic whose file and environment
    /// are both unchanged has nothing to rebuild, and is not even read.
    func environment() -> String {
        var hash = SHA256()
        hash.update(Fingerprinter.version)
        hash.update(formats.map(\.rawValue).joined(separator: ",") + (plain ? "|plain" : ""))
        func add(_ folder: URL?, skipping: (String) -> Bool = { _ in false }) {
            guard let folder else { return }
            for file in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()) ?? [] where !skipping(file) {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)) else { continue }
                hash.update(file)
                hash.update(data)
            }
        }
        add(exporter.voices?.directory)
        add(exporter.content.languages.folder)
        // Topic files and their review files are each topic's own inputs (`plan`).
        add(exporter.content.directory) { !$0.contains("/") && ($0.hasSuffix(".md") || $0.hasSuffix(".review.yml")) }
        return hash.hexDigest()
    }

    /// Plans topic `id`: nothing to do when its file and the environment are unchanged and every
    /// output is still there; otherwise its outputs, each skipped when its fingerprint is
    /// unchanged and its files are there.
    func plan(_ id: String, environment: String, fingerprints: Fingerprinter) -> TopicPlan {
        var result = TopicPlan(topic: id)
        let folder = output.appendingPathComponent(id, isDirectory: true)
        let old = TopicManifest.load(from: folder)
        let file = try? exporter.content.file(forTopic: id)
        let stamp = file.flatMap { SourceStamp.of($0, known: old.source) }
        let review = file.flatMap { SourceStamp.of(PlainReview.file(for: $0), known: old.review) }
        if let stamp, stamp.sameContent(as: old.source), review?.sha256 == old.review?.sha256, old.environment == environment,
           old.isComplete(in: output) {
            result.manifest = old
            result.manifest.source = stamp
            result.manifest.review = review
            result.manifestChanged = stamp != old.source || review != old.review
            result.current = old.planned.count
            takeStale(from: &result)
            // Nothing to save: the plan need not hold the manifest (10,000 of them are 100 MB).
            if !result.manifestChanged { result.manifest = TopicManifest() }
            return result
        }
        result.manifest.source = stamp
        result.manifest.review = review
        result.manifest.environment = environment
        result.manifestChanged = true
        var choice = ExportChoice(topic: id)
        choice.formats = .some(formats)
        choice.plain = plain
        do {
            for planned in try exporter.plan(choice, defaultFolder: folder).outputs {
                let resolved = try exporter.resolve(planned.request)
                let key = "\(id)/\(OutputName(resolved).fileName)"
                result.manifest.planned.append(key)
                var job = WorkerRequest(key: key, request: planned.request, destination: planned.destination)
                do {
                    job.hash = try fingerprints.fingerprint(resolved)
                } catch {
                    result.jobs.append(job)  // making it reports why
                    continue
                }
                if old.isCurrent(key, hash: job.hash, in: output), let entry = old.outputs[key] {
                    result.manifest.outputs[key] = entry
                    result.current += 1
                } else {
                    result.jobs.append(job)
                }
            }
            // Outputs of earlier builds not planned now stay listed until `takeStale` judges them.
            for (key, entry) in old.outputs where !result.manifest.planned.contains(key) { result.manifest.outputs[key] = entry }
            takeStale(from: &result)
        } catch {
            // The topic's manifest stays as it was: mended, it finds its outputs current again.
            result.failure = ExportResult(key: "\(id)/", error: String(describing: error))
            result.jobs = []
            result.manifestChanged = false
        }
        return result
    }

    /// Moves the manifest's outputs in this build's formats that it no longer plans (their
    /// section is gone) to `stale`; with `keepStale` they stay listed, for a later build to remove.
    private func takeStale(from result: inout TopicPlan) {
        let formats = Set(self.formats.map(\.rawValue))
        let planned = Set(result.manifest.planned)
        for (key, entry) in result.manifest.outputs where !planned.contains(key) && entry.format.map(formats.contains) == true {
            result.stale.append(entry)
            if !keepStale {
                result.manifest.outputs[key] = nil
                result.manifestChanged = true
            }
        }
    }

    /// Threads that plan topics: more than cores, since most of a no-change plan is disk reads.
    static let planningThreads = 8

    /// Plans every topic, on every core: reading and fingerprinting topics is most of a no-change
    /// build.
    func planAll(environment: String) -> [TopicPlan] {
        let fingerprints = Fingerprinter(exporter: exporter)
        let build = self
        // Planning an unchanged topic is mostly waiting for its manifest and its outputs' inodes:
        // with a cold page cache, eight at once keep the disk busy (10,000 topics, cold: 12.4 s → 2.2–2.5 s).
        return topics.parallelMap(threads: max(workers, Self.planningThreads)) {
            build.plan($0, environment: environment, fingerprints: fingerprints)
        }
    }

    /// Runs the build; `progress` hears of each finished output (built or failed) with the counts so far.
    public func run(progress: @escaping @Sendable (ExportResult, Int, Int) -> Void) throws -> Summary {
        try exporter.checkOutputPlace(output)
        var build = self
        build.topics = try topics.map { name throws(ContentError) in try exporter.content.topicID(name) }.sorted()
        if let shard { build.topics = shard.select(build.topics) }
        return try build.runChecked(progress: progress)
    }

    private func runChecked(progress: @escaping @Sendable (ExportResult, Int, Int) -> Void) throws -> Summary {
        try AtomicFile.makeFolder(output)
        AtomicFile.removeAbandonedLeftovers(in: output)
        let plans = planAll(environment: environment())
        let state = BuildState(folder: output)
        state.summary.keepingStale = keepStale
        state.changed = removeStale(plans.flatMap(\.stale), deleted: deletedTopics(), into: &state.summary)
        var requests: [WorkerRequest] = []
        for plan in plans {
            if let failure = plan.failure { state.summary.failed.append(failure) }
            state.summary.skipped += plan.current
            let folder = output.appendingPathComponent(plan.topic, isDirectory: true)
            if plan.jobs.isEmpty {
                if plan.manifestChanged { state.save(plan.manifest, to: folder) }
            } else {
                AtomicFile.removeAbandonedLeftovers(in: folder)
                state.open(plan.manifest, for: plan.topic, folder: folder, jobs: plan.jobs.count)
                requests += plan.jobs
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
        // Workers are the exporter's fresh processes (`Exporter.useWorkers`).
        if let workerCommand = exporter.freshProcess {
            // A book waits for its sections' MP3s in this build and is made from them (in a
            // worker, which has not seen them): one synthesis per section, not two.
            let books = HeldBooks(&requests, exporter: exporter)
            WorkerPool(executable: workerCommand.executable, arguments: workerCommand.arguments, count: workers,
                       freshAfter: { $0.request.format.isAudio })
                .run(requests, releasing: { result in
                    record(result)
                    return books.released(by: result)
                })
        } else {
            for request in requests { exporter.runCatching(request).forEach(record) }
        }
        if total > 0 || state.changed || !FileManager.default.fileExists(atPath: output.appendingPathComponent(BuildManifest.fileName).path) {
            do {
                try BuildManifest.write(in: output)
            } catch {
                state.summary.manifestError = String(describing: error)
            }
        }
        if let error = state.manifestError { state.summary.manifestError = error }
        return state.summary
    }
}

extension LibraryBuild {
    /// The outputs of topics whose files are gone (their folders hold a topic manifest); a shard
    /// or a build of some topics leaves the other topics alone, since their files are there.
    func deletedTopics() -> [URL] {
        BuildManifest.topicFolders(in: output).filter { (try? exporter.content.file(forTopic: $0.lastPathComponent)) == nil }
    }

    /// Deletes the files of `stale` outputs and the folders of `deleted` topics (unless
    /// `keepStale`) and lists them in `summary`; true when anything was deleted.
    func removeStale(_ stale: [ExportResult], deleted: [URL], into summary: inout Summary) -> Bool {
        let gone = stale + deleted.flatMap { TopicManifest.load(from: $0).outputs.values.sorted { $0.key < $1.key } }
        summary.stale = gone.map(\.key)
        guard !keepStale, !gone.isEmpty || !deleted.isEmpty else { return false }
        for entry in gone {
            for file in entry.files { unlink(output.appendingPathComponent(file).path) }
        }
        for folder in deleted {
            unlink(folder.appendingPathComponent(TopicManifest.fileName).path)
            unlink(folder.appendingPathComponent(TopicFolderMark.fileName).path)
            rmdir(folder.path)  // only when nothing else is in it
        }
        return true
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
    /// Whether the result carries its audio's word timings (a book is made from them later).
    var returnsAudio = false
    /// For a book: its sections' MP3s this build already made, with their words' timings, so the
    /// book is made from them rather than from a second synthesis.
    var madeAudio: [MadeAudio] = []

    /// This output and its companions.
    var all: [WorkerRequest] { [self] + companions }
}

/// A section's audio already made, and the request that made it.
struct MadeAudio: Codable, Sendable {
    var request: ExportRequest
    var audio: WrittenAudio
}

/// What making one output gave: its files, size, audio length and fingerprint, or why it failed.
public struct ExportResult: Codable, Hashable, Sendable {
    public var key: String
    /// The format it was made in (`wav`, `text`…).
    public var format: String?
    /// The files written, relative to the build's folder once recorded (absolute from a worker).
    public var files: [String]
    public var bytes: Int
    public var seconds: Double?
    public var hash: String
    public var error: String?
    /// The exit status that goes with `error`.
    public var status: Int32?
    public var warnings: [String]
    /// Plain-language changes left out because nobody has accepted them yet (nil: none).
    public var unreviewedChanges: Int?
    /// Each audio file made, with its words' timings, back from a worker (not kept in manifests).
    var audio: [WrittenAudio]?

    public init(key: String, format: String? = nil, files: [String] = [], bytes: Int = 0, seconds: Double? = nil, hash: String = "",
                error: String? = nil, status: Int32? = nil, warnings: [String] = [], unreviewedChanges: Int? = nil) {
        self.unreviewedChanges = unreviewedChanges
        self.key = key
        self.format = format
        self.files = files
        self.bytes = bytes
        self.seconds = seconds
        self.hash = hash
        self.error = error
        self.status = status
        self.warnings = warnings
    }

    /// The result carrying `audio` (none: nil).
    func with(audio: [WrittenAudio]) -> ExportResult {
        var result = self
        result.audio = audio.isEmpty ? nil : audio
        return result
    }

    /// The result with its file paths relative to `folder`.
    func relative(to folder: URL) -> ExportResult {
        var result = self
        let root = folder.standardizedFileURL.path + "/"
        result.files = files.map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
        result.audio = nil
        return result
    }
}

extension Exporter {
    /// Makes one build output and its companions, with any error turned into failed results.
    public func runCatching(_ job: WorkerRequest) -> [ExportResult] {
        for made in job.madeAudio { remember(made.request, audio: made.audio) }
        do {
            let written = try export(job.all.map { PlannedExport(request: $0.request, destination: $0.destination) })
            return zip(job.all, written).map { job, written in
                ExportResult(key: job.key, format: job.request.format.rawValue, files: written.files.map(\.standardizedFileURL.path),
                             bytes: written.files.reduce(0) { $0 + AtomicFile.size(of: $1) }, seconds: written.seconds,
                             hash: job.hash, warnings: written.warnings,
                             unreviewedChanges: written.unreviewedChanges > 0 ? written.unreviewedChanges : nil)
                    .with(audio: job.returnsAudio ? written.audio : [])
            }
        } catch {
            return job.all.map {
                ExportResult(key: $0.key, hash: $0.hash, error: String(describing: error),
                             status: (error as? any HLSpeakError)?.exitCode ?? ExitStatus.software)
            }
        }
    }
}

/// The counts while a build runs, and the manifests of the topics with outputs still to make:
/// each is saved (atomically) as every one of its outputs finishes, and forgotten when the last
/// does, so a killed build loses nothing finished and memory holds only the topics in progress.
private final class BuildState: @unchecked Sendable {
    var summary = LibraryBuild.Summary()
    var finished = 0
    /// A topic manifest was written.
    var changed = false
    var manifestError: String?
    let folder: URL
    private var open: [String: (manifest: TopicManifest, folder: URL, left: Int)] = [:]

    init(folder: URL) { self.folder = folder }

    func open(_ manifest: TopicManifest, for topic: String, folder: URL, jobs: Int) {
        open[topic] = (manifest, folder, jobs)
    }

    func save(_ manifest: TopicManifest, to folder: URL) {
        do {
            try AtomicFile.makeFolder(folder)
            try manifest.save(to: folder)
            changed = true
        } catch {
            manifestError = String(describing: error)
        }
    }

    func record(_ result: ExportResult) {
        finished += 1
        if result.error == nil {
            summary.built += 1
            summary.audioSeconds += result.seconds ?? 0
            if result.unreviewedChanges != nil { summary.unreviewedTopics.insert(String(result.key.prefix { $0 != "/" })) }
        } else {
            summary.failed.append(result)
        }
        let topic = String(result.key.prefix { $0 != "/" })
        guard var entry = open[topic] else { return }
        entry.manifest.outputs[result.key] = result.error == nil ? result : nil
        entry.left -= 1
        save(entry.manifest, to: entry.folder)
        open[topic] = entry.left > 0 ? entry : nil
    }
}
