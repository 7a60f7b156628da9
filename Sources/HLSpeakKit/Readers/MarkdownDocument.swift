import CCmarkGFM
import Foundation

/// A CommonMark node as a plain Swift value, copied out of cmark-gfm's tree.
struct MarkdownNode: Sendable {
    enum Kind: Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, emphasis, strong
        case link, image, other
    }

    var kind: Kind
    /// The node's own text (text, code, HTML), empty for containers.
    var literal: String
    var headingLevel: Int
    var listOrdered: Bool
    var listStart: Int
    var url: String
    /// 1-based line in the Markdown text.
    var line: Int
    var children: [MarkdownNode]
}

/// The one place that talks to cmark-gfm: parses CommonMark text into `MarkdownNode`s.
enum MarkdownDocument {
    /// The document node of `markdown`; raw HTML is kept as HTML nodes (the reader treats it as text).
    static func parse(_ markdown: String) -> MarkdownNode {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = markdown.withCString { bytes in
            cmark_parse_document(bytes, strlen(bytes), options)
        }
        guard let root else {
            return MarkdownNode(kind: .document, literal: "", headingLevel: 0, listOrdered: false,
                                listStart: 1, url: "", line: 1, children: [])
        }
        defer { cmark_node_free(root) }
        return node(from: root)
    }

    private static func node(from pointer: OpaquePointer) -> MarkdownNode {
        var children: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            children.append(node(from: current))
            child = cmark_node_next(current)
        }
        return MarkdownNode(
            kind: kind(of: cmark_node_get_type(pointer)),
            literal: cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "",
            headingLevel: Int(cmark_node_get_heading_level(pointer)),
            listOrdered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST,
            listStart: Int(cmark_node_get_list_start(pointer)),
            url: cmark_node_get_url(pointer).map { String(cString: $0) } ?? "",
            line: Int(cmark_node_get_start_line(pointer)),
            children: children)
    }

    private static func kind(of type: cmark_node_type) -> MarkdownNode.Kind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }
}
