import Foundation

/// What someone asked for, before it is cut into requests: a topic, perhaps some sections, the
/// formats, and how. `speak`, `phone-line`, `build` and the workspace describe their work this
/// way; `Exporter.plan` turns it into requests and places.
public struct ExportChoice: Sendable {
    /// Which formats: the usual one (WAV, or the phone voice's codec when `--voice` names a phone
    /// voice), one, a list, or every per-section format.
    public enum Formats: Hashable, Sendable {
        case usual
        case some([ExportFormat])
        case all

        /// The formats a person names: one format's name, or `all`.
        public init?(named name: String) {
            if name == "all" {
                self = .all
            } else if let format = ExportFormat(rawValue: name) {
                self = .some([format])
            } else {
                return nil
            }
        }

        /// Every name `init(named:)` takes.
        public static var names: [String] { ExportFormat.allCases.map(\.rawValue) + ["all"] }
    }

    public var topic: String
    /// Section names as typed (id, heading slug or heading); empty for every section.
    public var sections: [String] = []
    public var formats: Formats = .usual
    public var voice: String?
    public var codec: PhoneCodec?
    public var plain = false
    public var maxSeconds: Int?
    public var largePrint = LargePrintOptions()
    public var braille = BrailleOptions()
    /// `-o`: a file for one output, or a folder; nil for the default folder.
    public var output: String?

    public init(topic: String) { self.topic = topic }

    /// A choice for typed text (`hlspeak say`, a voice's sample), which names no topic.
    public static var typedText: ExportChoice { ExportChoice(topic: Topic.typedTextID) }
}

/// Typed text as it is said (`hlspeak say`, a voice's sample): the words eSpeak NG is given and
/// the SSML, with the request and topic (`Topic(saying:)`) that write it.
public struct TypedSpeech: Sendable {
    public let text: String
    public let ssml: String
    let request: ExportRequest
    let topic: Topic
}

/// One output of a plan: the request and where it goes.
public struct PlannedExport: Hashable, Sendable {
    public var request: ExportRequest
    public var destination: ExportDestination

    /// The folder this output writes files into: the one named, or the output itself when it
    /// is a folder (a phone line); nil for a single file.
    var folder: URL? {
        switch destination {
        case .folder(let folder): folder
        case .file(let file): request.format.writer.scope == .topicOnly ? file : nil
        }
    }
}

/// The requests a choice makes, and the sections left out because the source lost all their text.
public struct ExportPlan: Sendable {
    public var topic: String
    public var outputs: [PlannedExport]
    /// Section ids with nothing to read or say (only gaps).
    public var skipped: [String]

    /// What the person asking should know before the outputs are made: the sections left out.
    public var warnings: [String] {
        skipped.map { "section '\($0)' has only gaps (text the source lost); skipped. 'hlspeak check \(topic)' lists them." }
    }
}

