import Foundation
import Testing

/// `hlspeak build` end to end on a copy of the content: manifest, incremental rebuilds, shards,
/// reproducibility and failure isolation.
@Suite(.serialized) struct BuildCommandLineTests {
    let cli = CommandLineTests()

    func scratch() throws -> URL { try cli.scratch() }

    func build(_ folder: URL, _ extra: [String] = [], output: String = "out") throws -> CommandLineTests.Result {
        try cli.run(["build", "--formats", "html,text,brf,wav", "--jobs", "2", "--output", output] + extra, in: folder)
    }

    func manifest(_ folder: URL, _ output: String = "out") throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(output)/manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(json["outputs"] as? [[String: Any]])
    }

    static func built(_ result: CommandLineTests.Result) -> [String] {
        result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("built ") && !$0.contains("skipped") }
            .map { String($0.split(separator: " ")[1]) }
    }

    @Test func buildsEverythingOnceThenNothing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try build(folder)
        #expect(first.status == 0, "\(first.standardError)")
        let entries = try manifest(folder)
        #expect(entries.count == 8 * 4 + 3, "8 sections (risk says what is missing) x 4 formats + topic html, text and brf")
        for entry in entries {
            for file in entry["files"] as? [String] ?? [] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(file)").path), "\(file)")
            }
            #expect((entry["hash"] as? String)?.count == 64)
        }
        let second = try build(folder)
        #expect(second.status == 0)
        #expect(Self.built(second).isEmpty)
        #expect(second.standardOutput.contains("nothing changed"))
    }

    @Test func changingOneSectionRebuildsOnlyItAndTheTopicFiles() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try build(folder).status == 0)
        let topicFile = folder.appendingPathComponent("Content/miscarriage.md")
        let text = try String(contentsOf: topicFile, encoding: .utf8)
        try text.replacingOccurrences(of: "How hard and how long you'll grieve will vary.",
                                      with: "How hard and how long you'll grieve will vary a lot.\nIt is different for everyone.")
            .write(to: topicFile, atomically: true, encoding: .utf8)
        let rebuilt = Set(Self.built(try build(folder)))
        #expect(rebuilt == ["miscarriage/coping.html", "miscarriage/coping.txt", "miscarriage/coping.brf",
                            "miscarriage/coping.wav", "miscarriage/miscarriage.html", "miscarriage/miscarriage.txt",
                            "miscarriage/miscarriage.brf"])
    }

    /// A topic whose file has the same size, time and inode is not read at all; one whose time
    /// changed is compared by its bytes.
    @Test func anUnchangedTopicFileIsNotReadAndATouchedOneIsComparedByContent() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = { (_: URL, _: [String]) in try cli.run(["build", "--formats", "text", "--output", "out"], in: folder) }
        #expect(try build(folder, ["--formats", "text"]).status == 0)
        let topicFile = folder.appendingPathComponent("Content/miscarriage.md")
        let original = try Data(contentsOf: topicFile)
        var info = stat()
        #expect(stat(topicFile.path, &info) == 0)
        // Garbage of the same size, written in place, the file's time put back: not even read.
        let handle = try FileHandle(forWritingTo: topicFile)
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: original.count))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, topicFile.path, &times, 0) == 0)
        let untouched = try build(folder, ["--formats", "text"])
        #expect(untouched.status == 0, "\(untouched.standardError)")
        #expect(Self.built(untouched).isEmpty)
        // Touched: now its bytes are compared, found changed, and the broken topic is reported.
        #expect(utimensat(AT_FDCWD, topicFile.path, nil, 0) == 0)
        let touched = try build(folder, ["--formats", "text"])
        #expect(touched.status != 0)
        #expect(touched.standardError.contains("miscarriage"))
        // The original bytes again, with a new time: unchanged, nothing is made.
        try original.write(to: topicFile)
        let restored = try build(folder, ["--formats", "text"])
        #expect(restored.status == 0, "\(restored.standardError)")
        #expect(Self.built(restored).isEmpty, "\(restored.standardOutput)")
        let topicManifest = folder.appendingPathComponent("out/miscarriage/manifest.json")
        #expect(FileManager.default.fileExists(atPath: topicManifest.path))
    }

    @Test func changingTheLexiconRebuildsAudioOnly() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try build(folder).status == 0)
        let lexicon = folder.appendingPathComponent("Voices/lexicons/en-us.yml")
        try (try String(contentsOf: lexicon, encoding: .utf8) + "midwife: mid wife\n").write(to: lexicon, atomically: true, encoding: .utf8)
        let rebuilt = Self.built(try build(folder))
        #expect(!rebuilt.isEmpty)
        #expect(rebuilt.allSatisfy { $0.hasSuffix(".wav") })
    }

    /// Two more short topics, so each of three shards has one.
    func addTopics(_ folder: URL) throws {
        for name in ["bleeding", "fever"] {
            try "---\ntitle: \(name.capitalized)\n---\n# \(name.capitalized)\n\n## When to call {#call}\n\nCall your doctor if it gets worse.\n"
                .write(to: folder.appendingPathComponent("Content/\(name).md"), atomically: true, encoding: .utf8)
        }
    }

    @Test func shardsTogetherMakeTheWholeBuildByteForByte() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try addTopics(folder)
        #expect(try build(folder, output: "full").status == 0)
        var keys: [String] = []
        for index in 1...3 {
            #expect(try build(folder, ["--shard", "\(index)/3"], output: "shard\(index)").status == 0)
            keys += try manifest(folder, "shard\(index)").compactMap { entry in (entry["files"] as? [String])?.first }
        }
        let full = try manifest(folder, "full").compactMap { ($0["files"] as? [String])?.first }
        #expect(keys.sorted() == full.sorted())
        #expect(Set(keys).count == keys.count, "no output in two shards")
        for index in 1...3 {
            let topics = Set(try manifest(folder, "shard\(index)").compactMap { ($0["key"] as? String)?.split(separator: "/").first })
            #expect(topics.count == 1, "shard \(index) builds whole topics, one of the three: \(topics)")
        }
        for entry in try manifest(folder, "full") {
            for file in entry["files"] as? [String] ?? [] {
                let shard = (1...3).map { folder.appendingPathComponent("shard\($0)/\(file)") }
                    .first { FileManager.default.fileExists(atPath: $0.path) }
                let made = try Data(contentsOf: try #require(shard, "\(file)"))
                #expect(made == (try Data(contentsOf: folder.appendingPathComponent("full/\(file)"))), "\(file)")
            }
        }
        let merged = try cli.run(["build", "--merge-manifests", "shard1", "shard2", "shard3", "--output", "merged"], in: folder)
        #expect(merged.status == 0)
        #expect(try manifest(folder, "merged").count == full.count)
    }

    @Test func aBrokenTopicFailsAloneAndTheRunExitsNonZero() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "---\ntitle: Broken\n---\nNo section here.\n".write(
            to: folder.appendingPathComponent("Content/broken.md"), atomically: true, encoding: .utf8)
        let result = try cli.run(["build", "broken", "miscarriage", "--formats", "html", "--output", "out"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError.contains("broken"))
        let withBrokenLast = try cli.run(["build", "miscarriage", "--formats", "html", "--output", "out"], in: folder)
        #expect(withBrokenLast.status == 0)
    }

    @Test func aKilledBuildFinishedLaterMatchesAnUninterruptedOne() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try build(folder, output: "whole").status == 0)
        // Start a build and kill it part way (wherever that is, the result must be the same).
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["build", "--formats", "html,text,brf,wav", "--jobs", "2", "--output", "killed"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.5)  // let orphaned workers finish their job and exit
        let resumed = try build(folder, output: "killed")
        #expect(resumed.status == 0, "\(resumed.standardError)")
        let whole = try manifest(folder, "whole")
        #expect(try manifest(folder, "killed").count == whole.count)
        for entry in whole {
            for file in entry["files"] as? [String] ?? [] {
                let a = try Data(contentsOf: folder.appendingPathComponent("whole/\(file)"))
                let b = try Data(contentsOf: folder.appendingPathComponent("killed/\(file)"))
                #expect(a == b, "\(file)")
            }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("killed/miscarriage").path)
        #expect(!leftovers.contains { $0.contains(".partial-") }, "\(leftovers)")
    }

    @Test(arguments: [SIGKILL, SIGTERM, SIGINT])
    func workersStopQuietlyWhenTheirBuildIsStopped(signalNumber: Int32) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["build", "--formats", "wav", "--jobs", "2", "--output", "out"]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        Thread.sleep(forTimeInterval: 0.6)
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        // The workers hold the same pipe: it ends when the last of them has stopped.
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        for marker in ["Fatal error", "crashed", "Backtrace", "Broken pipe"] {
            #expect(!said.contains(marker), "\(said)")
        }
        #expect(said.split(separator: "\n").count <= 3, "one line from the build and at most one per worker: \(said)")
        let resumed = try build(folder)
        #expect(resumed.status == 0, "\(resumed.standardError)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/miscarriage").path)
        #expect(!leftovers.contains { $0.contains(".partial-") }, "\(leftovers)")
    }
}
