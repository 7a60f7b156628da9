/// An audio output: its encoding, sample rate, band limit and the limits phone systems set.
public struct AudioFormat: Hashable, Sendable {
    public var name: String
    public var encoding: SoundFile.Encoding
    /// The output rate; nil keeps eSpeak NG's own 22 050 Hz.
    public var sampleRate: Int?
    /// Everything above this frequency (Hz) is filtered out while resampling.
    public var bandLimit: Double?
    public var fileExtension: String
    /// The longest prompt when `--max-seconds` is not given; nil for no limit.
    public var defaultMaxSeconds: Int?
    /// The largest file allowed (Avaya's upload limit for phone formats); nil for none.
    public var maxBytes: Int?

    /// The lengths in seconds a part of split audio may have (`--max-seconds`).
    public static let partSeconds = 10...36_000

    /// The longest phone prompt Amazon Connect takes, in seconds: phone formats' default part length.
    public static let longestPhonePrompt = 300

    /// 16-bit PCM WAV at eSpeak NG's rate: for listening, web pages and editing.
    public static let wav = AudioFormat(name: "wav", encoding: .wavPCM16, sampleRate: nil, bandLimit: nil,
                                        fileExtension: "wav", defaultMaxSeconds: nil, maxBytes: nil)

    /// MP3 at eSpeak NG's rate: for web players and Twilio.
    public static let mp3 = AudioFormat(name: "mp3", encoding: .mp3, sampleRate: nil, bandLimit: nil,
                                        fileExtension: "mp3", defaultMaxSeconds: nil, maxBytes: nil)

    /// 8 kHz telephone audio in `codec`, band-limited to 3.4 kHz, in prompts of at most 300 s
    /// (Amazon Connect) and 10 MB (Avaya).
    public static func phone(_ codec: PhoneCodec) -> AudioFormat {
        AudioFormat(name: "phone", encoding: codec.encoding, sampleRate: 8_000, bandLimit: 3_400,
                    fileExtension: codec.fileExtension, defaultMaxSeconds: longestPhonePrompt, maxBytes: 10_000_000)
    }
}

/// The telephone encodings phone systems accept.
public enum PhoneCodec: String, Hashable, Codable, Sendable, CaseIterable {
    /// G.711 mu-law WAV (tag 7): Cisco UCCX and Unity, Avaya, Amazon Connect.
    case ulaw
    /// G.711 A-law WAV (tag 6): Avaya and systems outside North America.
    case alaw
    /// 8 kHz 16-bit PCM WAV (tag 1): what Asterisk's `.wav` expects.
    case pcm
    /// Headerless mu-law, Asterisk `.ulaw`.
    case ulawRaw = "ulaw-raw"
    /// Headerless A-law, Asterisk `.alaw`.
    case alawRaw = "alaw-raw"
    /// Headerless 16-bit signed linear, Asterisk `.sln`.
    case sln

    public var encoding: SoundFile.Encoding {
        switch self {
        case .ulaw: .wavMuLaw
        case .alaw: .wavALaw
        case .pcm: .wavPCM16
        case .ulawRaw: .rawMuLaw
        case .alawRaw: .rawALaw
        case .sln: .rawPCM16
        }
    }

    public var fileExtension: String {
        switch self {
        case .ulaw, .alaw, .pcm: "wav"
        case .ulawRaw: "ulaw"
        case .alawRaw: "alaw"
        case .sln: "sln"
        }
    }
}
