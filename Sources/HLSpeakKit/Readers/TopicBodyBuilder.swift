import Foundation

/// Builds a topic's sections from its parsed Markdown body: `##` starts a section, `###` a
/// subsection, and everything else becomes blocks of the section it follows.
struct TopicBodyBuilder {
    /// Added to cmark's line numbers to get lines in the whole file (front matter included).
    var lineOffset: Int
    var title: String
    var glossary: Glossary
    var report: (Int?, Diagnostic.Severity, String) -> Void

    func sections(from document: MarkdownNode) -> [Section] {
        var sections: [Section] = []
        var sawContent = false
        for node in document.children {
            let line = node.line + lineOffset
            if node.kind == .heading {
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
                    sections.append(Section(id: heading.id, title: heading.title, level: 1, line: line))
                case 3:
                    guard !sections.isEmpty else {
                        report(line, .error, "subsection '### \(heading.title)' comes before any "
                            + "'##' section; add a '##' heading above it")
                        break
                    }
                    let subsection = Section(id: heading.id, title: heading.title, level: 2, line: line)
                    sections[sections.count - 1].subsections.append(subsection)
                default:
                    report(line, .error, "heading level \(node.headingLevel) is not supported; "
                        + "use '##' for sections and '###' for subsections")
                }
                sawContent = true
                continue
            }
            sawContent = true
            guard let block = block(from: node) else { continue }
            guard !sections.isEmpty else {
                report(line, .error, "text before the first '##' heading; put it under a section heading")
                continue
            }
            if sections[sections.count - 1].subsections.isEmpty {
                sections[sections.count - 1].blocks.append(block)
            } else {
                let last = sections[sections.count - 1].subsections.count - 1
                sections[sections.count - 1].subsections[last].blocks.append(block)
            }
        }
        return sections
    }

    nonisolated(unsafe) private static let idSuffix = try! Regex(#"\s*\{#([^}]*)\}\s*$"#)

    /// The heading's title and id: `{#id}` at its end, or else its slug.
    private func parseHeading(_ node: MarkdownNode) -> (title: String, id: String) {
        let text = inlines(from: node.children).plainText.trimmingCharacters(in: .whitespaces)
        guard let match = text.firstMatch(of: Self.idSuffix),
              let id = match.output[1].substring.map(String.init) else {
            return (text, Slug.make(text))
        }
        let title = String(text[..<match.range.lowerBound])
        if !Slug.isValidID(id) {
            report(node.line + lineOffset, .error, "heading id '{#\(id)}' may use only lower-case "
                + "letters, digits and '-'; try '{#\(Slug.make(id))}'")
        }
        return (title, id)
    }

    nonisolated(unsafe) private static let gapComment = try! Regex(#"^\s*<!--\s*gap\b\s*:?\s*(.*?)\s*-->\s*$"#)
        .ignoresCase().dotMatchesNewlines()

    /// The model block for a Markdown block, or nil for comments and rules.
    private func block(from node: MarkdownNode) -> Block? {
        let line = node.line + lineOffset
        switch node.kind {
        case .paragraph:
            return .paragraph(Paragraph(inlines(from: node.children), line: line))
        case .list:
            let items = node.children.map { item in ListItem(item.children.compactMap(block(from:))) }
            return .list(ListBlock(ordered: node.listOrdered, start: node.listStart, items: items, line: line))
        case .blockQuote:
            return .note(Note(node.children.compactMap(block(from:)), line: line))
        case .htmlBlock:
            if let match = node.literal.firstMatch(of: Self.gapComment) {
                let description = match.output[1].substring.map(String.init) ?? ""
                return .gap(Gap(description.isEmpty ? "content missing from the source" : description,
                                line: line))
            }
            if node.literal.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<!--") {
                return nil  // an editor's comment
            }
            // Raw HTML is data, never markup: keep its characters as text.
            return .paragraph(Paragraph(marked([.text(node.literal.trimmingCharacters(in: .whitespacesAndNewlines))]), line: line))
        case .codeBlock:
            return .paragraph(Paragraph(marked([.text(node.literal.trimmingCharacters(in: .whitespacesAndNewlines))]), line: line))
        default:
            return nil
        }
    }

    /// Inline runs with phone numbers and glossary abbreviations recognised.
    private func inlines(from nodes: [MarkdownNode]) -> [Inline] {
        marked(nodes.map(inline(from:)).mergingText())
    }

    private func marked(_ runs: [Inline]) -> [Inline] {
        let withPhones = runs.flatMap { run -> [Inline] in
            if case .text(let text) = run { return PhoneNumberDetector.runs(in: text) }
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
