import Foundation
import HLSpeakKit

// hlspeak-bench: speaking the `coping` section end to end with the release `hlspeak`, side by
// side with `espeak-ng -v en-us -w` on the same section text, in one run.
// Targets (issue #2): at most 1.5 times espeak-ng's time; peak memory under 64 MB.

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
    func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.inlines.plainText]
            case .list(let list): list.items.flatMap { lines($0.blocks) }
            case .note(let note): lines(note.blocks)
            case .gap: []
            }
        }
    }
    return ([section.title] + lines(section.blocks) + section.subsections.map(plainText)).joined(separator: "\n")
}

let textFile = work.appendingPathComponent("coping.txt")
try plainText(section).write(to: textFile, atomically: true, encoding: .utf8)

let rounds = 15
var ours: [ProcessMeasurement] = []
var theirs: [ProcessMeasurement] = []
for _ in 0..<rounds {
    ours.append(ProcessMeasurement.run([hlspeak, "miscarriage", "--section", "coping",
                                        "--output", work.appendingPathComponent("hlspeak.wav").path]))
    theirs.append(ProcessMeasurement.run(["espeak-ng", "-v", "en-us", "-s", "160", "-f", textFile.path,
                                          "-w", work.appendingPathComponent("espeak.wav").path]))
}
guard ours.allSatisfy({ $0.status == 0 }), theirs.allSatisfy({ $0.status == 0 }) else {
    print("a run failed: hlspeak statuses \(ours.map(\.status)), espeak-ng statuses \(theirs.map(\.status))")
    exit(1)
}

let ourTime = ours.map(\.seconds).median
let theirTime = theirs.map(\.seconds).median
let ratio = ourTime / theirTime
let peak = ours.map(\.peakMegabytes).max() ?? 0
func verdict(_ pass: Bool) -> String { pass ? "PASS" : "FAIL" }
print("speak 'coping' end to end, median of \(rounds) side-by-side runs (release build)")
print(String(format: "  hlspeak                     %7.1f ms", ourTime * 1000))
print(String(format: "  espeak-ng -v en-us -w       %7.1f ms", theirTime * 1000))
print(String(format: "  ratio                       %7.2f   (target <= 1.5)  %@", ratio, verdict(ratio <= 1.5)))
print(String(format: "  hlspeak peak memory         %7.1f MB (target < 64)   %@", peak, verdict(peak < 64)))
exit(ratio <= 1.5 && peak < 64 ? 0 : 1)
