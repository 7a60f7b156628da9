import Foundation

extension ExportFormat {
    /// A self-contained page for screen readers.
    public static let html = ExportFormat("html")
}

/// Screen-reader-friendly HTML: one self-contained HTML5 page per section or per topic, with
/// `lang`, a title naming topic and section, one `h1` and no skipped levels, header/main/footer
/// landmarks and a skip link, real lists, phone numbers as `tel:` links read as digits,
/// abbreviations in `abbr`, credits in the footer, and CSS that reflows at 320 px and prints.
/// Pages play: a section page has its audio (MP3, then WAV) with captions, a breadcrumb from the
/// topic, and links to the sections before and after it; the topic page has a table of contents
/// and a player per section. The audio and captions are the section's own outputs, named by the
/// one naming rule, beside the page (`--format all` and `build` make them).
struct HTMLWriter: OutputWriter {
    static let format = ExportFormat.html
    static let summary = "a web page for screen readers"
    static let scope = OutputScope.sectionsOrTopic
    static let needs: [WriterNeed] = []
    static let fingerprintInputs: [FingerprintInput] = [.libraryInfo]

    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "html") }

    init(_ request: ResolvedRequest) {}

    init() {}

    /// The name of section `id`'s output in `format`, beside this page.
    private func outputName(_ document: ExportDocument, _ ids: [String], _ format: ExportFormat) -> String {
        OutputName(ResolvedRequest(request: ExportRequest(topic: document.topic.id, sections: ids, format: format,
                                                          plain: document.topic.plainReview != nil))).fileName
    }

    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        try AtomicFile.write(Data(page(for: document).utf8), to: file)
        return WrittenOutput(files: [file])
    }

    /// The page: one section under its own heading, or the topic's sections under the topic's.
    func page(for document: ExportDocument) -> String {
        let body: String
        let words = document.language
        if document.isOneSection {
            let section = document.sections[0]
            body = player(document, section, label: words.word("page.listen")) + self.body(of: section, level: 2)
                + neighbours(document, of: section)
        } else {
            let contents = document.sections.map { "<li><a href=\"#\(escape($0.id))\">\(escape($0.title))</a></li>\n" }.joined()
            body = "<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">\(escape(words.word("book.contents")))</h2>\n"
                + "<ol>\n\(contents)</ol>\n</nav>\n"
                + document.sections.map { section in
                    "<section aria-labelledby=\"\(escape(section.id))\">\n<h2 id=\"\(escape(section.id))\">\(escape(section.title))</h2>\n"
                        + player(document, section, label: words.message("page.listen-section", ["section": section.title]))
                        + self.body(of: section, level: 3) + "</section>\n"
                }.joined()
        }
        return page(title: "\(document.title) – \(document.library.name)", document: document, body: body)
    }

    /// The section's audio with its captions: MP3 (every browser), then WAV, and a link to the
    /// file for browsers that play neither. Nothing for the credits, which are not spoken.
    private func player(_ document: ExportDocument, _ section: Section, label: String) -> String {
        guard !section.isCredits else { return "" }
        let mp3 = escape(outputName(document, [section.id], .mp3))
        let wav = escape(outputName(document, [section.id], .wav))
        let id = "listen-\(escape(section.id))"
        let language = escape(String(document.topic.language.prefix { $0 != "-" }))
        let fallback = document.language.message("page.audio-fallback", ["link": "\u{0}"]).components(separatedBy: "\u{0}")
            .map(escape).joined(separator: "<a href=\"\(mp3)\">\(mp3)</a>")
        return """
        <div class="listen">
        <p id="\(id)">\(escape(label))</p>
        <audio controls preload="metadata" aria-labelledby="\(id)">
        <source src="\(mp3)" type="audio/mpeg">
        <source src="\(wav)" type="audio/wav">
        <track kind="captions" src="\(mp3).vtt" srclang="\(language)" label="\(escape(document.language.word("language.name")))" default>
        <p>\(fallback)</p>
        </audio>
        </div>

        """
    }

    /// Links to the topic's sections before and after `section`.
    private func neighbours(_ document: ExportDocument, of section: Section) -> String {
        let sections = document.topic.bodySections
        guard let index = sections.firstIndex(where: { $0.id == section.id }) else { return "" }
        var links = ""
        if index > 0 {
            let previous = sections[index - 1]
            links += "<li><a rel=\"prev\" href=\"\(escape(outputName(document, [previous.id], .html)))\">"
                + escape(document.language.message("page.previous", ["section": previous.title])) + "</a></li>\n"
        }
        if index + 1 < sections.count {
            let next = sections[index + 1]
            links += "<li><a rel=\"next\" href=\"\(escape(outputName(document, [next.id], .html)))\">"
                + escape(document.language.message("page.next", ["section": next.title])) + "</a></li>\n"
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"neighbours\" aria-label=\"\(escape(document.language.word("page.other-sections")))\">\n<ul>\n\(links)</ul>\n</nav>\n"
    }

    /// Topic → section, for a section page.
    private func breadcrumb(_ document: ExportDocument) -> String {
        guard document.isOneSection else { return "" }
        return "<nav class=\"breadcrumb\" aria-label=\"\(escape(document.language.word("page.breadcrumb")))\">\n<ol>\n"
            + "<li><a href=\"\(escape(outputName(document, [], .html)))\">\(escape(document.topic.title))</a></li>\n"
            + "<li><span aria-current=\"page\">\(escape(document.sections[0].title))</span></li>\n</ol>\n</nav>\n"
    }

    private func page(title: String, document: ExportDocument, body: String) -> String {
        let topic = document.topic
        return """
        <!DOCTYPE html>
        <html lang="\(escape(topic.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header>
        <a class="skip" href="#main">Skip to main content</a>
        <p class="library">\(escape(document.library.name))</p>
        \(breadcrumb(document))</header>
        <main id="main">
        <h1>\(escape(document.heading))</h1>
        \(body)</main>
        \(footer(document.credits))</body>
        </html>

        """
    }

    private func body(of section: Section, level: Int) -> String {
        var html = blocks(section.blocks)
        for subsection in section.subsections {
            let tag = "h\(min(level, 6))"
            html += "<\(tag)>\(escape(subsection.title))</\(tag)>\n" + body(of: subsection, level: level + 1)
        }
        return html
    }

    private func blocks(_ blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .paragraph(let paragraph):
                return "<p>\(inlines(paragraph.inlines))</p>\n"
            case .list(let list):
                let tag = list.ordered ? "ol" : "ul"
                let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
                let items = list.items.map { item -> String in
                    // A one-paragraph item needs no <p> inside its <li>.
                    if item.blocks.count == 1, case .paragraph(let paragraph) = item.blocks[0] {
                        return "<li>\(inlines(paragraph.inlines))</li>\n"
                    }
                    return "<li>\(self.blocks(item.blocks))</li>\n"
                }.joined()
                return "<\(tag)\(start)>\n\(items)</\(tag)>\n"
            case .note(let note):
                return "<div class=\"note\" role=\"note\">\n\(self.blocks(note.blocks))</div>\n"
            case .gap:
                return ""
            }
        }.joined()
    }

    private func inlines(_ runs: [Inline]) -> String {
        // "Rh-negative" where "Rh" is a marked abbreviation: the abbreviation and the rest of the
        // word are held together too.
        var runs = runs
        var joined: [Int: String] = [:]
        for index in runs.indices.dropLast() {
            guard case .abbreviation(let text, let expansion) = runs[index], case .text(let next) = runs[index + 1],
                  next.hasPrefix("-"), next.dropFirst().first?.isLetter == true else { continue }
            let tail = next.prefix { $0 != " " }
            joined[index] = "<span class=\"nobreak\"><abbr title=\"\(escape(expansion))\">\(escape(text))</abbr>\(escape(String(tail)))</span>"
            runs[index + 1] = .text(String(next.dropFirst(tail.count)))
        }
        return runs.enumerated().map { index, run -> String in
            if let whole = joined[index] { return whole }
            switch run {
            case .text(let text):
                return keepingJoins(text)
            case .emphasis(let inner):
                return "<strong>\(inlines(inner))</strong>"
            case .link(let inner, let destination):
                // Only web, mail and phone links are live; any other scheme (javascript:, data:,
                // file:) or a bare path is shown as its words, never followed.
                guard let href = Self.safeLink(destination) else { return inlines(inner) }
                return "<a href=\"\(escape(href))\">\(inlines(inner))</a>"
            case .phone(let number):
                // Shown as written; read by screen readers as grouped digits, as the phone line says it.
                return "<a class=\"tel\" href=\"tel:\(Self.dialString(number))\">"
                    + "<span aria-hidden=\"true\">\(escape(number.written))</span>"
                    + "<span class=\"visually-hidden\">\(escape(PhoneReading.spoken(number)))</span></a>"
            case .abbreviation(let text, let expansion):
                return "<abbr title=\"\(escape(expansion))\">\(escape(text))</abbr>"
            }
        }.joined()
    }

    /// `text` escaped, with what must not part at a line end held on one line: a hyphenated word
    /// ("Rh-negative") and a number with the word after it ("8 oz.", "20 weeks").
    private func keepingJoins(_ text: String) -> String {
        LineJoins.pieces(of: text).map { $0.together ? "<span class=\"nobreak\">\(escape($0.text))</span>" : escape($0.text) }.joined()
    }

    /// The link schemes a page may follow.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// `destination` when it is a link to follow: an allowed scheme, and something after it.
    static func safeLink(_ destination: String) -> String? {
        let trimmed = destination.trimmed(.whitespaceAndNewlines)
        guard let colon = trimmed.firstIndex(of: ":"), colon != trimmed.startIndex,
              allowedSchemes.contains(trimmed[..<colon].lowercased()),
              trimmed.index(after: colon) < trimmed.endIndex else { return nil }
        return trimmed
    }

    /// A North American number with its country code (+1…); a short or service number (988,
    /// 911, a 7-digit local number) as it is dialled.
    static func dialString(_ number: PhoneNumber) -> String {
        switch number.digits.count {
        case 10: "+1" + number.digits
        case 11 where number.digits.hasPrefix("1"): "+" + number.digits
        default: number.digits
        }
    }

    /// The credits, in the footer; nothing when the page is the credits itself.
    private func footer(_ credits: Section?) -> String {
        guard let credits else { return "" }
        return "<footer>\n<h2>Credits</h2>\n" + blocks(credits.blocks) + "</footer>\n"
    }

    /// Text is data, never markup.
    func escape(_ text: String) -> String { MarkupEscaping.xml(text) }

    /// Black on white (21:1), links dark blue (over 10:1), 1.5 line height, at most about 70
    /// characters a line, text that grows with the reader's settings, and nothing wider than the
    /// screen at 320 px.
    static let css = """

    html { font-size: 112.5%; }
    body { margin: 0 auto; padding: 1rem; max-width: 40rem; color: #000; background: #fff;
      font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.5; overflow-wrap: anywhere; }
    h1 { font-size: 1.8rem; line-height: 1.25; } h2 { font-size: 1.45rem; } h3 { font-size: 1.2rem; }
    a { color: #0b3d91; text-decoration: underline; }
    a:focus { outline: 3px solid #000; outline-offset: 2px; }
    .skip { position: absolute; left: -10000px; }
    .skip:focus { position: static; display: inline-block; padding: 0.5rem; background: #fff; }
    .nobreak { white-space: nowrap; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .library { font-weight: bold; margin: 0; }
    .note { border-left: 4px solid #000; padding-left: 1rem; }
    li { margin-bottom: 0.5rem; }
    audio { width: 100%; }
    .listen p { margin-bottom: 0.25rem; font-weight: bold; }
    .breadcrumb ol, .neighbours ul { list-style: none; padding: 0; }
    .breadcrumb li { display: inline; }
    .breadcrumb li + li::before { content: " › "; }
    .neighbours { border-top: 1px solid #000; margin-top: 2rem; }
    footer { border-top: 2px solid #000; margin-top: 2rem; font-size: 0.9rem; }
    @media print { body { max-width: none; font-size: 12pt; } a { color: #000; } .skip { display: none; } }

    """
}
