import ArgumentParser
import HLSpeakKit

extension PhoneCodec: ExpressibleByArgument {}
extension LargePrintStyle.Paper: ExpressibleByArgument {}

/// The values `--help` lists, straight from the raw values. ArgumentParser's own defaults
/// describe each case through reflection (`"\(value)"`), about 1.8 M instructions of every run's
/// start for the same strings; its descriptions are empty for these (a case reads as its value).
extension ExpressibleByArgument where Self: CaseIterable & RawRepresentable, RawValue == String {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension ExportFormat: ExpressibleByArgument {}

/// `--format`: one of the library's formats, or `all` of them.
extension ExportChoice.Formats: ExpressibleByArgument {
    public init?(argument: String) { self.init(named: argument) }
    public static var allValueStrings: [String] { names }
}

/// The voice and telephone options of the commands that speak.
struct AudioOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The voice profile from the voices folder (default: 'phone' for phone formats, else 'default').",
        valueName: "name"))
    var voice: String?

    @Option(name: .long, help: ArgumentHelp(
        "Telephone codec (implies --format phone): ulaw, alaw or pcm WAV; ulaw-raw, alaw-raw or sln without a header.",
        valueName: "codec"))
    var codec: PhoneCodec?

    @Option(name: .long, help: ArgumentHelp(
        "Split audio into numbered parts of at most this many seconds (\(AudioFormat.partSeconds.lowerBound) or more; "
            + "phone formats: \(AudioFormat.longestPhonePrompt) at most, the default).",
        valueName: "seconds"))
    var maxSeconds: Int?

    func apply(to choice: inout ExportChoice) {
        choice.voice = voice
        choice.codec = codec
        choice.maxSeconds = maxSeconds
    }
}

/// The print and braille options of the commands that write documents. Each is optional: the
/// library's `LargePrintOptions` and `BrailleOptions` decide what an unset one means.
struct DocumentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Large print: body text size in points, \(LargePrintStyle.sizes.lowerBound) to \(LargePrintStyle.sizes.upperBound) (default: \(LargePrintOptions().size)).", valueName: "points"))
    var size: Int?

    @Option(name: .long, help: ArgumentHelp("Large print: letter or a4 (default: \(LargePrintOptions().paper.rawValue)).", valueName: "paper"))
    var paper: LargePrintStyle.Paper?

    @Option(name: .long, help: ArgumentHelp("Braille: 2 for contracted, 1 for uncontracted (default: the usual grade of the topic's language, as its language data says).", valueName: "grade"))
    var brailleGrade: Int?

    @Option(name: .long, help: ArgumentHelp("Braille: cells per line (default: \(BrailleOptions().cells)).", valueName: "cells"))
    var cells: Int?

    @Option(name: .long, help: ArgumentHelp("Braille: lines per page (default: \(BrailleOptions().lines)).", valueName: "lines"))
    var lines: Int?

    func apply(to choice: inout ExportChoice) {
        if let size { choice.largePrint.size = size }
        if let paper { choice.largePrint.paper = paper }
        if let brailleGrade { choice.braille.grade = brailleGrade }
        if let cells { choice.braille.cells = cells }
        if let lines { choice.braille.lines = lines }
    }
}

/// `--plain`: the plain-language version of the text.
struct PlainOption: ParsableArguments {
    @Flag(name: .long, help: "Use the plain-language version of the text (see 'hlspeak simplify').")
    var plain = false
}
