import Foundation

extension ExportFormat {
    /// A tagged large-print PDF handout.
    public static let largePrint = ExportFormat("large-print")
}

/// A large-print handout as a tagged PDF, drawn with Pango and Cairo: headings, paragraphs and
/// bulleted lists with a hanging indent, laid out left aligned without hyphenation, a heading
/// never alone at the foot of a page, a running header with the topic (and section) and a footer
/// with the clinic, its number and "Page 2 of 4" in the same place on every page, one
/// bookmark per section, the credits last, and the document's language and title set.
struct LargePrintWriter: OutputWriter {
    static let format = ExportFormat.largePrint
    static let summary = "a large-print PDF handout"
    static let scope = OutputScope.sectionsOrTopic
    static let needs: [WriterNeed] = [.largePrintFont]
    static let fingerprintInputs: [FingerprintInput] = [.largePrintOptions, .libraryInfo]

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "pdf") }

    var style: LargePrintStyle

    init(_ request: ResolvedRequest) throws {
        style = try LargePrintStyle(paper: request.request.largePrint.paper, bodySize: request.request.largePrint.size)
    }

    init(style: LargePrintStyle) { self.style = style }

    /// One thing to print, in reading order.
    enum Element {
        case heading(level: Int, text: String, bookmark: Bool)
        case paragraph([Inline])
        /// A paragraph of the credits block: closer to the one before than body paragraphs; the
        /// first set apart from the text above it.
        case credits([Inline], first: Bool)
        case listItem([Inline], marker: String, first: Bool, last: Bool)
    }

    /// Writes the document as a handout: one section under its own title, or the topic's
    /// sections under the topic's; the credits last.
    func write(_ document: ExportDocument, to url: URL) throws -> WrittenOutput {
        var elements: [Element]
        if document.isOneSection {
            elements = [.heading(level: 1, text: document.sections[0].title, bookmark: true)]
            elements += body(document.sections[0], level: 2)
        } else {
            elements = [.heading(level: 1, text: document.topic.title, bookmark: false)]
            for section in document.sections {
                elements.append(.heading(level: 2, text: section.title, bookmark: true))
                elements += body(section, level: 3)
            }
        }
        if document.credits != nil {
            // One compact block after the text, not a section of its own: the lines run together
            // in four short paragraphs (when, who reviewed, where from, the disclaimers).
            let libraryDisclaimer = document.library.writesIn(document.topic.language) ? document.library.disclaimer : nil
            let lines = document.topic.credits.lines(libraryDisclaimer: libraryDisclaimer, language: document.language)
            let groups: [[CreditLine.Kind]] = [[.date, .author, .review], [.reviewNote], [.translation], [.source, .copyright],
                                               [.disclaimer, .libraryDisclaimer]]
            for kinds in groups {
                let text = lines.filter { kinds.contains($0.kind) }.map(\.text)
                    + (kinds.contains(.libraryDisclaimer) ? document.plainCredits : [])
                if !text.isEmpty {
                    let first: Bool
                    if case .credits = elements.last { first = false } else { first = true }
                    elements.append(.credits([.text(text.joined(separator: " "))], first: first))
                }
            }
        }
        // Every page says what it is part of and whom to call.
        let running = document.isOneSection ? "\(document.topic.title): \(document.sections[0].title)" : document.topic.title
        let clinic = [document.library.clinicName, document.library.clinicPhone].compactMap { $0 }.joined(separator: " · ")
        try render(elements, title: document.title, topic: document.topic, furniture: Furniture(header: running, clinic: clinic, language: document.language), to: url)
        return WrittenOutput(files: [url])
    }

    private func body(_ section: Section, level: Int) -> [Element] {
        var elements = blocks(section.blocks)
        for subsection in section.subsections {
            elements.append(.heading(level: min(level, 6), text: subsection.title, bookmark: false))
            elements += body(subsection, level: level + 1)
        }
        return elements
    }

    private func blocks(_ blocks: [Block]) -> [Element] {
        blocks.flatMap { block -> [Element] in
            switch block {
            case .paragraph(let paragraph):
                return [.paragraph(paragraph.inlines)]
            case .list(let list):
                return list.items.enumerated().map { index, item in
                    let runs = item.paragraphs.flatMap { $0 + [.text(" ")] }
                    return .listItem(runs.mergingText(), marker: list.ordered ? "\(list.start + index)." : "•",
                                     first: index == 0, last: index == list.items.count - 1)
                }
            case .note(let note):
                return self.blocks(note.blocks)
            case .gap:
                return []
            }
        }
    }

    // MARK: Drawing

    /// What every page carries besides its text: a running header (the topic, and the section
    /// of a section handout) and a footer (the clinic and its number, when `library.yml` names
    /// them, and "Page N of M").
    struct Furniture {
        var header: String
        var clinic: String
        var language: Language

        func footer(page: Int, of pages: Int) -> String {
            (clinic.isEmpty ? "" : clinic + " · ") + language.message("page.number", ["page": String(page), "pages": String(pages)])
        }
    }

    private func render(_ elements: [Element], title: String, topic: Topic, furniture: Furniture, to url: URL) throws {
        try PDFCanvas.open()
        for font in [style.font, style.headingFont] where !PDFCanvas.hasFont(font) { throw PrintError.fontMissing(font) }
        try AtomicFile.write(to: url) { temporary in
            let size = style.paper.size
            let canvas = PDFCanvas(path: temporary.path, width: size.width, height: size.height)
            canvas.setTitle(title, author: topic.credits.authors.first)
            func furnitureLine(_ text: String) -> TextBlock {
                canvas.layout(markup: "<span insert_hyphens=\"false\">\(Self.escape(text))</span>", font: style.font,
                              size: style.bodySize, bold: false, width: style.textWidth, lineSpacing: 1)
            }
            // The header and footer sit in the top and bottom margins, half an inch from the
            // edge; the text keeps its inch, or more when a long title takes two lines.
            let header = furnitureLine(furniture.header)
            let headerHeight = header.height(of: 0..<header.lines.count)
            let widestFooter = furnitureLine(furniture.footer(page: 888, of: 888))
            let footerHeight = widestFooter.height(of: 0..<widestFooter.lines.count)
            let clearance = style.bodySize * 0.4
            let top = max(style.topMargin, style.furnitureMargin + headerHeight + clearance)
            let bottom = min(canvas.height - style.bottomMargin, canvas.height - style.furnitureMargin - footerHeight - clearance)
            // A whole-topic handout opens with the topic's title: its first page needs no header.
            let headerOnFirstPage = furniture.header != title
            let firstTop = headerOnFirstPage ? nil : style.topMargin
            let laidOut = elements.map { layout($0, on: canvas) }
            var pages = paginate(elements, laidOut, top: top, firstTop: firstTop, bottom: bottom)
            // No last page that is mostly blank: end the page before it earlier, a line at a
            // time, while that page stays at least as full.
            let least = 0.3
            let lineHeight = style.bodySize * style.lineSpacing
            var shortenBy = lineHeight
            while pages.count > 1, Self.fill(pages[pages.count - 1], top: top, bottom: bottom) < least,
                  shortenBy < (bottom - top) * (1 - least) {
                let penultimate = pages.count - 2
                let balanced = paginate(elements, laidOut, top: top, firstTop: firstTop, bottom: bottom,
                                        shortened: (penultimate, shortenBy))
                let penultimateTop = penultimate == 0 ? (firstTop ?? top) : top
                guard balanced.count == pages.count,
                      Self.fill(balanced[penultimate], top: penultimateTop, bottom: bottom) >= least else { break }
                pages = balanced
                shortenBy += lineHeight
            }
            bookmarks(pages, on: canvas)
            canvas.beginTag("Document")
            for (index, page) in pages.enumerated() {
                if index > 0 || headerOnFirstPage {
                    canvas.draw(header, lines: 0..<header.lines.count, x: style.sideMargin, y: style.furnitureMargin)
                }
                for item in page { draw(item, on: canvas) }
                let footer = furnitureLine(furniture.footer(page: index + 1, of: pages.count))
                canvas.draw(footer, lines: 0..<footer.lines.count, x: style.sideMargin,
                            y: size.height - style.furnitureMargin - footer.height(of: 0..<footer.lines.count))
                if index + 1 < pages.count { canvas.nextPage() }
            }
            canvas.endTag("Document")
            try canvas.finish(path: url.path)
            do {
                try PDFUAFinisher.apply(to: temporary, title: title, author: topic.credits.authors.first,
                                                language: topic.language)
            } catch let failure as PDFUAFinisher.Failure {
                throw PrintError.renderingFailed(path: url.path, reason: "its accessibility settings could not be added (\(failure.reason))")
            }
        }
    }

    /// An element's lines placed on a page.
    struct Placed {
        var element: Element
        var block: TextBlock
        var lines: Range<Int>
        var x: Double
        var y: Double
        var marker: TextBlock?
        /// The element continues from the page before, or on the next.
        var continued: Bool
        var continues: Bool
    }

    /// An element laid out: its text, its list marker, where its lines start, and the space
    /// above it.
    typealias LaidOut = (block: TextBlock, marker: TextBlock?, x: Double, spaceBefore: Double)

    /// The elements on pages, between `top` and `bottom` (below the header, above the footer);
    /// the first page from `firstTop` when it has no header; page `shortened.page` ends
    /// `shortened.by` points higher (to give the last page more).
    private func paginate(_ elements: [Element], _ laidOut: [LaidOut], top pagesTop: Double, firstTop: Double?,
                          bottom pagesBottom: Double, shortened: (page: Int, by: Double)? = nil) -> [[Placed]] {
        var pages: [[Placed]] = [[]]
        var top = firstTop ?? pagesTop
        var y = top
        var gap = 0.0
        var bottom: Double { pages.count - 1 == shortened?.page ? pagesBottom - (shortened?.by ?? 0) : pagesBottom }
        func newPage() {
            pages.append([])
            top = pagesTop
            y = top
            gap = 0
        }
        for (index, element) in elements.enumerated() {
            let (block, marker, x, spaceBefore) = laidOut[index]
            var start = 0
            gap = y == top ? 0 : spaceBefore
            // Keep together what reads as one: a heading with the first two lines after it, a
            // short lead-in ("Call the clinic if:") with its first two items.
            let kept = keptWith(index, elements, laidOut)
            if kept > 0, y + gap + kept > bottom, y > top, top + kept <= bottom { newPage() }
            let count = block.lines.count
            while start < count {
                var end = start
                while end < count && y + gap + block.height(of: start..<(end + 1)) <= bottom { end += 1 }
                // No widow (a paragraph's last line alone at the top of the next page) and no
                // orphan (its first line alone at the foot of this one).
                if end < count {
                    if count - end == 1 && end - start > 1 { end -= 1 }
                    if start == 0 && end == 1 && y > top { end = 0 }
                }
                // A lead-in whose list would start on the next page goes there too: its last two
                // lines when it is long enough to part, else the whole of it.
                if end == count, Self.isLeadIn(element) {
                    let items = listStart(after: index, elements, laidOut)
                    if items > 0, y + gap + block.height(of: start..<count) + items > bottom {
                        if count - start >= 4 { end = count - 2 } else if y > top { end = start }
                    }
                }
                if end == start {
                    if y == top { end = start + 1 } else {
                        newPage()
                        continue
                    }
                }
                pages[pages.count - 1].append(Placed(element: element, block: block, lines: start..<end, x: x, y: y + gap,
                                                     marker: start == 0 ? marker : nil, continued: start > 0,
                                                     continues: end < block.lines.count))
                y += gap + block.height(of: start..<end)
                start = end
                if start < block.lines.count { newPage() }
            }
        }
        if let first = pages.first, first.isEmpty { pages.removeFirst() }
        return pages
    }

    /// A paragraph that introduces a list: it ends with a colon.
    private static func isLeadIn(_ element: Element) -> Bool {
        if case .paragraph(let runs) = element { return runs.plainText.hasSuffix(":") }
        return false
    }

    /// The height of the first two list items after element `index` (with the space above
    /// each); 0 when no list follows.
    private func listStart(after index: Int, _ elements: [Element], _ laidOut: [LaidOut]) -> Double {
        var total = 0.0
        var next = index + 1
        while next < elements.count, next <= index + 2, case .listItem = elements[next] {
            total += laidOut[next].spaceBefore + laidOut[next].block.height(of: 0..<laidOut[next].block.lines.count)
            next += 1
        }
        return total
    }

    /// The height element `index` needs on one page with what must not be parted from it; 0 when
    /// nothing is kept with it.
    private func keptWith(_ index: Int, _ elements: [Element], _ laidOut: [LaidOut]) -> Double {
        func height(_ at: Int, lines: Int? = nil) -> Double {
            let block = laidOut[at].block
            return block.height(of: 0..<min(block.lines.count, lines ?? block.lines.count))
        }
        switch elements[index] {
        case .heading where index + 1 < elements.count:
            // With what the next element keeps with it, so a short lead-in and its list do not
            // leave their heading behind.
            return height(index) + laidOut[index + 1].spaceBefore
                + max(height(index + 1, lines: 2), keptWith(index + 1, elements, laidOut))
        case let element where Self.isLeadIn(element) && laidOut[index].block.lines.count <= 3:
            // Too short to part: the whole lead-in goes with its first items. (A longer one
            // parts before its last two lines, in `paginate`.)
            let items = listStart(after: index, elements, laidOut)
            return items > 0 ? height(index) + items : 0
        default:
            return 0
        }
    }

    /// How far down its text area page `index` is filled, from 0 to 1.
    private static func fill(_ page: [Placed], top: Double, bottom: Double) -> Double {
        let lowest = page.map { $0.y + $0.block.height(of: $0.lines) }.max() ?? top
        return (lowest - top) / (bottom - top)
    }

    private func bookmarks(_ pages: [[Placed]], on canvas: PDFCanvas) {
        for (index, page) in pages.enumerated() {
            for item in page {
                if case .heading(_, let text, true) = item.element, !item.continued {
                    canvas.addBookmark(text, page: index + 1, y: item.y)
                }
            }
        }
    }

    private func layout(_ element: Element, on canvas: PDFCanvas) -> LaidOut {
        let body = style.bodySize
        switch element {
        case .heading(let level, let text, _):
            let block = canvas.layout(markup: Self.markup([.text(text)]), font: style.headingFont, size: style.headingSize(level: level),
                                      bold: true, width: style.textWidth, lineSpacing: 1.15)
            return (block, nil, style.sideMargin, body * 1.1)
        case .paragraph(let runs), .credits(let runs, _):
            let block = canvas.layout(markup: Self.markup(runs), font: style.font, size: body, bold: false,
                                      width: style.textWidth, lineSpacing: style.lineSpacing)
            if case .credits(_, let first) = element { return (block, nil, style.sideMargin, first ? body * 1.5 : body * 0.5) }
            return (block, nil, style.sideMargin, body * 0.7)
        case .listItem(let runs, let marker, let first, _):
            let indent = body * 1.6
            let block = canvas.layout(markup: Self.markup(runs), font: style.font, size: body, bold: false,
                                      width: style.textWidth - indent, lineSpacing: style.lineSpacing)
            // A large solid bullet: bold, a little bigger than the text.
            let bullet = canvas.layout(markup: Self.escape(marker), font: style.font, size: body * 1.1, bold: true,
                                       width: indent, lineSpacing: 1)
            return (block, bullet, style.sideMargin + indent, first ? body * 0.7 : body * 0.4)
        }
    }

    private func draw(_ item: Placed, on canvas: PDFCanvas) {
        switch item.element {
        case .heading(let level, _, _):
            canvas.beginTag("H\(min(level, 6))")
            canvas.draw(item.block, lines: item.lines, x: item.x, y: item.y)
            canvas.endTag("H\(min(level, 6))")
        case .paragraph, .credits:
            canvas.beginTag("P")
            canvas.draw(item.block, lines: item.lines, x: item.x, y: item.y)
            canvas.endTag("P")
        case .listItem(_, _, let first, let last):
            if first && !item.continued { canvas.beginTag("L") }
            canvas.beginTag("LI")
            if let marker = item.marker {
                canvas.beginTag("Lbl")
                canvas.draw(marker, lines: 0..<marker.lines.count, x: style.sideMargin, y: item.y)
                canvas.endTag("Lbl")
            }
            canvas.beginTag("LBody")
            canvas.draw(item.block, lines: item.lines, x: item.x, y: item.y)
            canvas.endTag("LBody")
            canvas.endTag("LI")
            if last && !item.continues { canvas.endTag("L") }
        }
    }

    /// Pango markup for runs: text escaped, emphasis bold (never italic), phone numbers kept on
    /// one line, soft hyphens removed, and no automatic hyphenation.
    static func markup(_ runs: [Inline]) -> String {
        "<span insert_hyphens=\"false\">\(innerMarkup(runs))</span>"
    }

    private static func innerMarkup(_ runs: [Inline]) -> String {
        runs.map { run -> String in
            switch run {
            case .emphasis(let inner): "<b>\(innerMarkup(inner))</b>"
            case .link(let inner, _): innerMarkup(inner)
            case .phone(let number): escape(number.written.replacingOccurrences(of: " ", with: "\u{00A0}")
                .replacingOccurrences(of: "-", with: "-\u{2060}"))
            default: escape(Self.unbroken(run.plainText))
            }
        }.joined()
    }

    /// Text with the joins a reader must not find at a line end held together: a hyphenated
    /// word ("Rh-negative") after its hyphen, and a number and the word after it ("8 oz.",
    /// "20 weeks") at the space.
    static func unbroken(_ text: String) -> String {
        LineJoins.pieces(of: text).map { piece in
            piece.together ? piece.text.replacingOccurrences(of: " ", with: "\u{00A0}").replacingOccurrences(of: "-", with: "-\u{2060}")
                : piece.text
        }.joined()
    }

    static func escape(_ text: String) -> String { MarkupEscaping.xml(text) }
}
