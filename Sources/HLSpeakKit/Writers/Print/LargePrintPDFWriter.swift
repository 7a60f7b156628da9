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
    static let scope = OutputScope.sectionsOrTopic
    static let needs: Set<WriterNeed> = [.largePrintFont]
    static let fingerprintInputs: Set<FingerprintInput> = [.largePrintOptions, .libraryInfo]

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
        /// A paragraph of the credits block: closer to the one before than body paragraphs.
        case credits([Inline])
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
        if let credits = document.credits {
            // One compact block: the lines run together in four short paragraphs (when, who
            // reviewed, where from, the disclaimers) rather than a paragraph each.
            elements.append(.heading(level: 2, text: credits.title, bookmark: true))
            let lines = document.topic.credits.lines(libraryDisclaimer: document.library.disclaimer, language: document.language)
            let groups: [[CreditLine.Kind]] = [[.date, .author, .review], [.reviewNote], [.source, .copyright],
                                               [.disclaimer, .libraryDisclaimer]]
            for kinds in groups {
                let text = lines.filter { kinds.contains($0.kind) }.map(\.text)
                    + (kinds.contains(.libraryDisclaimer) ? document.plainCredits : [])
                if !text.isEmpty { elements.append(.credits([.text(text.joined(separator: " "))])) }
            }
        }
        // Every page says what it is part of and whom to call.
        let running = document.isOneSection ? "\(document.topic.title): \(document.sections[0].title)" : document.topic.title
        let clinic = [document.library.clinicName, document.library.clinicPhone].compactMap { $0 }.joined(separator: " · ")
        try render(elements, title: document.title, topic: document.topic, furniture: Furniture(header: running, clinic: clinic), to: url)
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

        func footer(page: Int, of pages: Int) -> String {
            (clinic.isEmpty ? "" : clinic + " · ") + "Page \(page) of \(pages)"
        }
    }

    private func render(_ elements: [Element], title: String, topic: Topic, furniture: Furniture, to url: URL) throws {
        for font in [style.font, style.headingFont] where !PDFCanvas.hasFont(font) { throw PrintError.fontMissing(font) }
        try AtomicFile.write(to: url) { temporary in
            let size = style.paper.size
            let canvas = PDFCanvas(path: temporary.path, width: size.width, height: size.height)
            canvas.setTitle(title, author: topic.credits.authors.first)
            func furnitureLine(_ text: String) -> TextBlock {
                canvas.layout(markup: "<span insert_hyphens=\"false\">\(Self.escape(text))</span>", font: style.font,
                              size: style.bodySize, bold: false, width: style.textWidth, lineSpacing: 1)
            }
            // Room for them, measured: a long title or clinic name may take two lines.
            let header = furnitureLine(furniture.header)
            let headerHeight = header.height(of: 0..<header.lines.count)
            let widestFooter = furnitureLine(furniture.footer(page: 888, of: 888))
            let footerHeight = widestFooter.height(of: 0..<widestFooter.lines.count)
            // A whole-topic handout opens with the topic's title: its first page needs no header.
            let headerOnFirstPage = furniture.header != title
            let pages = paginate(elements, on: canvas, top: style.topMargin + headerHeight + style.bodySize * 0.4,
                                 firstTop: headerOnFirstPage ? nil : style.topMargin,
                                 bottom: canvas.height - style.bottomMargin - footerHeight - style.bodySize * 0.4)
            canvas.beginTag("Document")
            for (index, page) in pages.enumerated() {
                if index > 0 || headerOnFirstPage {
                    canvas.draw(header, lines: 0..<header.lines.count, x: style.sideMargin, y: style.topMargin)
                }
                for item in page { draw(item, on: canvas) }
                let footer = furnitureLine(furniture.footer(page: index + 1, of: pages.count))
                canvas.draw(footer, lines: 0..<footer.lines.count, x: style.sideMargin,
                            y: size.height - style.bottomMargin - footer.height(of: 0..<footer.lines.count))
                if index + 1 < pages.count { canvas.nextPage() }
            }
            canvas.endTag("Document")
            try canvas.finish(path: url.path)
            do {
                try PDFAccessibilityPatch.apply(to: temporary, language: topic.language)
            } catch {
                throw PrintError.renderingFailed(path: url.path, reason: "its language and title settings could not be added")
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

    /// The elements on pages, between `top` and `bottom` (below the header, above the footer);
    /// the first page from `firstTop` when it has no header.
    private func paginate(_ elements: [Element], on canvas: PDFCanvas, top pagesTop: Double, firstTop: Double?,
                          bottom: Double) -> [[Placed]] {
        let laidOut = elements.map { layout($0, on: canvas) }
        var pages: [[Placed]] = [[]]
        var top = firstTop ?? pagesTop
        var y = top
        for (index, element) in elements.enumerated() {
            let (block, marker, x, spaceBefore) = laidOut[index]
            var start = 0
            var gap = y == top ? 0 : spaceBefore
            // Keep together what reads as one: a heading with the first two lines after it, a
            // list's lead-in ("Call the clinic if:") with its first two items.
            let kept = keptWith(index, elements, laidOut)
            if kept > 0, y + gap + kept > bottom, y > top, top + kept <= bottom {
                pages.append([])
                top = pagesTop
                y = top
                gap = 0
            }
            let count = block.lines.count
            while start < count {
                var end = start
                while end < count && y + gap + block.height(of: start..<(end + 1)) <= bottom { end += 1 }
                // No orphan (a paragraph's first line alone at the foot of a page) and no widow
                // (its last line alone at the top of the next).
                if end < count, y > top {
                    if start == 0 && end < 2 || end - start < 3 && count - end < 2 {
                        end = start
                    } else if count - end == 1 {
                        end -= 1
                    }
                }
                if end == start {
                    if y == top { end = start + 1 } else {
                        pages.append([])
                        top = pagesTop
                        y = top
                        gap = 0
                        continue
                    }
                }
                pages[pages.count - 1].append(Placed(element: element, block: block, lines: start..<end, x: x, y: y + gap,
                                                     marker: start == 0 ? marker : nil, continued: start > 0,
                                                     continues: end < block.lines.count))
                y += gap + block.height(of: start..<end)
                start = end
                if start < block.lines.count {
                    pages.append([])
                    top = pagesTop
                    y = top
                    gap = 0
                }
            }
        }
        if let first = pages.first, first.isEmpty { pages.removeFirst() }
        bookmarks(pages, on: canvas)
        return pages
    }

    /// The height element `index` needs on one page with what must not be parted from it; 0 when
    /// nothing is kept with it.
    private func keptWith(_ index: Int, _ elements: [Element],
                          _ laidOut: [(TextBlock, TextBlock?, Double, Double)]) -> Double {
        func height(_ at: Int, lines: Int? = nil) -> Double {
            let block = laidOut[at].0
            return block.height(of: 0..<min(block.lines.count, lines ?? block.lines.count))
        }
        switch elements[index] {
        case .heading where index + 1 < elements.count:
            // With what the next element keeps with it, so a lead-in and its list do not leave
            // their heading behind.
            return height(index) + laidOut[index + 1].3 + max(height(index + 1, lines: 2), keptWith(index + 1, elements, laidOut))
        case .paragraph(let runs) where runs.plainText.hasSuffix(":"):
            var total = height(index)
            var next = index + 1
            while next < elements.count, next <= index + 2, case .listItem = elements[next] {
                total += laidOut[next].3 + height(next)
                next += 1
            }
            return next > index + 1 ? total : 0
        default:
            return 0
        }
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

    private func layout(_ element: Element, on canvas: PDFCanvas) -> (TextBlock, TextBlock?, Double, Double) {
        let body = style.bodySize
        switch element {
        case .heading(let level, let text, _):
            let block = canvas.layout(markup: Self.markup([.text(text)]), font: style.headingFont, size: style.headingSize(level: level),
                                      bold: true, width: style.textWidth, lineSpacing: 1.15)
            return (block, nil, style.sideMargin, body * 1.1)
        case .paragraph(let runs), .credits(let runs):
            let block = canvas.layout(markup: Self.markup(runs), font: style.font, size: body, bold: false,
                                      width: style.textWidth, lineSpacing: style.lineSpacing)
            if case .credits = element { return (block, nil, style.sideMargin, body * 0.5) }
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
