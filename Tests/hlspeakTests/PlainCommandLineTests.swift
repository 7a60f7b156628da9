import Foundation
import Testing

/// The plain-language commands end to end.
@Suite struct PlainCommandLineTests {
    let cli = CommandLineTests()

    @Test func simplifyDiffListsEachChangeWithItsRule() throws {
        let result = try cli.run(["simplify", "miscarriage", "--section", "coping", "--diff"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("- Guilt, anxiety, and sadness"))
        #expect(result.standardOutput.contains("+ Guilt, worry, and sadness"))
        #expect(result.standardOutput.contains("plainer word: 'anxiety' → 'worry'"))
        #expect(result.standardOutput.contains("three or more actions as a short list"))
    }

    @Test func simplifyPrintsPlainText() throws {
        let result = try cli.run(["simplify", "miscarriage", "--section", "coping"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Coping With Grief\n\n"))
        #expect(!result.standardOutput.contains("<"))
    }

    @Test func plainWorksWithSpeech() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let unreviewed = try cli.run(["miscarriage", "--section", "coping", "--plain", "--script"], in: library)
        #expect(unreviewed.status == 0 && !unreviewed.standardOutput.contains("Meeting with a support group."),
                "nothing is accepted yet: the text stays as written")
        #expect(try cli.run(["review", "miscarriage", "accept", "--all", "-s", "coping", "--by", "A"], in: library).status == 0)
        let plain = try cli.run(["miscarriage", "--section", "coping", "--plain", "--script"], in: library)
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
        #expect(sections.count == 6, "gap-only 'risk' and the credits are left out")
        #expect(report["skipped"] as? [String] == ["risk", "credits"])
        let coping = try #require(sections.first { $0["id"] as? String == "coping" })
        let before = try #require(coping["before"] as? [String: Any])
        let after = try #require(coping["suggested"] as? [String: Any])
        #expect(coping["approved"] is [String: Any] && coping["misses"] is [String])
        #expect((after["flesch_kincaid_grade"] as? Double ?? 99) < (before["flesch_kincaid_grade"] as? Double ?? 0))
        #expect(before["short_sample"] as? Bool == true)
        #expect(report["syllables"] as? String == "hyphenation")

        let spoken = try cli.run(["readability", "miscarriage", "--json", "--syllables", "pronunciation"])
        let spokenReport = try #require(try JSONSerialization.jsonObject(with: Data(spoken.standardOutput.utf8)) as? [String: Any])
        let spokenCoping = try #require((spokenReport["sections"] as? [[String: Any]])?.first { $0["id"] as? String == "coping" })
        let spokenBefore = try #require(spokenCoping["before"] as? [String: Any])
        #expect(spokenBefore["words"] as? Int == before["words"] as? Int)
        #expect((spokenBefore["syllables"] as? Int ?? 0) > (before["syllables"] as? Int ?? .max),
                "eSpeak NG says 'about', 'pelvic', 'usually' with more syllables than the patterns allow")
    }

    @Test func readabilityAndSimplifyTakeATextFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-readability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.txt")
        try "Call your doctor if you have a fever.\nRest for a day or two after the visit.\n".write(to: draft, atomically: true, encoding: .utf8)
        let json = try cli.run(["readability", draft.path, "--json"])
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let section = try #require((report["sections"] as? [[String: Any]])?.first)
        let before = try #require(section["before"] as? [String: Any])
        #expect(before["words"] as? Int == 17)
        #expect(before["sentences"] as? Int == 2)

        try "Do not utilize it prior to 6 a.m.\n".write(to: draft, atomically: true, encoding: .utf8)
        let plain = try cli.run(["simplify", draft.path])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("Do not use it before 6 a.m."))

        let missing = try cli.run(["readability", folder.appendingPathComponent("gone.txt").path])
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("gone.txt") && missing.standardError.contains("check the path"))
    }

    @Test func sectionsWithoutSentencesOrTextAreReportedNotFatal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            ---
            title: Draft
            ---

            ## Lost list

            <!-- gap: the source lost this list -->

            ## Run on

            rest and drink water and call us if it gets worse and keep your feet up and eat light meals and \
            take the medicine you were given and sleep and ask a friend to stay with you and watch for fever \
            and bleeding and pain and call the nurse line any time day or night if you are worried
            """.write(to: folder.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
        let table = try cli.run(["readability", "draft"], environment: ["HLSPEAK_CONTENT": folder.path])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("Left out: lost-list"), "\(table.standardOutput)")
        #expect(table.standardError.contains("'run-on' has a sentence of"))
        let plain = try cli.run(["simplify", "draft"], environment: ["HLSPEAK_CONTENT": folder.path])
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("rest and drink water and call us if it gets worse"))
        #expect(plain.standardOutput.contains("Run on\n\nrest and drink"), "subsection and section titles are printed")
    }

    @Test func theMeasuredTextMeasuresTheSameAsTheSection() throws {
        let printed = try cli.run(["readability", "miscarriage", "-s", "coping", "--text", "written"])
        #expect(printed.status == 0)
        #expect(printed.standardOutput.contains("Guilt, anxiety, and sadness"))
        #expect(!printed.standardOutput.contains("Coping With Grief"), "headings are not measured")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-measured-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coping.txt")
        try printed.standardOutput.write(to: file, atomically: true, encoding: .utf8)

        func before(_ arguments: [String]) throws -> [String: Any] {
            let json = try cli.run(["readability"] + arguments + ["--json"])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            return try #require((report["sections"] as? [[String: Any]])?.first?["before"] as? [String: Any])
        }
        let section = try before(["miscarriage", "-s", "coping"])
        let text = try before([file.path])
        for key in ["words", "sentences", "syllables", "polysyllables"] {
            #expect(section[key] as? Int == text[key] as? Int, "\(key)")
        }
    }

    @Test func checkReportsABadWordListLineAndSimplifyWarnsAndGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-words-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ntitle: Draft\n---\n\n## Care\n\nUtilize the pads prior to bed.\n"
            .write(to: folder.appendingPathComponent("draft.md"), atomically: true, encoding: .utf8)
        try "prior to\tbefore\tsource\nutilize use source\n"
            .write(to: folder.appendingPathComponent("plain-words.tsv"), atomically: true, encoding: .utf8)
        let check = try cli.run(["check"], environment: ["HLSPEAK_CONTENT": folder.path])
        #expect(check.status == 65)
        #expect(check.standardOutput.contains("plain-words.tsv:2: error:") && check.standardOutput.contains("tabs"))
        let plain = try cli.run(["simplify", "draft"], environment: ["HLSPEAK_CONTENT": folder.path])
        #expect(plain.status == 0)
        #expect(plain.standardError.contains("plain-words.tsv:2: warning:"))
        #expect(plain.standardOutput.contains("Use the pads before bed."), "the language's own list still has 'utilize'")
    }
}
