import Foundation
import HLSpeakKit

// hlspeak-bench: the `coping` section end to end with the release `hlspeak`, side by side in one
// run with what staff do by hand on the same text:
// - WAV: `espeak-ng -v en-us -w`; target at most 1.1 times its time, peak memory at most 32 MB;
// - phone: `espeak-ng -w` then `sox -r 8000 -e u-law`; target at most 0.8 times that pipeline;
// - growth: sections of 250 to 16,000 words, memory flat (at most 48 MB), and callgrind's count.

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let hlspeak = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("hlspeak").path
guard FileManager.default.isExecutableFile(atPath: hlspeak) else {
    FileHandle.standardError.write(Data("hlspeak-bench: build hlspeak first: swift build -c release --product hlspeak\n".utf8))
    exit(1)
}

let topic = try ContentLibrary(directory: root.appendingPathComponent("Content")).topic("miscarriage")
let section = try SectionLookup(topic).section("coping")
let work = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

/// The section's words as plain text, one paragraph or list item per line: what espeak-ng reads.
func plainText(_ section: Section) -> String {
    ([section.title] + SectionText.lines(section.blocks) + section.subsections.map(plainText)).joined(separator: "\n")
}

// `make bench-large` runs only the library at scale, grown to 10,000 topics.
if ProcessInfo.processInfo.environment["HLSPEAK_BENCH_ONLY"] == "scale" {
    let sizes = (ProcessInfo.processInfo.environment["HLSPEAK_BENCH_SCALE"] ?? "100,10000").split(separator: ",").compactMap { Int($0) }
    exit(try ScaleBench.run(hlspeak: hlspeak, root: root, work: work.appendingPathComponent("scale"), sizes: sizes) ? 0 : 1)
}

let textFile = work.appendingPathComponent("coping.txt")
try plainText(section).write(to: textFile, atomically: true, encoding: .utf8)

let rounds = 15
let ourWAV = work.appendingPathComponent("hlspeak.wav").path
let theirWAV = work.appendingPathComponent("espeak.wav").path
let theirPhone = work.appendingPathComponent("phone.wav").path
let speakTheirs = ["espeak-ng", "-v", "en-us", "-s", "160", "-f", textFile.path, "-w", theirWAV]

/// Runs each command `rounds` times, alternating, and returns the medians and hlspeak's peak memory.
func compare(_ ours: [String], _ theirs: [[String]]) -> (ours: Double, theirs: Double, peak: Double) {
    var ourRuns: [ProcessMeasurement] = []
    var theirTimes: [Double] = []
    for _ in 0..<rounds {
        ourRuns.append(ProcessMeasurement.run(ours))
        let steps = theirs.map(ProcessMeasurement.run)
        guard steps.allSatisfy({ $0.status == 0 }) else {
            print("the comparison failed: \(theirs.map { $0.joined(separator: " ") })")
            exit(1)
        }
        theirTimes.append(steps.map(\.seconds).reduce(0, +))
    }
    guard ourRuns.allSatisfy({ $0.status == 0 }) else {
        print("hlspeak failed: \(ours.joined(separator: " "))")
        exit(1)
    }
    return (ourRuns.map(\.seconds).median, theirTimes.median, ourRuns.map(\.peakMegabytes).max() ?? 0)
}

func verdict(_ pass: Bool) -> String { pass ? "PASS" : "FAIL" }
/// Prints one comparison and returns whether it met its targets.
func report(_ title: String, _ result: (ours: Double, theirs: Double, peak: Double), theirName: String,
            maxRatio: Double, maxMegabytes: Double = 32) -> Bool {
    let ratio = result.ours / result.theirs
    print(title)
    print(String(format: "  hlspeak                        %7.1f ms", result.ours * 1000))
    print("  \(theirName.padding(toLength: 30, withPad: " ", startingAt: 0)) " + String(format: "%7.1f ms", result.theirs * 1000))
    print(String(format: "  ratio                          %7.2f   (target <= %.1f)  ", ratio, maxRatio) + verdict(ratio <= maxRatio))
    print(String(format: "  hlspeak peak memory            %7.1f MB (target <= %.0f)   ", result.peak, maxMegabytes)
        + verdict(result.peak <= maxMegabytes))
    return ratio <= maxRatio && result.peak <= maxMegabytes
}

