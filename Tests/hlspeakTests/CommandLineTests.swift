import Foundation
import Testing

/// Runs the built `hlspeak` program the way staff do, and checks exit statuses, messages and files.
@Suite struct CommandLineTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `hlspeak` executable beside this test bundle.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty && folder.path != "/" {
            let candidate = folder.appendingPathComponent("hlspeak")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/hlspeak")
    }

    func run(_ arguments: [String], in folder: URL = packageRoot, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
                      standardError: String(decoding: errData, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A scratch library: the shipped content and voices copied into a temporary folder.
    /// A copy of the library with only `topics` (the tests that count outputs count Miscarriage's).
    func scratch(topics: [String] = ["miscarriage"]) throws -> URL {
        let folder = try temporaryFolder()
        for name in ["Content", "Voices"] {
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let content = folder.appendingPathComponent("Content")
        for file in try FileManager.default.contentsOfDirectory(atPath: content.path)
        where file.hasSuffix(".md") && !topics.contains(String(file.dropLast(3))) {
            try FileManager.default.removeItem(at: content.appendingPathComponent(file))
        }
        return folder
    }

    @Test func speaksCopingToTheNamedFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coping.wav")
        let result = try run(["miscarriage", "--section", "coping", "--output", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == file.path)
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        #expect(size > 22_050 * 2 * 60, "at least a minute of 16-bit audio")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["coping.wav", "coping.wav.vtt"])
    }

    @Test func defaultOutputIsOutTopicSection() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = Self.packageRoot.appendingPathComponent("Content").path
        let voices = Self.packageRoot.appendingPathComponent("Voices").path
        let result = try run(["miscarriage", "-s", "what-is-it"], in: folder,
                             environment: ["HLSPEAK_CONTENT": content, "HLSPEAK_VOICES": voices])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "out/miscarriage/what-is-it.wav\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/miscarriage/what-is-it.wav").path))
    }

    @Test(arguments: ["coping", "Coping With Grief", "coping-with-grief"])
    func sectionNamesAllGiveTheSameScript(name: String) throws {
        let byID = try run(["miscarriage", "--section", "coping", "--script"])
        let byName = try run(["miscarriage", "--section", name, "--script"])
        #expect(byName.status == 0)
        #expect(byName.standardOutput == byID.standardOutput)
        #expect(byName.standardOutput.hasPrefix("<speak"))
        #expect(byName.standardOutput.contains("1, 8 3 3, 8 5 2, 6 2 6 2"))
    }

    @Test func unknownSectionExits64AndListsIDs() throws {
        let result = try run(["miscarriage", "--section", "nope"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("'nope'"))
        #expect(result.standardError.contains("coping"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aSectionTheSourceLostSaysSoInEveryFormat() throws {
        let library = try scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let note = "Part of this section is not available in this format. Ask your care team."
        let text = try run(["miscarriage", "-s", "risk", "--format", "text", "-o", "risk.txt"], in: library)
        #expect(text.status == 0, "\(text.standardError)")
        let written = try String(contentsOf: library.appendingPathComponent("risk.txt"), encoding: .utf8)
        #expect(written.contains("What Increases Your Risk") && written.contains(note))
        #expect(!written.contains("include:"), "the lead-in of the lost list goes with it")
        let spoken = try run(["miscarriage", "-s", "risk", "--script"], in: library)
        #expect(spoken.status == 0 && spoken.standardOutput.contains("Ask your care team."))
        // The library's own words win.
        let settings = library.appendingPathComponent("Content/library.yml")
        try (try String(contentsOf: settings, encoding: .utf8) + "missing_content: This part is missing here. Call us for it.\n")
            .write(to: settings, atomically: true, encoding: .utf8)
        let html = try run(["miscarriage", "--format", "html", "-o", "topic.html"], in: library)
        #expect(html.status == 0, "\(html.standardError)")
        let page = try String(contentsOf: library.appendingPathComponent("topic.html"), encoding: .utf8)
        #expect(page.contains("<h2 id=\"risk\">") && page.contains("This part is missing here. Call us for it."))
    }

    @Test func unknownTopicAndVoiceExit64() throws {
        let topic = try run(["nothing-here"])
        #expect(topic.status == 64)
        #expect(topic.standardError.contains("miscarriage"))
        let voice = try run(["miscarriage", "-s", "coping", "--voice", "robot", "--script"])
        #expect(voice.status == 64)
        #expect(voice.standardError.contains("default"))
        #expect(voice.standardError.contains("slow"))
    }

    @Test func everySectionWithoutSectionOption() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["miscarriage", "--output", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".wav") }
        #expect(written.sorted() == ["coping.wav", "credits.wav", "exams.wav", "overview.wav", "risk.wav", "self-care.wav",
                                     "symptoms.wav", "treatment.wav"], "the section the source lost says so, spoken")
        #expect(result.standardOutput.split(separator: "\n").count == 8)
    }

    @Test func checkPassesOnContentWithGapWarnings() throws {
        let result = try run(["check"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("0 errors, 6 warnings"), "three gaps in each of two topics")
        #expect(result.standardOutput.contains("Content/miscarriage.md:") && result.standardOutput.contains("Content/aborto-espontaneo.md:"))
    }

    @Test func checkFailsOnABrokenFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ntitle: Broken\n---\n## Risks\n\nRisks include:\n".write(
            to: folder.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
        let result = try run(["check", "--content", folder.path])
        #expect(result.status != 0)
        #expect(result.standardOutput.contains("broken.md:6: error:"))
    }

    @Test func listShowsTopicsAndSectionTree() throws {
        let topics = try run(["list"])
        #expect(topics.status == 0)
        #expect(topics.standardOutput.contains("miscarriage"))
        let tree = try run(["list", "miscarriage"])
        #expect(tree.status == 0)
        for id in ["overview", "  causes", "risk", "exams", "  repeated", "coping", "credits"] {
            #expect(tree.standardOutput.contains("\n\(id) ") || tree.standardOutput.contains("\n  \(id)"), "\(id)")
        }
        #expect(tree.standardOutput.contains("Coping With Grief"))
    }

    @Test func missingContentFolderNamesTheFix() throws {
        let result = try run(["list", "--content", "/nonexistent/folder"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("--content"))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func printNeedsNoVoicesFolderButAudioDoes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noVoices = ["--voices", folder.appendingPathComponent("none").path]
        let text = try run(["miscarriage", "-s", "coping", "--format", "text", "--output", folder.path] + noVoices)
        #expect(text.status == 0, "\(text.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("coping.txt").path))
        let audio = try run(["miscarriage", "-s", "coping", "--output", folder.path] + noVoices)
        #expect(audio.status == 66)
        #expect(audio.standardError.contains("--voices"))
    }

    @Test func unwritableOutputLeavesNothing() throws {
        let result = try run(["miscarriage", "-s", "coping", "--output", "/proc/hlspeak-cannot-write/x.wav"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("/proc/hlspeak-cannot-write"))
        #expect(result.standardError.split(separator: "\n").count == 1)
    }
}
