import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import HLSpeakKit

/// Braille through liblouis: the BRF layout, the translation, the round trip and PEF.
@Suite struct BrailleTests {
    static func coping() throws -> (BrailleWriter.Document, Section, BrailleWriter) {
        let topic = try TestSupport.miscarriage()
        let section = try SectionLookup(topic).section("coping")
        let writer = BrailleWriter(louis: try Louis(), format: try BraillePageFormat())
        return (try writer.document(for: try TestSupport.document(topic, ["coping"])), section, writer)
    }

    /// The text lines of every page after the title page, joined into one braille text.
    static func joinedText(_ document: BrailleWriter.Document) -> String {
        document.pages.dropFirst().flatMap { $0.dropLast() }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test func brfMeetsThePageRules() throws {
        let (document, _, writer) = try Self.coping()
        let brf = BrailleWriter.brf(document)
        #expect(BRFChecker.problems(in: brf, format: writer.format, louis: writer.louis).isEmpty)
        #expect(document.pages.count >= 3)
        #expect(document.pages.allSatisfy { $0.count == 25 && $0.allSatisfy { $0.count <= 40 } })
        #expect(brf.components(separatedBy: "\u{0C}").count == document.pages.count + 1)
        #expect(brf.contains("\r\n") && !brf.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // The title page says how many pages there are.
        let count = try writer.louis.translate("\(document.pages.count) braille pages.")
        #expect(document.pages[0].joined(separator: " ").contains(count))
    }

    @Test func paragraphsAreLiblouisTranslationsOfTheirText() throws {
        let (document, section, writer) = try Self.coping()
        let joined = Self.joinedText(document)
        for case .paragraph(let paragraph) in section.blocks {
            let braille = try writer.louis.translate(paragraph.inlines.plainText)
            #expect(joined.contains(braille), "\(paragraph.inlines.plainText.prefix(40))")
        }
        // Paragraphs start in cell 3; nothing starts in cell 2.
        let lines = document.pages[1]
        #expect(lines.contains { $0.hasPrefix("  ,X'S NORMAL") })
        #expect(!lines.contains { $0.hasPrefix(" ") && !$0.hasPrefix("  ") })
    }

    @Test func backTranslationGivesBackEveryWord() throws {
        let (document, section, writer) = try Self.coping()
        let back = try writer.louis.backTranslate(Self.joinedText(document)).lowercased()
        let backWords = Set(back.split { !$0.isLetter && $0 != "'" })
        for word in SectionText.body(of: section).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }) {
            #expect(backWords.contains(word), "\(word)")
        }
    }

    @Test func phoneNumbersKeepTheirNumericIndicatorAndStayWhole() throws {
        let (document, _, _) = try Self.coping()
        let lines = document.pages.flatMap { $0 }
        #expect(lines.contains { $0.contains("#A-#HCC-,,TLC-,,MAMA") })
        #expect(lines.contains { $0.contains("\"<#A-#HCC-#HEB-#FBFB\">") })
    }

    @Test func pefHasTheSchemaStructureAndARowPerLine() throws {
        let (document, _, writer) = try Self.coping()
        let xml = BrailleWriter.pef(document, format: writer.format)
        let parser = ElementCounter(data: Data(xml.utf8))
        #expect(parser.parse())
        #expect(parser.path(of: "row").hasSuffix("pef/body/volume/section/page/row"))
        for element in ["dc:title", "dc:format", "dc:identifier"] { #expect(parser.counts[element] == 1, "\(element)") }
        #expect(parser.counts["page"] == document.pages.count)
        #expect(parser.counts["row"] == document.pages.reduce(0) { $0 + $1.count })
        #expect(!xml.contains("#A-"), "rows are Unicode braille")
        #expect(BrailleWriter.unicode("AB#") == "⠁⠃⠼")
    }

    @Test func untranslatableCharactersAreSpelledOutAndReported() throws {
        let section = Section(id: "s", title: "Smile", blocks: [.paragraph(Paragraph([.text("Keep smiling 😀 today.")]))])
        let writer = BrailleWriter(louis: try Louis(), format: try BraillePageFormat())
        let document = try writer.document(for: try TestSupport.document(Topic(id: "t", title: "T", sections: [section]), ["s"]))
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.contains("section 's'") == true)
        let back = try writer.louis.backTranslate(Self.joinedText(document)).lowercased()
        #expect(back.contains("grinning face"))
    }

    @Test func nestedListItemsAreKeptAndTitlePageWarningsCountOnce() throws {
        let nested = ListItem([.paragraph(Paragraph([.text("Outer step.")])),
                               .list(ListBlock(items: [ListItem([.text("Inner step with tea.")])]))])
        let section = Section(id: "s", title: "Steps", blocks: [.list(ListBlock(items: [nested]))])
        let writer = BrailleWriter(louis: try Louis(), format: try BraillePageFormat())
        let topic = Topic(id: "t", title: "Care 😀", sections: [section])
        let document = try writer.document(for: try TestSupport.document(topic, ["s"]))
        let back = try writer.louis.backTranslate(Self.joinedText(document)).lowercased()
        #expect(back.contains("inner") && back.contains("tea"))
        #expect(document.warnings.count == 1, "the title is translated once, not once per page-count pass")
    }

    @Test func smallPagesAndGradeOne() throws {
        #expect(throws: BrailleError.pageTooSmall(cells: 19, lines: 25)) { try BraillePageFormat(cells: 19) }
        let topic = try TestSupport.miscarriage()
        let small = try BrailleWriter(louis: try Louis(grade: 1), format: try BraillePageFormat(cells: 20, lines: 10))
            .document(for: try TestSupport.document(topic, ["what-is-it"]))
        #expect(small.pages.allSatisfy { $0.count == 10 && $0.allSatisfy { $0.count <= 20 } })
        #expect(small.pages.flatMap { $0 }.joined().contains("MISCARRIAGE"), "grade 1 spells words out")
    }
}

/// Counts XML elements and remembers the path of each, to check PEF's structure.
final class ElementCounter: NSObject, XMLParserDelegate {
    private let parser: XMLParser
    var counts: [String: Int] = [:]
    private var stack: [String] = []
    private var paths: [String: String] = [:]

    init(data: Data) {
        parser = XMLParser(data: data)
        super.init()
        parser.delegate = self
    }

    func parse() -> Bool { parser.parse() }

    func path(of element: String) -> String { paths[element] ?? "" }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        stack.append(elementName)
        counts[elementName, default: 0] += 1
        paths[elementName] = stack.joined(separator: "/")
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}
