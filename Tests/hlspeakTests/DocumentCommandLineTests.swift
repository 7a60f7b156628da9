import Foundation
import Testing

/// `--format all` and the document formats end to end.
@Suite struct DocumentCommandLineTests {
    let cli = CommandLineTests()

    @Test func formatAllWritesEveryFormatSideBySide() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "--section", "coping", "--format", "all", "--output", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for name in ["coping.wav", "coping.ulaw.wav", "coping.mp3", "coping.pdf", "coping.html", "coping.txt",
                     "coping.large-print.txt", "coping.brf", "coping.pef", "coping.epub", "coping.wav.vtt", "coping.ulaw.wav.vtt", "coping.mp3.vtt"] {
            #expect(files.contains(name), "\(name)")
        }
        let phone = try Data(contentsOf: folder.appendingPathComponent("coping.ulaw.wav"))
        #expect(phone[20] == 7)
        // Spoken outputs are made in worker processes side by side, documents meanwhile here;
        // each is still reported in the order asked for.
        let printed = result.standardOutput.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        #expect(printed == ["coping.wav", "coping.mp3", "coping.ulaw.wav", "coping.pdf", "coping.large-print.txt", "coping.html",
                            "coping.txt", "coping.brf", "coping.pef", "coping.epub"])
    }

    /// Outputs made side by side: one broken voice stops its outputs, the rest are made and
    /// listed, and the error names every output it stopped, the reason once.
    @Test func aFailedVoiceStopsOnlyItsOutputsAndNamesThem() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let phone = library.appendingPathComponent("Voices/phone.yml")
        let profile = try String(contentsOf: phone, encoding: .utf8)
        try profile.replacingOccurrences(of: "espeak_voice: en-us", with: "espeak_voice: xx-none").write(to: phone, atomically: true, encoding: .utf8)
        let result = try cli.run(["miscarriage", "-s", "coping", "-s", "exams", "--format", "all", "-o", "out/"], in: library)
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("2 outputs failed") && result.standardError.contains("coping.ulaw.wav, exams.ulaw.wav: Voices/phone.yml"),
                "\(result.standardError)")
        #expect(result.standardError.components(separatedBy: "xx-none").count == 2, "the reason once")
        let printed = result.standardOutput.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        #expect(printed.contains("coping.wav") && printed.contains("exams.epub") == false && printed.contains("coping.pdf"), "\(printed)")
        #expect(!FileManager.default.fileExists(atPath: library.appendingPathComponent("out/coping.ulaw.wav").path))
    }

    /// Speaking a section loads none of the document libraries (they are opened on first use),
    /// nor libsoxr, which only telephone audio needs, nor libebur128 (the tests' reference meter);
    /// a large-print PDF loads Pango and Cairo: the dynamic loader says what it opens.
    @Test func documentLibrariesLoadOnlyForDocuments() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func loaded(_ format: String) throws -> String {
            let result = try cli.run(["miscarriage", "-s", "coping", "--format", format, "-o", folder.path],
                                     environment: ["LD_DEBUG": "files"])
            #expect(result.status == 0, "\(result.standardError.suffix(500))")
            return result.standardError
        }
        let audio = try loaded("wav")
        for library in ["libpango", "libcairo", "liblouis", "libzip", "libxml2", "libhyphen", "libqpdf", "libsoxr", "libebur128"] {
            #expect(!audio.contains(library), "\(library) was loaded to speak")
        }
        #expect(audio.contains("libespeak-ng"))
        #expect(try loaded("phone").contains("libsoxr"))
        let print = try loaded("large-print")
        #expect(print.contains("libpangocairo") && print.contains("libcairo"))
        #expect(!print.contains("liblouis") && !print.contains("libzip"))
    }

    /// A program installed without its PDF library says what to build or install, with the
    /// status for a missing piece (69), and leaves no PDF behind; nothing about the disk.
    @Test func aMissingPDFLibraryIsNamedWithItsFix() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: program, withIntermediateDirectories: true)
        let built = CommandLineTests.executable.deletingLastPathComponent()
        for name in ["hlspeak", "hlspeak_HLSpeakKit.resources"] {
            try FileManager.default.copyItem(at: built.appendingPathComponent(name), to: program.appendingPathComponent(name))
        }
        let process = Process()
        process.executableURL = program.appendingPathComponent("hlspeak")
        process.arguments = ["miscarriage", "-s", "coping", "--format", "large-print", "-o", folder.appendingPathComponent("coping.pdf").path,
                             "--content", CommandLineTests.packageRoot.appendingPathComponent("Content").path,
                             "--voices", CommandLineTests.packageRoot.appendingPathComponent("Voices").path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 69, "\(message)")
        #expect(message.contains("libHLSpeakQPDF.so") && message.contains("make install"), "\(message)")
        #expect(!message.contains("disk space"), "\(message)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "bin" }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func htmlWithoutSectionWritesTheTopicPageToo() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "--format", "html", "--output", folder.path])
        #expect(result.status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(files.contains("miscarriage.html") && files.contains("coping.html"))
        #expect(files.contains("risk.html"), "the section the source lost says so")
    }
}
