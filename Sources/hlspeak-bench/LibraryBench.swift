import Foundation
import HLSpeakKit

/// The library-build benchmark (issue #6): a synthetic library made by reshuffling the Miscarriage
/// paragraphs, exported to phone audio with one and two workers, compared with a shell loop of
/// espeak-ng and sox per section, then rebuilt with nothing changed.
enum LibraryBench {
    /// Writes `count` topics of six sections each into `folder`/Content, from `topic`'s paragraphs.
    static func makeLibrary(from topic: Topic, count: Int, in folder: URL) throws -> [(id: String, text: String)] {
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let paragraphs = topic.allSections.flatMap { section in
            section.blocks.compactMap { block -> String? in
                guard case .paragraph(let paragraph) = block, !paragraph.introducesList else { return nil }
                return paragraph.inlines.plainText
            }
        }
        var sections: [(String, String)] = []
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        for index in 1...count {
            var markdown = "---\ntitle: Synthetic Topic \(index)\n---\n"
            for part in 1...6 {
                let chosen = (0..<2).map { _ in paragraphs[next() % paragraphs.count] }
                markdown += "\n## Part \(part) {#part-\(part)}\n\n" + chosen.joined(separator: "\n\n") + "\n"
                sections.append(("topic-\(index)-part-\(part)", "Part \(part)\n" + chosen.joined(separator: "\n")))
            }
            try markdown.write(to: content.appendingPathComponent("topic-\(index).md"), atomically: true, encoding: .utf8)
        }
        return sections
    }

    /// Runs the benchmark; returns whether every target held.
    static func run(hlspeak: String, root: URL, topic: Topic, work: URL, topics: Int) throws -> Bool {
        let sections = try makeLibrary(from: topic, count: topics, in: work)
        let voices = root.appendingPathComponent("Voices").path
        let content = work.appendingPathComponent("Content").path
        func build(_ jobs: Int, _ output: String) -> ProcessMeasurement {
            ProcessMeasurement.run([hlspeak, "build", "--formats", "phone", "--jobs", "\(jobs)", "--content", content,
                                    "--voices", voices, "--output", work.appendingPathComponent(output).path])
        }
        print("library build (issue #6): \(topics) synthetic topics, \(sections.count) sections, --formats phone")
        let one = build(1, "one")
        let two = build(2, "two")
        let again = build(2, "two")
        let manifest = try Data(contentsOf: work.appendingPathComponent("two/manifest.json"))
        let outputs = (try JSONSerialization.jsonObject(with: manifest) as? [String: Any])?["outputs"] as? [[String: Any]] ?? []
        let audio = outputs.reduce(0) { $0 + ($1["seconds"] as? Double ?? 0) }
        // The same work by hand: espeak-ng, then sox, for every section, one after another.
        let script = work.appendingPathComponent("by-hand.sh")
        var lines = ["set -e", "cd \(work.path)"]
        for (id, text) in sections {
            let file = work.appendingPathComponent("\(id).txt")
            try text.write(to: file, atomically: true, encoding: .utf8)
            lines.append("espeak-ng -v en-us -s 150 -f \(file.path) -w tmp.wav && sox tmp.wav -r 8000 -e u-law \(id).wav")
        }
        try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
        let byHand = ProcessMeasurement.run(["bash", script.path])
        guard [one, two, again, byHand].allSatisfy({ $0.status == 0 }) else {
            print("  a run failed: statuses \([one, two, again, byHand].map(\.status))")
            return false
        }
        let scaling = one.seconds / two.seconds
        let versusHand = two.seconds / byHand.seconds
        let rebuild = again.seconds / two.seconds
        print(String(format: "  --jobs 1                       %7.1f s  %6.1f audio s per s", one.seconds, audio / one.seconds))
        print(String(format: "  --jobs 2                       %7.1f s  %6.1f audio s per s", two.seconds, audio / two.seconds))
        print(String(format: "  scaling                        %7.2f   (target >= 1.8)  ", scaling) + (scaling >= 1.8 ? "PASS" : "FAIL"))
        print(String(format: "  espeak-ng + sox loop           %7.1f s", byHand.seconds))
        print(String(format: "  hlspeak / loop                 %7.2f   (target <= 0.7)  ", versusHand) + (versusHand <= 0.7 ? "PASS" : "FAIL"))
        print(String(format: "  no-change rebuild              %7.2f%%  (target < 2%%)    ", rebuild * 100) + (rebuild < 0.02 ? "PASS" : "FAIL"))
        print(String(format: "  peak memory, build (parent and largest worker) %5.1f MB (target < 100)  ", two.peakMegabytes)
            + (two.peakMegabytes < 100 ? "PASS" : "FAIL"))
        return scaling >= 1.8 && versusHand <= 0.7 && rebuild < 0.02 && two.peakMegabytes < 100
    }
}
