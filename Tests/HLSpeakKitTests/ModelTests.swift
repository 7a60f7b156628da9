import Testing
@testable import HLSpeakKit

@Suite struct PhoneNumberDetectorTests {
    private func phones(_ text: String) -> [PhoneNumber] {
        PhoneNumberDetector(language: TestSupport.english).runs(in: text).compactMap { if case .phone(let number) = $0 { number } else { nil } }
    }

    @Test func vanityWithDigitsIsOneNumber() {
        let found = phones("call 1-833-TLC-MAMA (1-833-852-6262) for support")
        #expect(found.map(\.digits) == ["18338526262"])
        #expect(found.first?.groups == ["1", "833", "852", "6262"])
    }

    @Test func vanityAloneDialsTheKeypadDigits() {
        #expect(phones("Call 1-800-FLOWERS today").map(\.digits) == ["18003569377"])
    }

    @Test(arguments: [
        ("(555) 555-0199", "5555550199"), ("555.555.0199", "5555550199"), ("555-0199", "5550199"),
        ("+1 800 555 0199", "18005550199"), ("Call 911.", "911"), ("call 988 now", "988"),
    ])
    func recognisesCommonForms(text: String, digits: String) {
        #expect(phones(text).map(\.digits) == [digits])
    }

    @Test(arguments: ["in 2024-2025", "on 2025-07-15", "100.4 degrees", "3,000 mg", "page 1911", "$911", "9110"])
    func leavesOtherNumbersAlone(text: String) {
        #expect(phones(text).isEmpty)
    }

    @Test func textAroundTheNumberIsKept() {
        let runs = PhoneNumberDetector(language: TestSupport.english).runs(in: "Call 555-555-0199 now.")
        #expect(runs.plainText == "Call 555-555-0199 now.")
        #expect(runs.count == 3)
    }
}

@Suite struct SentenceSplitterTests {
    @Test func splitsAtSentenceEnds() {
        #expect(TestSupport.sentences.split("One. Two? Three! Four") == ["One.", "Two?", "Three!", "Four"])
    }

