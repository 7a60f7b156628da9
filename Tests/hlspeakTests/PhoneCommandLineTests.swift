import Foundation
import Testing

/// The phone-line commands end to end: formats, bad input, and the prompt set.
@Suite struct PhoneCommandLineTests {
    let cli = CommandLineTests()

    @Test func formatPhoneWritesMuLawWAVAndCaptions() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "--section", "coping", "--format", "phone", "--output", folder.path + "/"])
        #expect(result.status == 0, "\(result.standardError)")
        let wav = try Data(contentsOf: folder.appendingPathComponent("coping.wav"))
        #expect(wav[20] == 7, "format tag 7")
        #expect(wav[24] == 0x40 && wav[25] == 0x1F, "8000 Hz")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("coping.vtt").path))
    }

    @Test(arguments: [
        (["--codec", "opus"], "opus"), (["--format", "ogg"], "ogg"), (["--max-seconds", "5"], "10"),
        (["--format", "phone", "--max-seconds", "400"], "300"), (["--format", "wav", "--codec", "alaw"], "--codec"),
    ])
    func badAudioOptionsSayWhatToChange(arguments: [String], mentions: String) throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "-s", "coping", "-o", folder.path + "/"] + arguments)
        #expect(result.status != 0)
        #expect(result.standardError.contains(mentions), "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
    }

    @Test func tooShortALimitForOneSentenceIsAnErrorNamingIt() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "-s", "coping", "--format", "phone", "--max-seconds", "10", "-o", folder.path + "/"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("--max-seconds"))
        #expect(result.standardError.split(separator: "\n").count == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!leftovers.contains { $0.contains("partial") }, "\(leftovers)")
    }

    @Test func phoneLineWritesAManifestWhoseFilesExistAndMenusRunInOrder() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["phone-line", "miscarriage", "--codec", "pcm", "--output", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let prompts = try #require(manifest["prompts"] as? [[String: Any]])
        #expect(Set(prompts.compactMap { $0["kind"] as? String }) == ["intro", "menu", "section", "closing"])
        for prompt in prompts {
            let file = try #require(prompt["file"] as? String)
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.size] as? Int
            #expect(size == prompt["bytes"] as? Int, "\(file)")
            #expect((prompt["seconds"] as? Double ?? 0) > 1)
            #expect(!(prompt["text"] as? String ?? "").isEmpty)
        }
        let menus = try #require(manifest["menus"] as? [[String: Any]])
        #expect(menus.count == 2, "six sections need a second menu")
        for menu in menus {
            let keys = (menu["options"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? Int }
            #expect(keys == Array(1...keys.count))
            #expect(keys.count <= 5)
            let text = menu["text"] as? String ?? ""
            #expect(text.hasPrefix("To "))
            #expect(text.contains("press 0"))
        }
        // Every section prompt is reachable by its key path, and the dialplan routes the keys.
        let sections = prompts.filter { $0["kind"] as? String == "section" }
        #expect(sections.allSatisfy { ($0["key_path"] as? String)?.isEmpty == false })
        let dialplan = try String(contentsOf: folder.appendingPathComponent("extensions.conf"), encoding: .utf8)
        for needed in ["Background(hlspeak/miscarriage/menu)", "WaitExten(", "Playback(hlspeak/miscarriage/coping)",
                       "exten => i,", "exten => t,", "Playback(hlspeak/miscarriage/intro)"] {
            #expect(dialplan.contains(needed), "\(needed)")
        }
    }

    @Test func unwritableFolderIsAOneLineError() throws {
        let result = try cli.run(["phone-line", "miscarriage", "--output", "/proc/hlspeak/phone"])
        #expect(result.status == 73)
        #expect(result.standardError.split(separator: "\n").count == 1)
        #expect(result.standardError.contains("/proc/hlspeak/phone"))
    }
}

/// The plain-language commands end to end.
@Suite struct PlainCommandLineTests {
    let cli = CommandLineTests()

