import Foundation

/// Where an output goes: a folder, where the naming rule gives it its name, or a file (or
/// folder, for outputs that are folders) someone named.
public enum ExportDestination: Hashable, Codable, Sendable {
    case folder(URL)
    case file(URL)
}

/// Makes outputs: reads each topic once (simplified, with `plain`, and made readable), resolves
/// each request's voice and codec, hands the document to its format's writer, and names the
/// result by the one rule. Every command that writes a file comes through here.
public final class Exporter: @unchecked Sendable {
    public let content: ContentLibrary
    /// The voices for audio; nil when only documents are made (they need no voice).
    public let voices: VoiceLibrary?

    private let lock = NSLock()
    /// Topics as read, and as made readable (plain or not): the last few, so a command reads each
    /// once and a build of thousands of topics does not hold them all. Voice profiles: each once.
    private var sourceTopics = RecentCache<String, Topic>(capacity: 16)
    private var topics = RecentCache<TopicKey, Topic>(capacity: 16)
    private var profiles: [String: VoiceProfile] = [:]
    /// The plain-language word lists, by language tag.
    private var plainWords: [String: PlainWords] = [:]
    /// Audio this exporter made, by request as resolved: a read-along book takes its sections'
    /// MP3s from here when the same command made them.
    private var madeAudio = RecentCache<ExportRequest, [WrittenAudio]>(capacity: 64)

    private struct TopicKey: Hashable {
        var id: String
        var plain: Bool
    }

    /// `voicesFolder` names the voices folder in the message when `voices` is nil and a request
    /// needs a voice.
    public init(content: ContentLibrary, voices: VoiceLibrary?, voicesFolder: String = "Voices") {
        self.content = content
        self.voices = voices
        self.voicesFolder = voicesFolder
        // Most topics are in the library's language: its tables are read while the topic file is.
        content.languages.prefetch(content.info.language)
    }

    /// The exporter over the topics in `contentFolder` and the voices in `voicesFolder`, read
    /// with one reading of the language data. The voices only when they can be read: print and
    /// screen formats need none. With `typedText` (`hlspeak say`), a missing content folder is
    /// an empty library rather than an error.
    public convenience init(contentFolder: URL, voicesFolder: URL, typedText: Bool = false) throws {
        let languages = try LanguageLibrary()
        let content = typedText && !FilePaths.isFolder(contentFolder) ? try ContentLibrary(noneAt: contentFolder, languages: languages)
            : try ContentLibrary(directory: contentFolder, languages: languages)
        self.init(content: content, voices: try? VoiceLibrary(directory: voicesFolder, languages: languages),
                  voicesFolder: voicesFolder.path)
    }

    private let voicesFolder: String

    /// Topic `id` as its file says it. Reading happens outside the lock, so threads read
    /// different topics at once.
    public func topic(_ id: String) throws -> Topic {
        if let topic = lock.withLock({ sourceTopics[id] }) { return topic }
        let topic = try content.topic(id)
        lock.withLock { sourceTopics[id] = topic }
        return topic
    }

    /// The voice profile `name`, read (with its lexicon and normaliser tables) once per exporter.
    public func voice(_ name: String) throws -> VoiceProfile {
        lock.lock()
        defer { lock.unlock() }
        if let profile = profiles[name] { return profile }
        guard let voices else { throw SpeechError.voicesFolderMissing(path: voicesFolder) }
        let profile = try voices.profile(named: name)
        profiles[name] = profile
        return profile
    }

    /// Topic `id` as patients get it: gaps left out and, with `plain`, in plain language. Made
    /// once per exporter.
    public func readableTopic(_ id: String, plain: Bool) throws -> Topic {
        let key = TopicKey(id: id, plain: plain)
        if let topic = lock.withLock({ topics[key] }) { return topic }
        var topic = try self.topic(id)
        let language = try content.language(of: topic)
        if plain {
            topic = try plainVersion(of: topic, language: language).topic
        }
        topic = topic.readable(language.sentences, missing: missingNote(language))
        lock.withLock { topics[key] = topic }
        return topic
    }

    /// What patients are told where the source lost text: the library's words, or the language's.
    func missingNote(_ language: Language) -> String {
        (content.info.writesIn(language.tag) ? content.info.missingContent : nil) ?? language.word("missing.content")
    }