extension Exporter {
    /// Makes every output of `plan`; `written` hears of each in the plan's order as soon as it and
    /// those before it are finished. Spoken outputs, when there are several, are made in fresh
    /// worker processes, one per processor at a time, while documents are made here; books come
    /// last, from the sections' audio made before them. After a failure the rest are still
    /// made; then the failure is thrown (every one, when several failed). Nothing is made when a
    /// folder of the plan holds another topic's outputs (a plan only read, as `--script` does, may
    /// name such a folder).
    public func export(_ plan: ExportPlan, written: (WrittenOutput) -> Void) throws {
        // Each folder is marked as the topic's first, so two runs of different topics into one
        // new folder cannot both pass; a mark under which nothing was made is taken away again.
        var claims: [URL: TopicFolderMark.Claim] = [:]
        var filled: Set<URL> = []
        defer { for (folder, claim) in claims { filled.contains(folder) ? claim.keep() : claim.release() } }
        for folder in Set(plan.outputs.compactMap(\.folder)) {
            claims[folder] = try TopicFolderMark.claim(folder, for: plan.topic)
        }
        let groups = groupedBySpeech(plan.outputs, request: \.request)
        let isBook = groups.map { $0[0].request.format.writer.scope == .book }
        let spoken = groups.indices.filter { !isBook[$0] && (try? resolve(groups[$0][0].request))?.voice != nil }
        let outcomes = PlanOutcomes(count: groups.count)
        let inWorkers = spoken.count > 1 ? freshProcess : nil
        if let freshProcess = inWorkers {
            let pool = Thread { [self] in
                exportInFreshProcesses(spoken.map { groups[$0] }, command: freshProcess,
                                       workers: min(ProcessInfo.processInfo.activeProcessorCount, spoken.count)) { index, outcome in
                    if case .success(let outputs) = outcome { self.remember(groups[spoken[index]], outputs) }
                    outcomes.set(spoken[index], outcome)
                }
            }
            pool.start()
        }
        for index in groups.indices where !isBook[index] && (inWorkers == nil || !spoken.contains(index)) {
            outcomes.set(index, Result { try export(groups[index]) })
        }
        var failures: [(error: any Error, outputs: [String])] = []
        for index in groups.indices {
            if isBook[index] {
                for other in spoken { _ = outcomes.wait(for: other) }
                outcomes.set(index, Result { try export(groups[index]) })
            }
            switch outcomes.wait(for: index) {
            case .success(let outputs):
                filled.formUnion(groups[index].compactMap(\.folder))
                outputs.forEach(written)
            case .failure(let error):
                let names = groups[index].compactMap { planned in
                    (try? resolve(planned.request)).map { location(of: $0, at: planned.destination).lastPathComponent }
                }
                failures.append((error, names))
            }
        }
        if failures.count == 1 { throw failures[0].error }
        if let first = failures.first {
            // The same reason for many outputs (a broken voice) is said once, with the outputs it stopped.
            var reasons: [(message: String, outputs: [String])] = []
            for failure in failures {
                let message = String(describing: failure.error)
                if let known = reasons.firstIndex(where: { $0.message == message }) {
                    reasons[known].outputs += failure.outputs
                } else {
                    reasons.append((message, failure.outputs))
                }
            }
            throw ExportError.severalFailed(reasons.map { "\($0.outputs.joined(separator: ", ")): \($0.message)" },
                                            outputs: failures.reduce(0) { $0 + $1.outputs.count },
                                            status: (first.error as? any HLSpeakError)?.exitCode ?? ExitStatus.software)
        }
    }

    /// Where outputs go when no `-o` names a place: `out`, beside where hlspeak runs, for
    /// `speak`, `build` and `serve` alike.
    public static let standardOutput = "out"

    /// Where a topic's outputs go when no `-o` names a place: `out/<topic>/`.
    public static func standardFolder(for topic: String) -> URL {
        URL(fileURLWithPath: "\(standardOutput)/\(topic)", isDirectory: true)
    }

    /// The outputs `choice` asks for, in `defaultFolder` (`out/<topic>/` if not given) unless
    /// `-o` says otherwise: for each format, one output per section with something to read, and
    /// for documents asked for without sections, one for the whole topic. `-o FILE` with one
    /// format makes exactly that one file: the chosen sections (or the whole topic) as one
    /// document, or one section's audio.
    public func plan(_ choice: ExportChoice, defaultFolder: URL? = nil) throws -> ExportPlan {
        let defaultFolder = defaultFolder ?? Self.standardFolder(for: choice.topic)
        let speaks = switch choice.formats {
        case .usual, .all: true
        case .some(let formats): formats.contains(where: \.isAudio)
        }
        if speaks { SpeechEngine.shared.startInBackground() }
        var choice = choice
        choice.topic = try content.topicID(choice.topic)
        try checkOutputPlace(choice.output.map { URL(fileURLWithPath: $0) } ?? defaultFolder)
        let topic = try readableTopic(choice.topic, plain: choice.plain)
        let asked = try SectionLookup(try self.topic(choice.topic)).sections(choice.sections).map(\.id)
        let present = Set(topic.allSections.map(\.id))
        let sections = asked.filter(present.contains)
        let skipped = asked.filter { !present.contains($0) }
        if sections.isEmpty && !skipped.isEmpty {
            throw ContentError.nothingToWrite(sections: skipped, topic: choice.topic)
        }
        let formats = try self.formats(choice)
        let template = ExportRequest(topic: choice.topic, format: formats[0], voice: choice.voice, codec: choice.codec,
                                     plain: choice.plain, maxSeconds: choice.maxSeconds, largePrint: choice.largePrint,
                                     braille: choice.braille)
        func request(_ format: ExportFormat, _ sections: [String]) -> ExportRequest {
            var request = template
            request.format = format
            request.sections = sections
            return request
        }

        if let output = choice.output,
           let single = try singleFile(output, formats: formats, sectionCount: sections.count, wholeTopic: choice.sections.isEmpty) {
            let format = formats[0]
            let chosen = format.writer.scope == .topicOnly || choice.sections.isEmpty && format.writer.scope != .oneSection
                ? [] : sections
            let planned = request(format, chosen)
            let ending = format.writer.nameEnding(for: try resolve(planned)).fileExtension
            let given = single.pathExtension.lowercased()
            var file = single
            if format.writer.scope != .topicOnly {
                if given.isEmpty {
                    file = single.appendingPathExtension(ending)
                } else if given != ending {
                    throw ExportError.wrongExtension(path: output, format: format, expected: ending)
                }
            }
            return ExportPlan(topic: choice.topic, outputs: [PlannedExport(request: planned, destination: .file(file))], skipped: skipped)
        }
        let folder = choice.output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? defaultFolder
        var outputs: [PlannedExport] = []
        for format in formats {
            switch format.writer.scope {
            case .topicOnly:
                outputs.append(PlannedExport(request: request(format, []), destination: .folder(folder)))
            case .book:
                outputs.append(PlannedExport(request: request(format, choice.sections.isEmpty ? [] : sections),
                                             destination: .folder(folder)))
            case .oneSection, .sectionsOrTopic:
                for id in sections {
                    outputs.append(PlannedExport(request: request(format, [id]), destination: .folder(folder)))
                }
                if format.writer.scope == .sectionsOrTopic && choice.sections.isEmpty {
                    outputs.append(PlannedExport(request: request(format, []), destination: .folder(folder)))
                }
            }
        }
        return ExportPlan(topic: choice.topic, outputs: outputs, skipped: skipped)
    }

