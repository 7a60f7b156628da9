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
        let result = try cli.run(["phone-line", "miscarriage", "--codec", "pcm", "--output", folder.path + "/"])
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let prompts = try #require(manifest["prompts"] as? [[String: Any]])
        #expect(Set(prompts.compactMap { $0["kind"] as? String }) == ["intro", "menu", "section", "closing", "language"])
        for prompt in prompts {
            let file = try #require(prompt["file"] as? String)
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(file).path)[.size] as? Int
            #expect(size == prompt["bytes"] as? Int, "\(file)")
            #expect((prompt["seconds"] as? Double ?? 0) > 1)
            #expect(!(prompt["text"] as? String ?? "").isEmpty)
        }
        let menus = try #require(manifest["menus"] as? [[String: Any]])
        #expect(menus.count == 4, "seven sections need a second menu, in English and in Spanish")
        for menu in menus {
            let keys = (menu["options"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? Int }
            #expect(keys == Array(1...keys.count))
            #expect(keys.count <= 5)
            let text = menu["text"] as? String ?? ""
            let spanish = (menu["id"] as? String ?? "").hasPrefix("es-")
            #expect(text.hasPrefix(spanish ? "Para " : "To "))
            #expect(text.contains(spanish ? "oprima 0" : "press 0"))
        }
        // Miscarriage exists in Spanish too (aborto-espontaneo, translation_of: miscarriage): the
        // line offers it first, on 9, with its own tree in the Spanish voice.
        let languages = try #require(manifest["languages"] as? [[String: Any]])
        #expect(languages.count == 1 && languages[0]["key"] as? Int == 9 && languages[0]["topic"] as? String == "aborto-espontaneo")
        #expect(prompts.contains { $0["id"] as? String == "es-choice" && $0["text"] as? String == "Para español, oprima 9." })
        #expect(prompts.contains { $0["id"] as? String == "es-coping" && ($0["text"] as? String ?? "").hasPrefix("Cómo sobrellevar el duelo") })
        // Every section prompt is reachable by its key path, and the dialplan routes the keys.
        let sections = prompts.filter { $0["kind"] as? String == "section" }
        #expect(sections.allSatisfy { ($0["key_path"] as? String)?.isEmpty == false })
        let dialplan = try String(contentsOf: folder.appendingPathComponent("extensions.conf"), encoding: .utf8)
        for needed in ["Background(hlspeak/miscarriage/menu)", "WaitExten(", "Playback(hlspeak/miscarriage/coping)",
                       "exten => i,", "exten => t,", "Background(hlspeak/miscarriage/intro)",
                       "Background(hlspeak/miscarriage/es-choice)", "exten => 9,1,Goto(hlspeak-miscarriage-es,s,1)",
                       "[hlspeak-miscarriage-es-menu]", "Playback(hlspeak/miscarriage/es-coping)", "Playback(hlspeak/miscarriage/es-closing)"] {
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