    /// The language's and the library's plain-language word lists, read once per language.
    public func plainWords(for language: Language) -> PlainWords {
        lock.withLock {
            if let known = plainWords[language.tag] { return known }
            let words = PlainWords.load(from: content.directory, language: language)
            plainWords[language.tag] = words
            return words
        }
    }

    /// The simplifier for `language`, with the word lists read once per language.
    public func simplifier(for language: Language) -> Simplifier {
        Simplifier(words: plainWords(for: language), language: language)
    }

    /// The plain-language version of `topic` as its review file allows.
    func plainVersion(of topic: Topic, language: Language) throws -> PlainVersion {
        let review = try PlainReview.load(from: try content.reviewFile(forTopic: topic.id))
        return PlainVersion(topic: topic, simplifier: simplifier(for: language), review: review)
    }

    // MARK: Requests

    /// `request` with every choice made: its voice and codec, and what its format ignores
    /// cleared. Throws for settings that do not fit the format.
    public func resolve(_ request: ExportRequest) throws -> ResolvedRequest {
        let writer = request.format.writer
        var canonical = ExportRequest(topic: request.topic, sections: request.sections, format: request.format,
                                      plain: request.plain)
        if let codec = request.codec, !writer.needs.contains(.voice) || AudioFormat.for(request.format, codec: codec).sampleRate == nil {
            throw ExportError.codecNeedsPhone(codec, format: request.format)
        }
        if writer.scope == .oneSection && request.sections.count != 1 {
            throw ExportError.audioNeedsOneSection(format: request.format, sections: request.sections.count)
        }
        if writer.scope == .topicOnly && !request.sections.isEmpty {
            throw ExportError.topicOnly(format: request.format)
        }
        var resolved = ResolvedRequest(request: canonical)
        if writer.needs.contains(.voice) {
            guard let voices else { throw SpeechError.voicesFolderMissing(path: voicesFolder) }
            var name = request.voice ?? writer.usualVoice(for: request) ?? VoiceLibrary.defaultVoice
            // The topic's language picks the usual voice's version for it ("default-es").
            var byLanguage = false
            if request.voice == nil, let topic = try? self.topic(request.topic),
               let localized = voices.voice(name, forLanguage: topic.language) {
                name = localized
                byLanguage = true
            }
            let voice = try self.voice(voices.voiceNames.contains(name) || request.voice != nil ? name : VoiceLibrary.defaultVoice)
            // A voice the language chose is the usual one: it is not named in file names.
            canonical.voice = byLanguage ? nil : voice.name
            let audio = AudioFormat.for(request.format, codec: request.codec ?? voice.phoneCodec)
            if audio.sampleRate != nil { canonical.codec = request.codec ?? voice.phoneCodec ?? .ulaw }
            if let maxSeconds = request.maxSeconds {
                let longest = audio.defaultMaxSeconds ?? AudioFormat.partSeconds.upperBound
                let allowed = AudioFormat.partSeconds.lowerBound...longest
                guard allowed.contains(maxSeconds) else {
                    throw AudioExportError.maxSecondsOutOfRange(maxSeconds, allowed: allowed, format: request.format.rawValue)
                }
                canonical.maxSeconds = maxSeconds
            }
            resolved.voice = voice
            resolved.audio = audio
        }
        if writer.fingerprintInputs.contains(.largePrintOptions) {
            _ = try LargePrintStyle(paper: request.largePrint.paper, bodySize: request.largePrint.size)
            canonical.largePrint = request.largePrint
        }
        if writer.fingerprintInputs.contains(.brailleOptions) {
            _ = try BraillePageFormat(cells: request.braille.cells, lines: request.braille.lines)
            if let grade = request.braille.grade, ![1, 2].contains(grade) { throw ExportError.brailleGrade(grade) }
            canonical.braille = request.braille
        }
        resolved.request = canonical
        return resolved
    }

    /// The document `request`'s writer is given.
    public func document(for request: ResolvedRequest) throws -> ExportDocument {
        let topic = try readableTopic(request.request.topic, plain: request.request.plain)
        var document = try ExportDocument(topic: topic, language: try content.language(of: topic), library: content.info,
                                          sectionIDs: request.request.sections)
        guard !document.sections.isEmpty else {
            throw ContentError.nothingToWrite(sections: request.request.sections, topic: request.request.topic)
        }
        if request.writer == PhoneLineWriter.self, let voice = request.voice {
            document.translations = try translations(of: topic.id, voice: voice, plain: request.request.plain)
        }
        return document
    }

