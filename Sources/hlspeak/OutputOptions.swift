import ArgumentParser
import HLSpeakKit

extension PhoneCodec: ExpressibleByArgument {}
extension LargePrintStyle.Paper: ExpressibleByArgument {}

/// What `--format` names: one of the library's formats, or `all` of them.
enum FormatChoice: Equatable, ExpressibleByArgument {
    case one(ExportFormat)
    case all

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let format = ExportFormat(rawValue: argument) {
            self = .one(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["all"] }
}

/// Voice, format, print and braille options shared by the commands that write outputs.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The voice profile from the voices folder (default: 'phone' for phone formats, else 'default').",
        valueName: "name"))
    var voice: String?

    @Option(name: .long, help: ArgumentHelp(
        "wav (16-bit, 22 050 Hz), phone (8 kHz telephone audio), mp3, large-print (PDF), large-print-text, html or text (screen reader), brf or pef (braille), or all.",
        valueName: "format"))
    var format: FormatChoice?

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

    /// Every format to write, in order (`all`: side by side).
    var formats: [ExportFormat] {
        if codec != nil { return [.phone] }
        switch format {
        case nil: return [.wav]
        case .all: return ExportFormat.allCases
        case .one(let format): return [format]
        }
    }

    /// The format asked for by name, when one was (`--voice phone` alone leaves it to the voice).
    var namedFormat: ExportFormat? {
        if case .one(let format) = format { return format }
        return codec != nil ? .phone : nil
    }

    func validate() throws {
        if let codec, let format, format != .one(.phone) {
            throw ValidationError("--codec \(codec.rawValue) is a telephone codec; use it with --format phone, or drop it")
        }
        if ![1, 2].contains(brailleGrade) {
            throw ValidationError("--braille-grade \(brailleGrade) is not 1 (uncontracted) or 2 (contracted)")
        }
        if !LargePrintStyle.sizes.contains(size) {
            throw ValidationError(PrintError.sizeOutOfRange(size).description)
        }
        if let maxSeconds, maxSeconds < SpokenAudioWriter.maxSecondsRange.lowerBound {
            throw ValidationError("--max-seconds \(maxSeconds) is too short; use at least 10 seconds")
        }
    }

    /// The voice profile: the one named, or the usual one for `format` ('phone' for telephone audio).
    func voiceProfile(in library: VoiceLibrary, for format: ExportFormat?) throws(SpeechError) -> VoiceProfile {
        let telephone = format == .phone || codec != nil
        return try library.profile(named: voice ?? (telephone && library.voiceNames.contains("phone") ? "phone" : "default"))
    }

    /// The audio format for `name`, falling back on the voice's own codec.
    func audioFormat(_ name: ExportFormat?, for voice: VoiceProfile) -> AudioFormat {
        if let codec { return .phone(codec) }
        switch name {
        case .phone: return .phone(voice.phoneCodec ?? .ulaw)
        case .mp3: return .mp3
        case .wav: return .wav
        default: return voice.phoneCodec.map(AudioFormat.phone) ?? .wav
        }
    }

    /// The audio writer for `name`; nil leaves the format to the voice (a phone voice writes its codec).
    func writer(library: LibraryOptions, for name: ExportFormat?) throws -> SpokenAudioWriter {
        let voice = try voiceProfile(in: library.voiceLibrary(), for: name)
        return try SpokenAudioWriter(renderer: SpeechRenderer(voice: voice), format: audioFormat(name, for: voice),
                                     level: voice.level, maxSeconds: maxSeconds)
    }
}
