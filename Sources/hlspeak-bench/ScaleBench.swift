import Foundation

/// The library at scale (issue #22): synthetic libraries of copies of Miscarriage built to text
/// and braille: a full build, a rebuild with nothing changed, a rebuild after one topic was
/// edited, the build's own peak memory, and the time per output as the library grows.
enum ScaleBench {
    struct Figures {
        var outputs = 0
        var full = 0.0
        var noChange = 0.0
        var oneEdit = 0.0
        var noChangePeak = 0.0
        var perOutput: Double { outputs > 0 ? full / Double(outputs) : 0 }
    }

    /// Builds a library of `topics` copies in `work` and measures it.
    static func measure(hlspeak: String, root: URL, topics: Int, work: URL) throws -> Figures {
        let content = work.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let source = try String(contentsOf: root.appendingPathComponent("Content/miscarriage.md"), encoding: .utf8)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Content").path)) ?? []
        where !name.hasSuffix(".md") {
            try? FileManager.default.copyItem(at: root.appendingPathComponent("Content/\(name)"), to: content.appendingPathComponent(name))
        }
        // Copies named by their files: no id line, the title and heading numbered.
        let copy = source.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("id:") }.joined(separator: "\n")
        for index in 1...topics {
            let text = copy.replacingOccurrences(of: "title: Miscarriage", with: "title: Miscarriage \(index)")
                .replacingOccurrences(of: "\n# Miscarriage\n", with: "\n# Miscarriage \(index)\n")
            try text.write(to: content.appendingPathComponent(String(format: "topic-%05d.md", index)), atomically: false, encoding: .utf8)
        }
        let build = [hlspeak, "build", "--formats", "text,brf", "--jobs", "2", "--content", content.path,
                     "--voices", root.appendingPathComponent("Voices").path, "--output", work.appendingPathComponent("out").path]
        var figures = Figures()
        let full = ProcessMeasurement.run(build)
        figures.full = full.seconds
        let manifest = try Data(contentsOf: work.appendingPathComponent("out/manifest.json"))
        figures.outputs = ((try JSONSerialization.jsonObject(with: manifest) as? [String: Any])?["outputs"] as? [Any])?.count ?? 0
        let again = ProcessMeasurement.run(build)
        figures.noChange = again.seconds
        figures.noChangePeak = again.peakMegabytes
        // One topic edited: a sentence added to its first section.
        let edited = content.appendingPathComponent("topic-00001.md")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text += "\nCall your doctor if you have questions.\n"
        try text.write(to: edited, atomically: true, encoding: .utf8)
        figures.oneEdit = ProcessMeasurement.run(build).seconds
        guard [full, again].allSatisfy({ $0.status == 0 }) else {
            print("  the build failed: \(build.joined(separator: " "))")
            return figures
        }
        return figures
    }

    /// Runs the benchmark for each library size; returns whether the targets held.
    static func run(hlspeak: String, root: URL, work: URL, sizes: [Int]) throws -> Bool {
        print("library at scale (issue #22): copies of Miscarriage, --formats text,brf, 2 jobs")
        print("   topics  outputs   full build  per output  no-change  one edit  no-change peak")
        var results: [(Int, Figures)] = []
        for size in sizes {
            let figures = try measure(hlspeak: hlspeak, root: root, topics: size, work: work.appendingPathComponent("\(size)"))
            try? FileManager.default.removeItem(at: work.appendingPathComponent("\(size)"))
            results.append((size, figures))
            print(String(format: "  %7d  %7d  %9.1f s  %7.2f ms  %7.2f s  %6.2f s  %9.1f MB", size, figures.outputs, figures.full,
                         figures.perOutput * 1000, figures.noChange, figures.oneEdit, figures.noChangePeak))
        }
        var pass = true
        for (size, figures) in results {
            // Targets: 1,000 topics rebuild in 1 s with nothing changed, 1.5 s plus the edited
            // topic's own outputs after one edit, in 64 MB; 10,000 in 5 s and 100 MB.
            let (noChange, peak) = size >= 10_000 ? (5.0, 100.0) : (1.0, 64.0)
            let ownOutputs = figures.perOutput * Double(figures.outputs) / Double(size)
            let ok = figures.noChange <= noChange && figures.noChangePeak <= peak
                && (size >= 10_000 || figures.oneEdit <= 1.5 + ownOutputs)
            if size >= 1_000 {
                print("  \(size) topics: no-change \(String(format: "%.2f", figures.noChange)) s (target <= \(noChange)), "
                    + "peak \(String(format: "%.1f", figures.noChangePeak)) MB (target <= \(Int(peak)))"
                    + (size >= 10_000 ? "" : ", one edit \(String(format: "%.2f", figures.oneEdit)) s (target <= "
                        + String(format: "%.2f", 1.5 + ownOutputs) + ")") + "  " + (ok ? "PASS" : "FAIL"))
                pass = pass && ok
            }
        }
        if let small = results.first, let large = results.last, large.0 > small.0 {
            let growth = large.1.perOutput / max(small.1.perOutput, 1e-9)
            let ok = growth <= 1.1 && small.1.outputs > 0 && large.1.outputs > 0
            print(String(format: "  time per output, %d topics / %d topics: %.2f (target <= 1.1)  ", large.0, small.0, growth)
                + (ok ? "PASS" : "FAIL"))
            pass = pass && ok
        }
        return pass
    }
}
