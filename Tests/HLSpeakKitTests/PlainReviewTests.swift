import Foundation
import Testing
@testable import HLSpeakKit

/// Review decisions: stable change ids, the review file, and the plain version using only what
/// was approved.
@Suite struct PlainReviewTests {
    static func simplifier() -> Simplifier {
        Simplifier(words: PlainWords.load(from: TestSupport.contentFolder), sentences: TestSupport.sentences)
    }

    static func topic(_ paragraphs: [String]) -> Topic {
        Topic(id: "t", title: "T", sections: [Section(id: "s", title: "S", blocks: paragraphs.map { .paragraph(Paragraph([.text($0)])) })])
    }

    @Test func changeIdsSurviveEditsElsewhere() throws {
        let topic = try TestSupport.miscarriage()
        let before = Self.simplifier().simplify(topic).changes
        var edited = topic
        // Another sentence edited, and a paragraph added at the top of the coping section.
        let coping = try #require(edited.sections.firstIndex { $0.id == "coping" })
        edited.sections[coping].blocks.insert(.paragraph(Paragraph([.text("You should utilize this new sentence.")])), at: 0)
        let after = Self.simplifier().simplify(edited).changes
        #expect(after.count == before.count + 1)
        for change in before { #expect(after.contains { $0.id == change.id && $0.original == change.original }, "\(change.original)") }
    }

    @Test func theSameSentenceTwiceInASectionGetsTwoIds() {
        let topic = Self.topic(["You should utilize it daily.", "You should utilize it daily."])
        let changes = Self.simplifier().simplify(topic).changes
        #expect(changes.count == 2 && changes[0].id != changes[1].id && changes[1].id.hasSuffix("-2"))
    }

    @Test func onlyApprovedChangesAreMade() throws {
        let topic = Self.topic(["Please utilize the cup.", "Contact us prior to noon.", "We will assist you.", "Call in the event of a fever."])
        let changes = Self.simplifier().simplify(topic).changes
        try #require(changes.count == 4)
        var review = PlainReview()
        review.decisions[changes[0].id] = PlainDecision(verdict: .accepted, section: "s", before: changes[0].original,
                                                        after: changes[0].result, by: "A", date: "2026-12-01")
        review.decisions[changes[1].id] = PlainDecision(verdict: .rejected, section: "s", before: changes[1].original,
                                                        after: changes[1].result, by: "A", date: "2026-12-01")
        review.decisions[changes[2].id] = PlainDecision(verdict: .rewritten, section: "s", before: changes[2].original,
                                                        after: "", text: "We can help.", by: "A", date: "2026-12-01")
        let version = PlainVersion(topic: topic, simplifier: Self.simplifier(), review: review)
        let text = SectionText.body(of: version.topic.sections[0])
        #expect(text == "Please use the cup.\nContact us prior to noon.\nWe can help.\nCall in the event of a fever.")
        #expect(version.sections["s"]?.pending == 1 && version.sections["s"]?.accepted == 1)
        // A suggestion that changes (the word list grew) re-opens an acceptance, not a rewrite.
        var stale = review
        stale.decisions[changes[0].id]?.after = "Please use the mug."
        let reopened = PlainVersion(topic: topic, simplifier: Self.simplifier(), review: stale)
        #expect(SectionText.body(of: reopened.topic.sections[0]).hasPrefix("Please utilize the cup.\nContact us prior to noon.\nWe can help."))
        #expect(reopened.reopened == 1)
    }

    @Test func aSignOffHoldsUntilTheTextChanges() throws {
        let topic = Self.topic(["Please utilize the cup."])
        let change = try #require(Self.simplifier().simplify(topic).changes.first)
        var review = PlainReview()
        review.decisions[change.id] = PlainDecision(verdict: .accepted, section: "s", before: change.original, after: change.result,
                                                    by: "A", date: "2026-12-01")
        let version = PlainVersion(topic: topic, simplifier: Self.simplifier(), review: review)
        review.signOffs["s"] = PlainSignOff(by: "Ana Ruiz, RN", date: "2026-12-01", text: PlainVersion.fingerprint(of: version.topic.sections[0]))
        #expect(PlainVersion(topic: topic, simplifier: Self.simplifier(), review: review).sections["s"]?.signOff?.by == "Ana Ruiz, RN")
        let edited = Self.topic(["Please utilize the blue cup."])
        let after = PlainVersion(topic: edited, simplifier: Self.simplifier(), review: review)
        #expect(after.sections["s"]?.signOff == nil && after.sections["s"]?.signOffOutdated == true)
    }

    @Test func theReviewFileKeepsHostileTextAsData() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var review = PlainReview()
        let nasty = "He said \"stop\": #1 \\ 50% off\n- item\t{x} [y] & <b>é😀\u{7}"
        review.decisions["abc12345"] = PlainDecision(verdict: .rewritten, section: "s: x", before: nasty, after: "", text: nasty,
                                                     by: "O'Brien, RN: \"Lead\"", date: "2026-12-01")
        review.decisions["0e123456"] = PlainDecision(verdict: .accepted, section: "s", before: "yes", after: "no", by: "A", date: "2026-12-01")
        review.signOffs["coping"] = PlainSignOff(by: "A", date: "2026-12-01", text: "0123abcd")
        let file = folder.appendingPathComponent("t.review.yml")
        try review.yaml(topic: "t", order: ["0e123456"], sectionOrder: ["coping"]).write(to: file, atomically: true, encoding: .utf8)
        #expect(try PlainReview.load(from: file) == review)
    }

    @Test func aBrokenReviewFileNamesItsLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.review.yml")
        try "changes:\n  abc:\n    decision: accepted\n    before: \"x\"\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: PlainReviewError.self) { try PlainReview.load(from: file) }
        do {
            _ = try PlainReview.load(from: file)
        } catch {
            #expect(error.description.contains("t.review.yml:2") && error.description.contains("'after'"), "\(error.description)")
        }
    }
}