    @Test func keepsAbbreviationsAndDecimals() {
        #expect(TestSupport.sentences.split("See Dr. Lee at 8 a.m. on Monday. A fever is 100.4 or more.")
            == ["See Dr. Lee at 8 a.m. on Monday.", "A fever is 100.4 or more."])
        #expect(TestSupport.sentences.split("The treatment often includes I.V. (intravenous) fluids and insulin. It is given by I.V. Then you rest.")
            == ["The treatment often includes I.V. (intravenous) fluids and insulin.", "It is given by I.V.", "Then you rest."])
    }

    @Test func endsAfterClosingQuotesAndAtAmbiguousAbbreviations() {
        #expect(TestSupport.sentences.split("Many ask, “Was it me?” The answer is no. Take it at 9 a.m. Then rest.")
            == ["Many ask, “Was it me?”", "The answer is no.", "Take it at 9 a.m.", "Then rest."])
        #expect(TestSupport.sentences.split("Rest (longer after surgery.) Then walk. hCG levels fall.")
            == ["Rest (longer after surgery.)", "Then walk.", "hCG levels fall."])
        #expect(TestSupport.sentences.split("Get vitamin D. It helps. Ask John F. Kennedy. Form No. 5 is here.")
            == ["Get vitamin D.", "It helps.", "Ask John F. Kennedy.", "Form No. 5 is here."])
    }

    /// A question or an exclamation before a word in lower case goes on: "(e.g. why me?) and
    /// this …", "“Why me?” she asked".
    @Test func aQuestionBeforeALowerCaseWordGoesOn() {
        #expect(TestSupport.sentences.split("People ask about the event (e.g. why did it happen to me?) and this can prevent healing. Then it ends.")
            == ["People ask about the event (e.g. why did it happen to me?) and this can prevent healing.", "Then it ends."])
        #expect(TestSupport.sentences.split("“Why me?” she asked. Stop! Then rest.") == ["“Why me?” she asked.", "Stop!", "Then rest."])
    }

    @Test func aNameGoesOnAfterUSButASentenceStartsAfterIt() {
        #expect(TestSupport.sentences.split("The U.S. Food and Drug Administration approved it. It is sold in the U.S. Most people take it. Made in the U.S.")
            == ["The U.S. Food and Drug Administration approved it.", "It is sold in the U.S.", "Most people take it.", "Made in the U.S."])
        #expect(TestSupport.sentences.split("It is sold in the U.S. Talk to your doctor. It is sold in the U.S. 1 in 4 adults take it.")
            == ["It is sold in the U.S.", "Talk to your doctor.", "It is sold in the U.S.", "1 in 4 adults take it."])
    }

    /// A page that lost a space after a stop runs two sentences together; they are still two.
    /// Addresses, titles and capitals before the dot go on.
    @Test func aSentenceRunIntoTheNextIsTwo() {
        #expect(TestSupport.sentences.split("Spots form in their eyes.A much rarer form starts later.")
            == ["Spots form in their eyes.", "A much rarer form starts later."])
        #expect(TestSupport.sentences.split("Research may cure them.Anti-angiogenic therapy uses drugs.")
            == ["Research may cure them.", "Anti-angiogenic therapy uses drugs."])
        #expect(TestSupport.sentences.split("It may cause pain (and impotence).There are two types.")
            == ["It may cause pain (and impotence).", "There are two types."])
        #expect(TestSupport.sentences.split("See www.Healthfinder.gov or email help@Clinic.org today.Then ask Mrs.Smith in the U.S.A now.")
            == ["See www.Healthfinder.gov or email help@Clinic.org today.", "Then ask Mrs.Smith in the U.S.A now."])
        #expect(TestSupport.sentences.runOnEnds(in: "Spots form in their eyes.A much rarer form starts later.Most see www.Healthfinder.gov.")
            == ["eyes.A", "later.Most"])
    }

    /// A note number printed after a full stop ("diets.1 Two", "VUR.1 Studies") ends its sentence
    /// there; a decimal, an abbreviation, one capital letter before the dot or a word in lower case
    /// after it goes on.
    @Test func aNoteNumberAfterAFullStopEndsTheSentence() {
        #expect(TestSupport.sentences.split("Most people eat high-fiber diets.1 Two studies agree.3,6 Others do not.2-4")
            == ["Most people eat high-fiber diets.1", "Two studies agree.3,6", "Others do not.2-4"])
        #expect(TestSupport.sentences.split("About 10 percent of children have VUR.1 Studies agree.")
            == ["About 10 percent of children have VUR.1", "Studies agree."])
        #expect(TestSupport.sentences.split("Take 1.5 mg. See fig.1 Then take vitamin B.12 Daily. It is found in the diets.1 and more.")
            == ["Take 1.5 mg.", "See fig.1 Then take vitamin B.12 Daily.", "It is found in the diets.1 and more."])
        #expect(TestSupport.sentences.noteNumberEnds(in: "Most eat diets.1 Two agree (HAPO).3,6 Take 1.5 mg. See fig.1 Then rest.2 now. It is low.5")
            == ["diets.1", "(HAPO).3,6", "low.5"])
    }

    @Test func keepsPhoneRunsWhole() {
        let runs = PhoneNumberDetector(language: TestSupport.english).runs(in: "Call 1-833-852-6262. Then rest.")
        let sentences = TestSupport.sentences.split(runs)
        #expect(sentences.count == 2)
        #expect(sentences[0].contains { if case .phone = $0 { true } else { false } })
    }
}

@Suite struct SlugAndGlossaryTests {
    @Test func slugs() {
        #expect(Slug.make("Coping With Grief") == "coping-with-grief")
        #expect(Slug.make("After a miscarriage, are you at risk for another?")
            == "after-a-miscarriage-are-you-at-risk-for-another")
        #expect(Slug.make("Self-Care") == "self-care")
        #expect(Slug.make("Don't Panic") == "dont-panic")
        #expect(Slug.make("Café Résumé") == "cafe-resume")
    }

    @Test func glossaryMarksWholeWordsOnly() {
        let runs = Glossary(["Rh": "Rhesus factor"]).marking([.text("Rh-negative, not Rhode Island")])
        #expect(runs == [.abbreviation("Rh", expansion: "Rhesus factor"), .text("-negative, not Rhode Island")])
    }

    @Test func topicGlossaryMarksAbbreviations() throws {
        let topic = try TestSupport.miscarriage()
        let abbreviations = topic.allSections.flatMap(\.blocks).flatMap { block -> [Inline] in
            guard case .paragraph(let paragraph) = block else { return [] }
            return paragraph.inlines.filter { if case .abbreviation = $0 { true } else { false } }
        }
        #expect(abbreviations.contains(.abbreviation("Rh", expansion: "Rhesus factor")))
    }

    @Test(arguments: ["", "   ", "one", "  two  words ", "tab\tand\nnew line\r\nend", "no\u{00A0}break", "em\u{2003}space",
                      "café 👩‍⚕️ nurse", "ideographic\u{3000}space", "x\u{85}y", "form\u{0C}feed"])
    func wordsAreCountedAsSplittingAtWhiteSpaceCountsThem(text: String) {
        #expect(WordCount.of(text) == text.split(whereSeparator: \.isWhitespace).count)
    }
}
