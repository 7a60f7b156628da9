import Foundation

/// A health-library web page as a topic file (`hlspeak import`): the title, sections from the
/// `h2` and `h3` headings with ids, paragraphs, lists (nested), links, emphasis, tables as lists,
/// and the credits a page's footer gives (date, author, reviewer, disclaimer). Navigation,
/// scripts, styles, forms, sidebars and the like are dropped; what cannot be carried (an image, an
/// embedded video) becomes a gap saying so. Page text is data: it is escaped, never read as
/// Markdown.
public struct WebPageImport: Sendable {
    public var id: String
    public var markdown: String
    /// What was left out, for the person importing ("navigation (2)").
    public var dropped: [String]
    /// What became gaps in the topic.
    public var gaps: [String]
}

enum WebPageImporter {
    /// Elements whose content is never patient text.
    static let droppedElements: [String: String] = [
        "script": "scripts", "style": "styles", "noscript": "scripts", "template": "templates", "svg": "graphics",
        "form": "forms", "button": "buttons", "input": "forms", "select": "forms", "textarea": "forms",
        "nav": "navigation", "aside": "sidebars", "footer": "footers", "header": "page headers", "link": "styles", "meta": "page data",
    ]
    /// Words in a class or id that mark an element as site furniture.
    static let furniture = ["nav", "menu", "breadcrumb", "sidebar", "share", "social", "cookie", "banner", "advert", "promo",
                            "related", "skip", "subscribe", "newsletter", "search", "toolbar", "print", "popup", "modal"]
    static let inline: Set<String> = ["a", "strong", "b", "em", "i", "span", "small", "sup", "sub", "abbr", "cite", "code",
                                      "mark", "time", "u", "font", "label", "q", "s", "bdi", "bdo", "data", "dfn", "kbd", "var"]

