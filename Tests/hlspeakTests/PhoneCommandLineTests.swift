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
        let wav = try Data(contentsOf: folder.appendingPathComponent("coping.ulaw.wav"))
        #expect(wav[20] == 7, "format tag 7")
        #expect(wav[24] == 0x40 && wav[25] == 0x1F, "8000 Hz")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("coping.ulaw.wav.vtt").path))
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
