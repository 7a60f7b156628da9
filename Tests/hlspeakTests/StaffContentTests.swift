import Foundation
import Testing

/// What staff who are not programmers run into when they add topics (issue #16), end to end.
@Suite struct StaffContentTests {
    let cli = CommandLineTests()

    func write(_ text: String, to name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("Content/\(name)"))
    }

    @Test func aWindowsFileWithAByteOrderMarkChecksAndSpeaks() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("\u{FEFF}---\r\ntitle: Sore Throat\r\n---\r\n# Sore Throat\r\n\r\n## Overview {#overview}\r\n\r\nA sore throat hurts.\r\n",
                  to: "sore-throat.md", in: folder)
        let check = try cli.run(["check", "sore-throat"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        let spoken = try cli.run(["sore-throat", "-s", "overview", "-o", "out/overview.wav"], in: folder)
        #expect(spoken.status == 0, "\(spoken.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/overview.wav").path))
    }

    @Test(arguments: [
        ("disclaimer: Note: This is not advice.", 3, "put quotes around the value"),
        ("title Flu", 2, "no ':' between its key and its value"),
    ])
    func frontMatterMistakesNameTheirLineAndTheFix(line: String, at number: Int, fix: String) throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let front = line.hasPrefix("title") ? "---\n\(line)\nlanguage: en-US\n---\n" : "---\ntitle: Flu\n\(line)\n---\n"
        try write(front + "# Flu\n\n## Signs {#signs}\n\nA fever.\n", to: "flu.md", in: folder)
        let check = try cli.run(["check", "flu"], in: folder)
        #expect(check.status != 0)
        #expect(check.standardOutput.contains("Content/flu.md:\(number):"), "\(check.standardOutput)")
        #expect(check.standardOutput.contains(fix), "\(check.standardOutput)")
    }

    @Test func aFileNameThatIsNotAnIdNamesTheOneToUse() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("---\ntitle: Sore Throat\n---\n# Sore Throat\n\n## Overview {#overview}\n\nIt hurts.\n", to: "Sore Throat.md", in: folder)
        let check = try cli.run(["check"], in: folder)
        #expect(check.status != 0)
        #expect(check.standardOutput.contains("rename the file to 'sore-throat.md'"), "\(check.standardOutput)")
    }

    @Test func bulletsPastedFromAWordProcessorAreAList() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("---\ntitle: Flu\n---\n# Flu\n\n## Signs {#signs}\n\nSigns include:\n\n•\tfever\n• cough\n– aches\n", to: "flu.md", in: folder)
        let check = try cli.run(["check", "flu"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)")
        let text = try cli.run(["flu", "-s", "signs", "--format", "text", "-o", "signs.txt"], in: folder)
        #expect(text.status == 0, "\(text.standardError)")
        let lines = try String(contentsOf: folder.appendingPathComponent("signs.txt"), encoding: .utf8).split(separator: "\n")
        #expect(lines.contains("- fever") && lines.contains("- cough") && lines.contains("- aches"), "\(lines)")
    }

    @Test func aNewTopicFromTheTemplatePassesCheckAndBuildsEveryFormat() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["new", "sore-throat", "--title", "Sore Throat: Care at Home"], in: folder).status == 0)
        let check = try cli.run(["check", "sore-throat"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)")
        #expect(check.standardOutput.contains("0 errors"))
        let all = try cli.run(["sore-throat", "--format", "all", "-o", "all"], in: folder)
        #expect(all.status == 0, "\(all.standardError)")
        let made = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("all").path)
        for ending in [".wav", ".mp3", ".ulaw.wav", ".pdf", ".html", ".txt", ".brf", ".pef"] {
            #expect(made.contains { $0.hasPrefix("overview") && $0.hasSuffix(ending) }, "overview\(ending) in \(made)")
        }
        #expect(try cli.run(["new", "sore-throat", "--title", "Again"], in: folder).status != 0, "an existing topic is kept")
    }

    @Test func aBuildRemovesTheOutputsOfDeletedTopicsAndSections() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try cli.run(["new", "flu", "--title", "Flu"], in: folder).status == 0)
        let build = { try cli.run(["build", "--formats", "text", "--output", "out"] + $0, in: folder) }
        #expect(try build([]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/flu/overview.txt").path))
        // A renamed section: its old file is stale. A deleted topic: its folder goes.
        let miscarriage = folder.appendingPathComponent("Content/miscarriage.md")
        try (try String(contentsOf: miscarriage, encoding: .utf8)).replacingOccurrences(of: "{#coping}", with: "{#grief}")
            .write(to: miscarriage, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Content/flu.md"))
        let kept = try build(["--keep-stale"])
        #expect(kept.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/flu/overview.txt").path))
        let tidy = try build([])
        #expect(tidy.status == 0, "\(tidy.standardError)")
        #expect(tidy.standardOutput.contains("removed flu/overview.txt"), "\(tidy.standardOutput)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/flu").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/miscarriage/coping.txt").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/miscarriage/grief.txt").path))
        let manifest = try String(contentsOf: folder.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(!manifest.contains("flu/") && !manifest.contains("coping.txt"))
    }

    @Test func versionVoicesAndCheckBRFAnswerForThemselves() throws {
        let version = try cli.run(["--version"])
        #expect(version.status == 0 && version.standardOutput.hasPrefix("hlspeak "), "\(version.standardOutput)")
        let voices = try cli.run(["voices"])
        #expect(voices.status == 0)
        for name in ["default", "slow", "phone"] { #expect(voices.standardOutput.contains(name)) }
        #expect(voices.standardOutput.contains("wpm"))
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = try cli.run(["voices", "--say", "Call us at 555-0100.", "--voice", "slow", "-o", "sample.wav"], in: folder)
        #expect(sample.status == 0, "\(sample.standardError)")
        #expect((try Data(contentsOf: folder.appendingPathComponent("sample.wav"))).count > 10_000)
        try Data("%PDF-1.7\n\u{1}\u{2}binary".utf8).write(to: folder.appendingPathComponent("not.brf"))
        let brf = try cli.run(["check-brf", "not.brf"], in: folder)
        #expect(brf.status != 0)
        #expect(brf.standardOutput.contains("not a BRF file (a PDF)"), "\(brf.standardOutput)")
    }
}

extension StaffContentTests {
    /// `list` works out spoken time from what will be said: within 5% of the real WAV.
    @Test func listEstimatesSpokenTimeWithinFivePercent() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = try cli.run(["list", "miscarriage"], in: folder)
        let row = try #require(list.standardOutput.split(separator: "\n").first { $0.hasPrefix("coping ") })
        let time = try #require(row.split(separator: " ").last).split(separator: ":").compactMap { Double($0) }
        let estimate = time[0] * 60 + time[1]
        #expect(try cli.run(["miscarriage", "-s", "coping", "-o", "coping.wav"], in: folder).status == 0)
        let data = try Data(contentsOf: folder.appendingPathComponent("coping.wav"))
        let seconds = Double(data.count - 44) / 2 / 22_050
        #expect(abs(estimate - seconds) / seconds < 0.05, "list says \(estimate) s, the WAV is \(seconds) s")
    }

    /// `--format`'s help is the writers' own list, so a new format is never missing from it.
    @Test func formatHelpNamesEveryFormatWithWhatItIs() throws {
        let help = try cli.run(["speak", "--help"]).standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (format, what) in [("epub", "read-along book"), ("phone-line", "phone line's prompts"), ("large-print", "large-print PDF"), ("brf", "braille")] {
            #expect(help.contains("\(format) ("), "\(format) in \(help)")
            #expect(help.contains(what), "\(what) in --help")
        }
    }

    @Test(arguments: ["simplify", "readability", "list", "check", "check-brf", "say", "phone-line", "build", "new", "voices"])
    func everyCommandsHelpHasExamplesAndNoOptionsOfOthers(command: String) throws {
        let help = try cli.run([command, "--help"])
        #expect(help.standardOutput.contains("Examples:"), "\(command)")
        if !["build"].contains(command) {
            // check-brf has its own --cells, readability its own --grade (a reading level).
            let own = ["check-brf": ["--cells"], "readability": ["--grade"]][command] ?? []
            for foreign in ["--paper", "--cells", "--grade", "--size"] where !own.contains(foreign) {
                #expect(!help.standardOutput.contains(foreign), "\(command) --help shows \(foreign)")
            }
        }
    }
}

extension StaffContentTests {
    /// From a folder inside the library, Content and Voices are found above; `say` needs no
    /// content folder at all.
    @Test func runsFromASubfolderAndSaysWithoutContent() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inside = folder.appendingPathComponent("drafts/2026")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        let list = try cli.run(["list", "miscarriage"], in: inside, environment: ["HLSPEAK_CONTENT": "", "HLSPEAK_VOICES": ""])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("coping"))
        let bare = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: bare) }
        let say = try cli.run(["say", "Call 911 today.", "-o", "call.wav", "--voices", folder.appendingPathComponent("Voices").path], in: bare)
        #expect(say.status == 0, "\(say.standardError)")
        #expect(say.standardOutput.contains("Call 9 1 1 today."))
    }
}
