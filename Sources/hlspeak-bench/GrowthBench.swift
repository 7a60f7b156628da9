import Foundation
import HLSpeakKit

/// Speed and memory against length (issue #14): sections of 250, 1,000, 4,000 and 16,000 words
/// spoken to WAV and to phone audio, each run alternating with espeak-ng (and espeak-ng then sox)
/// on the same words, and the instructions callgrind counts for `coping` on both sides, which
/// hold steady on a busy machine where wall times do not.
enum GrowthBench {
    static let sizes = [250, 1_000, 4_000, 16_000]

    /// Runs the benchmark; returns whether the memory targets held (speed is reported).
    static func run(hlspeak: String, root: URL, topic: Topic, work: URL) throws -> Bool {
        let content = work.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let paragraphs = topic.allSections.flatMap { section in
            section.blocks.compactMap { block -> String? in
                guard case .paragraph(let paragraph) = block, !paragraph.introducesList else { return nil }
                return paragraph.inlines.plainText
            }
        }
        var markdown = "---\ntitle: Growth\n---\n"
        var texts: [Int: URL] = [:]
        for size in sizes {
            var chosen: [String] = []
            var words = 0
            while words < size {
                let paragraph = paragraphs[chosen.count % paragraphs.count]
                chosen.append(paragraph)
                words += paragraph.split(separator: " ").count
            }
            markdown += "\n## \(size) words {#w\(size)}\n\n" + chosen.joined(separator: "\n\n") + "\n"
            let text = work.appendingPathComponent("w\(size).txt")
            try (["\(size) words"] + chosen).joined(separator: "\n").write(to: text, atomically: true, encoding: .utf8)
            texts[size] = text
        }
        try markdown.write(to: content.appendingPathComponent("growth.md"), atomically: true, encoding: .utf8)
        let library = ["--content", content.path, "--voices", root.appendingPathComponent("Voices").path]
        let ours = work.appendingPathComponent("ours").path
        let theirs = work.appendingPathComponent("theirs.wav").path
        let theirPhone = work.appendingPathComponent("theirs-phone.wav").path

        print("growth (issue #14): sections spoken by hlspeak and by espeak-ng -s 160, alternating")
        print("   words   WAV ratio  WAV MB (espeak-ng)   phone ratio  phone MB (espeak-ng+sox)")
        var largest = (wav: 0.0, phone: 0.0)
        for size in sizes {
            let rounds = size <= 1_000 ? 5 : size <= 4_000 ? 3 : 1
            let espeak = ["espeak-ng", "-v", "en-us", "-s", "160", "-f", texts[size]!.path, "-w", theirs]
            let wav = measure(rounds, [hlspeak, "growth", "-s", "w\(size)", "-o", ours + ".wav"] + library, [espeak])
            let phone = measure(rounds, [hlspeak, "growth", "-s", "w\(size)", "--format", "phone", "-o", ours] + library,
                                [espeak, ["sox", theirs, "-r", "8000", "-e", "u-law", theirPhone]])
            print(String(format: "  %6d   %9.2f  %6.1f (%5.1f)       %11.2f  %8.1f (%5.1f)", size, wav.ours / wav.theirs,
                         wav.ourPeak, wav.theirPeak, phone.ours / phone.theirs, phone.ourPeak, phone.theirPeak))
            largest = (wav.ourPeak, phone.ourPeak)
        }
        let flat = largest.wav <= 48 && largest.phone <= 48
        print(String(format: "  peak memory at %d words: WAV %.1f MB, phone %.1f MB (target <= 48)  ", sizes.last!, largest.wav,
                     largest.phone) + (flat ? "PASS" : "FAIL"))
        try instructionRatio(hlspeak: hlspeak, root: root, work: work)
        return flat
    }

