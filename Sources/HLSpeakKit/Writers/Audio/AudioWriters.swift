import Foundation

extension ExportFormat {
    /// 16-bit PCM WAV at eSpeak NG's 22 050 Hz: for listening, web pages and editing.
    public static let wav = ExportFormat("wav")
    /// 8 kHz telephone audio in the chosen codec.
    public static let phone = ExportFormat("phone")
    /// MP3 at 22 050 Hz: for web players and Twilio.
    public static let mp3 = ExportFormat("mp3")
}

/// What the three spoken formats share: one section per output, a voice, captions.
protocol SpokenSectionWriter: OutputWriter {
    var audio: SpokenAudioWriter { get }
    init(audio: SpokenAudioWriter)
}

extension SpokenSectionWriter {
    static var scope: OutputScope { .oneSection }
    static var needs: [WriterNeed] { [.voice] }
    static var fingerprintInputs: [FingerprintInput] { [.voice] }
    static func usualVoice(for request: ExportRequest) -> String? { VoiceLibrary.defaultVoice }

    init(_ request: ResolvedRequest) throws { self.init(audio: SpokenAudioWriter(request)) }

    func write(_ document: ExportDocument, to destination: URL) throws -> WrittenOutput {
        try audio.write(document, to: destination)[0]
    }
}

/// A section spoken as 16-bit PCM WAV at 22 050 Hz, with captions.
struct WAVWriter: SpokenSectionWriter {
    static let format = ExportFormat.wav
    static let summary = "16-bit audio, 22 050 Hz"
    let audio: SpokenAudioWriter

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "wav") }
}

/// A section spoken as MP3, with captions.
struct MP3Writer: SpokenSectionWriter {
    static let format = ExportFormat.mp3
    static let summary = "compressed audio"
    let audio: SpokenAudioWriter

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "mp3") }
}

/// A section spoken as 8 kHz telephone audio (G.711 mu-law or A-law WAV, 8 kHz PCM WAV, or the
/// headerless files Asterisk plays), with captions, cut into prompts phone systems accept.
struct PhoneAudioWriter: SpokenSectionWriter {
    static let format = ExportFormat.phone
    static let summary = "8 kHz telephone audio"
    let audio: SpokenAudioWriter

    static func usualVoice(for request: ExportRequest) -> String? { VoiceLibrary.phoneVoice }

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) {
        let codec = request.request.codec ?? .ulaw
        return (codec.nameToken, codec.fileExtension)
    }
}

extension PhoneCodec {
    /// The token that tells this codec's WAV files apart from 22 kHz WAV (`coping.ulaw.wav`);
    /// headerless files need none, their extension says it.
    var nameToken: String? {
        switch self {
        case .ulaw: "ulaw"
        case .alaw: "alaw"
        case .pcm: "pcm8k"
        case .ulawRaw, .alawRaw, .sln: nil
        }
    }
}
