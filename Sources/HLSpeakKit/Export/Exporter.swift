import Foundation

/// Makes one output of the library build: reads the topic once, then writes any section or the
/// whole topic in any format, atomically, into `out/<topic>/`. Also computes each output's
/// fingerprint: a SHA-256 of everything it is made from, so unchanged outputs are not remade.
public final class Exporter: @unchecked Sendable {
    public let content: ContentLibrary
    /// The voices for audio; nil when only documents are made (they need no voice).
    public let voices: VoiceLibrary?
    public let options: ExportOptions
    public let output: URL
    /// The program's version, part of every fingerprint.
    public static let version = "hlspeak 0.1"

    private var topics: [String: Topic] = [:]
    private let lock = NSLock()
    /// The simplifier for `plain`, with the word lists read once.
    private let simplifier: Simplifier?
    /// What every fingerprint of this build shares, worked out once: the options, the word lists
    /// (with `plain`), and for documents the library's settings and glossary.
    private let optionsText: String
    private let wordLists: [Data]
    private let librarySettings: [String]

    public init(content: ContentLibrary, voices: VoiceLibrary?, options: ExportOptions, output: URL) {
        self.content = content
        self.voices = voices
        self.options = options
        self.output = output
        simplifier = options.plain ? Simplifier(words: PlainWords.load(from: content.directory)) : nil
        optionsText = (try? JSONEncoder.sorted.encode(options)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        wordLists = options.plain
            ? ["plain-words.tsv", "protected-terms.txt"].map { (try? Data(contentsOf: content.directory.appendingPathComponent($0))) ?? Data() }
            : []
        let info = content.info
        librarySettings = [
            [info.name, info.description, info.disclaimer, info.phoneIntro, info.phoneClosing].map { $0 ?? "" }.joined(separator: "|"),
            info.glossary.entries.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|"),
        ]
    }

    /// Topic `id`, read (and simplified, with `plain`) once.
    public func topic(_ id: String) throws -> Topic {
        lock.lock()
        defer { lock.unlock() }
        if let topic = topics[id] { return topic }
        var topic = try content.topic(id)
        if let simplifier { topic = simplifier.simplify(topic).topic }
        topics[id] = topic
        return topic
    }

    /// Every job for `topicIDs` in `formats`: each section with something to show or say, and the
    /// topic files. A topic that cannot be read is returned with its error, and the rest go on.
    public func jobs(topics topicIDs: [String], formats: [ExportFormat]) -> (jobs: [ExportJob], unreadable: [ExportResult]) {
        var jobs: [ExportJob] = []
        var unreadable: [ExportResult] = []
        for id in topicIDs {
            let topic: Topic
            do {
                topic = try self.topic(id)
            } catch {
                unreadable.append(ExportResult(job: ExportJob(topic: id, section: nil, format: formats.first ?? .html),
                                               hash: "", error: String(describing: error)))
                continue
            }
            let readable = topic.sections.filter(ReadableBlocks.hasContent)
            for format in formats {
                for section in readable { jobs.append(ExportJob(topic: id, section: section.id, format: format)) }
                if format.hasTopicFile { jobs.append(ExportJob(topic: id, section: nil, format: format)) }
            }
        }
        return (jobs.sorted(), unreadable)
    }

    // MARK: Fingerprints

    /// SHA-256 of what `job` is made from: the section's content (not its line numbers), the
    /// credits and library settings for printed and screen formats, the voice, lexicon and
    /// normaliser tables for audio only, the options and the program's version.
    public func fingerprint(_ job: ExportJob) throws -> String {
        let topic = try topic(job.topic)
        var hash = SHA256()
        hash.update(Self.version)
        hash.update(job.key)
        hash.update(optionsText)
        hash.update(topic.title + "|" + topic.language)
        let sections = job.section.map { id in topic.sections.filter { $0.id == id } } ?? topic.sections
        for section in sections { hash.update(String(reflecting: Self.withoutLines(section))) }
        for list in wordLists { hash.update(list) }
        if job.format.isAudio {
            hash.update(voiceFingerprint(voiceName(for: job.format)))
        } else {
            hash.update(String(reflecting: topic.credits))
            for setting in librarySettings { hash.update(setting) }
        }
        return hash.hexDigest()
    }

    private var voiceFingerprints: [String: String] = [:]

    /// SHA-256 of a voice profile with every lexicon and normaliser table, read once per build.
    private func voiceFingerprint(_ voice: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = voiceFingerprints[voice] { return known }
        guard let voices else { return "" }
        var hash = SHA256()
        hash.update(fileBytes(voices.directory, "\(voice).yml"))
        for file in (try? FileManager.default.subpathsOfDirectory(atPath: voices.directory.path).sorted()) ?? []
        where file.hasPrefix("lexicons/") || file.hasPrefix("normalizer/") {
            hash.update(file)
            hash.update(fileBytes(voices.directory, file))
        }
        voiceFingerprints[voice] = hash.hexDigest()
        return voiceFingerprints[voice]!
    }

    private func fileBytes(_ folder: URL, _ name: String) -> Data {
        (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
    }

    /// A section with every line number zeroed: moving text in the file is not a change.
    static func withoutLines(_ section: Section) -> Section {
        var copy = section
        copy.line = 0
        copy.blocks = section.blocks.map(withoutLines)
        copy.subsections = section.subsections.map(withoutLines)
        return copy
    }

    private static func withoutLines(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph): paragraph.line = 0; return .paragraph(paragraph)
        case .list(var list):
            list.line = 0
            list.items = list.items.map { ListItem($0.blocks.map(withoutLines)) }
            return .list(list)
        case .note(var note): note.line = 0; note.blocks = note.blocks.map(withoutLines); return .note(note)
        case .gap(var gap): gap.line = 0; return .gap(gap)
        }
    }

