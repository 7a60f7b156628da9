import Testing
@testable import HLSpeakKit

@Suite struct SectionLookupTests {
    @Test(arguments: ["coping", "Coping With Grief", "coping-with-grief", "COPING", "coping with grief"])
    func findsCopingByIDSlugOrTitle(query: String) throws {
        let section = try SectionLookup(try TestSupport.miscarriage()).section(query)
        #expect(section.id == "coping")
    }

    @Test func findsSubsectionsToo() throws {
        let lookup = SectionLookup(try TestSupport.miscarriage())
        #expect(try lookup.section("What causes it?").id == "causes")
        #expect(try lookup.section("repeated-miscarriage").id == "repeated")
    }

    @Test func unknownSectionListsTheValidIDs() throws {
        let lookup = SectionLookup(try TestSupport.miscarriage())
        do {
            _ = try lookup.section("nope")
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.description.contains("coping"))
            #expect(error.description.contains("Coping With Grief"))
            #expect(error.description.contains("'nope'"))
        }
    }

    @Test func ambiguousTitleIsAnError() throws {
        let topic = Topic(id: "t", title: "T", sections: [
            Section(id: "a", title: "Learn more", blocks: [.paragraph(Paragraph([.text("A.")]))]),
            Section(id: "b", title: "Learn more", blocks: [.paragraph(Paragraph([.text("B.")]))]),
        ])
        #expect(throws: ContentError.ambiguousSection("learn more", topic: "t", matches: [
            SectionChoice(id: "a", title: "Learn more"), SectionChoice(id: "b", title: "Learn more"),
        ])) {
            try SectionLookup(topic).section("learn more")
        }
    }
}
