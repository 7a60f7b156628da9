import Foundation

/// The one naming rule for every output:
///
///     <subject>[.<voice>][.plain][.<format token>][.<options>][.part<N>].<extension>
///
/// - subject: the section id (`coping`), the topic id for a whole topic, or the format for an
///   output that is a folder (`phone-line`);
/// - voice: the voice's name when it is not the format's usual one (`coping.slow.wav`);
/// - `plain` for the plain-language version;
/// - a token where the extension alone would not tell formats apart (`coping.ulaw.wav`,
///   `coping.pcm8k.wav`, `coping.large-print.txt`);
/// - options that differ from the defaults (`coping.a4.24pt.pdf`, `coping.g1.brf`);
/// - `.part1`, `.part2`… for audio cut into parts by `--max-seconds`;
/// - the extension says what the file is (headerless mu-law is `.ulaw`, never `.wav`).
///
/// Captions sit beside their audio as `<audio file name>.vtt` (`coping.ulaw.wav.vtt`). Section
/// ids never hold a dot, so no two outputs can share a name.
public struct OutputName: Hashable, Sendable {
    public var stem: String
    public var fileExtension: String

    /// The name of `request`'s output.
    init(_ request: ResolvedRequest) {
        let request = request
        let writer = request.writer
        let subject = writer.nameSubject
            ?? (request.request.sections.isEmpty ? request.request.topic : request.request.sections.joined(separator: "+"))
        var tokens = [subject]
        if writer.fingerprintInputs.contains(.voice), let voice = request.request.voice,
           voice != writer.usualVoice(for: request.request) {
            tokens.append(voice)
        }
        if request.request.plain { tokens.append("plain") }
        let ending = writer.nameEnding(for: request)
        if let token = ending.token { tokens.append(token) }
        if writer.fingerprintInputs.contains(.largePrintOptions) {
            let options = request.request.largePrint
            if options.paper != LargePrintOptions().paper { tokens.append(options.paper.rawValue) }
            if options.size != LargePrintOptions().size { tokens.append("\(options.size)pt") }
        }
        if writer.fingerprintInputs.contains(.brailleOptions) {
            let options = request.request.braille
            if let grade = options.grade { tokens.append("g\(grade)") }
            if options.cells != BrailleOptions().cells || options.lines != BrailleOptions().lines {
                tokens.append("\(options.cells)x\(options.lines)")
            }
        }
        stem = tokens.joined(separator: ".")
        fileExtension = ending.fileExtension
    }

    /// The file (or folder, for an output with no extension) name.
    public var fileName: String { fileExtension.isEmpty ? stem : "\(stem).\(fileExtension)" }

    /// Part `number` of an output cut into parts: `coping.part2.wav`.
    public static func part(_ number: Int, of file: URL) -> URL {
        let stem = file.deletingPathExtension().lastPathComponent
        return file.deletingLastPathComponent()
            .appendingPathComponent("\(stem).part\(number).\(file.pathExtension)")
    }

    /// Where `hlspeak voices --say` writes a voice's sample when not told: `voice-slow` in the
    /// current folder; the export adds the format's extension (`voice-slow.wav`).
    public static func voiceSample(_ voice: String) -> URL {
        URL(fileURLWithPath: "voice-\(voice)")
    }

    /// The captions file of an audio file: `coping.wav.vtt`.
    public static func captions(of audio: URL) -> URL {
        audio.deletingLastPathComponent().appendingPathComponent(audio.lastPathComponent + ".vtt")
    }

    /// Whether `file` is the captions of an audio file.
    static func isCaptions(_ file: URL) -> Bool {
        file.pathExtension == "vtt"
    }

    /// Whether a name is `file`'s name or one of its parts' (`coping.wav`, `coping.part3.wav`),
    /// or the captions of one: files of the same output an earlier run may have left. The test
    /// is made once per output and asked of every name in its folder, which may hold thousands.
    static func variants(of file: URL) -> (String) -> Bool {
        let whole = file.lastPathComponent
        let ext = file.pathExtension
        let stem = String(whole.dropLast(ext.isEmpty ? 0 : ext.count + 1))
        let partPrefix = stem + ".part"
        let suffix = "." + ext
        return { name in
            guard name.hasPrefix(stem) else { return false }
            let audio = name.hasSuffix(".vtt") ? String(name.dropLast(4)) : name
            if audio == whole { return true }
            guard audio.hasPrefix(partPrefix), audio.hasSuffix(suffix) else { return false }
            let number = audio.dropFirst(partPrefix.count).dropLast(suffix.count)
            return !number.isEmpty && number.allSatisfy(\.isASCIIDigit)
        }
    }
}
