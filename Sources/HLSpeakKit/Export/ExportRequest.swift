/// One output to make: the only way hlspeak writes a file. `speak`, `--format all`, `build`,
/// `phone-line` and programs that embed hlspeak all describe what they want as requests, and the
/// `Exporter` makes each the same way, so the same request gives the same bytes under the same
/// name whichever command asked for it.
public struct ExportRequest: Hashable, Codable, Sendable {
    /// The topic id (its file name without `.md`).
    public var topic: String
    /// Section ids, in order; empty for the whole topic.
    public var sections: [String]
    public var format: ExportFormat
    /// The voice profile's name; nil for the format's usual voice ('phone' for telephone audio).
    public var voice: String?
    /// The telephone codec; nil for the voice's own (mu-law WAV when it names none).
    public var codec: PhoneCodec?
    /// The plain-language version of the text.
    public var plain: Bool
    /// The longest audio part in seconds; nil for the format's limit.
    public var maxSeconds: Int?
    public var largePrint: LargePrintOptions
    public var braille: BrailleOptions

    /// For a book, the request of section `id`'s own MP3, which the book is made from.
    func chapter(_ id: String) -> ExportRequest {
        ExportRequest(topic: topic, sections: [id], format: .mp3, voice: voice, plain: plain)
    }

    public init(topic: String, sections: [String] = [], format: ExportFormat, voice: String? = nil,
                codec: PhoneCodec? = nil, plain: Bool = false, maxSeconds: Int? = nil,
                largePrint: LargePrintOptions = LargePrintOptions(), braille: BrailleOptions = BrailleOptions()) {
        self.topic = topic
        self.sections = sections
        self.format = format
        self.voice = voice
        self.codec = codec
        self.plain = plain
        self.maxSeconds = maxSeconds
        self.largePrint = largePrint
        self.braille = braille
    }
}

/// Paper and type size of a large-print handout.
public struct LargePrintOptions: Hashable, Codable, Sendable {
    public var size: Int
    public var paper: LargePrintStyle.Paper

    public init(size: Int = 18, paper: LargePrintStyle.Paper = .letter) {
        self.size = size
        self.paper = paper
    }
}

/// Braille grade and embosser page size.
public struct BrailleOptions: Hashable, Codable, Sendable {
    /// 2 for contracted, 1 for uncontracted; nil for the language's usual grade (`braille.grade`
    /// in its `language.tsv`: 2 for English, 1 for Spanish).
    public var grade: Int?
    public var cells: Int
    public var lines: Int

    public init(grade: Int? = nil, cells: Int = 40, lines: Int = 25) {
        self.grade = grade
        self.cells = cells
        self.lines = lines
    }
}

/// A request with every choice made: the voice and codec it will use, and every setting its format
/// ignores cleared, so two requests that make the same file are equal (and share a name and a
/// fingerprint).
public struct ResolvedRequest: Hashable, Sendable {
    public var request: ExportRequest
    /// The voice that speaks it (audio formats only).
    public var voice: VoiceProfile?
    /// How its audio is encoded (audio formats only).
    public var audio: AudioFormat?

    /// The writer for the request's format.
    var writer: any OutputWriter.Type { request.format.writer }
}
