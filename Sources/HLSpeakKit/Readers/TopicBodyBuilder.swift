import Foundation

/// Builds a topic's sections from its parsed Markdown body: `##` starts a section, `###` a
/// subsection, and everything else becomes blocks of the section it follows.
struct TopicBodyBuilder {
    /// Added to cmark's line numbers to get lines in the whole file (front matter included).
    var lineOffset: Int
    var title: String
    var glossary: Glossary
    /// Finds the phone numbers of the topic's language.
    var phoneNumbers: PhoneNumberDetector
    var report: (Int?, Diagnostic.Severity, String) -> Void
    /// Where each section and block started, filled in as they are built.
    private(set) var lines = SourceLines()

    init(lineOffset: Int, title: String, glossary: Glossary, language: Language,
         report: @escaping (Int?, Diagnostic.Severity, String) -> Void) {
        self.lineOffset = lineOffset
        self.title = title
        self.glossary = glossary
        self.phoneNumbers = PhoneNumberDetector(language: language)
        self.report = report
    }

    mutating func sections(from document: MarkdownNode) -> [Section] {
        var sections: [Section] = []
        var sawContent = false
        var headings = 0
        for node in document.children {
            let line = node.line + lineOffset
            if node.kind == .heading {
                headings += 1
                if headings > Limits.headings {
                    report(line, .error, "the topic has more than \(Limits.headings) headings; split it into several topics")
                    break
                }
                let heading = parseHeading(node)
                switch node.headingLevel {
                case 1:
                    if sawContent {
                        report(line, .error, "a '# \(heading.title)' heading may only open the file; "
                            + "use '##' for a section")
                    } else if heading.title != title {
                        report(line, .error, "the '# \(heading.title)' heading does not match the title "
                            + "'\(title)' in the front matter; make them the same or remove the '#' line")
                    }
                case 2:
                    lines[NodePath([.section(sections.count)])] = line
                    sections.append(Section(id: heading.id, title: heading.title, level: 1))
                case 3:
                    guard !sections.isEmpty else {
                        report(line, .error, "subsection '### \(heading.title)' comes before any "
                            + "'##' section; add a '##' heading above it")
                        break
                    }
                    let subsection = Section(id: heading.id, title: heading.title, level: 2)
                    lines[NodePath([.section(sections.count - 1), .section(sections[sections.count - 1].subsections.count)])] = line
                    sections[sections.count - 1].subsections.append(subsection)
                default:
                    report(line, .error, "heading level \(node.headingLevel) is not supported; "
                        + "use '##' for sections and '###' for subsections")
                }
                sawContent = true
                continue
            }
            sawContent = true
            guard !sections.isEmpty else {
                if block(from: node, at: NodePath()) != nil {
                    report(line, .error, "text before the first '##' heading; put it under a section heading")
                }
                continue
            }
            let last = sections.count - 1
            if sections[last].subsections.isEmpty {
                let path = NodePath([.section(last), .block(sections[last].blocks.count)])
                if let block = block(from: node, at: path) { sections[last].blocks.append(block) }
            } else {
                let sub = sections[last].subsections.count - 1
                let path = NodePath([.section(last), .section(sub), .block(sections[last].subsections[sub].blocks.count)])
                if let block = block(from: node, at: path) { sections[last].subsections[sub].blocks.append(block) }
            }
        }
        return sections
    }

