import Foundation
import Testing
@testable import HLSpeakKit

/// Each problem `hlspeak check` promises to catch, in a small file of its own.
@Suite struct ContentCheckTests {
    private func errors(_ text: String) -> [Diagnostic] { TestSupport.read(text).diagnostics.errors }

    @Test(arguments: [("Coping With Grief {#coping}", "Coping With Grief", "coping"), ("Risk   {#risk-2}  ", "Risk", "risk-2"),
                       ("Title {#}", "Title", "")])
    func headingIDsAreReadFromTheirEnd(text: String, title: String, id: String) {
        let found = TopicBodyBuilder.idSuffix(of: text)
        #expect(found?.title == title && found?.id == id)
    }

    /// A topic the folder lists can be opened by its id, however many words it has; a path cannot.
    @Test func aTopicOfManyWordsIsFoundByItsID() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-ids-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let id = "what-i-need-to-know-about-crohn-s-disease"
        try "---\ntitle: Crohn's Disease\n---\n# Crohn's Disease\n\n## What is it? {#what}\n\nIt is a disease of the gut.\n"
            .write(to: folder.appendingPathComponent("\(id).md"), atomically: true, encoding: .utf8)
        let library = try ContentLibrary(directory: folder)
        #expect(library.topicIDs == [id])
        #expect(try library.topic(id).title == "Crohn's Disease", "nine words joined by '-' name a topic")
        #expect(throws: ContentError.self) { try library.topic("../\(id)") }
        // A file whose name is no topic id is found, and reading it says how to rename it.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("\(id).md"), to: folder.appendingPathComponent("My Topic.md"))
        #expect(throws: ContentError.self) { try library.topic("My Topic") }
        do { _ = try library.topic("My Topic") } catch {
            #expect(error.description.contains("rename the file to 'my-topic.md'"), "\(error.description)")
            #expect(!error.description.contains("error:"), "the command says 'error:' once: \(error.description)")
        }
    }

    @Test func headingsWithoutAnIDAtTheirEndHaveNone() {
        #expect(TopicBodyBuilder.idSuffix(of: "Sets {#a} and more") == nil)
        #expect(TopicBodyBuilder.idSuffix(of: "Plain title") == nil)
    }

    @Test(arguments: [("<!-- gap: the list was lost -->", "the list was lost"), ("  <!--GAP the steps -->\n", "the steps"),
                      ("<!-- gap -->", ""), ("<!-- Gap:\nline one\nline two -->", "line one\nline two")])
    func gapCommentsGiveTheirDescription(html: String, description: String) {
        #expect(TopicBodyBuilder.gapDescription(in: html) == description)
    }

    @Test func otherCommentsAreNoGaps() {
        for html in ["<!-- gaps in care -->", "<!-- note: gap -->", "<div>gap</div>", "<!---->"] {
            #expect(TopicBodyBuilder.gapDescription(in: html) == nil, "\(html)")
        }
    }

    /// Front matter is cut from the text the same whether its lines end in LF or CRLF: the YAML,
    /// the body and the body's first line.
    @Test func frontMatterSplitsTheSameWhateverTheLineEnds() {
        let texts = ["---\ntitle: T\nid: t\n---\n# T\n\nBody ’quoted’.\n", "---\n---\nBody", "---\ntitle: T\n...\n",
                     "---  \ntitle: T\n  ---\n\n\nLate body", "---\ntitle: T\n---", "---\ntitle: no end\n", "title: T\n---\n", ""]
        for text in texts {
            let viaBytes = FrontMatter.split(text), viaLines = FrontMatter.split(text.replacingOccurrences(of: "\n", with: "\r\n"))
            #expect(viaBytes?.yaml == viaLines?.yaml && viaBytes?.body == viaLines?.body && viaBytes?.bodyLine == viaLines?.bodyLine,
                    "\(text.debugDescription)")
        }
        #expect(FrontMatter.split(texts[0])?.bodyLine == 5)
        #expect(FrontMatter.split(texts[5]) == nil && FrontMatter.split(texts[6]) == nil)
    }

    @Test func missingFrontMatter() {
        let found = errors("## Only a section\n\nText.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
        #expect(found.first?.message.contains("front matter") == true)
    }

    @Test func missingTitle() {
        let found = errors("---\nlanguage: en-US\n---\n## A\n\nText.\n")
        #expect(found.first?.message.contains("'title'") == true)
    }

    @Test func brokenYAMLNamesTheLine() {
        let found = errors("---\ntitle: Ok\nauthors: [unclosed\n---\n## A\n\nText.\n")
        #expect(found.count == 1)
        #expect((found.first?.line ?? 0) >= 3)
    }

    @Test func badDateAndLanguage() {
        let found = errors("---\ntitle: T\ncurrent_as_of: July 2025\nlanguage: english!\n---\n## A\n\nText.\n")
        #expect(found.map(\.line) == [4, 3])
    }

    @Test func duplicateIDs() {
        let found = errors("---\ntitle: T\n---\n## First {#same}\n\nText.\n\n## Second {#same}\n\nMore.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 8)
        #expect(found.first?.message.contains("'same'") == true)
    }

    @Test func emptySection() {
        let found = errors("---\ntitle: T\n---\n## Empty\n\n## Full\n\nText.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 4)
        #expect(found.first?.message.contains("empty") == true)
    }

    @Test func anIdOtherThanTheFileNameIsAnError() {
        let found = errors("---\ntitle: T\nid: other\n---\n## Care\n\nRest.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message.contains("rename the file") == true)
    }

    @Test func anAuthoredCreditsSectionIsPointedAtTheFrontMatter() {
        let found = errors("---\ntitle: T\n---\n## Care\n\nRest.\n\n## Credits\n\nOur own words.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 8)
        #expect(found.first?.message.contains("front matter") == true)
    }

    @Test func danglingListIntroduction() {
        let found = errors("---\ntitle: T\n---\n## A\n\nThings include:\n\nNo list here.\n")
        #expect(found.count == 1)
        #expect(found.first?.line == 6)
        #expect(found.first?.message.contains("Things include:") == true)
    }

    @Test func danglingIntroductionAtSectionEnd() {
        let found = errors("---\ntitle: T\n---\n## A\n\nThings include:\n\n## B\n\nText.\n")
        #expect(found.map(\.line) == [6])
    }

    @Test func introductionFollowedByListOrGapIsFine() {
        let text = "---\ntitle: T\n---\n## A\n\nThings include:\n\n- one\n- two\n\nOthers include:\n\n<!-- gap: lost -->\n"
        let reading = TestSupport.read(text)
        #expect(reading.diagnostics.errors.isEmpty)
        #expect(reading.diagnostics.warnings.map(\.message) == ["gap: lost"])
        #expect(reading.diagnostics.warnings.first?.line == 13)
    }

    /// A list item that introduces the items after it ("- The following stages are used:",
    /// "- Stage 0") is a nested list a page flattened: its list is there. The last item has none.
    @Test func anItemIntroducingTheItemsAfterItIsFine() {
        let found = errors("---\ntitle: T\n---\n## A\n\n- Stages:\n- Stage 0\n- Stage I\n\n## B\n\n- One\n- Others include:\n\nText.\n")
        #expect(found.map(\.line) == [13])
    }

    /// A sentence run into the next ("eyes.A") is read as two, and the checker names it for
    /// the editor to mend; a web address is no such place.
    @Test func aSentenceRunIntoTheNextIsAWarning() {
        let reading = TestSupport.read("---\ntitle: T\n---\n## A\n\nSpots form in their eyes.A much rarer form starts later.\n\n- See www.Healthfinder.gov now.\n- It starts later.Most people rest.\n")
        #expect(reading.diagnostics.errors.isEmpty)
        #expect(reading.diagnostics.warnings.map(\.line) == [6, 9])
        #expect(reading.diagnostics.warnings.first?.message.contains("'eyes.A' has no space after its full stop") == true)
        #expect(reading.diagnostics.warnings.last?.message.contains("'later.Most'") == true)
    }

    /// A page's note number after a full stop ("diets.1") is named for the editor to take out.
    @Test func aNoteNumberAfterAFullStopIsAWarning() {
        let reading = TestSupport.read("---\ntitle: T\n---\n## A\n\nMost people eat high-fiber diets.1 Two studies agree.\n\nTake 1.5 mg daily.\n")
        #expect(reading.diagnostics.errors.isEmpty)
        #expect(reading.diagnostics.warnings.map(\.line) == [6])
        #expect(reading.diagnostics.warnings.first?.message.contains("'diets.1' has a note number after its full stop") == true)
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        var data = Data("---\ntitle: T\n---\n## A\n\nCaf".utf8)
        let offset = data.count
        data.append(contentsOf: [0xE9, 0x20, 0x6F, 0x6B, 0x0A])  // Latin-1 "é"
        let found = TopicReader(languages: TestSupport.languages).read(data: data, file: "latin1.md", defaultID: "latin1").diagnostics.errors
        #expect(found.count == 1)
        #expect(found.first?.line == 6)
        #expect(found.first?.message.contains("byte offset \(offset)") == true)
        #expect(found.first?.description.hasPrefix("latin1.md:6: error:") == true)
    }

    @Test func titleHeadingMustMatchFrontMatter() {
        let found = errors("---\ntitle: Miscarriage\n---\n# Something Else\n\n## A\n\nText.\n")
        #expect(found.map(\.line) == [4])
    }

    @Test func textBeforeFirstSectionAndDeepHeadings() {
        let found = errors("---\ntitle: T\n---\nStray text.\n\n## A\n\n#### Too deep\n\nText.\n")
        #expect(found.map(\.line) == [4, 8])
    }

    @Test func badHeadingID() {
        let found = errors("---\ntitle: T\n---\n## A {#Not Valid}\n\nText.\n")
        #expect(found.first?.message.contains("{#not-valid}") == true)
    }

    @Test func unknownKeyIsAWarning() {
        let reading = TestSupport.read("---\ntitle: T\ncolour: blue\n---\n## A\n\nText.\n")
        #expect(reading.diagnostics.errors.isEmpty)
        #expect(reading.diagnostics.warnings.first?.line == 3)
    }

    @Test func fixtureFilesEachFail() throws {
        let library = try ContentLibrary(directory: TestSupport.fixtures.appendingPathComponent("broken"))
        let files = library.topicFiles()
        #expect(files.count >= 3)
        for file in files {
            let reading = library.reader.read(contentsOf: file, file: file.lastPathComponent)
            #expect(!reading.diagnostics.errors.isEmpty, "\(file.lastPathComponent) should fail the check")
            #expect(reading.diagnostics.errors.allSatisfy { $0.line != nil })
        }
    }
}
