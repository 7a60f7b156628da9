import Foundation
import Testing
@testable import HLSpeakKit

/// The shipped Miscarriage topic has the structure the issue asks for, built only from the seed.
@Suite struct MiscarriageTopicTests {
    @Test func topLevelSectionsAndIDs() throws {
        let topic = try TestSupport.miscarriage()
        #expect(topic.id == "miscarriage")
        #expect(topic.title == "Miscarriage")
        #expect(topic.language == "en-US")
        #expect(topic.sections.map(\.id) ==
            ["overview", "risk", "symptoms", "exams", "treatment", "self-care", "coping", "credits"])
        #expect(topic.sections.map(\.title) == ["Overview", "What Increases Your Risk", "Symptoms",
            "Exams and Tests", "Treatment Overview", "Self-Care", "Coping With Grief", "Credits"])
    }

    @Test func overviewHasTheSixQuestions() throws {
        let overview = try #require(try TestSupport.miscarriage().sections.first)
        #expect(overview.subsections.map(\.title) == [
            "What is a miscarriage?", "What causes it?", "What are the symptoms?", "How is it diagnosed?",
            "How is a miscarriage treated?", "After a miscarriage, are you at risk for another?"])
        #expect(overview.subsections.allSatisfy { !$0.blocks.isEmpty && $0.level == 2 })
    }

    @Test func repeatedMiscarriageIsASubsectionOfExams() throws {
        let exams = try SectionLookup(try TestSupport.miscarriage()).section("exams")
        #expect(exams.subsections.map(\.id) == ["repeated"])
    }

    @Test func rebuiltListsSitAfterTheirIntroductions() throws {
        let lookup = SectionLookup(try TestSupport.miscarriage())
        let expected = ["symptoms": 4, "exams": 4, "treatment": 3]
        for (id, itemCount) in expected {
            let blocks = try lookup.section(id).blocks
            let listIndex = try #require(blocks.firstIndex { if case .list = $0 { true } else { false } })
            guard case .list(let list) = blocks[listIndex], case .paragraph(let intro) = blocks[listIndex - 1] else {
                Issue.record("no list in \(id)")
                continue
            }
            #expect(list.items.count == itemCount, "\(id)")
            #expect(intro.introducesList, "\(id): the paragraph before the list ends in a colon")
        }
    }

    @Test func gapsStandWhereTheSeedSaysNothing() throws {
        let topic = try TestSupport.miscarriage()
        let withGaps = topic.allSections.filter { section in
            section.blocks.contains { if case .gap = $0 { true } else { false } }
        }.map(\.id)
        #expect(withGaps == ["risk", "repeated", "self-care"])
    }

    @Test func hotlineIsOnePhoneRunWithItsDigits() throws {
        let coping = try SectionLookup(try TestSupport.miscarriage()).section("coping")
        let phones = coping.blocks.flatMap { block -> [PhoneNumber] in
            guard case .paragraph(let paragraph) = block else { return [] }
            return paragraph.inlines.compactMap { if case .phone(let number) = $0 { number } else { nil } }
        }
        #expect(phones.count == 1)
        #expect(phones.first?.digits == "18338526262")
        #expect(phones.first?.written == "1-833-TLC-MAMA (1-833-852-6262)")
    }

    @Test func creditsCarryDateAuthorReviewCopyrightAndDisclaimer() throws {
        let topic = try TestSupport.miscarriage()
        let credits = try #require(topic.sections.last)
        let text = credits.blocks.map { block -> String in
            if case .paragraph(let paragraph) = block { paragraph.inlines.plainText } else { "" }
        }.joined(separator: "\n")
        #expect(text.contains("July 15, 2025"))
        #expect(text.contains("Ignite Healthwise, LLC Staff"))
        #expect(text.contains("Clinical Review Board"))
        #expect(text.contains("© 2024-2025 Ignite Healthwise, LLC."))
        #expect(text.contains("does not replace the advice of a doctor"))
        #expect(topic.credits.currentAsOf == "2025-07-15")
    }

    @Test func checkFindsOnlyGapWarnings() throws {
        let reading = try ContentLibrary(directory: TestSupport.contentFolder).read(topic: "miscarriage")
        #expect(reading.diagnostics.errors.isEmpty, "\(reading.diagnostics.errors)")
        #expect(reading.diagnostics.warnings.count == 3)
        #expect(reading.diagnostics.warnings.allSatisfy { $0.message.hasPrefix("gap:") && $0.line != nil })
    }

    @Test func libraryFileCarriesNameAndDisclaimer() throws {
        let info = try ContentLibrary(directory: TestSupport.contentFolder).info
        #expect(info.name == "Health Library")
        #expect(info.disclaimer?.hasPrefix("Our Health Library information does not replace") == true)
        #expect(info.phoneIntro?.isEmpty == false)
        #expect(info.phoneClosing?.isEmpty == false)
    }
}