    @Test func simplifyDiffListsEachChangeWithItsRule() throws {
        let result = try cli.run(["simplify", "miscarriage", "--section", "coping", "--diff"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("- Guilt, anxiety, and sadness"))
        #expect(result.standardOutput.contains("+ Guilt, worry, and sadness"))
        #expect(result.standardOutput.contains("swap 'anxiety' → 'worry'"))
        #expect(result.standardOutput.contains("three or more actions as a short list"))
    }

    @Test func simplifyPrintsPlainText() throws {
        let result = try cli.run(["simplify", "miscarriage", "--section", "coping"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Coping With Grief\n\n"))
        #expect(!result.standardOutput.contains("<"))
    }

    @Test func plainWorksWithSpeech() throws {
        let plain = try cli.run(["miscarriage", "--section", "coping", "--plain", "--script"])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("Meeting with a support group."))
        #expect(plain.standardOutput.contains("1, 8 3 3, 8 5 2, 6 2 6 2"))
        let original = try cli.run(["miscarriage", "--section", "coping", "--script"])
        #expect(!original.standardOutput.contains("Meeting with a support group."))
    }

    @Test func readabilityPrintsATableAndJSON() throws {
        let table = try cli.run(["readability", "miscarriage"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("coping"))
        let json = try cli.run(["readability", "miscarriage", "--json", "--grade", "7"])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let sections = try #require(report["sections"] as? [[String: Any]])
        #expect(sections.count == 8)
        let coping = try #require(sections.first { $0["id"] as? String == "coping" })
        let before = try #require(coping["before"] as? [String: Any])
        let after = try #require(coping["after"] as? [String: Any])
        #expect((after["flesch_kincaid_grade"] as? Double ?? 99) < (before["flesch_kincaid_grade"] as? Double ?? 0))
        #expect(before["short_sample"] as? Bool == true)
    }
}

/// `--format all` and the document formats end to end.
@Suite struct DocumentCommandLineTests {
    let cli = CommandLineTests()

    @Test func formatAllWritesEveryFormatSideBySide() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "--section", "coping", "--format", "all", "--output", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for name in ["coping.wav", "coping-phone.wav", "coping.mp3", "coping.pdf", "coping.html", "coping.txt", "coping-large-print.txt", "coping.brf", "coping.pef",
                     "coping.vtt", "coping-phone.vtt"] {
            #expect(files.contains(name), "\(name)")
        }
        let phone = try Data(contentsOf: folder.appendingPathComponent("coping-phone.wav"))
        #expect(phone[20] == 7)
        #expect(result.standardOutput.split(separator: "\n").count == 9)
    }

    @Test func htmlWithoutSectionWritesTheTopicPageToo() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try cli.run(["miscarriage", "--format", "html", "--output", folder.path])
        #expect(result.status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(files.contains("miscarriage.html") && files.contains("coping.html"))
        #expect(!files.contains("risk.html"), "nothing to show")
    }
}

/// Braille end to end.
@Suite struct BrailleCommandLineTests {
    let cli = CommandLineTests()

    @Test func brfIsWrittenAndPassesCheckBRF() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coping.brf")
        let result = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "-o", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let check = try cli.run(["check-brf", file.path])
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("ok"))
        try "TOO LONG A LINE FOR ANY EMBOSSER PAGE OF FORTY CELLS\r\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try cli.run(["check-brf", file.path])
        #expect(bad.status == 65)
        #expect(bad.standardOutput.contains("more than 40"))
        #expect(bad.standardOutput.contains("form feed"))
    }

    @Test func badBrailleOptionsSayWhatToChange() throws {
        let grade = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "--braille-grade", "3"])
        #expect(grade.status == 64)
        #expect(grade.standardError.contains("--braille-grade"))
        let small = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "--cells", "12", "-o", "/tmp/x.brf"])
        #expect(small.status == 64)
        #expect(small.standardError.contains("20 cells"))
    }
}
