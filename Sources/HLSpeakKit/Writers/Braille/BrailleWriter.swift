import Foundation

/// A braille edition of a section: a title page (title, source, date, disclaimer, number of
/// braille pages), then the text in Unified English Braille (contracted by default) laid out on
/// embosser pages, as BRF (North American Braille ASCII, lines ending CR LF, pages ending with a
/// form feed) or PEF (the Portable Embosser Format, Unicode braille in XML).
public struct BrailleWriter: Sendable {
    public var louis: Louis
    public var format: BraillePageFormat

    public init(louis: Louis, format: BraillePageFormat) {
        self.louis = louis
        self.format = format
    }

    /// A laid-out braille document and what could not be translated.
    public struct Document: Sendable {
        /// Each page's lines, page number included.
        public var pages: [[String]]
        public var warnings: [String]
        public var title: String
        public var identifier: String
        public var language: String
        public var date: String?
    }

    public func document(for section: Section, of topic: Topic) throws(BrailleError) -> Document {
        var warnings: [String] = []
        func braille(_ text: String) throws(BrailleError) -> String {
            try translate(text, section: section.id, warnings: &warnings)
        }
        var body: [BrailleElement] = [.heading(try braille(section.title))]
        try append(section, into: &body, braille: braille)
        let content = BraillePaginator(format: format)
        // The title page says how many pages there are; its own length does not depend on the count.
        var titlePage: [BrailleElement] = [.heading(try braille(topic.title)), .heading(try braille(section.title))]
        if let source = topic.credits.source { titlePage.append(.paragraph(try braille("Source: \(source)."))) }
        if let date = topic.credits.currentAsOfText { titlePage.append(.paragraph(try braille("Current as of \(date)."))) }
        if let disclaimer = topic.credits.disclaimer { titlePage.append(.paragraph(try braille(disclaimer))) }
        var total = 0
        var pages: [[String]] = []
        for _ in 0..<3 {
            let count = BrailleElement.paragraph(try braille("\(total) braille pages."))
            pages = content.pages(titlePage + [count, .pageBreak] + body)
            if pages.count == total { break }
            total = pages.count
        }
        let numbered = try pages.enumerated().map { index, lines throws(BrailleError) in
            try number(lines, page: index + 1)
        }
        return Document(pages: numbered, warnings: warnings, title: "\(topic.title): \(section.title)",
                        identifier: "hlspeak:\(topic.id):\(section.id)", language: topic.language,
                        date: topic.credits.currentAsOf)
    }

    private func append(_ section: Section, into elements: inout [BrailleElement],
                        braille: (String) throws(BrailleError) -> String) throws(BrailleError) {
        for block in ReadableBlocks.of(section.blocks) {
            switch block {
            case .paragraph(let paragraph):
                elements.append(.paragraph(try braille(paragraph.inlines.unbreakableText)))
            case .list(let list):
                for item in list.items {
                    for runs in item.paragraphs { elements.append(.listItem(try braille(runs.unbreakableText))) }
                }
            case .note(let note):
                for line in SectionText.lines(note.blocks) { elements.append(.paragraph(try braille(line))) }
            case .gap:
                continue
            }
        }
        for subsection in section.subsections where ReadableBlocks.hasContent(subsection) {
            elements.append(.heading(try braille(subsection.title)))
            try append(subsection, into: &elements, braille: braille)
        }
    }

    /// Braille for `text`; a character liblouis cannot write is spelled out by name and reported.
    private func translate(_ text: String, section: String, warnings: inout [String]) throws(BrailleError) -> String {
        var clean = ""
        for character in text {
            let unusual = character.unicodeScalars.contains { $0.value > 0xFF } && character != "\u{00A0}"
            if unusual && !louis.canTranslate(character) {
                let name = character.unicodeScalars.compactMap { $0.properties.name?.lowercased() }.joined(separator: " ")
                warnings.append("section '\(section)': '\(character)' has no braille form; written as \"\(name)\"")
                clean += " \(name) "
            } else {
                clean.append(character)
            }
        }
        // liblouis passes no-break spaces through, so a phone number stays unbreakable.
        return try louis.translate(clean)
    }

    /// `lines` padded to a full page with the braille page number at the right end of the last.
    private func number(_ lines: [String], page: Int) throws(BrailleError) -> [String] {
        let label = try louis.translate(String(page))
        var page = lines + Array(repeating: "", count: max(0, format.lines - 1 - lines.count))
        page.append(String(repeating: " ", count: max(0, format.cells - label.count)) + label)
        return page
    }

    /// The document as a BRF file.
    public static func brf(_ document: Document) -> String {
        document.pages.map { $0.map { $0 + "\r\n" }.joined() + "\u{0C}" }.joined()
    }

    /// The document as PEF 1.0.
    public static func pef(_ document: Document, format: BraillePageFormat) -> String {
        let escape = XMLText.escape
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pef version="2008-1" xmlns="http://www.daisy.org/ns/2008/pef">
          <head>
            <meta xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:format>application/x-pef+xml</dc:format>
              <dc:identifier>\(escape(document.identifier))</dc:identifier>
              <dc:title>\(escape(document.title))</dc:title>
              <dc:language>\(escape(document.language))</dc:language>

        """
        if let date = document.date { xml += "      <dc:date>\(escape(date))</dc:date>\n" }
        xml += """
            </meta>
          </head>
          <body>
            <volume cols="\(format.cells)" rows="\(format.lines)" rowgap="0" duplex="false">
              <section>

        """
        for page in document.pages {
            xml += "        <page>\n"
            for line in page { xml += "          <row>\(unicode(line))</row>\n" }
            xml += "        </page>\n"
        }
        xml += "      </section>\n    </volume>\n  </body>\n</pef>\n"
        return xml
    }

    /// North American Braille ASCII, in order of dot pattern (dot 1 = 1 … dot 6 = 32).
    static let braileASCII = Array(" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=")

    /// BRF ASCII as Unicode braille patterns (U+2800…).
    static func unicode(_ line: String) -> String {
        String(line.uppercased().map { character -> Character in
            guard let pattern = braileASCII.firstIndex(of: character) else { return character }
            return Character(Unicode.Scalar(0x2800 + UInt32(pattern))!)
        })
    }
}