    func voiceName(for format: ExportFormat) -> String {
        format == .phone && voices?.voiceNames.contains("phone") == true ? "phone" : "default"
    }

    // MARK: Making outputs

    /// Makes `job`'s files and returns what was written.
    public func run(_ job: ExportJob, hash: String) throws -> ExportResult {
        let topic = try topic(job.topic)
        let folder = output.appendingPathComponent(job.topic, isDirectory: true)
        try AtomicFile.makeFolder(folder)
        let section = try job.section.map { id in try SectionLookup(topic).section(id) }
        let base = folder.appendingPathComponent(job.section ?? job.topic)
        var files: [URL] = []
        var seconds: Double?
        var warnings: [String] = []
        if job.format.isAudio {
            if let section {
                guard let voices else { throw SpeechError.voicesFolderMissing(path: "Voices") }
                let voice = try voices.profile(named: voiceName(for: job.format))
                let format: AudioFormat = job.format == .phone ? .phone(voice.phoneCodec ?? .ulaw) : job.format == .mp3 ? .mp3 : .wav
                let writer = try SpokenAudioWriter(renderer: SpeechRenderer(voice: voice), format: format, level: voice.level)
                let script = writer.renderer.script(for: section)
                if !script.hasNothingToSay {
                    let written = try writer.write(script, sectionID: section.id,
                                                   to: URL(fileURLWithPath: base.path + job.format.fileEnding(audio: format)))
                    files = written.flatMap { [$0.audio, $0.captions] }
                    seconds = written.reduce(0) { $0 + $1.seconds }
                }
            }
        } else if let written = try writeDocument(job.format, section: section, of: topic,
                                                   to: URL(fileURLWithPath: base.path + job.format.fileEnding(audio: nil))) {
            files = [written.file]
            warnings = written.warnings
        }
        let relative = files.map { String($0.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1)) }
        return ExportResult(job: job, files: relative, bytes: files.reduce(0) { $0 + AtomicFile.size(of: $1) },
                            seconds: seconds, hash: hash, warnings: warnings)
    }

    /// Writes `section` (or, when nil, the whole topic) as a printed, screen or braille document
    /// to `file`; nil when the format has no such document (braille has none for a whole topic).
    public func writeDocument(_ format: ExportFormat, section: Section?, of topic: Topic, to file: URL) throws
        -> (file: URL, warnings: [String])? {
        var warnings: [String] = []
        switch format {
        case .wav, .phone, .mp3:
            return nil
        case .largePrint:
            let style = try LargePrintStyle(paper: LargePrintStyle.Paper(rawValue: options.paper) ?? .letter, bodySize: options.size)
            let writer = LargePrintPDFWriter(style: style, library: content.info)
            if let section { try writer.write(section, of: topic, to: file) } else { try writer.write(topic, to: file) }
            return (file, [])
        case .html:
            let writer = HTMLWriter(library: content.info)
            try AtomicFile.write(Data((section.map { writer.page(for: $0, of: topic) } ?? writer.page(for: topic)).utf8), to: file)
        case .text, .largePrintText:
            let writer = ScreenTextWriter(width: format == .text ? 80 : 40)
            try AtomicFile.write(Data((section.map { writer.text(for: $0, of: topic) } ?? writer.text(for: topic)).utf8), to: file)
        case .brf, .pef:
            guard let section else { return nil }
            let pageFormat = try BraillePageFormat(cells: options.cells, lines: options.lines)
            let document = try BrailleWriter(louis: try Louis(grade: options.brailleGrade), format: pageFormat)
                .document(for: section, of: topic)
            warnings = document.warnings
            let text = format == .brf ? BrailleWriter.brf(document) : BrailleWriter.pef(document, format: pageFormat)
            try AtomicFile.write(Data(text.utf8), to: file)
        }
        return (file, warnings)
    }
}

extension JSONEncoder {
    /// Keys sorted, so equal values encode to equal bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