    /// `text` split at a `{#id}` that ends it (spaces allowed around it): the title before it,
    /// and the id; nil without one.
    static func idSuffix(of text: String) -> (title: String, id: String)? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        guard end > text.startIndex, text[text.index(before: end)] == "}",
              let open = text[..<end].range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: end)]
        guard !id.contains("}") else { return nil }
        var titleEnd = open.lowerBound
        while titleEnd > text.startIndex, text[text.index(before: titleEnd)].isWhitespace { titleEnd = text.index(before: titleEnd) }
        return (String(text[..<titleEnd]), String(id))
    }

    /// The heading's title and id: `{#id}` at its end, or else its slug.
    private func parseHeading(_ node: MarkdownNode) -> (title: String, id: String) {
        let text = inlines(from: node.children).plainText.trimmed(.whitespace)
        if text.count > Limits.titleCharacters {
            report(node.line + lineOffset, .error, "the heading is \(text.count) characters long, more than the "
                + "\(Limits.titleCharacters) a heading may be; shorten it")
        }
        guard let (title, id) = Self.idSuffix(of: text) else {
            let slug = Slug.make(text)
            if slug.isEmpty {
                report(node.line + lineOffset, .error, "the heading '\(text.prefix(40))' has no letters or digits to make "
                    + "an id from; give it one at its end, such as {#part-2}")
            }
            return (text, slug)
        }
        if !Slug.isValidID(id) {
            report(node.line + lineOffset, .error, "heading id '{#\(id)}' may use only lower-case "
                + "letters, digits and '-'; try '{#\(Slug.make(id))}'")
        }
        return (title, id)
    }

    /// The description of a gap comment (`<!-- gap: the list was lost -->`, any case, the colon
    /// optional), or nil when `html` is something else.
    static func gapDescription(in html: String) -> String? {
        let text = html.trimmed(.whitespaceAndNewlines)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->"), text.count >= 7 else { return nil }
        let inside = text.dropFirst(4).dropLast(3).trimmed(.whitespaceAndNewlines)
        guard inside.lowercased().hasPrefix("gap") else { return nil }
        let rest = inside.dropFirst(3)
        // "gap" is a word of its own: "gaps" or "gapfill" are other comments.
        if let next = rest.first, next.isLetter || next.isNumber || next == "_" { return nil }
        var description = rest.trimmed(.whitespaceAndNewlines)
        if description.hasPrefix(":") { description = description.dropFirst().trimmed(.whitespaceAndNewlines) }
        return description
    }

    /// The model block for a Markdown block, or nil for comments and rules; `path` is where it
    /// will stand, so its line (and its children's) go into `lines`.
    private mutating func block(from node: MarkdownNode, at path: NodePath) -> Block? {
        let line = node.line + lineOffset
        let block: Block
        switch node.kind {
        case .paragraph:
            block = .paragraph(Paragraph(inlines(from: node.children)))
        case .list:
            var items: [ListItem] = []
            for (index, item) in node.children.enumerated() {
                items.append(ListItem(blocks(from: item.children, at: path.appending(.item(index)))))
            }
            block = .list(ListBlock(ordered: node.listOrdered, start: node.listStart, items: items))
        case .blockQuote:
            block = .note(Note(blocks(from: node.children, at: path)))
        case .htmlBlock:
            if let description = Self.gapDescription(in: node.literal) {
                block = .gap(Gap(description.isEmpty ? "content missing from the source" : description))
            } else if node.literal.trimmed(.whitespaceAndNewlines).hasPrefix("<!--") {
                return nil  // an editor's comment
            } else {
                // Raw HTML is data, never markup: keep its characters as text.
                block = .paragraph(Paragraph(marked([.text(node.literal.trimmed(.whitespaceAndNewlines))])))
            }
        case .codeBlock:
            block = .paragraph(Paragraph(marked([.text(node.literal.trimmed(.whitespaceAndNewlines))])))
        default:
            return nil
        }
        lines[path] = line
        return block
    }

    /// The blocks of `nodes`, numbered from 0 under `path` (comments and rules take no number).
    private mutating func blocks(from nodes: [MarkdownNode], at path: NodePath) -> [Block] {
        var blocks: [Block] = []
        for node in nodes {
            if let block = block(from: node, at: path.appending(.block(blocks.count))) { blocks.append(block) }
        }
        return blocks
    }

    /// Inline runs with phone numbers and glossary abbreviations recognised.
    private func inlines(from nodes: [MarkdownNode]) -> [Inline] {
        marked(nodes.map(inline(from:)).mergingText())
    }

    private func marked(_ runs: [Inline]) -> [Inline] {
        let withPhones = runs.flatMap { run -> [Inline] in
            if case .text(let text) = run { return phoneNumbers.runs(in: text) }
            return [run]
        }
        return glossary.marking(withPhones).mergingText()
    }

    private func inline(from node: MarkdownNode) -> Inline {
        switch node.kind {
        case .text, .code, .htmlInline: .text(node.literal)
        case .softBreak, .lineBreak: .text(" ")
        case .emphasis, .strong: .emphasis(inlines(from: node.children))
        case .link: .link(text: inlines(from: node.children), destination: node.url)
        case .image: .text(inlines(from: node.children).plainText)
        default: .text(node.children.map { inline(from: $0).plainText }.joined())
        }
    }
}
