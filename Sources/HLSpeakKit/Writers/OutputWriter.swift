import Foundation

/// A writer of one format: what it needs, what its output depends on, how the output is named,
/// and how it is written. Every writer is listed once in `WriterRegistry`; a new format is a new
/// writer and one line there.
protocol OutputWriter: Sendable {
    /// The format's name on the command line and in the build manifest.
    static var format: ExportFormat { get }
    /// What the format is, in a few words for `--help` ("a large-print PDF handout").
    static var summary: String { get }
    /// What one output of this format holds.
    static var scope: OutputScope { get }
    /// What the writer must have to work: a voice, a font, braille tables. A list, not a `Set`:
    /// a set of these enums costs the Swift runtime a search of every protocol conformance in
    /// the program the first time (~0.4 M instructions each), for a list of one to three.
    static var needs: [WriterNeed] { get }
    /// The request settings and library facts its output depends on, besides the text: they go
    /// into its name (when not the defaults) and its fingerprint.
    static var fingerprintInputs: [FingerprintInput] { get }
    /// The voice used when the request names none.
    static func usualVoice(for request: ExportRequest) -> String?
    /// The extension (empty for a folder), and a token when formats share the extension (`ulaw`
    /// in `coping.ulaw.wav`).
    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String)
    /// The name's subject when it is not the section or topic id (`phone-line`).
    static var nameSubject: String? { get }

    /// Loads what the writer needs (a font check, braille tables…) for `request`.
    init(_ request: ResolvedRequest) throws
    /// Writes `document` to `destination` (a file, or a folder for outputs that are folders) and
    /// returns every file written.
    func write(_ document: ExportDocument, to destination: URL) throws -> WrittenOutput
}

extension OutputWriter {
    static func usualVoice(for request: ExportRequest) -> String? { nil }
    static var nameSubject: String? { nil }
}

/// What one output of a format holds.
enum OutputScope: Hashable, Sendable {
    /// One section (spoken audio).
    case oneSection
    /// One section, several, or the whole topic (documents).
    case sectionsOrTopic
    /// The whole topic only (a phone line).
    case topicOnly
    /// One book: the chosen sections together, or the whole topic (an EPUB).
    case book
}

/// What a writer must have available.
enum WriterNeed: Hashable, Sendable {
    case voice, largePrintFont, brailleTables
    /// Each section's audio with its words' timings, made as the section's MP3 (a read-along book).
    case sectionAudio
}

/// What an output depends on besides the text of its sections.
public enum FingerprintInput: Hashable, Sendable {
    /// The voice profile with its lexicon and normaliser tables, and the codec and length limit.
    case voice
    /// Paper and type size.
    case largePrintOptions
    /// Braille grade and page size.
    case brailleOptions
    /// The library's name, greeting and closing (`library.yml`).
    case libraryInfo
}

/// The files one output was written as, first the main one.
public struct WrittenOutput: Hashable, Sendable {
    public var files: [URL]
    /// Spoken seconds, for audio.
    public var seconds: Double?
    /// What could not be carried into the format (a character with no braille form…).
    public var warnings: [String]
    /// Plain-language changes left out because nobody has accepted them yet.
    public var unreviewedChanges = 0
    /// Each audio file made, with its words' timings (a read-along book is made from them).
    var audio: [WrittenAudio] = []

    /// The files a person asked for: `files` without the captions beside the audio.
    public var filesWithoutCaptions: [URL] {
        files.filter { !OutputName.isCaptions($0) }
    }

    public init(files: [URL], seconds: Double? = nil, warnings: [String] = []) {
        self.files = files
        self.seconds = seconds
        self.warnings = warnings
    }
}
