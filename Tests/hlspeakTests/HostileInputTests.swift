import Foundation
import Testing

/// Hostile input: each case is refused with a one-line error naming the file (and line), exit 65
/// or 64, no signal, and nothing read or written outside the library's folders.
@Suite struct HostileInputTests {
    let cli = CommandLineTests()

    func scratch() throws -> URL { try cli.scratch() }

    func topic(_ body: String, front: String = "title: Test") -> String { "---\n\(front)\n---\n\(body)" }

    static func scalar(_ value: UInt32) -> String { String(Unicode.Scalar(value).map(Character.init) ?? " ") }

    static let malformed: [(name: String, body: String, mentions: String)] = [
        ("deep-list", "## A\n\n" + String(repeating: "- ", count: 10_000) + "deep\n", "nested"),
        ("deep-quote", "## A\n\n" + String(repeating: "> ", count: 10_000) + "deep\n", "nested"),
        ("deep-emphasis", "## A\n\n" + String(repeating: "*", count: 30_000) + "x" + String(repeating: "*", count: 30_000) + "\n", "nested"),
        ("nul", "## A\n\nBefore" + scalar(0) + "after.\n\n## B\n\nMore.\n", "NUL"),
        ("control", "## A\n\nBell" + scalar(7) + " here.\n", "control character"),
        ("noncharacter", "## A\n\nText " + scalar(0xFFFE) + " here.\n", "noncharacter"),
        ("max-noncharacter", "## A\n\nText " + scalar(0x10FFFF) + " here.\n", "noncharacter"),
        ("fdd0", "## A\n\nText " + scalar(0xFDD0) + " here.\n", "noncharacter"),
        ("bang", "## !!!\n\nText.\n", "no letters or digits"),
        ("headings", "## A\n\nText.\n\n" + (1...1_100).map { "### S\($0)\n\nWords.\n" }.joined(separator: "\n"), "headings"),
        ("long-line", "## A\n\n" + String(repeating: "word ", count: 50_000) + "\n", "characters long"),
    ]