print("median of \(rounds) side-by-side runs each, release build, 'coping' section")
// The speech normaliser over the whole topic (issue #8): the scripts of every section made with
// and without it, in this process; the difference is what normalising costs.
// The two run alternately, after one warm-up each, so both see the same machine.
func scriptTimes(_ builders: [SpokenScriptBuilder]) -> [Double] {
    var times = Array(repeating: [Double](), count: builders.count)
    for round in 0..<26 {
        for (which, builder) in builders.enumerated() {
            let start = DispatchTime.now().uptimeNanoseconds
            for section in topic.sections { _ = builder.script(for: section).ssml }
            if round > 0 { times[which].append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        }
    }
    return times.map(\.median)
}
let voice = try VoiceLibrary(directory: root.appendingPathComponent("Voices")).profile(named: VoiceLibrary.defaultVoice)
let scriptMedians = scriptTimes([SpokenScriptBuilder(lexicon: voice.lexicon, language: voice.language),
                                 SpokenScriptBuilder(lexicon: voice.lexicon, language: voice.language, normalizing: false)])
let (normalizing, plain) = (scriptMedians[0], scriptMedians[1])
let normalizerCost = (normalizing - plain) * 1000
print("normalise the whole Miscarriage topic (issue #8), median of 25")
print(String(format: "  scripts with normaliser        %7.2f ms", normalizing * 1000))
print(String(format: "  scripts without                %7.2f ms", plain * 1000))
print(String(format: "  normaliser's share             %7.2f ms (target < 5)    ", normalizerCost) + verdict(normalizerCost < 5))

// One 40-word sentence dense with what the normaliser reads (issue #13): what `hlspeak say` does
// before eSpeak NG speaks, the sentence cut, normalised, letters named and lexicon applied.
let sentence = "Take 1 tablet (325 mg) PO q6h PRN, up to 4 times a day; call 1-800-555-0100 x 204 "
    + "Mon.-Fri., 8 a.m.-4:30 p.m. if your temperature is ≥ 100.4°F, your hCG is 25 mIU/mL "
    + "or bleeding lasts 1-2 wks after 2025-03-14."
let sayBuilder = SpokenScriptBuilder(lexicon: voice.lexicon, language: voice.language)
var sayTimes: [Double] = []
for _ in 0..<200 {
    let start = DispatchTime.now().uptimeNanoseconds
    _ = sayBuilder.script(paragraphs: [sentence]).ssml
    sayTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let sayTime = sayTimes.median * 1000
print("the script of one \(sentence.split(separator: " ").count)-word sentence for 'hlspeak say' (issue #13), median of 200")
print(String(format: "  hlspeak                        %7.2f ms (target < 5)    ", sayTime) + verdict(sayTime < 5))

// The whole topic as a large-print PDF (issue #5), in process.
let exporter = Exporter(content: try ContentLibrary(directory: root.appendingPathComponent("Content")), voices: nil)
_ = try exporter.readableTopic("miscarriage", plain: false)
var pdfTimes: [Double] = []
for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    try exporter.export(ExportRequest(topic: "miscarriage", format: .largePrint), to: .file(work.appendingPathComponent("topic.pdf")))
    pdfTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let pdfTime = pdfTimes.median
print("the whole Miscarriage topic to a large-print PDF (issue #5), median of 5")
print(String(format: "  hlspeak                        %7.1f ms (target < 500)  ", pdfTime * 1000) + verdict(pdfTime < 0.5))

let wavPasses = report("speak to WAV (issues #2, #14)",
       compare([hlspeak, "miscarriage", "--section", "coping", "--output", ourWAV], [speakTheirs]),
       theirName: "espeak-ng -w", maxRatio: 1.1)
let phonePasses = report("speak to 8 kHz mu-law phone WAV (issues #3, #14)",
       compare([hlspeak, "miscarriage", "--section", "coping", "--format", "phone", "--output", ourWAV],
               [speakTheirs, ["sox", theirWAV, "-r", "8000", "-e", "u-law", theirPhone]]),
       theirName: "espeak-ng -w, then sox", maxRatio: 0.8)
let growthPasses = try GrowthBench.run(hlspeak: hlspeak, root: root, topic: topic, work: work.appendingPathComponent("growth"))
let scaleSizes = (ProcessInfo.processInfo.environment["HLSPEAK_BENCH_SCALE"] ?? "100,1000").split(separator: ",").compactMap { Int($0) }
let scalePasses = try ScaleBench.run(hlspeak: hlspeak, root: root, work: work.appendingPathComponent("scale"), sizes: scaleSizes)
let libraryTopics = Int(ProcessInfo.processInfo.environment["HLSPEAK_BENCH_TOPICS"] ?? "") ?? 40
let libraryPasses = try LibraryBench.run(hlspeak: hlspeak, root: root, topic: topic,
                                         work: work.appendingPathComponent("library"), topics: libraryTopics)
exit(wavPasses && phonePasses && growthPasses && scalePasses && normalizerCost < 5 && sayTime < 5 && pdfTime < 0.5 && libraryPasses ? 0 : 1)