    /// The topics that translate `id` (`translation_of:`), each with the voice for its language
    /// that goes with `voice` ("phone" → "phone-es").
    func translations(of id: String, voice: VoiceProfile, plain: Bool) throws -> [ExportDocument.Translation] {
        guard let voices else { return [] }
        var found: [ExportDocument.Translation] = []
        for other in content.topicIDs where other != id {
            guard let translated = try? self.topic(other), translated.credits.translationOf == id,
                  let localized = voices.voice(voice.name, forLanguage: translated.language) else { continue }
            let readable = try readableTopic(other, plain: plain)
            found.append(.init(topic: readable, language: try content.language(of: readable), voice: try self.voice(localized)))
        }
        return found
    }

    /// Refuses an output place inside the content or voices folder (which hold the library's own
    /// files), or one that is a device, pipe or socket.
    public func checkOutputPlace(_ place: URL) throws(ExportError) {
        for (folder, name) in [(content.directory, "content"), (voices?.directory, "voices")] {
            guard let folder else { continue }
            let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
            let target = place.resolvingSymlinksInPath().standardizedFileURL.path
            if target == root || target.hasPrefix(root + "/") {
                throw .outputInsideLibrary(path: place.path, folder: name)
            }
        }
        var info = stat()
        if stat(place.path, &info) == 0, ![S_IFREG, S_IFDIR].contains(info.st_mode & S_IFMT) {
            throw .specialOutput(path: place.path)
        }
    }

    /// Where `request`'s output goes for `destination`.
    public func location(of request: ResolvedRequest, at destination: ExportDestination) -> URL {
        switch destination {
        case .file(let file): file
        case .folder(let folder): folder.appendingPathComponent(OutputName(request).fileName)
        }
    }

    /// This program and its arguments for a worker process (`hlspeak build --worker …`): spoken
    /// outputs after the first are made in a fresh process, since eSpeak NG carries state from one
    /// synthesis to the next and only a fresh engine gives the same bytes for the same request.
    /// Without it, they are made here (same words, but not byte for byte).
    public private(set) var freshProcess: (executable: URL, arguments: [String])?

    /// Makes spoken outputs (and a build's outputs) in worker processes of `program` (hlspeak),
    /// each started as `hlspeak build --worker` over this exporter's content and voices.
    public func useWorkers(_ program: URL) {
        freshProcess = (program, ["build", "--worker", "--content", content.directory.path, "--voices", voicesFolder])
    }

    /// Makes `request`'s output at `destination` and returns its files.
    @discardableResult
    public func export(_ request: ExportRequest, to destination: ExportDestination) throws -> WrittenOutput {
        let resolved = try resolve(request)
        // A book speaks nothing itself: its sections' audio is made as their own requests.
        if resolved.writer.needs.contains(.voice), !resolved.writer.needs.contains(.sectionAudio),
           !SpeechEngine.shared.isFresh, let freshProcess {
            return try exportInFreshProcess(request, to: destination, command: freshProcess)
        }
        return try write(resolved, document: try document(for: resolved), to: location(of: resolved, at: destination))
    }

    private func exportInFreshProcess(_ request: ExportRequest, to destination: ExportDestination,
                                      command: (executable: URL, arguments: [String])) throws -> WrittenOutput {
        try exportInFreshProcess([PlannedExport(request: request, destination: destination)], command: command)[0]
    }

    /// Makes `group` (one output, or several sharing speech) in a worker process.
    func exportInFreshProcess(_ group: [PlannedExport], command: (executable: URL, arguments: [String])) throws -> [WrittenOutput] {
        let outcome = OutcomeBox()
        exportInFreshProcesses([group], command: command, workers: 1) { outcome.value = $1 }
        return try outcome.value!.get()
    }