    /// The topic for the page in `data`; `file` names it (its name gives the id when the page
    /// has no title); `language` gives the words of credits and the intro heading.
    static func topic(from data: Data, file: String, language: Language) throws(ContentError) -> WebPageImport {
        let root = try HTMLDocument.parse(data, file: file)
        var walker = Walker(language: language)
        let body = root.first("body") ?? root
        let main = Self.main(in: body) ?? body
        walker.credits(in: body)
        walker.countDropped(outside: main, in: body)
        walker.blocks(main, topLevel: true)
        let pageTitle = (main.first("h1") ?? body.first("h1")).map { Walker.clean($0.textContent) }
            ?? root.first("title").map { Walker.clean($0.textContent) }
            ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let title = pageTitle.isEmpty ? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent : pageTitle
        let id = Slug.make(title).isEmpty ? "imported-page" : String(Slug.make(title).prefix(60))
        var front = ["---", "title: \(MarkupEscaping.yaml(title))", "language: \(language.tag)",
                     "source: \(MarkupEscaping.yaml("Web page " + URL(fileURLWithPath: file).lastPathComponent))"]
        if let author = walker.author { front.append("authors: \(MarkupEscaping.yaml(author))") }
        if let reviewer = walker.reviewer { front.append("reviewed_by: \(MarkupEscaping.yaml(reviewer))") }
        if let date = walker.date {
            front.append("current_as_of: \(date.iso)")
        }
        if let disclaimer = walker.disclaimer { front.append("disclaimer: \(MarkupEscaping.yaml(disclaimer))") }
        front.append("---")
        let markdown = (front + ["", "# " + Walker.escape(title), ""] + walker.lines).joined(separator: "\n") + "\n"
        let dropped = walker.dropped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }
        return WebPageImport(id: id, markdown: markdown, dropped: dropped, gaps: walker.gaps)
    }

    /// The page's main content: `main`, `article`, or an element marked as the main content.
    static func main(in body: HTMLNode) -> HTMLNode? {
        body.first("main") ?? body.first("article") ?? find(body) { node in
            node.attribute("role") == "main" || ["content", "main-content", "maincontent", "main"].contains(node.attribute("id") ?? "")
        }
    }

    static func find(_ node: HTMLNode, _ matches: (HTMLNode) -> Bool) -> HTMLNode? {
        if node.kind == .element && matches(node) { return node }
        for child in node.children { if let found = find(child, matches) { return found } }
        return nil
    }

    /// The walk over the page's elements, writing Markdown lines.
    struct Walker {
        let language: Language
        var lines: [String] = []
        var dropped: [String: Int] = [:]
        var gaps: [String] = []
        var date: CalendarDate?
        var author: String?
        var reviewer: String?
        var disclaimer: String?
        private var usedIDs: Set<String> = []
        private var paragraph = ""
        private var inSection = false
        /// Credits text found in the footer, not to be repeated as paragraphs.
        private var creditTexts: Set<String> = []

        init(language: Language) { self.language = language }

        private func cues(_ key: String) -> [String] {
            language.word(key).split(separator: "|").map { String($0) }
        }

        /// Finds the credits lines anywhere on the page.
        mutating func credits(in node: HTMLNode) {
            guard node.kind == .element, WebPageImporter.droppedElements[node.name] != "scripts" else { return }
            let blockish = !WebPageImporter.inline.contains(node.name)
            let text = Self.clean(node.textContent)
            if blockish, !text.isEmpty, text.count < 600, !node.children.contains(where: { $0.kind == .element && !WebPageImporter.inline.contains($0.name) }) {
                let lower = text.lowercased()
                if date == nil, let cue = cues("import.date").first(where: { lower.hasPrefix($0) }) {
                    date = Self.date(in: String(text.dropFirst(cue.count)), language: language)
                    if date != nil { creditTexts.insert(text) }
                } else if author == nil, let cue = cues("import.author").first(where: { lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + " ") }) {
                    author = Self.value(after: cue, in: text)
                    creditTexts.insert(text)
                } else if reviewer == nil, let cue = cues("import.review").first(where: { lower.hasPrefix($0) }) {
                    reviewer = Self.value(after: cue, in: text)
                    creditTexts.insert(text)
                } else if disclaimer == nil, cues("import.disclaimer").contains(where: lower.contains) {
                    disclaimer = text
                    creditTexts.insert(text)
                }
            }
            for child in node.children { credits(in: child) }
        }

        static func value(after cue: String, in text: String) -> String {
            String(text.dropFirst(cue.count)).trimmed(where: { $0 == ":" || $0 == "." || TrimmedScalars.whitespace.contains($0) })
        }

        /// "July 15, 2025", "15 July 2025", "2025-07-15" or "7/15/2025".
        static func date(in text: String, language: Language) -> CalendarDate? {
            let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." }).map(String.init)
            for word in words {
                if let iso = CalendarDate(iso: word) { return iso }
                let numbers = word.split(separator: "/").compactMap { Int($0) }
                if numbers.count == 3, numbers[2] > 1900, let date = CalendarDate(year: numbers[2], month: numbers[0], day: numbers[1]) {
                    return date
                }
            }
            let month = words.compactMap { word in
                language.tables.months.firstIndex { $0.name.lowercased() == word.lowercased() || $0.abbreviations.contains { $0.lowercased() == word.lowercased() } }
            }.first
            let numbers = words.compactMap { Int($0) }
            guard let month, let year = numbers.first(where: { $0 > 1900 }), let day = numbers.first(where: { (1...31).contains($0) }) else { return nil }
            return CalendarDate(year: year, month: month + 1, day: day)
        }

        /// Text as one line: runs of white space made one space.
        static func clean(_ text: String) -> String {
            text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }

        /// Page text as Markdown that says exactly that text: every character Markdown would act on
        /// escaped.
        static func escape(_ text: String) -> String {
            var out = ""
            for character in text {
                if "\\`*_[]<>#|{}!".contains(character) { out.append("\\") }
                out.append(character)
            }
            // A line that starts like a list item or a numbered item is text.
            if let first = out.first, "-+=".contains(first) { out = "\\" + out }
            if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
                out.insert("\\", at: dot)
            }
            return out
        }

        private func isFurniture(_ node: HTMLNode) -> Bool {
            let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
                .split(whereSeparator: { !$0.isLetter })
            return names.contains { name in WebPageImporter.furniture.contains { name == $0 || name.hasPrefix($0 + "") && name.count <= $0.count + 2 } }
                || node.attribute("role") == "navigation" || node.attribute("role") == "banner"
                || node.attribute("aria-hidden") == "true" || node.attribute("hidden") != nil
        }

        private mutating func drop(_ what: String) { dropped[what, default: 0] += 1 }

        /// True (and counted) for an element that is never patient text: a script, a form, the
        /// site's navigation.
        private mutating func dropped(_ node: HTMLNode) -> Bool {
            if let kind = WebPageImporter.droppedElements[node.name] {
                drop(kind)
                return true
            }
            if isFurniture(node) {
                drop("navigation and site furniture")
                return true
            }
            return false
        }

        /// Counts what the page has around its main content (site header, navigation, scripts,
        /// footer), none of which is carried over.
        mutating func countDropped(outside main: HTMLNode, in node: HTMLNode) {
            guard node.kind == .element, !dropped(node) else { return }
            if node.name == main.name && node.attributes == main.attributes && node.children.count == main.children.count { return }
            for child in node.children { countDropped(outside: main, in: child) }
        }

        /// The block content of `node`.
        mutating func blocks(_ node: HTMLNode, topLevel: Bool = false) {
            for child in node.children { block(child) }
            if topLevel { flush() }
        }

        private mutating func block(_ node: HTMLNode) {
            if node.kind == .text {
                paragraph += Self.escape(node.text.replacingOccurrences(of: "\n", with: " "))
                return
            }
            if dropped(node) { return }
            if WebPageImporter.inline.contains(node.name) || node.name == "br" {
                paragraph += inlineText(node)
                return
            }
            flush()
            switch node.name {
            case "h1":
                return  // the title
            case "h2", "h3":
                heading(Self.clean(node.textContent), level: node.name == "h2" ? 2 : 3)
            case "h4", "h5", "h6":
                startSectionIfNeeded()
                let text = Self.clean(inlineText(node))
                if !text.isEmpty { lines += ["**" + text + "**", ""] }
            case "p", "blockquote", "dd", "dt", "figcaption", "address", "summary", "caption":
                paragraph += inlineText(node)
                flush()
            case "ul", "ol", "dl":
                startSectionIfNeeded()
                list(node, depth: 0)
                lines.append("")
            case "table":
                startSectionIfNeeded()
                table(node)
            case "img", "picture":
                gap("an image" + (node.first("img")?.attribute("alt").map { Self.clean($0) }.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? "")
                    + " was not carried over; describe it in words if patients need it")
            case "iframe", "video", "audio", "object", "embed", "canvas":
                gap("an embedded \(node.name == "audio" ? "recording" : "video or frame") was not carried over")
            case "hr":
                return
            default:
                blocks(node)
                flush()
            }
        }

        private mutating func gap(_ reason: String) {
            startSectionIfNeeded()
            gaps.append(reason)
            lines += ["<!-- gap: \(reason.replacingOccurrences(of: "--", with: "-")) -->", ""]
        }

        private mutating func heading(_ text: String, level: Int) {
            guard !text.isEmpty else { return }
            var id = Slug.make(text)
            if id.isEmpty { id = "section" }
            var unique = id
            var number = 2
            while usedIDs.contains(unique) { unique = "\(id)-\(number)"; number += 1 }
            usedIDs.insert(unique)
            if level == 3 && !inSection { startSectionIfNeeded() }
            lines += [String(repeating: "#", count: level) + " " + Self.escape(text) + " {#\(unique)}", ""]
            inSection = true
        }

        /// Text before the first heading goes into a section of its own.
        private mutating func startSectionIfNeeded() {
            guard !inSection else { return }
            heading(language.word("import.intro"), level: 2)
        }

        private mutating func flush() {
            let text = Self.clean(paragraph)
            paragraph = ""
            guard !text.isEmpty, !creditTexts.contains(Self.unescaped(text)) else { return }
            startSectionIfNeeded()
            lines += [text, ""]
        }

        static func unescaped(_ text: String) -> String {
            var out = ""
            var escaping = false
            for character in text {
                if character == "\\" && !escaping { escaping = true; continue }
                escaping = false
                out.append(character)
            }
            return out
        }

        /// Inline content as Markdown: text escaped, emphasis as *…*, web, mail and telephone
        /// links kept (others as their words).
        private func inlineText(_ node: HTMLNode) -> String {
            if node.kind == .text { return Self.escape(node.text.replacingOccurrences(of: "\n", with: " ")) }
            if WebPageImporter.droppedElements[node.name] != nil { return "" }
            if node.name == "br" { return " " }
            if node.name == "img" { return node.attribute("alt").map { Self.escape(Self.clean($0)) } ?? "" }
            let inner = node.children.map(inlineText).joined()
            switch node.name {
            case "strong", "b", "em", "i":
                // The emphasis hugs its words; the page's own spaces stay outside it.
                let trimmed = Self.clean(inner)
                guard !trimmed.isEmpty else { return inner }
                return (inner.first?.isWhitespace == true ? " " : "") + "*" + trimmed + "*" + (inner.last?.isWhitespace == true ? " " : "")
            case "a":
                let text = Self.clean(inner)
                guard let href = node.attribute("href")?.trimmed(.whitespace), !text.isEmpty,
                      let scheme = href.split(separator: ":").first?.lowercased(),
                      ["http", "https", "mailto", "tel"].contains(scheme) else { return inner }
                return "[" + text + "](" + href.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: ")", with: "%29") + ")"
            default:
                return inner
            }
        }

        /// A list, its items and nested lists indented under them.
        private mutating func list(_ node: HTMLNode, depth: Int) {
            let ordered = node.name == "ol"
            var number = 1
            for item in node.children where item.kind == .element && ["li", "dt", "dd"].contains(item.name) {
                var text = ""
                var nested: [HTMLNode] = []
                for part in item.children {
                    if part.kind == .element && ["ul", "ol"].contains(part.name) {
                        nested.append(part)
                    } else if part.kind == .element, let kind = WebPageImporter.droppedElements[part.name] {
                        drop(kind)
                    } else {
                        text += inlineText(part) + (part.kind == .element && !WebPageImporter.inline.contains(part.name) ? " " : "")
                    }
                }
                let indent = String(repeating: "   ", count: depth)
                let marker = ordered ? "\(number). " : "- "
                let clean = Self.clean(text)
                if !clean.isEmpty { lines.append(indent + marker + clean) }
                number += 1
                for sublist in nested { list(sublist, depth: depth + 1) }
            }
        }

        /// A table as a list: a row per item, each cell after its column's heading.
        private mutating func table(_ node: HTMLNode) {
            var rows: [[HTMLNode]] = []
            func collect(_ node: HTMLNode) {
                for child in node.children where child.kind == .element {
                    if child.name == "tr" {
                        rows.append(child.children.filter { $0.kind == .element && ["td", "th"].contains($0.name) })
                    } else if ["thead", "tbody", "tfoot"].contains(child.name) {
                        collect(child)
                    }
                }
            }
            collect(node)
            guard !rows.isEmpty else { return }
            let header = rows[0].allSatisfy { $0.name == "th" } ? rows[0].map { Self.clean(inlineText($0)) } : []
            if let caption = node.first("caption") {
                lines += [Self.clean(inlineText(caption)) + ":", ""]
            }
            for row in rows.dropFirst(header.isEmpty ? 0 : 1) {
                let cells = row.enumerated().map { index, cell -> String in
                    let text = Self.clean(inlineText(cell))
                    return index < header.count && !header[index].isEmpty ? header[index] + ": " + text : text
                }.filter { !$0.isEmpty }
                if !cells.isEmpty { lines.append("- " + cells.joined(separator: "; ")) }
            }
            lines.append("")
        }
    }
}
