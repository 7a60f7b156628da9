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
}

/// One output of a plan: the request and where it goes.
public struct PlannedExport: Hashable, Sendable {
    public var request: ExportRequest
    public var destination: ExportDestination
}

/// The requests a choice makes, and the sections left out because the source lost all their text.
public struct ExportPlan: Sendable {
    public var outputs: [PlannedExport]
    /// Section ids with nothing to read or say (only gaps).
    public var skipped: [String]
}

extension Exporter {
    /// Makes every output of `plan`, in order; `written` hears of each as it is finished.
    public func export(_ plan: ExportPlan, written: (WrittenOutput) -> Void) throws {
        for group in groupedBySpeech(plan.outputs, request: \.request) {
            for output in try export(group) { written(output) }
        }
    }

    /// The outputs `choice` asks for, in `defaultFolder` unless `-o` says otherwise: for each
    /// format, one output per section with something to read, and for documents asked for
    /// without sections, one for the whole topic. `-o FILE` with one format makes exactly that
    /// one file: the chosen sections (or the whole topic) as one document, or one section's audio.
    public func plan(_ choice: ExportChoice, defaultFolder: URL) throws -> ExportPlan {
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
            return ExportPlan(outputs: [PlannedExport(request: planned, destination: .file(file))], skipped: skipped)
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
        return ExportPlan(outputs: outputs, skipped: skipped)
    }

    /// How typed `text` is said with `choice`'s voice and format: the words eSpeak NG is given,
    /// the SSML, and the request and topic (`Topic(saying:)`) that speak it.
    public func spokenForm(of text: String, choice: ExportChoice) throws
        -> (text: String, ssml: String, request: ExportRequest, topic: Topic) {
        let request = ExportRequest(topic: "say", sections: ["say"], format: try formats(choice)[0],
                                    voice: choice.voice, codec: choice.codec, maxSeconds: choice.maxSeconds)
        guard let voice = try resolve(request).voice else { throw ExportError.notSpoken(format: request.format) }
        let topic = Topic(saying: text, language: voice.language)
        let script = SpeechRenderer(voice: voice).script(for: topic.readable(voice.language.sentences).sections[0])
        return (script.sentences.map { SSML.spokenText($0.ssml) }.joined(separator: " "), script.ssml, request, topic)
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
        // An output that is a folder (a phone line) is written where -o says.
        if formats.count == 1, formats[0].writer.scope == .topicOnly { return url }
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
