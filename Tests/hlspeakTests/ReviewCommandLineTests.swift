import Foundation
import Testing

/// `hlspeak review` end to end: decisions kept in the review file, used by `--plain`, re-opened
/// by an edit, and named in the credits.
@Suite struct ReviewCommandLineTests {
    let cli = CommandLineTests()

    /// One change as `review` lists it.
    struct Listed {
        var number: String
        var section: String
        var before: String
        var after: String
    }

    static func changes(in listing: String) -> [Listed] {
        var found: [Listed] = []
        let lines = listing.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            guard let dot = line.firstIndex(of: "."), let number = Int(line[..<dot]), line.hasSuffix("· pending") || line.contains("· ") else { continue }
            let section = line.split(separator: "(").last?.split(separator: ")").first.map(String.init) ?? ""
            var after: [String] = []
            var cursor = index + 2
            after.append(String(lines[cursor].dropFirst("   After:  ".count)))
            cursor += 1
            while cursor < lines.count, lines[cursor].hasPrefix("           ") {
                after.append(lines[cursor].trimmingCharacters(in: .whitespaces))
                cursor += 1
            }
            found.append(Listed(number: String(number), section: section,
                                before: String(lines[index + 1].dropFirst("   Before: ".count)), after: after.joined(separator: "\n")))
        }
        return found
    }

    /// The text of a plain-text output with its lines run together.
    static func running(_ file: URL) throws -> String {
        try String(contentsOf: file, encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func runningText(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func acceptRejectRewriteSignOffAndReopen() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        func run(_ arguments: [String]) throws -> CommandLineTests.Result {
            try cli.run(arguments, in: library, environment: ["HLSPEAK_REVIEWER": ""])
        }
        let listing = try run(["review", "miscarriage", "-s", "coping"])
        #expect(listing.status == 0, "\(listing.standardError)")
        let pending = Self.changes(in: listing.standardOutput).filter { !$0.after.contains("\n") }
        try #require(pending.count >= 4, "coping has at least four one-line suggestions: \(listing.standardOutput)")
        #expect(listing.standardOutput.contains("Why:"))
        let (first, second, third, fourth) = (pending[0], pending[1], pending[2], pending[3])

        let nobody = try run(["review", "miscarriage", "accept", first.number])
        #expect(nobody.status != 0 && nobody.standardError.contains("--by"), "a decision needs a name")
        let by = ["--by", "Ana Ruiz, RN"]
        #expect(try run(["review", "miscarriage", "accept", first.number, second.number] + by).status == 0)
        #expect(try run(["review", "miscarriage", "reject", third.number] + by).status == 0)
        let mine = "In most cases, nothing you did caused it."
        let rewrite = try run(["review", "miscarriage", "rewrite", fourth.number, mine] + by)
        #expect(rewrite.status == 0, "\(rewrite.standardError)")
        let tooSoon = try run(["review", "miscarriage", "signoff", "-s", "coping"] + by)
        #expect(tooSoon.status != 0 && tooSoon.standardError.contains("not yet decided"), "\(tooSoon.standardError)")
        let file = library.appendingPathComponent("Content/miscarriage.review.yml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        #expect(yaml.contains("decision: accepted") && yaml.contains("decision: rejected") && yaml.contains("decision: rewritten"))
        #expect(yaml.contains("by: \"Ana Ruiz, RN\""))

        // Pending changes are left out of the plain version, with a warning naming how many.
        let handout = library.appendingPathComponent("coping.txt")
        let partial = try run(["miscarriage", "-s", "coping", "--format", "text", "--plain", "-o", handout.path])
        #expect(partial.status == 0, "\(partial.standardError)")
        #expect(partial.standardError.contains("were left out"))
        var text = try Self.running(handout)
        for accepted in [first, second] { #expect(text.contains(Self.runningText(accepted.after)), "\(accepted.after)") }
        #expect(text.contains(Self.runningText(third.before)) && !text.contains(Self.runningText(third.after)))
        #expect(text.contains(mine) && !text.contains(Self.runningText(fourth.before)))
        for other in pending.dropFirst(4) { #expect(text.contains(Self.runningText(other.before)), "pending stays as written") }
        #expect(text.contains("Plain-language version: not yet reviewed."))

        // Decide the rest (reject), sign off: the credits name the reviewer.
        #expect(try run(["review", "miscarriage", "reject", "--all", "-s", "coping"] + by).status == 0)
        let signed = try run(["review", "miscarriage", "signoff", "-s", "coping"] + by)
        #expect(signed.status == 0, "\(signed.standardError)")
        let complete = try run(["miscarriage", "-s", "coping", "--format", "text", "--plain", "-o", handout.path])
        #expect(complete.status == 0 && !complete.standardError.contains("left out"), "\(complete.standardError)")
        text = try Self.running(handout)
        #expect(text.contains("Plain-language version reviewed by Ana Ruiz, RN on "))
        let status = try run(["review", "miscarriage", "status", "-s", "coping"])
        #expect(status.standardOutput.contains("Ana Ruiz, RN"))

        // Editing the source sentence of an accepted change re-opens it and the sign-off.
        let topicFile = library.appendingPathComponent("Content/miscarriage.md")
        let source = try String(contentsOf: topicFile, encoding: .utf8)
        let sentence = first.before
        let edited = String(sentence.dropLast()) + " today."
        let flowing = source.replacingOccurrences(of: "\n", with: " ")
        try #require(flowing.contains(sentence), "the sentence is in the file: \(sentence)")
        try Self.replace(sentence, with: edited, in: topicFile)
        let reopened = try run(["review", "miscarriage", "-s", "coping"])
        #expect(Self.changes(in: reopened.standardOutput).contains { $0.before == edited }, "\(reopened.standardOutput)")
        #expect(reopened.standardOutput.contains("re-opened"))
        let after = try run(["miscarriage", "-s", "coping", "--format", "text", "--plain", "-o", handout.path])
        #expect(after.status == 0 && after.standardError.contains("1 suggested plain-language change was left out"), "\(after.standardError)")
        text = try Self.running(handout)
        #expect(text.contains(edited) && text.contains("Plain-language version: not yet reviewed."))
        #expect(try run(["review", "miscarriage", "status", "-s", "coping"]).standardOutput.contains("changed since"))
    }

    /// Replaces `old` in `file`, where the file may break it across lines.
    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let words = old.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
        let pattern = try NSRegularExpression(pattern: words.joined(separator: "\\s+"))
        let range = try #require(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))?.range)
        let result = (text as NSString).replacingCharacters(in: range, with: new)
        try result.write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func mistakesSayHowToFixThem() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let unknown = try cli.run(["review", "miscarriage", "accept", "999", "--by", "A"], in: library)
        #expect(unknown.status == 64 && unknown.standardError.contains("changes 1 to"))
        let noTarget = try cli.run(["review", "miscarriage", "rewrite", "", "A sentence.", "--by", "A"], in: library)
        #expect(noTarget.status == 64 && noTarget.standardError.contains("say which change to rewrite"), "\(noTarget.standardError)")
        let noNumbers = try cli.run(["review", "miscarriage", "accept", "--by", "A"], in: library)
        #expect(noNumbers.status != 0 && noNumbers.standardError.contains("--all"))
        try "changes:\n  abc:\n    decision: maybe\n".write(to: library.appendingPathComponent("Content/miscarriage.review.yml"),
                                                          atomically: true, encoding: .utf8)
        let broken = try cli.run(["review", "miscarriage"], in: library)
        #expect(broken.status == 65 && broken.standardError.contains("miscarriage.review.yml:"), "\(broken.standardError)")
        let plain = try cli.run(["miscarriage", "-s", "coping", "--format", "text", "--plain", "-o",
                                 library.appendingPathComponent("x.txt").path], in: library)
        #expect(plain.status == 65, "a broken review file stops plain outputs rather than publishing unreviewed text")
    }

    @Test func checkReportsABrokenReviewFileAndDecisionsMadeAtOnceAreAllKept() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let listing = try cli.run(["review", "miscarriage", "--all"], in: library)
        let numbers = Self.changes(in: listing.standardOutput).prefix(6).map(\.number)
        try #require(numbers.count == 6)
        // Six people accept at once: the lock keeps every decision.
        let group = DispatchGroup()
        for number in numbers {
            DispatchQueue.global().async(group: group) {
                _ = try? cli.run(["review", "miscarriage", "accept", number, "--by", "Reviewer \(number)"], in: library)
            }
        }
        group.wait()
        let yaml = try String(contentsOf: library.appendingPathComponent("Content/miscarriage.review.yml"), encoding: .utf8)
        #expect(yaml.components(separatedBy: "\n    decision: accepted").count - 1 == 6, "\(yaml)")

        try (yaml + "  bad: [\n").write(to: library.appendingPathComponent("Content/miscarriage.review.yml"), atomically: true, encoding: .utf8)
        let check = try cli.run(["check"], in: library)
        #expect(check.status == 65 && check.standardOutput.contains("miscarriage.review.yml"), "\(check.standardOutput)")
    }

    @Test func aPlainBuildSaysWhatWasLeftOutAndNoticesTheReview() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let build = ["build", "--plain", "--formats", "text", "--output", "out"]
        let first = try cli.run(build, in: library)
        #expect(first.status == 0 && first.standardError.contains("left out of 1 topic (miscarriage)"), "\(first.standardError)")
        let coping = library.appendingPathComponent("out/miscarriage/coping.plain.txt")
        #expect(try String(contentsOf: coping, encoding: .utf8).contains("could not have been prevented"))
        // Every change accepted: the next build remakes the topic's plain outputs, with nothing left out.
        #expect(try cli.run(["review", "miscarriage", "accept", "--all", "--by", "A"], in: library).status == 0)
        let second = try cli.run(build, in: library)
        #expect(second.status == 0 && !second.standardError.contains("left out"), "\(second.standardError)")
        // The text is wrapped: compare words, not lines.
        let words = try String(contentsOf: coping, encoding: .utf8).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("could not have been stopped"))
    }

    @Test func hardSentencesAreListedAndCanBeRewritten() throws {
        let library = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: library) }
        let hard = try cli.run(["review", "miscarriage", "hard"], in: library)
        #expect(hard.status == 0)
        #expect(hard.standardOutput.contains("H1. "))
        #expect(hard.standardOutput.range(of: #"grade \d+\.\d on its own|\d+ words \(aim"#, options: .regularExpression) != nil)
        let rewrite = try cli.run(["review", "miscarriage", "rewrite", "H1", "A short sentence.", "--by", "A"], in: library)
        #expect(rewrite.status == 0, "\(rewrite.standardError)")
        let all = try cli.run(["review", "miscarriage", "--all"], in: library)
        #expect(all.standardOutput.contains("Yours:  A short sentence."))
    }
}
