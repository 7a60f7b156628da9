import Foundation
import Testing
@testable import HLSpeakKit

/// The large-print PDF, read back with poppler's tools (pdfinfo, pdffonts, pdftotext) and as bytes.
@Suite struct LargePrintTests {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func writeCoping(paper: LargePrintStyle.Paper = .letter, size: Int = 18) throws -> (URL, Section) {
        let topic = try TestSupport.miscarriage()
        let section = try SectionLookup(topic).section("coping")
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("coping.pdf")
        let writer = LargePrintWriter(style: try LargePrintStyle(paper: paper, bodySize: size))
        let library = try ContentLibrary(directory: TestSupport.contentFolder).info
        _ = try writer.write(try TestSupport.document(topic, ["coping"], library: library), to: file)
        return (file, section)
    }

    @Test func copingHandoutHasLetterPagesTitleTagsAndEveryWord() throws {
        let (file, section) = try Self.writeCoping()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let info = try Self.run("pdfinfo", [file.path])
        #expect(info.contains("Page size:       612 x 792 pts (letter)"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Title:           Coping With Grief – Miscarriage"))
        let fonts = try Self.run("pdffonts", [file.path])
        #expect(fonts.contains("TiresiasLPfont"))
        #expect(!fonts.lowercased().contains("italic") && !fonts.lowercased().contains("oblique"))
        let text = try Self.run("pdftotext", [file.path, "-"])
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for word in SectionText.body(of: section).split(whereSeparator: \.isWhitespace) {
            #expect(flat.contains(word.replacingOccurrences(of: " ", with: "\u{00A0}")), "\(word)")
        }
        #expect(text.contains("Page 1 of "))
        #expect(text.contains("Current as of: July 15, 2025."), "the credits come last")
        let bytes = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(bytes.contains("/Lang (en-US)"))
        #expect(bytes.contains("/DisplayDocTitle true"))
        #expect(bytes.contains("/Title (Coping With Grief)"), "bookmarks")
        #expect(!bytes.contains("/Title (Credits)"), "the credits are a block after the text, not a section")
        // PDF/UA-1: the running header and footer are artifacts, so no text is outside a tag or
        // an artifact; XMP metadata declares PDF/UA-1 with the title and language.
        let untagged = try PDFUAFinisher.untaggedText(in: file)
        #expect(!untagged.isEmpty && untagged.allSatisfy { $0 == 0 }, "text outside any tag: \(untagged)")
        #expect(bytes.contains("/Type /Metadata") && bytes.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(bytes.contains("<rdf:li xml:lang=\"x-default\">Coping With Grief – Miscarriage</rdf:li>"))
        #expect(bytes.contains("<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>"))
        #expect(bytes.contains("/MarkInfo << /Marked true >>"))
        for tag in ["/S /H1", "/S /P", "/S /Document"] { #expect(bytes.contains(tag), "\(tag)") }
    }

    @Test func wholeTopicHasABookmarkPerSectionAndListsTagged() throws {
        let topic = try TestSupport.miscarriage()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("miscarriage.pdf")
        _ = try LargePrintWriter(style: try LargePrintStyle()).write(try TestSupport.document(topic), to: file)
        let bytes = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        for title in ["Overview", "Symptoms", "Exams and Tests", "Treatment Overview", "Self-Care", "Coping With Grief",
                      "What Increases Your Risk"] {
            #expect(bytes.contains("/Title (\(title))"), "\(title)")
        }
        for tag in ["/S /H1", "/S /H2", "/S /H3", "/S /L", "/S /LI", "/S /LBody"] { #expect(bytes.contains(tag), "\(tag)") }
        let info = try Self.run("pdfinfo", [file.path])
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        let text = try Self.run("pdftotext", [file.path, "-"])
        #expect(text.contains("Page \(pages) of \(pages)"))
    }

    /// The words of each page with their boxes, from `pdftotext -bbox`.
    static func wordBoxes(_ file: URL) throws -> [[(word: String, x0: Double, y0: Double, x1: Double, y1: Double)]] {
        let html = try run("pdftotext", ["-bbox", file.path, "-"])
        var pages: [[(word: String, x0: Double, y0: Double, x1: Double, y1: Double)]] = []
        for page in html.components(separatedBy: "<page ").dropFirst() {
            var words: [(word: String, x0: Double, y0: Double, x1: Double, y1: Double)] = []
            for part in page.components(separatedBy: "<word ").dropFirst() {
                func number(_ name: String) -> Double {
                    guard let range = part.range(of: name + "=\"") else { return 0 }
                    return Double(part[range.upperBound...].prefix { $0 != "\"" }) ?? 0
                }
                let word = part.split(separator: ">", maxSplits: 1).last?.components(separatedBy: "</word").first ?? ""
                words.append((word, number("xMin"), number("yMin"), number("xMax"), number("yMax")))
            }
            pages.append(words)
        }
        return pages
    }

    @Test(arguments: [LargePrintStyle.Paper.letter, .a4], [18, 20, 24, 28])
    func everyPageNamesTheTopicAndTheClinicWithNothingOverlapping(paper: LargePrintStyle.Paper, size: Int) throws {
        let topic = try TestSupport.miscarriage()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The library's own settings (its disclaimer goes in the credits), with a clinic.
        var library = try ContentLibrary(directory: TestSupport.contentFolder).info
        library.clinicName = "Valley Family Clinic"
        library.clinicPhone = "555-0142"
        for sections in [["coping"], []] {
            let file = folder.appendingPathComponent("handout.pdf")
            _ = try LargePrintWriter(style: try LargePrintStyle(paper: paper, bodySize: size))
                .write(try TestSupport.document(topic, sections, library: library), to: file)
            let pages = try Self.wordBoxes(file)
            try #require(!pages.isEmpty)
            if sections.isEmpty && paper == .letter && size == 18 {
                #expect(pages.count <= 8, "the whole topic at 18 pt fits the 8 pages it took before headers and footers")
            }
            // No page mostly blank: its text reaches at least 30% of the way down the text area.
            let style = try LargePrintStyle(paper: paper, bodySize: size)
            for (index, words) in pages.enumerated() {
                let footerTop = words.map(\.y0).max() ?? 0
                let body = words.filter { $0.y0 < footerTop - 1 && $0.y0 >= style.topMargin - 1 }
                let top = body.map(\.y0).min() ?? 0
                let lowest = body.map(\.y1).max() ?? 0
                #expect((lowest - top) / (paper.size.height - style.bottomMargin - top) >= 0.3,
                        "\(sections) \(paper) \(size) pt: page \(index + 1) of \(pages.count) is mostly blank")
            }
            for (index, words) in pages.enumerated() {
                let text = words.map(\.word).joined(separator: " ")
                #expect(text.hasPrefix("Miscarriage"), "page \(index + 1) starts with the topic: \(text.prefix(60))")
                #expect(text.contains("555-0142") && text.contains("Valley Family Clinic"), "page \(index + 1) names the clinic")
                #expect(text.hasSuffix("Page \(index + 1) of \(pages.count)"))
                // Nothing clipped: the text inside the margins; the header (drawn first) and the
                // footer (drawn last) between the text and the paper's edge, half an inch clear.
                let header = sections.isEmpty && index == 0 ? 0 : (sections.isEmpty ? 1 : 4)
                let footer = "Valley Family Clinic · 555-0142 · Page \(index + 1) of \(pages.count)".split(separator: " ").count
                for (position, word) in words.enumerated() {
                    let inside = word.x0 >= style.sideMargin - 1 && word.x1 <= paper.size.width - style.sideMargin + 1
                    if position < header {
                        #expect(inside && word.y0 >= style.furnitureMargin - 1, "page \(index + 1): header '\(word.word)' clipped")
                    } else if position >= words.count - footer {
                        #expect(inside && word.y1 <= paper.size.height - style.furnitureMargin + 1,
                                "page \(index + 1): footer '\(word.word)' clipped")
                    } else {
                        #expect(inside && word.y0 >= style.topMargin - 1 && word.y1 <= paper.size.height - style.bottomMargin + 1,
                                "page \(index + 1): '\(word.word)' outside the margins")
                    }
                }
                // No two words share ink: the header and footer keep clear of the text.
                for (first, a) in words.enumerated() {
                    for b in words[(first + 1)...] {
                        let overlap = min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 && min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5
                        #expect(!overlap, "page \(index + 1): '\(a.word)' and '\(b.word)' overlap")
                    }
                }
            }
        }
    }

    @Test(arguments: [18, 24])
    func headingLevelsStepUpByAFifthAtLeast(size: Int) throws {
        let topic = try TestSupport.miscarriage()
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("miscarriage.pdf")
        _ = try LargePrintWriter(style: try LargePrintStyle(bodySize: size)).write(try TestSupport.document(topic), to: file)
        let words = try Self.wordBoxes(file).flatMap { $0 }
        func tallest(_ word: String) -> Double { words.filter { $0.word == word }.map { $0.y1 - $0.y0 }.max() ?? 0 }
        let heights = words.map { $0.y1 - $0.y0 }.sorted()
        let body = heights[heights.count / 2]
        let (h1, h2, h3) = (tallest("Miscarriage"), tallest("Overview"), tallest("causes"))
        // Box heights follow the font size; the body is another face of the same family.
        #expect(h1 / h2 > 1.17 && h2 / h3 > 1.17, "h3 \(h3), h2 \(h2), h1 \(h1)")
        // The body is another face (its boxes are taller for the same size): its step is the style's.
        let style = try LargePrintStyle(bodySize: size)
        #expect(style.headingSize(level: 3) >= style.bodySize * 1.2, "body \(body), h3 \(h3)")
        let fonts = try Self.run("pdffonts", [file.path])
        #expect(fonts.contains("TiresiasPCfont") && fonts.contains("TiresiasLPfontBold"), "a lighter body, bold headings: \(fonts)")
    }

    @Test func a4AndBiggerTextWork() throws {
        let (file, _) = try Self.writeCoping(paper: .a4, size: 24)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let info = try Self.run("pdfinfo", [file.path])
        #expect(info.contains("595.28 x 841.89 pts (A4)"))
    }

    @Test func sizeOutsideTheRangeIsAnError() {
        #expect(throws: PrintError.sizeOutOfRange(12)) { try LargePrintStyle(bodySize: 12) }
    }

    @Test func markupEscapesTextAndKeepsPhoneNumbersWhole() {
        let markup = LargePrintWriter.markup([.text("a <b> & c\u{00AD}d "), .emphasis([.text("stop")]),
                                                 .phone(PhoneNumber(written: "(555) 555-0199", digits: "5555550199", groups: []))])
        #expect(markup == "<span insert_hyphens=\"false\">a &lt;b&gt; &amp; cd <b>stop</b>(555)\u{00A0}555-\u{2060}0199</span>")
    }
}