    @Test(arguments: malformed)
    func malformedTopicsAreRefusedWithTheirLine(name: String, body: String, mentions: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(topic(body).utf8).write(to: folder.appendingPathComponent("Content/\(name).md"))
        for arguments in [["check", name], ["list", name], [name, "--format", "html"], ["readability", name]] {
            let result = try cli.run(arguments, in: folder)
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.standardError)")
            let said = result.standardOutput + result.standardError
            #expect(said.contains("\(name).md:"), "\(arguments): names the file and line: \(said.prefix(300))")
            #expect(said.contains(mentions), "\(arguments): \(said.prefix(300))")
            #expect(!said.contains("Fatal error") && !said.contains("crashed"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aByteOrderMarkAndWindowsLineEndsAreFine() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "\u{FEFF}" + topic("## Care\r\n\r\nRest for 2 days.\r\n").replacingOccurrences(of: "\n", with: "\r\n")
        try Data(text.utf8).write(to: folder.appendingPathComponent("Content/windows.md"))
        let result = try cli.run(["check", "windows"], in: folder)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    @Test(arguments: [
        ("espeak_voice: ../../../../etc/passwd", "espeak_voice"),
        ("espeak_voice: en-us\nvariant: " + String(repeating: "a", count: 60), "variant"),
        ("espeak_voice: en-us\nvariant: nosuchvariant", "eSpeak NG has no voice"),
        ("espeak_voice: '%s%s%n'", "espeak_voice"),
        ("espeak_voice: en-us\nlexicon: ../../x", "lexicon"),
        ("espeak_voice: en-us\nlexicon: /etc/passwd", "lexicon"),
        ("espeak_voice: en-us\nlanguage: ../../x", "language"),
    ])
    func voiceProfilesNameOnlyInstalledVoicesAndFilesInVoices(profile: String, mentions: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try profile.write(to: folder.appendingPathComponent("Voices/evil.yml"), atomically: true, encoding: .utf8)
        let result = try cli.run(["miscarriage", "-s", "coping", "--voice", "evil", "-o", "out/"], in: folder)
        #expect([65, 64].contains(result.status), "\(result.status): \(result.standardError)")
        #expect(result.standardError.contains(mentions), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)")
        #expect(!result.standardError.contains("root:"), "no line of the file read back")
    }

    @Test func aLexiconLinkedFromOutsideTheVoicesFolderIsRefused() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("outside.yml")
        try "midwife: mid wife\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Voices/lexicons/linked.yml"),
                                                   withDestinationURL: outside)
        try "espeak_voice: en-us\nlexicon: linked\n".write(to: folder.appendingPathComponent("Voices/linked.yml"),
                                                          atomically: true, encoding: .utf8)
        let result = try cli.run(["say", "hello", "--voice", "linked"], in: folder)
        #expect(result.status == 65)
        #expect(result.standardError.contains("outside the 'Voices' folder"), "\(result.standardError)")
    }

    @Test func topicFilesThatLinkOutOrAreNotFilesAreRefused() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("shadow.md"),
                                                   withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("zero.md"),
                                                   withDestinationURL: URL(fileURLWithPath: "/dev/zero"))
        #expect(mkfifo(content.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let result = try cli.run(["check"], in: folder)
        #expect(result.status == 65)
        #expect(result.standardOutput.contains("shadow.md: error: it is a link to a file outside the 'Content' folder"))
        #expect(result.standardOutput.contains("zero.md: error:"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("pipe.md: error: it is not an ordinary file"), "\(result.standardOutput)")
    }

    @Test func onlyWebMailAndPhoneLinksAreLive() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try topic("## A\n\n[one](javascript:alert(1)), [two](data:text/html,x), [three]( JaVaScRiPt:x), [four](https://example.org), [five](mailto:a@b.org).\n")
            .write(to: folder.appendingPathComponent("Content/links.md"), atomically: true, encoding: .utf8)
        let result = try cli.run(["links", "-s", "a", "--format", "html", "-o", "a.html"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let html = try String(contentsOf: folder.appendingPathComponent("a.html"), encoding: .utf8)
        #expect(!html.lowercased().contains("javascript:") && !html.contains("data:text"))
        #expect(html.contains("one, two, three, <a href=\"https://example.org\">four</a>, <a href=\"mailto:a@b.org\">five</a>"))
    }

    @Test(arguments: [
        (["build", "../C/miscarriage", "--output", "lib2"], 64, "no topic"),
        (["miscarriage", "-s", "coping", "--format", "text", "-o", "/dev/null"], 64, "not an ordinary file"),
        (["miscarriage", "-s", "coping", "--format", "text", "-o", "Content/x.txt"], 64, "inside the content folder"),
        (["build", "--formats", "text", "--output", "Voices/out"], 64, "inside the voices folder"),
        (["readability", "binary.txt"], 65, "UTF-8"),
        (["check-brf", "empty.brf"], 65, "empty"),
    ])
    func pathsAndOtherFilesAreChecked(arguments: [String], status: Int32, mentions: String) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xFE, 0x00, 0x41, 0xC3]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.brf"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("Content").path).sorted()
        let result = try cli.run(arguments, in: folder)
        #expect(result.status == status, "\(result.standardOutput)\(result.standardError)")
        #expect((result.standardOutput + result.standardError).contains(mentions), "\(result.standardOutput)\(result.standardError)")
        let after = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("Content").path).sorted()
        #expect(before == after, "nothing written into Content")
    }

    @Test func bracketsTwentyThousandDeepAreJustText() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "## A\n\n" + String(repeating: "[", count: 20_000) + "x" + String(repeating: "](u)", count: 20_000) + "\n"
        try topic(body).write(to: folder.appendingPathComponent("Content/brackets.md"), atomically: true, encoding: .utf8)
        let result = try cli.run(["brackets", "-s", "a", "--format", "text", "-o", "a.txt"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func largeTablesLoadInLinearTime() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 100,000 lexicon entries and 2,000 abbreviations (the most allowed) must simply work.
        let lexicon = (0..<100_000).map { "wordx\($0): word \($0)" }.joined(separator: "\n") + "\nmidwife: mid wife\n"
        try lexicon.write(to: folder.appendingPathComponent("Voices/lexicons/en-us.yml"), atomically: true, encoding: .utf8)
        let abbreviations = (0..<2_000).map { "  AB\($0): thing \($0)" }.joined(separator: "\n")
        try topic("## A\n\nThe AB7 and the midwife.\n", front: "title: Test\nabbreviations:\n" + abbreviations)
            .write(to: folder.appendingPathComponent("Content/big.md"), atomically: true, encoding: .utf8)
        let result = try cli.run(["big", "-s", "a", "--script"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("mid wife"))
        let tooMany = (0..<2_001).map { "  AB\($0): thing" }.joined(separator: "\n")
        try topic("## A\n\nText.\n", front: "title: Test\nabbreviations:\n" + tooMany)
            .write(to: folder.appendingPathComponent("Content/many.md"), atomically: true, encoding: .utf8)
        let refused = try cli.run(["check", "many"], in: folder)
        #expect(refused.status == 65)
        #expect(refused.standardOutput.contains("many.md:3: error:"), "\(refused.standardOutput)")
    }
}

/// The fuzz target's seed corpus (a file for every row of issue #15), replayed through the
/// reader, writers and normaliser as `make fuzz` runs them: none may crash.
@Suite struct FuzzCorpusTests {
    @Test func theSeedCorpusReplaysWithoutACrash() throws {
        let replay = CommandLineTests.executable.deletingLastPathComponent().appendingPathComponent("hlspeak-fuzz")
        let process = Process()
        process.executableURL = replay
        process.arguments = [CommandLineTests.packageRoot.appendingPathComponent("Tests/Fuzz/corpus").path]
        process.environment = ["HLSPEAK_VOICES": CommandLineTests.packageRoot.appendingPathComponent("Voices").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let count = try FileManager.default.contentsOfDirectory(atPath: CommandLineTests.packageRoot.appendingPathComponent("Tests/Fuzz/corpus").path).count
        #expect(said == "replayed \(count) inputs\n")
    }
}
