import Foundation
import Testing
@testable import HLSpeakKit

/// What each section sounds like, checked on the script before any audio is made.
@Suite struct SpokenScriptTests {
    /// The script of section `id` of the readable topic (what every writer is given).
    private func script(_ id: String) throws -> SpokenScript {
        let section = try SectionLookup(try TestSupport.miscarriage().readable(TestSupport.sentences)).section(id)
        return SpeechRenderer(voice: try TestSupport.voice()).script(for: section)
    }

    @Test func copingReadsTheHotlineAsGroupedDigitsOnce() throws {
        let ssml = try script("coping").ssml
        #expect(ssml.contains("1, 8 3 3, 8 5 2, 6 2 6 2"))
        #expect(!ssml.contains("TLC"))
        #expect(!ssml.contains("852-6262"))
        #expect(ssml.components(separatedBy: "8 3 3").count == 2)
    }

    @Test func copingStartsWithItsTitleThenPausesBetweenParagraphs() throws {
        let spoken = try script("coping")
        #expect(spoken.parts.first?.sentences.map(\.ssml) == ["Coping With Grief."])
        #expect(spoken.parts.filter { $0.kind == .paragraph }.count == 4)
        #expect(spoken.parts.dropFirst().allSatisfy { $0.pauseBefore == 600 })
        #expect(spoken.ssml.components(separatedBy: "<break time=\"600ms\"/>").count == 5)
    }

    @Test func noSectionSaysADanglingInclude() throws {
        for section in try TestSupport.miscarriage().readable(TestSupport.sentences).allSections {
            let spoken = SpeechRenderer(voice: try TestSupport.voice()).script(for: section)
            for (index, part) in spoken.parts.enumerated() where part.sentences.last?.ssml.hasSuffix(":") == true {
                let next = index + 1 < spoken.parts.count ? spoken.parts[index + 1].kind : nil
                #expect(next == .listItem, "\(section.id): '\(part.sentences.last!.text)' is not followed by its list")
            }
            #expect(!spoken.ssml.contains("gap"), "\(section.id)")
        }
    }

    @Test func introductionWithAListIsSpokenThenTheItems() throws {
        let spoken = try script("symptoms")
        #expect(spoken.parts[1].sentences.last?.ssml == "Symptoms of a miscarriage include:")
        let items = spoken.parts.filter { $0.kind == .listItem }
        #expect(items.count == 4)
        #expect(items.allSatisfy { $0.pauseBefore == 400 })
        #expect(items.first?.sentences.map(\.ssml) == ["Bleeding from the vagina with pain."])
        #expect(!spoken.ssml.contains("- "))
    }

    @Test func gapOnlySectionHasNothingToSay() throws {
        let topic = try TestSupport.miscarriage()
        #expect(try SectionLookup(topic).section("risk").readable(TestSupport.sentences) == nil, "only a gap: nothing left to read")
        #expect(!topic.readable(TestSupport.sentences).allSections.contains { $0.id == "risk" })
        #expect(try !script("self-care").hasNothingToSay)
        #expect(try !script("self-care").ssml.contains("Here are some tips"))
    }

    @Test func parenthesesBecomePausesAndLexiconRespells() throws {
        let ssml = try script("treatment").ssml
        #expect(ssml.contains("R H immune globulin, <sub alias=\"roegam\">RhoGAM</sub>."))
        #expect(!ssml.contains("("))
        let diagnosis = try script("diagnosis").ssml
        #expect(diagnosis.contains("do an exam, including a pelvic exam."))
        // After a phone number the aside still gets its pause, not "0 1 7 5 nurse line".
        let phone = SpokenScriptBuilder(language: TestSupport.english)
            .script(paragraphs: ["Call 1-866-555-0175 (nurse line) today."]).ssml
        #expect(phone.contains("0 1 7 5, nurse line, today."), "\(phone)")
    }

    @Test func subsectionsComeAfterAHeadingPause() throws {
        let spoken = try script("overview")
        let headings = spoken.parts.filter { $0.kind == .heading }
        #expect(headings.count == 7)
        #expect(headings.dropFirst().allSatisfy { $0.pauseBefore == 800 })
    }

