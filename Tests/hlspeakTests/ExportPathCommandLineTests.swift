import Foundation
import Testing

/// One export path: the same request gives the same bytes under the same name from `speak`,
/// `--format all` and `build`; distinct requests never share a name; `-o FILE` makes one file.
@Suite struct ExportPathCommandLineTests {
    let cli = CommandLineTests()

    static let variants: [(arguments: [String], file: String)] = [
        (["--format", "wav"], "coping.wav"), (["--format", "phone"], "coping.ulaw.wav"),
        (["--codec", "alaw"], "coping.alaw.wav"), (["--codec", "pcm"], "coping.pcm8k.wav"),
        (["--codec", "ulaw-raw"], "coping.ulaw"), (["--voice", "slow"], "coping.slow.wav"),
        (["--plain"], "coping.plain.wav"), (["--format", "mp3"], "coping.mp3"), (["--format", "epub"], "coping.epub"),
    ]

    @Test func sameRequestSameBytesWhicheverCommandMadeIt() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = folder.appendingPathComponent("single")
        for variant in Self.variants {
            let result = try cli.run(["miscarriage", "-s", "coping", "-o", single.path + "/"] + variant.arguments)
            #expect(result.status == 0, "\(variant.arguments): \(result.standardError)")
            #expect(result.standardOutput == single.appendingPathComponent(variant.file).path + "\n")
        }
        let audio = try FileManager.default.contentsOfDirectory(atPath: single.path).filter { !$0.hasSuffix(".vtt") && !$0.hasPrefix(".") }
        #expect(Set(audio) == Set(Self.variants.map(\.file)), "9 requests, 9 files")

        let all = folder.appendingPathComponent("all")
        #expect(try cli.run(["miscarriage", "-s", "coping", "--format", "all", "-o", all.path + "/"]).status == 0)
        let built = try cli.run(["build", "miscarriage", "--formats", "wav,phone,mp3,html,brf", "--output", folder.appendingPathComponent("built").path])
        #expect(built.status == 0, "\(built.standardError)")
        let fromBuild = folder.appendingPathComponent("built/miscarriage")
        var compared = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: single.path) {
            let mine = try Data(contentsOf: single.appendingPathComponent(name))
            for other in [all, fromBuild] where FileManager.default.fileExists(atPath: other.appendingPathComponent(name).path) {
                #expect(mine == (try Data(contentsOf: other.appendingPathComponent(name))), "\(name) in \(other.lastPathComponent)")
                compared += 1
            }
        }
        #expect(compared >= 13, "wav, phone and mp3 with their captions, from both, and the book from --format all")
        for name in try FileManager.default.contentsOfDirectory(atPath: all.path) where name.hasSuffix(".html") || name.hasSuffix(".brf") {
            #expect(try Data(contentsOf: all.appendingPathComponent(name)) == Data(contentsOf: fromBuild.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func aFolderHoldingOneTopicIsNotOverwrittenByAnother() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shared = folder.appendingPathComponent("handouts").path + "/"
        #expect(try cli.run(["miscarriage", "--format", "text", "-o", shared]).status == 0)
        let credits = try Data(contentsOf: URL(fileURLWithPath: shared + "credits.txt"))
        let other = try cli.run(["aborto-espontaneo", "--format", "text", "-o", shared])
        #expect(other.status == 64)
        #expect(other.standardError.contains("holds the files made for 'miscarriage'"), "\(other.standardError)")
        #expect(other.standardError.contains("-o \(folder.path)/aborto-espontaneo/"), "the message names a folder beside it")
        let line = try cli.run(["phone-line", "aborto-espontaneo", "-o", shared])
        #expect(line.status == 64, "a phone line is a folder of files too: \(line.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: shared + "credits.txt")) == credits, "the first topic's credits stay")
        #expect(!FileManager.default.fileExists(atPath: shared + "aborto-espontaneo.txt"))
        let script = try cli.run(["aborto-espontaneo", "-s", "symptoms", "--script", "-o", shared])
        #expect(script.status == 0 && script.standardOutput.contains("<speak"), "--script writes nothing: \(script.standardError)")
        #expect(try cli.run(["miscarriage", "--format", "text", "-o", shared]).status == 0, "the same topic may be written again")
        #expect(try cli.run(["aborto-espontaneo", "--format", "text", "-o", shared + "aborto-espontaneo/"]).status == 0)
        let built = folder.appendingPathComponent("built").path
        #expect(try cli.run(["build", "miscarriage", "--formats", "text", "--output", built]).status == 0)
        let intoBuild = try cli.run(["aborto-espontaneo", "--format", "text", "-o", built + "/miscarriage/"])
        #expect(intoBuild.status == 64 && intoBuild.standardError.contains("holds the files made for 'miscarriage'"),
                "a build's topic folder is its topic's: \(intoBuild.standardError)")
    }

    @Test func splittingReplacesTheWholeFileAndTheWholeFileItsParts() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.path + "/"
        #expect(try cli.run(["miscarriage", "-s", "coping", "--format", "phone", "-o", output]).status == 0)
        #expect(try cli.run(["miscarriage", "-s", "coping", "--format", "phone", "--max-seconds", "40", "-o", output]).status == 0)
        var names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.contains("coping.ulaw.wav") && names.contains("coping.ulaw.part1.wav") && names.contains("coping.ulaw.part1.wav.vtt"), "\(names)")
        #expect(try cli.run(["miscarriage", "-s", "coping", "--format", "phone", "-o", output]).status == 0)
        names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [".hlspeak-topic", "coping.ulaw.wav", "coping.ulaw.wav.vtt"], "the folder's mark and the one file")
    }

    /// The text of a PDF, read back with poppler.
    func pdfText(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func outputFileWithOneDocumentFormatWritesExactlyThatFile() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let handout = folder.appendingPathComponent("handout.pdf")
        let whole = try cli.run(["miscarriage", "--format", "large-print", "-o", handout.path])
        #expect(whole.status == 0, "\(whole.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["handout.pdf"])
        let text = try pdfText(handout).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for title in ["Overview", "Symptoms", "Exams and Tests", "Treatment Overview", "Self-Care", "Coping With Grief", "Current as of"] {
            #expect(text.contains(title), "\(title)")
        }
        let two = folder.appendingPathComponent("two.pdf")
        let pair = try cli.run(["miscarriage", "-s", "coping", "-s", "symptoms", "-o", two.path, "--format", "large-print"])
        #expect(pair.status == 0, "\(pair.standardError)")
        #expect(pair.standardOutput == two.path + "\n")
        let both = try pdfText(two).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(both.contains("Coping With Grief") && both.contains("Symptoms") && !both.contains("Exams and Tests"))
    }

    @Test(arguments: [
        (["-s", "coping", "-s", "symptoms", "-o", "x.wav"], "folder"),
        (["-s", "coping", "--codec", "ulaw-raw", "-o", "coping.wav"], "coping.ulaw"),
        (["-s", "coping", "--format", "all", "-o", "x.pdf"], "folder"),
        (["-s", "coping", "--format", "html", "-o", "x.pdf"], ".html"),
    ])
    func outputFileThatCannotHoldTheOutputIsRefused(arguments: [String], mentions: String) throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage"] + arguments, in: folder, environment: [
            "HLSPEAK_CONTENT": CommandLineTests.packageRoot.appendingPathComponent("Content").path,
            "HLSPEAK_VOICES": CommandLineTests.packageRoot.appendingPathComponent("Voices").path])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains(mentions), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