    /// Medians of alternating runs, and each side's largest peak memory.
    private static func measure(_ rounds: Int, _ ours: [String], _ theirs: [[String]])
        -> (ours: Double, theirs: Double, ourPeak: Double, theirPeak: Double) {
        var ourRuns: [ProcessMeasurement] = []
        var theirRuns: [[ProcessMeasurement]] = []
        for _ in 0..<rounds {
            ourRuns.append(ProcessMeasurement.run(ours))
            theirRuns.append(theirs.map(ProcessMeasurement.run))
        }
        if let failed = ourRuns.first(where: { $0.status != 0 }) {
            print("hlspeak failed (status \(failed.status)): \(ours.joined(separator: " "))")
        }
        return (ourRuns.map(\.seconds).median, theirRuns.map { $0.map(\.seconds).reduce(0, +) }.median,
                ourRuns.map(\.peakMegabytes).max() ?? 0, theirRuns.flatMap { $0.map(\.peakMegabytes) }.max() ?? 0)
    }

    /// Instructions for `coping` to WAV, hlspeak against espeak-ng reading the same SSML at the
    /// same rate, counted by callgrind (every thread and process); skipped when valgrind is missing.
    private static func instructionRatio(hlspeak: String, root: URL, work: URL) throws {
        // valgrind cannot read the debug information of a Swift release build: count a copy without it.
        let copy = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let binary = copy.appendingPathComponent("hlspeak").path
        let folder = URL(fileURLWithPath: hlspeak).deletingLastPathComponent()
        try? FileManager.default.copyItem(atPath: hlspeak, toPath: binary)
        try? FileManager.default.copyItem(at: folder.appendingPathComponent("hlspeak_HLSpeakKit.resources"),
                                          to: copy.appendingPathComponent("hlspeak_HLSpeakKit.resources"))
        guard output(["strip", "-g", binary]) != nil else { return }
        let content = root.appendingPathComponent("Content").path
        let voices = root.appendingPathComponent("Voices").path
        guard let ssml = output([binary, "miscarriage", "-s", "coping", "--script", "--content", content, "--voices", voices])?.stdout
        else { return }
        let ssmlFile = work.appendingPathComponent("coping.ssml")
        try ssml.write(to: ssmlFile, atomically: true, encoding: .utf8)
        // Every process's own count. hlspeak forks a second process to speak half of a long
        // section, and callgrind starts a forked child with the counts its parent had: a child's
        // own work is what it spent inside `hlspeak_fork_piece`, the function that forked it.
        func count(_ arguments: [String]) -> Double? {
            let folder = work.appendingPathComponent("callgrind-\(arguments[0].split(separator: "/").last ?? "")")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard let run = output(["valgrind", "--tool=callgrind", "--callgrind-out-file=\(folder.path)/cg.%p"] + arguments),
                  let parent = run.stderr.split(separator: "=").first,
                  let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path), !files.isEmpty else { return nil }
            var total = 0.0
            for file in files {
                guard let annotated = output(["callgrind_annotate", "--inclusive=yes", "--threshold=100", folder.appendingPathComponent(file).path])?.stdout
                else { return nil }
                let wanted = file == "cg.\(parent)" ? "PROGRAM TOTALS" : "hlspeak_fork_piece"
                guard let line = annotated.split(separator: "\n").first(where: { $0.contains(wanted) }),
                      let number = Double(line.split(separator: " ").first?.replacingOccurrences(of: ",", with: "") ?? "") else { return nil }
                total += number
            }
            return total
        }
        guard let ours = count([binary, "miscarriage", "-s", "coping", "-o", work.appendingPathComponent("cg.wav").path,
                                "--content", content, "--voices", voices]),
              let theirs = count(["espeak-ng", "-v", "en-us", "-s", "160", "-m", "-f", ssmlFile.path,
                                  "-w", work.appendingPathComponent("cg-espeak.wav").path]) else {
            print("  instructions: valgrind is not installed; skipped")
            return
        }
        print(String(format: "  instructions for coping to WAV: hlspeak %.0f M, espeak-ng %.0f M, ratio %.2f (goal <= 1.1)",
                     ours / 1e6, theirs / 1e6, ours / theirs))
    }

    private static func output(_ arguments: [String]) -> (stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        guard (try? process.run()) != nil else { return nil }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