    /// Makes each of `groups` (one output, or several sharing speech) in a fresh worker process,
    /// `workers` at a time; `finished` hears of each group (by its index) as it is done, on the
    /// pool's threads, one at a time; a group whose worker gave no full answer is a failure.
    /// Returns when every group is done.
    func exportInFreshProcesses(_ groups: [[PlannedExport]], command: (executable: URL, arguments: [String]), workers: Int,
                                finished: @escaping @Sendable (Int, Result<[WrittenOutput], any Error>) -> Void) {
        let jobs = groups.enumerated().map { index, group in
            var jobs = group.enumerated().map { part, planned in
                var job = WorkerRequest(key: "\(index).\(part)", request: planned.request, destination: planned.destination)
                job.returnsAudio = true
                return job
            }
            var job = jobs.removeFirst()
            job.companions = jobs
            return job
        }
        let arrived = ArrivedResults(sizes: groups.map(\.count))
        defer {
            for index in arrived.incomplete {
                let output = groups[index][0].request
                finished(index, .failure(ExportError.failedElsewhere(
                    "the worker process making \(output.topic)\(output.sections.map { " -s \($0)" }.joined()) --format "
                        + "\(output.format.rawValue) gave no answer; run the command again, and if it fails again make that output "
                        + "alone to see why", status: ExitStatus.software)))
            }
        }
        WorkerPool(executable: command.executable, arguments: command.arguments, count: workers, freshAfter: { _ in true })
            .run(jobs) { result in
                guard let (index, results) = arrived.add(result) else { return }
                if let failed = results.first(where: { $0.error != nil }) {
                    finished(index, .failure(ExportError.failedElsewhere(failed.error ?? "", status: failed.status ?? ExitStatus.software)))
                    return
                }
                finished(index, .success(results.map { result in
                    var written = WrittenOutput(files: result.files.map { URL(fileURLWithPath: $0) }, seconds: result.seconds,
                                                warnings: result.warnings)
                    written.unreviewedChanges = result.unreviewedChanges ?? 0
                    written.audio = result.audio ?? []
                    return written
                }))
            }
    }

    /// Writes typed text (not from the library: `hlspeak say`, a voice's sample) as `spokenForm`
    /// made it to `file`, which gets the format's extension when it has none.
    public func export(_ speech: TypedSpeech, to file: URL) throws -> WrittenOutput {
        let request = speech.request, topic = speech.topic
        let resolved = try resolve(request)
        try checkOutputPlace(file)
        let ending = request.format.writer.nameEnding(for: resolved).fileExtension
        guard file.pathExtension.isEmpty || file.pathExtension.lowercased() == ending else {
            throw ExportError.wrongExtension(path: file.path, format: request.format, expected: ending)
        }
        let language = try content.language(of: topic)
        let document = try ExportDocument(topic: topic.readable(language.sentences), language: language, library: content.info,
                                          sectionIDs: request.sections)
        return try write(resolved, document: document, to: file.pathExtension.isEmpty ? file.appendingPathExtension(ending) : file,
                         fromLibrary: false)
    }

    /// Writes `document` as `request` says. A writer that needs its sections' audio (a
    /// read-along book) is given it, for a topic of the library (`fromLibrary`).
    private func write(_ request: ResolvedRequest, document: ExportDocument, to file: URL, fromLibrary: Bool = true) throws
        -> WrittenOutput {
        try AtomicFile.makeFolder(request.writer.scope == .topicOnly ? file : file.deletingLastPathComponent())
        if fromLibrary, request.writer.needs.contains(.sectionAudio) {
            return try AtomicFile.withWorkFolder(named: "sections") { work in
                var document = document
                document.sectionAudio = try sectionAudio(for: request, sections: document.sections, into: work)
                return try write(request, document: document, to: file, fromLibrary: false)
            }
        }
        let writer = try request.writer.init(request)
        var written = try writer.write(document, to: file)
        written.warnings = document.warnings + written.warnings
        written.unreviewedChanges = document.unreviewedChanges
        return written
    }

    /// Keeps the section MP3s `outputs` of `group` made, for books made later from them.
    func remember(_ group: [PlannedExport], _ outputs: [WrittenOutput]) {
        for (planned, written) in zip(group, outputs)
        where written.audio.count == 1 && planned.request.format == .mp3 && planned.request.sections.count == 1 {
            guard let resolved = try? resolve(planned.request) else { continue }
            lock.withLock { madeAudio[resolved.request] = written.audio }
        }
    }

    /// Keeps `audio`, made by `request` (a section's MP3) elsewhere, for books made here.
    func remember(_ request: ExportRequest, audio: WrittenAudio) {
        guard request.format == .mp3, request.sections.count == 1, let resolved = try? resolve(request) else { return }
        lock.withLock { madeAudio[resolved.request] = [audio] }
    }

