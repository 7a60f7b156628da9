import ArgumentParser
import HLSpeakKit

extension PhoneCodec: ExpressibleByArgument {}
extension LargePrintStyle.Paper: ExpressibleByArgument {}

/// The formats `--format` names.
enum AudioFormatName: String, ExpressibleByArgument, CaseIterable {
    case wav, phone, mp3, html, text
    case largePrint = "large-print"
    case largePrintText = "large-print-text"
    case brf, pef
    case all

    var isAudio: Bool { [.wav, .phone, .mp3].contains(self) }

    /// The formats `--format all` writes, side by side.
    static let everyFormat: [AudioFormatName] = [.wav, .phone, .mp3, .largePrint, .largePrintText, .html, .text, .brf, .pef]
}

/// Voice and audio format options shared by the commands that write audio.
struct AudioOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The voice profile from the voices folder (default: 'phone' for phone formats, else 'default').",
        valueName: "name"))
    var voice: String?

    @Option(name: .long, help: ArgumentHelp(
        "wav (16-bit, 22 050 Hz), phone (8 kHz telephone audio), mp3, large-print (PDF), large-print-text, html or text (screen reader), brf or pef (braille), or all.",
        valueName: "format"))
    var format: AudioFormatName?

    @Option(name: .long, help: ArgumentHelp(
        "Telephone codec (implies --format phone): ulaw, alaw or pcm WAV; ulaw-raw, alaw-raw or sln without a header.",
        valueName: "codec"))
    var codec: PhoneCodec?

    @Option(name: .long, help: ArgumentHelp(
        "Split each section into numbered parts of at most this many seconds (10 or more; phone formats: 300 at most, the default).",
        valueName: "seconds"))
    var maxSeconds: Int?

    @Option(name: .long, help: ArgumentHelp("Large print: body text size in points, 16 to 28.", valueName: "points"))
    var size: Int = 18

    @Option(name: .long, help: ArgumentHelp("Large print: letter or a4.", valueName: "paper"))
    var paper: LargePrintStyle.Paper = .letter

    @Option(name: .long, help: ArgumentHelp("Braille: 2 for contracted (the default), 1 for uncontracted.", valueName: "grade"))
    var brailleGrade: Int = 2

    @Option(name: .long, help: ArgumentHelp("Braille: cells per line.", valueName: "cells"))
    var cells: Int = 40

    @Option(name: .long, help: ArgumentHelp("Braille: lines per page.", valueName: "lines"))
    var lines: Int = 25

    var isTelephone: Bool { format == .phone || codec != nil }

    /// Every format to write, in order.
    var formats: [AudioFormatName] {
        if codec != nil { return [.phone] }
        guard let format else { return [.wav] }
        return format == .all ? AudioFormatName.everyFormat : [format]
    }

    func validate() throws {
        if let codec, let format, format != .phone {
            throw ValidationError("--codec \(codec.rawValue) is a telephone codec; use it with --format phone, or drop it")
        }
        if ![1, 2].contains(brailleGrade) {
            throw ValidationError("--braille-grade \(brailleGrade) is not 1 (uncontracted) or 2 (contracted)")
        }
        if !LargePrintStyle.sizes.contains(size) {
            throw ValidationError("--size \(size) is outside 16 to 28 points; large print is 18 by default")
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

    /// The audio format for `name`, falling back on the voice's own codec.
    func audioFormat(_ name: AudioFormatName?, for voice: VoiceProfile) -> AudioFormat {
        if let codec { return .phone(codec) }
        switch name {
        case .phone: return .phone(voice.phoneCodec ?? .ulaw)
        case .mp3: return .mp3
        case .wav: return .wav
        default: return voice.phoneCodec.map(AudioFormat.phone) ?? .wav
        }
    }

    /// The audio writer for `name` (the options' own format when nil).
    func writer(library: LibraryOptions, for name: AudioFormatName? = nil) throws -> SpokenAudioWriter {
        let name = name ?? (format == .all ? nil : format)
        let library = try library.voiceLibrary()
        let voice = try name == .phone || isTelephone && name == nil
            ? library.profile(named: voice ?? (library.voiceNames.contains("phone") ? "phone" : "default"))
            : voiceProfile(in: library)
        return try SpokenAudioWriter(renderer: SpeechRenderer(voice: voice), format: audioFormat(name, for: voice),
                                     level: voice.level, maxSeconds: maxSeconds)
    }
}