    @Test func everySentenceHasAMarkInOrder() throws {
        let spoken = try script("coping")
        let ssml = spoken.ssml
        var position = ssml.startIndex
        for index in spoken.sentences.indices {
            let mark = "<mark name=\"s\(index)\"/><s>"
            let found = try #require(ssml.range(of: mark, range: position..<ssml.endIndex), "mark s\(index)")
            position = found.upperBound
        }
        #expect(spoken.sentences.first?.text == "Coping With Grief")
        #expect(spoken.sentences.count == 17)
    }

    @Test func contentIsEscapedNeverMarkup() throws {
        let text = """
            ---
            title: T
            ---
            ## A

            Do not <audio src="/etc/passwd"/> and <break time="60s"/> & stop.

            <audio src="/etc/passwd"/>
            """
        let topic = try TestSupport.read(text).get(file: "t.md")
        let ssml = SpokenScriptBuilder(language: TestSupport.english, normalizing: false).script(for: topic.sections[0]).ssml
        let normalized = SpokenScriptBuilder(language: TestSupport.english).script(for: topic.sections[0]).ssml
        #expect(!normalized.contains("<audio") && !normalized.contains("<break time=\"60s"))
        #expect(ssml.contains("Do not &lt;audio src=\"/etc/passwd\"/&gt; and &lt;break time=\"60s\"/&gt; &amp; stop."))
        #expect(!ssml.contains("<audio"))
        #expect(!ssml.contains("60s\"/>"))
        #expect(ssml.components(separatedBy: "&lt;audio").count == 3)
    }

    /// A script of paragraphs with one sentence each, of the given lengths in characters.
    private func paragraphs(_ lengths: [Int]) -> SpokenScript {
        SpokenScript(parts: lengths.enumerated().map { index, length in
            let text = String(repeating: "a", count: length - 1) + "."
            return .init(kind: .paragraph, sentences: [.init(ssml: text, text: text)], pauseBefore: index == 0 ? 0 : 600)
        })
    }

    @Test func longScriptIsSpokenInTwoPiecesCutNearTheMiddle() throws {
        let coping = try script("coping")
        let pieces = coping.pieces
        #expect(pieces.count == 2)
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == coping.parts.count)
        #expect(pieces[0].upperBound == pieces[1].lowerBound)
        // Moving the cut one part either way would leave the halves less even.
        let lengths = coping.parts.map { $0.sentences.reduce(0) { $0 + $1.text.utf8.count } }
        let imbalance = { (cut: Int) in abs(lengths[..<cut].reduce(0, +) - lengths[cut...].reduce(0, +)) }
        let cut = pieces[0].upperBound
        #expect(imbalance(cut) <= imbalance(cut - 1) || cut == 1)
        #expect(cut + 1 >= coping.parts.count || imbalance(cut) <= imbalance(cut + 1))

        #expect(paragraphs([100, 700, 200]).pieces == [0..<2, 2..<3])
        #expect(paragraphs([300, 100, 100, 300]).pieces == [0..<2, 2..<4])
        #expect(paragraphs([200, 200]).pieces == [0..<2], "shorter than a second engine is worth")
        #expect(paragraphs([900]).pieces == [0..<1], "one part is never cut")
    }

    @Test func piecesSayTheWholeScriptWithItsMarksAndPauses() throws {
        let coping = try script("coping")
        #expect(coping.ssml(of: coping.parts.indices) == coping.ssml)
        let documents = coping.pieces.map(coping.ssml(of:))
        let marks = { (ssml: String) in ssml.components(separatedBy: "<mark name=\"").dropFirst().map { $0.prefix { $0 != "\"" } } }
        #expect(documents.flatMap(marks) == marks(coping.ssml))
        #expect(Set(marks(coping.ssml)).count == coping.sentences.count)
        let pause = "<break time=\"600ms\"/>"
        let pauses = { (ssml: String) in ssml.components(separatedBy: pause).count - 1 }
        #expect(documents.map(pauses).reduce(0, +) == pauses(coping.ssml))
        // The pause between the pieces ends the first; the second starts with its first sentence.
        #expect(documents[0].hasSuffix(pause + "\n</speak>\n"))
        #expect(documents[1].split(separator: "\n")[1].hasPrefix("<mark name="))
    }
}