    /// How typed `text` is said with `choice`'s voice and format (its topic is not read): the
    /// words eSpeak NG is given and the SSML, ready for `export(_:to:)`.
    public func spokenForm(of text: String, choice: ExportChoice) throws -> TypedSpeech {
        let request = ExportRequest(topic: Topic.typedTextID, sections: [Topic.typedTextID], format: try formats(choice)[0],
                                    voice: choice.voice, codec: choice.codec, maxSeconds: choice.maxSeconds)
        guard let voice = try resolve(request).voice else { throw ExportError.notSpoken(format: request.format) }
        let topic = Topic(saying: text, language: voice.language)
        let script = SpeechRenderer(voice: voice).script(for: topic.readable(voice.language.sentences).sections[0])
        return TypedSpeech(text: script.sentences.map { SSML.spokenText($0.ssml) }.joined(separator: " "), ssml: script.ssml,
                           request: request, topic: topic)
    }

    /// The formats of `choice`: `.usual` is WAV, or phone audio when the voice is a phone voice or
    /// a codec is given.
    private func formats(_ choice: ExportChoice) throws -> [ExportFormat] {
        switch choice.formats {
        case .all: return ExportFormat.everyPerSectionFormat
        case .some(let formats) where !formats.isEmpty: return formats
        case .some, .usual:
            if choice.codec != nil { return [.phone] }
            if let name = choice.voice, try voice(name).phoneCodec != nil { return [.phone] }
            return [.wav]
        }
    }

    /// The file `-o output` names when the choice makes one output, or nil for a folder.
    private func singleFile(_ output: String, formats: [ExportFormat], sectionCount: Int, wholeTopic: Bool) throws -> URL? {
        let url = URL(fileURLWithPath: output)
        // An output that is a folder (a phone line) is written where -o says ("lines/" or "lines").
        if formats.count == 1, formats[0].writer.scope == .topicOnly {
            var path = Substring(output)
            while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
            return URL(fileURLWithPath: String(path))
        }
        if output.hasSuffix("/") || FilePaths.isFolder(url) { return nil }
        let given = url.pathExtension.lowercased()
        guard formats.count == 1, let format = formats.first else {
            if !given.isEmpty { throw ExportError.oneFileForSeveral(path: output, count: formats.count) }
            return nil
        }
        let writer = format.writer
        let outputs = switch writer.scope {
        case .topicOnly, .book: 1
        case .oneSection: sectionCount
        case .sectionsOrTopic: given.isEmpty ? sectionCount + (wholeTopic ? 1 : 0) : 1
        }
        guard outputs == 1 else {
            if given.isEmpty { return nil }
            if writer.scope == .oneSection { throw ExportError.audioNeedsOneSection(format: format, sections: sectionCount) }
            throw ExportError.oneFileForSeveral(path: output, count: outputs)
        }
        return url
    }
}

/// Each group's outcome, set by whichever thread made it; waited for in the plan's order.
final class PlanOutcomes: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcomes: [Result<[WrittenOutput], any Error>?]

    init(count: Int) { outcomes = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Result<[WrittenOutput], any Error>) {
        condition.withLock { outcomes[index] = outcome }
        condition.broadcast()
    }

    func wait(for index: Int) -> Result<[WrittenOutput], any Error> {
        condition.lock()
        defer { condition.unlock() }
        while outcomes[index] == nil { condition.wait() }
        return outcomes[index]!
    }
}
