import ArgumentParser
import HLSpeakKit

extension PhoneCodec: ExpressibleByArgument {}

/// The audio formats `--format` names.
enum AudioFormatName: String, ExpressibleByArgument, CaseIterable {
    case wav, phone, mp3
}

/// Voice and audio format options shared by the commands that write audio.
struct AudioOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The voice profile from the voices folder (default: 'phone' for phone formats, else 'default').",
        valueName: "name"))
    var voice: String?

    @Option(name: .long, help: ArgumentHelp(
        "wav (16-bit, 22 050 Hz), phone (8 kHz telephone audio) or mp3.", valueName: "format"))
    var format: AudioFormatName?

    @Option(name: .long, help: ArgumentHelp(
        "Telephone codec (implies --format phone): ulaw, alaw or pcm WAV; ulaw-raw, alaw-raw or sln without a header.",
        valueName: "codec"))
    var codec: PhoneCodec?

    @Option(name: .long, help: ArgumentHelp(
        "Split each section into numbered parts of at most this many seconds (10 or more; phone formats: 300 at most, the default).",
        valueName: "seconds"))
    var maxSeconds: Int?

    var isTelephone: Bool { format == .phone || codec != nil }

    func validate() throws {
        if let codec, let format, format != .phone {
            throw ValidationError("--codec \(codec.rawValue) is a telephone codec; use it with --format phone, or drop it")
        }
        if let maxSeconds, maxSeconds < SpokenAudioWriter.maxSecondsRange.lowerBound {
            throw ValidationError("--max-seconds \(maxSeconds) is too short; use at least 10 seconds")
        }
    }

    /// The voice profile: the one named, or the format's usual one.
    func voiceProfile(in library: VoiceLibrary) throws(SpeechError) -> VoiceProfile {
        let name = voice ?? (isTelephone && library.voiceNames.contains("phone") ? "phone" : "default")
        return try library.profile(named: name)
    }

    /// The format from the options, falling back on the voice's own codec.
    func audioFormat(for voice: VoiceProfile) -> AudioFormat {
        if let codec { return .phone(codec) }
        switch format {
        case .phone: return .phone(voice.phoneCodec ?? .ulaw)
        case .mp3: return .mp3
        case .wav: return .wav
        case nil: return voice.phoneCodec.map(AudioFormat.phone) ?? .wav
        }
    }

    func writer(library: LibraryOptions) throws -> SpokenAudioWriter {
        let voice = try voiceProfile(in: library.voiceLibrary())
        return try SpokenAudioWriter(renderer: SpeechRenderer(voice: voice), format: audioFormat(for: voice),
                                     level: voice.level, maxSeconds: maxSeconds)
    }
}
