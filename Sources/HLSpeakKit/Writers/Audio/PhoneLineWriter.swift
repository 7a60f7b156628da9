import Foundation

extension ExportFormat {
    /// A topic as a ready-to-load phone line (a folder of prompts, a manifest and a dialplan).
    public static let phoneLine = ExportFormat("phone-line")
}

/// A topic as a ready-to-load phone line: an intro (greeting and disclaimer), menus, one prompt
/// per section, a closing, `manifest.json` describing every file, and an Asterisk dialplan, in a
/// folder (`phone-line/`, or `phone-line.pcm8k/` and so on for other codecs and voices).
struct PhoneLineWriter: OutputWriter {
    static let format = ExportFormat.phoneLine
    static let summary = "a phone line's prompts and menu, for the whole topic"
    static let scope = OutputScope.topicOnly
    static let needs: [WriterNeed] = [.voice]
    static let fingerprintInputs: [FingerprintInput] = [.voice, .libraryInfo]
    static let nameSubject: String? = "phone-line"

    static func usualVoice(for request: ExportRequest) -> String? { VoiceLibrary.phoneVoice }

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) {
        let codec = request.request.codec ?? .ulaw
        return (codec == .ulaw ? nil : codec.rawValue.replacingOccurrences(of: "pcm", with: "pcm8k"), "")
    }

    var audio: SpokenAudioWriter

    init(_ request: ResolvedRequest) throws {
        audio = SpokenAudioWriter(request)
    }

    func write(_ document: ExportDocument, to folder: URL) throws -> WrittenOutput {
        var files: [URL] = []
        let manifest = try write(document.topic, library: document.library, translations: document.translations, to: folder) {
            files.append($0)
        }
        return WrittenOutput(files: files, seconds: manifest.prompts.reduce(0) { $0 + $1.seconds })
    }

    /// One prompt in the manifest.
    public struct Prompt: Hashable, Sendable, Encodable {
        /// The prompt's id (a section id, `intro`, `menu`…); a prompt split into parts has one
        /// entry per part, all with the same id.
        public var id: String
        public var kind: String
        public var file: String
        public var captions: String
        /// The keys a caller presses from the first menu to hear it ("5 2"); nil for intro and menus.
        public var keyPath: String?
        public var text: String
        public var seconds: Double
        public var bytes: Int

        enum CodingKeys: String, CodingKey {
            case id, kind, file, captions, text, seconds, bytes
            case keyPath = "key_path"
        }

        /// Every key is written, `key_path` as null for prompts no key reaches.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(file, forKey: .file)
            try container.encode(captions, forKey: .captions)
            try container.encode(keyPath, forKey: .keyPath)
            try container.encode(text, forKey: .text)
            try container.encode(seconds, forKey: .seconds)
            try container.encode(bytes, forKey: .bytes)
        }
    }

    /// What `manifest.json` holds.
    public struct Manifest: Hashable, Sendable, Encodable {
        public var topic: String
        public var title: String
        public var format: String
        public var encoding: String
        public var sampleRate: Int
        public var prompts: [Prompt]
        public var menus: [PhoneMenu]
        /// The other languages callers can choose: the key, the language, and the prefix of its
        /// prompts and menus (`es-intro`, `es-menu`).
        public var languages: [LanguageChoice] = []

        enum CodingKeys: String, CodingKey {
            case topic, title, format, encoding, prompts, menus, languages
            case sampleRate = "sample_rate"
        }
    }

    /// A language a caller can switch to from the start and the main menu.
    public struct LanguageChoice: Hashable, Sendable, Encodable {
        public var key: Int
        public var language: String
        public var topic: String
        public var prefix: String
    }

    /// The key that switches language (after the menus' 1 to 5 and 0).
    static let languageKey = 9

    /// Writes the prompt set for `topic` into `folder` and returns the manifest: its menu tree,
    /// and for a topic with a translation, the translation's tree in its own voice (prompts and
    /// menus named `es-…`), offered first with "Para español, oprima 9." `progress` is told each
    /// file written.
    @discardableResult
    func write(_ topic: Topic, library: LibraryInfo, translations: [ExportDocument.Translation] = [], to folder: URL,
               progress: (URL) -> Void = { _ in }) throws -> Manifest {
        try AtomicFile.makeFolder(folder)
        var prompts: [Prompt] = []
        var menus = try tree(topic, library: library, speaking: audio, prefix: "", to: folder, prompts: &prompts, progress: progress)
        var languages: [LanguageChoice] = []
        // One other language, on key 9 (the menus use 1 to 5 and 0).
        for translation in translations.prefix(1) {
            let speaker = SpokenAudioWriter(renderer: SpeechRenderer(voice: translation.voice), format: audio.format,
                                            level: translation.voice.level, maxSeconds: audio.maxSeconds)
            let prefix = (translation.language.tag.split(separator: "-").first.map(String.init) ?? translation.language.tag) + "-"
            let choice = translation.language.message("menu.language", ["key": String(Self.languageKey)])
            prompts += try Self.prompts(speaker, speaker.renderer.builder.script(paragraphs: [choice]), id: prefix + "choice",
                                        kind: "language", keyPath: nil, folder: folder, progress: progress)
            menus += try tree(translation.topic, library: library, speaking: speaker, prefix: prefix, to: folder, prompts: &prompts,
                              progress: progress)
            languages.append(LanguageChoice(key: Self.languageKey, language: translation.language.tag, topic: translation.topic.id,
                                            prefix: prefix))
        }
        var manifest = Manifest(topic: topic.id, title: topic.title, format: audio.format.name,
                                encoding: audio.format.encoding.rawValue,
                                sampleRate: audio.format.sampleRate ?? 22_050, prompts: prompts, menus: menus)
        manifest.languages = languages
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let manifestFile = folder.appendingPathComponent("manifest.json")
        try AtomicFile.write(try encoder.encode(manifest), to: manifestFile)
        progress(manifestFile)
        let dialplan = folder.appendingPathComponent("extensions.conf")
        try AtomicFile.write(Data(AsteriskDialplan(manifest: manifest, codec: audio.format).text.utf8), to: dialplan)
        progress(dialplan)
        return manifest
    }

    /// One language's prompts (intro, menus, sections, closing), spoken by `speaker` and named
    /// with `prefix`; returns its menus (ids prefixed too).
    private func tree(_ topic: Topic, library: LibraryInfo, speaking speaker: SpokenAudioWriter, prefix: String, to folder: URL,
                      prompts: inout [Prompt], progress: (URL) -> Void) throws -> [PhoneMenu] {
        let builder = speaker.renderer.builder
        let spoken = topic.sections.filter { !$0.isCredits }
            .map { (section: $0, script: builder.script(for: $0)) }.filter { !$0.script.hasNothingToSay }
        let language = builder.language
        let menus = PhoneMenu.menus(for: spoken.map { (prefix + $0.section.id, $0.section.title) }, language: language)
            .map { $0.prefixed(prefix) }
        let keyPaths = Self.keyPaths(menus)
        func add(_ script: SpokenScript, id: String, kind: String, keyPath: String?) throws {
            prompts += try Self.prompts(speaker, script, id: id, kind: kind, keyPath: keyPath, folder: folder, progress: progress)
        }
        // The library's own words when they are in the topic's language; else the language's.
        let own = library.writesIn(topic.language)
        let greeting = [(own ? library.phoneIntro : nil) ?? language.message("phone.welcome", ["library": library.name]),
                        language.message("phone.about", ["topic": topic.title]), own ? library.disclaimer : nil].compactMap { $0 }
        try add(builder.script(paragraphs: greeting), id: prefix + "intro", kind: "intro", keyPath: nil)
        for menu in menus {
            try add(builder.script(paragraphs: [menu.text]), id: menu.id, kind: "menu",
                    keyPath: menu.keyPath.isEmpty ? nil : menu.keyPath.map(String.init).joined(separator: " "))
        }
        for item in spoken {
            try add(item.script, id: prefix + item.section.id, kind: "section", keyPath: keyPaths[prefix + item.section.id])
        }
        if let closing = own ? library.phoneClosing : language.message("phone.closing", ["library": library.name]) {
            try add(builder.script(paragraphs: [closing]), id: prefix + "closing", kind: "closing", keyPath: nil)
        }
        return menus
    }

    /// `script` spoken into `id`'s files (parts when long), as manifest entries.
    private static func prompts(_ speaker: SpokenAudioWriter, _ script: SpokenScript, id: String, kind: String, keyPath: String?,
                                folder: URL, progress: (URL) -> Void) throws -> [Prompt] {
        try speaker.write(script, sectionID: id, to: folder.appendingPathComponent("\(id).\(speaker.format.fileExtension)")).map { file in
            progress(file.audio)
            progress(file.captions)
            return Prompt(id: id, kind: kind, file: file.audio.lastPathComponent, captions: file.captions.lastPathComponent,
                          keyPath: keyPath, text: file.text, seconds: (file.seconds * 1000).rounded() / 1000, bytes: file.bytes)
        }
    }

    /// For each section prompt, the keys that reach it: "2", or "5 1" through a second menu.
    static func keyPaths(_ menus: [PhoneMenu]) -> [String: String] {
        var paths: [String: String] = [:]
        for menu in menus {
            for option in menu.options {
                if case .playSection(let id) = option.action {
                    paths[id] = (menu.keyPath + [option.key]).map(String.init).joined(separator: " ")
                }
            }
        }
        return paths
    }
}
