import Foundation
import Testing
@testable import HLSpeakKit

/// Where the large-print handout breaks lines and pages, read back from the PDF: a made-up topic
/// whose every word names the paragraph, list item or heading it belongs to ("e12xx"), laid out
/// on Letter and A4 at every size, so each line's page and owner can be recovered from the
/// words pdftotext finds.
@Suite struct LargePrintBreakTests {
    /// One thing in the made-up topic, in reading order.
    enum Part {
        case heading(Int)
        case paragraph(Int, leadIn: Bool)
        case item(Int)
    }

    /// A topic of six sections of paragraphs of 5 to 120 words, every fourth a list's lead-in
    /// followed by 2 to 5 items; "8 oz." and "Rh-negative" somewhere in each paragraph, so that at
    /// some size they meet a line's end. The same every run (a fixed linear congruential sequence).
    static func madeUpTopic() -> (markdown: String, parts: [Part]) {
        var seed: UInt64 = 20_261_202
        func next(_ range: ClosedRange<Int>) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((seed >> 33) % UInt64(range.count))
        }
        var id = 0
        var parts: [Part] = []
        var markdown = "---\ntitle: Layout\n---\n\n# Layout\n"
        func words(_ count: Int, extras: Bool) -> String {
            var list = (0..<count).map { _ in "e\(id)xx" }
            if extras && count > 6 {
                list.insert("8 oz.", at: next(1...(count - 1)))
                list.insert("Rh-negative", at: next(1...(count - 1)))
            }
            return list.joined(separator: " ")
        }
        for section in 1...6 {
            id += 1
            parts.append(.heading(id))
            markdown += "\n## Part e\(id)xx {#part\(section)}\n"
            for paragraph in 1...10 {
                id += 1
                let leadIn = paragraph % 4 == 0
                parts.append(.paragraph(id, leadIn: leadIn))
                markdown += "\n" + words(next(5...120), extras: true) + (leadIn ? " include:" : ".") + "\n"
                if leadIn {
                    markdown += "\n"
                    for _ in 0..<next(2...5) {
                        id += 1
                        parts.append(.item(id))
                        markdown += "- " + words(next(3...25), extras: false) + ".\n"
                    }
                }
            }
        }
        return (markdown, parts)
    }

    /// The lines of the PDF's text without the running header (first) and footer (last) of each
    /// page: their page, the part they belong to (that of their first tagged word, or of the
    /// last one before them: "include:" alone on a line is its lead-in's), and their words.
    static func lines(_ file: URL) throws -> [(page: Int, owner: Int?, words: [String])] {
        var lines: [(page: Int, owner: Int?, words: [String])] = []
        var owner: Int?
        for (page, words) in try LargePrintTests.wordBoxes(file).enumerated() {
            var pageLines: [[String]] = []
            var previousY = -100.0
            for word in words where word.word != "•" {
                if abs(word.y0 - previousY) > 1 || pageLines.isEmpty { pageLines.append([]) }
                previousY = word.y0
                pageLines[pageLines.count - 1].append(word.word)
            }
            for words in pageLines.dropFirst().dropLast() {
                owner = words.lazy.compactMap(Self.owner(of:)).first ?? owner
                lines.append((page, owner, words))
            }
        }
        return lines
    }

    /// 12 for "e12xx", "e12xx." or "e12xx:"; nil for any other word.
    static func owner(of word: String) -> Int? {
        let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
        guard trimmed.hasPrefix("e"), trimmed.hasSuffix("xx") else { return nil }
        return Int(trimmed.dropFirst().dropLast(2))
    }

    @Test(arguments: [LargePrintStyle.Paper.letter, .a4], [18, 20, 24, 28])
    func noOrphanWidowPartedListOrSplitUnit(paper: LargePrintStyle.Paper, size: Int) throws {
        let (markdown, parts) = Self.madeUpTopic()
        let reading = TestSupport.read(markdown, file: "layout.md")
        let topic = try #require(reading.topic)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("layout.pdf")
        _ = try LargePrintWriter(style: try LargePrintStyle(paper: paper, bodySize: size))
            .write(try TestSupport.document(topic), to: file)
        let lines = try Self.lines(file)
        var pagesOf: [Int: [Int]] = [:]
        for line in lines { if let owner = line.owner { pagesOf[owner, default: []].append(line.page) } }
        let label = "\(paper) \(size) pt"
        #expect(Set(lines.map(\.page)).count >= 4, "\(label): the made-up topic spans several pages")
        for (index, part) in parts.enumerated() {
            switch part {
            case .paragraph(let id, _), .item(let id):
                let pages = try #require(pagesOf[id], "\(label): e\(id) not found")
                if pages.count >= 2 {
                    #expect(pages[0] == pages[1], "\(label): e\(id)'s first line alone at a page's foot (orphan)")
                    #expect(pages[pages.count - 1] == pages[pages.count - 2], "\(label): e\(id)'s last line alone atop a page (widow)")
                }
            case .heading(let id):
                guard case .paragraph(let next, _) = parts[index + 1] else { continue }
                let heading = try #require(pagesOf[id]).first
                let text = try #require(pagesOf[next])
                #expect(text.prefix(2).allSatisfy { $0 == heading }, "\(label): heading e\(id) parted from its first lines")
            }
            if case .paragraph(let id, true) = part, case .item(let first) = parts[index + 1] {
                let leadIn = try #require(pagesOf[id]).last
                var items = [first]
                if case .item(let second) = parts[index + 2] { items.append(second) }
                for item in items {
                    #expect(pagesOf[item]?.first == leadIn, "\(label): lead-in e\(id) parted from item e\(item)")
                }
            }
        }
        for (line, following) in zip(lines, lines.dropFirst()) {
            let last = line.words.last ?? ""
            #expect(!(last == "8" && following.words.first?.hasPrefix("oz") == true), "\(label): '8' and 'oz.' on two lines")
            #expect(!last.hasSuffix("-") && !last.hasSuffix("-\u{2060}"), "\(label): 'Rh-negative' broken at its hyphen")
        }
    }
}
