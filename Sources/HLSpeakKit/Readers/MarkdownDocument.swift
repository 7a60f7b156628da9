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
    /// Text nested deeper than `Limits.nestingDepth` (lists in lists, quotes in quotes, emphasis
    /// in emphasis): where it starts. Its contents are left out of the tree.
    struct TooDeep: Hashable {
        var line: Int
    }

    /// The document node of `markdown`, and where it was nested too deep. Raw HTML is kept as
    /// HTML nodes (the reader treats it as text). The tree is copied out with cmark's iterator and
    /// a stack of our own, never by recursion, so no input can exhaust the call stack.
    static func parse(_ markdown: String) -> (document: MarkdownNode, tooDeep: [TooDeep]) {
        let options = CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8
        let bytes = Array(markdown.utf8)
        guard let root = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { cmark_parse_document($0, buffer.count, options) }
        }) ?? cmark_parse_document("", 0, options) else {
            return (MarkdownNode(kind: .document, literal: "", headingLevel: 0, listOrdered: false,
                                 listStart: 1, url: "", line: 1, children: []), [])
        }
        defer { cmark_node_free(root) }
        var stack: [MarkdownNode] = []
        var tooDeep: [TooDeep] = []
        var document: MarkdownNode?
        guard let iterator = cmark_iter_new(root) else { return (node(from: root), []) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                let finished = stack.removeLast()
                if stack.isEmpty { document = finished } else { stack[stack.count - 1].children.append(finished) }
                continue
            }
            let current = node(from: pointer)
            if stack.count > Limits.nestingDepth {
                tooDeep.append(TooDeep(line: current.line))
                cmark_iter_reset(iterator, pointer, CMARK_EVENT_EXIT)  // skip what is inside it
                continue
            }
            if isLeaf(cmark_node_get_type(pointer)) {
                stack[stack.count - 1].children.append(current)
            } else {
                stack.append(current)
            }
        }
        return (document ?? node(from: root), tooDeep)
    }

    /// The node's own fields, without its children.
    private static func node(from pointer: OpaquePointer) -> MarkdownNode {
        MarkdownNode(
            kind: kind(of: cmark_node_get_type(pointer)),
            literal: cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "",
            headingLevel: Int(cmark_node_get_heading_level(pointer)),
            listOrdered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST,
            listStart: Int(cmark_node_get_list_start(pointer)),
            url: cmark_node_get_url(pointer).map { String(cString: $0) } ?? "",
            line: Int(cmark_node_get_start_line(pointer)),
            children: [])
    }

    /// Nodes the iterator enters without leaving (they hold no other nodes).
    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        [CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
         CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE].contains(type)
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
