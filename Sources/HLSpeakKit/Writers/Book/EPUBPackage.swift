import Foundation

/// The files of a read-along EPUB 3, in the order they go into the ZIP: `mimetype` first, the
/// container, the package document, navigation, style sheet, then each section's content
/// document, overlay and audio, and the credits. Every piece of content text is escaped.
struct EPUBPackage {
    var document: ExportDocument
    var chapters: [EPUBChapter]

    /// The class reading systems put on the word being spoken.
    static let activeClass = "hl-active"

    var language: String { document.topic.language }
    var words: Language { document.language }

    func entries() -> [(name: String, data: Data)] {
        let files: [(String, String)] = [
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", container),
            ("EPUB/package.opf", packageDocument),
            ("EPUB/nav.xhtml", navigation),
            ("EPUB/book.css", Self.css),
        ]
        var result: [(name: String, data: Data)] = files.map { ($0.0, Data($0.1.utf8)) }
        for chapter in chapters {
            result.append(("EPUB/\(chapter.name).xhtml", Data(contentDocument(chapter).utf8)))
            result.append(("EPUB/\(chapter.name).smil", Data(overlay(chapter).utf8)))
            result.append(("EPUB/audio/\(chapter.name).mp3", chapter.audioBytes))
        }
        if document.credits != nil { result.append(("EPUB/credits.xhtml", Data(creditsDocument.utf8))) }
        return result
    }

    // MARK: Package

