import Foundation

/// A braille edition of a section: a title page (title, source, date, disclaimer, number of
/// braille pages), then the text in Unified English Braille (contracted by default) laid out on
/// embosser pages, as BRF (North American Braille ASCII, lines ending CR LF, pages ending with a
/// form feed) or PEF (the Portable Embosser Format, Unicode braille in XML).
struct BrailleWriter: Sendable {
    var louis: Louis
    var format: BraillePageFormat
    /// The grade asked for; nil for the document's language's usual grade.
    var requestedGrade: Int?

    init(louis: Louis, format: BraillePageFormat) {
        self.louis = louis
        self.format = format
        requestedGrade = louis.grade
    }

    /// The writer for a braille request.
    init(_ request: ResolvedRequest) throws {
        let options = request.request.braille
        self.init(louis: try Louis(grade: options.grade ?? 2), format: try BraillePageFormat(cells: options.cells, lines: options.lines))
        requestedGrade = options.grade
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

    /// The braille edition of `document`: a title page (the topic's title, the section's, the
    /// source, date and disclaimer in the words of the credits, and the number of braille pages),
    /// then the sections.
    func document(for document: ExportDocument) throws(BrailleError) -> Document {
        // The document's language chooses the braille code (English: UEB; Spanish: es-g1/g2).
        var localized = self
        localized.louis = try Louis(grade: requestedGrade, language: document.language)
        return try localized.laidOut(document)
    }

    private func laidOut(_ document: ExportDocument) throws(BrailleError) -> Document {
        var warnings: [String] = []
        let topic = document.topic
        let place = document.isOneSection ? document.sections[0].id : topic.id
        func braille(_ text: String) throws(BrailleError) -> String {
            try translate(text, section: place, warnings: &warnings)
        }
        var body: [BrailleElement] = []
        for section in document.sections {
            body.append(.heading(try braille(section.title)))
            try append(section, into: &body, braille: braille)
        }
        let content = BraillePaginator(format: format)
        // The title page says how many pages there are; its own length does not depend on the count.
        var titlePage: [BrailleElement] = [.heading(try braille(topic.title))]
        if document.isOneSection { titlePage.append(.heading(try braille(document.sections[0].title))) }
        for line in topic.credits.lines(libraryDisclaimer: nil, language: document.language) where [.source, .date, .disclaimer].contains(line.kind) {
            titlePage.append(.paragraph(try braille(line.text)))
        }
        for line in document.plainCredits { titlePage.append(.paragraph(try braille(line))) }
        var total = 0
        var pages: [[String]] = []
        for _ in 0..<3 {
            let count = BrailleElement.paragraph(try braille(document.language.message("braille.pages", ["count": String(total)])))
            pages = content.pages(titlePage + [count, .pageBreak] + body)
            if pages.count == total { break }
            total = pages.count
        }
        let numbered = try pages.enumerated().map { index, lines throws(BrailleError) in
            try number(lines, page: index + 1)
        }
        return Document(pages: numbered, warnings: warnings, title: document.isOneSection ? "\(topic.title): \(document.sections[0].title)" : topic.title,
                        identifier: "hlspeak:\(topic.id)" + (document.isOneSection ? ":\(document.sections[0].id)" : ""),
                        language: topic.language, date: topic.credits.currentAsOf)
    }

    private func append(_ section: Section, into elements: inout [BrailleElement],
                        braille: (String) throws(BrailleError) -> String) throws(BrailleError) {
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                elements.append(.paragraph(try braille(paragraph.inlines.unbreakableText)))
            case .list(let list):
                for item in list.items {
                    for runs in item.paragraphs { elements.append(.listItem(try braille(runs.unbreakableText))) }
                }
            case .note(let note):
                for runs in note.blocks.paragraphs { elements.append(.paragraph(try braille(runs.unbreakableText))) }
            case .gap:
                continue
            }
        }
        for subsection in section.subsections {
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
        let escape = MarkupEscaping.xml
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

extension ExportFormat {
    /// Embosser-ready braille: North American Braille ASCII.
    public static let brf = ExportFormat("brf")
    /// The Portable Embosser Format: Unicode braille in XML.
    public static let pef = ExportFormat("pef")
}

/// What the two braille formats share: the edition laid out by `BrailleWriter`, encoded as a file.
protocol BrailleFileWriter: OutputWriter {
    var braille: BrailleWriter { get }
    init(braille: BrailleWriter)
    /// The file's text for a laid-out edition.
    func encode(_ edition: BrailleWriter.Document) -> String
}

extension BrailleFileWriter {
    static var scope: OutputScope { .sectionsOrTopic }
    static var needs: [WriterNeed] { [.brailleTables] }
    static var fingerprintInputs: [FingerprintInput] { [.brailleOptions] }
    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, format.rawValue) }

    init(_ request: ResolvedRequest) throws { self.init(braille: try BrailleWriter(request)) }

    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        let edition = try braille.document(for: document)
        try AtomicFile.write(Data(encode(edition).utf8), to: file)
        return WrittenOutput(files: [file], warnings: edition.warnings)
    }
}

/// Braille as a BRF file for embossers.
struct BRFWriter: BrailleFileWriter {
    static let format = ExportFormat.brf
    static let summary = "braille ready to emboss"
    let braille: BrailleWriter

    func encode(_ edition: BrailleWriter.Document) -> String { BrailleWriter.brf(edition) }
}

/// Braille as a PEF file (Unicode braille in XML).
struct PEFWriter: BrailleFileWriter {
    static let format = ExportFormat.pef
    static let summary = "braille as a PEF file"
    let braille: BrailleWriter

    func encode(_ edition: BrailleWriter.Document) -> String { BrailleWriter.pef(edition, format: braille.format) }
}