    /// The MP3 of each of `sections` that has something to say, with its words' timings, exactly
    /// as the section's own MP3 request makes it with `request`'s voice: the file this command
    /// already made, or one made now into `work`, in fresh worker processes side by side (so
    /// each is byte for byte the section's MP3 made alone). Without workers they are made here.
    func sectionAudio(for request: ResolvedRequest, sections: [Section], into work: URL) throws -> [String: WrittenAudio] {
        guard let voice = request.voice else { return [:] }
        let renderer = SpeechRenderer(voice: voice)
        var found: [String: WrittenAudio] = [:]
        var missing: [(id: String, planned: PlannedExport)] = []
        for (index, section) in sections.enumerated() where !renderer.script(for: section).hasNothingToSay {
            let chapter = request.request.chapter(section.id)
            let key = try resolve(chapter).request
            if let made = lock.withLock({ madeAudio[key] }), made.count == 1, FileManager.default.fileExists(atPath: made[0].audio.path) {
                found[section.id] = made[0]
                continue
            }
            let file = work.appendingPathComponent("s\(index + 1)-\(section.id).mp3")
            missing.append((section.id, PlannedExport(request: chapter, destination: .file(file))))
        }
        let made: [Result<[WrittenOutput], any Error>]
        if let freshProcess, missing.count > 1 {
            let outcomes = PlanOutcomes(count: missing.count)
            exportInFreshProcesses(missing.map { [$0.planned] }, command: freshProcess,
                                   workers: min(ProcessInfo.processInfo.activeProcessorCount, missing.count)) { outcomes.set($0, $1) }
            made = missing.indices.map { outcomes.wait(for: $0) }
        } else {
            made = missing.map { item in Result { [try export(item.planned.request, to: item.planned.destination)] } }
        }
        for (item, outcome) in zip(missing, made) {
            let written = try outcome.get()
            guard let audio = written.first?.audio, audio.count == 1 else {
                throw ContentError.nothingToWrite(sections: [item.id], topic: request.request.topic)
            }
            found[item.id] = audio[0]
        }
        return found
    }

    /// The SSML every spoken output of `plan` would speak, in order, for review (`--script`).
    public func scripts(for plan: ExportPlan) throws -> [String] {
        try plan.outputs.filter { $0.request.format.isAudio }.map { try script(for: $0.request) }
    }

    /// The SSML `request` would speak, for review (`--script`).
    public func script(for request: ExportRequest) throws -> String {
        let resolved = try resolve(request)
        guard let voice = resolved.voice else { throw ExportError.notSpoken(format: request.format) }
        let document = try document(for: resolved)
        let builder = SpeechRenderer(voice: voice).builder
        return document.sections.map { builder.script(for: $0).ssml }.joined()
    }
}

extension AudioFormat {
    /// The audio format a spoken export format writes: phone formats in `codec` (mu-law WAV when nil).
    static func `for`(_ format: ExportFormat, codec: PhoneCodec?) -> AudioFormat {
        switch format {
        case .mp3, .epub: .mp3
        case .phone, .phoneLine: .phone(codec ?? .ulaw)
        default: .wav
        }
    }
}

/// The outcome of a one-group worker pool.
private final class OutcomeBox: @unchecked Sendable {
    var value: Result<[WrittenOutput], any Error>?
}

/// Worker results gathered by group (keys `group.part`) until each group is complete. Called
/// one at a time by the pool.
private final class ArrivedResults: @unchecked Sendable {
    private var parts: [[ExportResult?]]

    init(sizes: [Int]) { parts = sizes.map { Array(repeating: nil, count: $0) } }

    /// Records `result`; returns its group's index and results once the group is complete.
    func add(_ result: ExportResult) -> (Int, [ExportResult])? {
        let place = result.key.split(separator: ".").compactMap { Int($0) }
        guard place.count == 2, parts.indices.contains(place[0]), parts[place[0]].indices.contains(place[1]) else { return nil }
        parts[place[0]][place[1]] = result
        let complete = parts[place[0]].compactMap { $0 }
        return complete.count == parts[place[0]].count ? (place[0], complete) : nil
    }

    /// The groups some of whose results never came.
    var incomplete: [Int] { parts.indices.filter { parts[$0].contains { $0 == nil } } }
}