    private var container: String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
    }

    /// A stable identifier: a name-based UUID from the topic's id and the sections chosen.
    var identifier: String {
        var hash = SHA256()
        hash.update("hlspeak epub|\(document.topic.id)|\(document.sections.map(\.id).joined(separator: ","))|\(document.topic.plainReview != nil)")
        let hex = Array(hash.hexDigest().prefix(32))
        var digits = hex
        digits[12] = "5"  // version 5 (name-based)
        digits[16] = ["8", "9", "a", "b"][Int(String(hex[16]), radix: 16)! % 4]
        let text = String(digits)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range -> String in
            String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
        }
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    /// The topic's "current as of" date as the book's modification time (fixed, so builds agree).
    var modified: String {
        let date = document.topic.credits.currentAsOf.flatMap(CalendarDate.init(iso:)) ?? CalendarDate(year: 2000, month: 1, day: 1)!
        return "\(date.iso)T00:00:00Z"
    }

    private var packageDocument: String {
        let totalMilliseconds = chapters.reduce(0) { $0 + Self.milliseconds($1.audio.seconds) }
        var metadata = """
        <dc:identifier id="book-id">\(identifier)</dc:identifier>
        <dc:title>\(escape(document.title))</dc:title>
        <dc:language>\(escape(language))</dc:language>
        <dc:publisher>\(escape(document.library.name))</dc:publisher>
        <meta property="dcterms:modified">\(modified)</meta>

        """
        for author in document.topic.credits.authors { metadata += "<dc:creator>\(escape(author))</dc:creator>\n" }
        if let copyright = document.topic.credits.copyright { metadata += "<dc:rights>\(escape(copyright))</dc:rights>\n" }
        for chapter in chapters {
            metadata += "<meta property=\"media:duration\" refines=\"#\(chapter.name)-overlay\">"
                + Self.clock(Self.milliseconds(chapter.audio.seconds)) + "</meta>\n"
        }
        metadata += """
        <meta property="media:duration">\(Self.clock(totalMilliseconds))</meta>
        <meta property="media:active-class">\(Self.activeClass)</meta>
        <meta property="schema:accessMode">textual</meta>
        <meta property="schema:accessMode">auditory</meta>
        <meta property="schema:accessModeSufficient">textual</meta>
        <meta property="schema:accessModeSufficient">auditory</meta>
        <meta property="schema:accessibilityFeature">synchronizedAudioText</meta>
        <meta property="schema:accessibilityFeature">structuralNavigation</meta>
        <meta property="schema:accessibilityFeature">tableOfContents</meta>
        <meta property="schema:accessibilityFeature">readingOrder</meta>
        <meta property="schema:accessibilityFeature">displayTransformability</meta>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary">\(escape(words.word("book.summary")))</meta>
        <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>

        """
        var manifest = """
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="css" href="book.css" media-type="text/css"/>

        """
        var spine = "<itemref idref=\"nav\"/>\n"
        for chapter in chapters {
            manifest += """
            <item id="\(chapter.name)" href="\(chapter.name).xhtml" media-type="application/xhtml+xml" media-overlay="\(chapter.name)-overlay"/>
            <item id="\(chapter.name)-overlay" href="\(chapter.name).smil" media-type="application/smil+xml"/>
            <item id="\(chapter.name)-audio" href="audio/\(chapter.name).mp3" media-type="audio/mpeg"/>

            """
            spine += "<itemref idref=\"\(chapter.name)\"/>\n"
        }
        if document.credits != nil {
            manifest += "<item id=\"credits\" href=\"credits.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
            spine += "<itemref idref=\"credits\"/>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(escape(language))">
        <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
        \(metadata)</metadata>
        <manifest>
        \(manifest)</manifest>
        <spine>
        \(spine)</spine>
        </package>

        """
    }

    // MARK: Documents

    private func page(title: String, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="\(escape(language))" lang="\(escape(language))">
        <head>
        <meta charset="UTF-8"/>
        <title>\(escape(title))</title>
        <link rel="stylesheet" type="text/css" href="book.css"/>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private var navigation: String {
        var list = ""
        for chapter in chapters {
            list += "<li><a href=\"\(chapter.name).xhtml\">\(escape(chapter.section.title))</a></li>\n"
        }
        if let credits = document.credits {
            list += "<li><a href=\"credits.xhtml\">\(escape(credits.title))</a></li>\n"
        }
        let body = """
        <h1>\(escape(document.title))</h1>
        <nav epub:type="toc" id="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">\(escape(words.word("book.contents")))</h2>
        <ol>
        \(list)</ol>
        </nav>

        """
        return page(title: document.title, body: body)
    }

    /// A section's text as the overlay reads it: headings, paragraphs and lists from its spoken
    /// script, every written word in a `<span id>` the overlay points to.
    func contentDocument(_ chapter: EPUBChapter) -> String {
        var body = "<section aria-labelledby=\"\(chapter.name)-title\">\n"
        var sentenceIndex = 0
        var wordNumber = 0
        var inList = false
        var headings = 0
        func sentenceMarkup(_ text: String) -> String {
            defer { sentenceIndex += 1 }
            // Each written word in its span; what lies between words (spaces) kept as written.
            let characters = Array(text)
            var markup = ""
            var position = 0
            for word in WordAlignment.writtenWords(text) {
                markup += escape(String(characters[position..<word.range.lowerBound]))
                wordNumber += 1
                markup += "<span id=\"\(chapter.name)-w\(wordNumber)\">\(escape(word.text))</span>"
                position = word.range.upperBound
            }
            return markup + escape(String(characters[position...]))
        }
        for part in chapter.script.parts {
            let text = part.sentences.map { sentenceMarkup($0.text) }.joined(separator: " ")
            if part.kind != .listItem && inList {
                body += "</ul>\n"
                inList = false
            }
            switch part.kind {
            case .heading:
                headings += 1
                body += headings == 1 ? "<h1 id=\"\(chapter.name)-title\">\(text)</h1>\n" : "<h2>\(text)</h2>\n"
            case .paragraph:
                body += "<p>\(text)</p>\n"
            case .listItem:
                if !inList { body += "<ul>\n" }
                inList = true
                body += "<li>\(text)</li>\n"
            }
        }
        if inList { body += "</ul>\n" }
        body += "</section>\n"
        return page(title: "\(chapter.section.title) – \(document.topic.title)", body: body)
    }

    /// One `<par>` per timed word: its span and its clip, from where it is heard to where the
    /// next word is (so the clips cover the audio end to end).
    func overlay(_ chapter: EPUBChapter) -> String {
        // Word ids follow the content document: written words numbered through the sentences.
        // Each sentence's words once: the id of the word at each character range.
        var ids: [[Range<Int>: Int]] = []
        var count = 0
        for sentence in chapter.audio.sentences {
            var numbers: [Range<Int>: Int] = [:]
            for word in WordAlignment.writtenWords(sentence) {
                count += 1
                numbers[word.range] = count
            }
            ids.append(numbers)
        }
        let rate = Double(chapter.audio.sampleRate)
        var pars = ""
        for (index, word) in chapter.audio.words.enumerated() {
            guard let id = ids[word.sentence][word.range] else { continue }
            pars += "<par id=\"\(chapter.name)-p\(index + 1)\"><text src=\"\(chapter.name).xhtml#\(chapter.name)-w\(id)\"/>"
                + "<audio src=\"audio/\(chapter.name).mp3\" clipBegin=\"\(Self.seconds(Double(word.start) / rate))\" "
                + "clipEnd=\"\(Self.seconds(Double(word.end) / rate))\"/></par>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
        <body>
        <seq id="\(chapter.name)-seq" epub:textref="\(chapter.name).xhtml">
        \(pars)</seq>
        </body>
        </smil>

        """
    }

    private var creditsDocument: String {
        guard let credits = document.credits else { return "" }
        var body = "<section aria-labelledby=\"credits-heading\">\n<h1 id=\"credits-heading\">\(escape(credits.title))</h1>\n"
        for block in credits.blocks {
            if case .paragraph(let paragraph) = block { body += "<p>\(escape(paragraph.inlines.plainText))</p>\n" }
        }
        body += "</section>\n"
        return page(title: "\(credits.title) – \(document.topic.title)", body: body)
    }

    // MARK: Formats

    static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }

    /// A SMIL clock value: `0:01:36.123`.
    static func clock(_ milliseconds: Int) -> String {
        ClockTime.text(milliseconds: milliseconds, hourDigits: 1)
    }

    /// A clip time: `12.345s`.
    static func seconds(_ value: Double) -> String { String(format: "%.3fs", value) }

    private func escape(_ text: String) -> String { MarkupEscaping.xml(text) }

    /// Large readable text that follows the reader's settings; the word being spoken highlighted
    /// black on yellow.
    static let css = """
    body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.5; color: #000; background: #fff; }
    h1 { font-size: 1.6em; } h2 { font-size: 1.3em; }
    li { margin-bottom: 0.4em; }
    .\(activeClass) { background-color: #ffeb3b; color: #000; }

    """
}
