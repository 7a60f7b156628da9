import CLibXML2
import Foundation

/// A web page as a tree of elements and text, read by libxml2's HTML parser (the forgiving one
/// browsers' rules follow): the one place that talks to libxml2. No network access, no external
/// entities; a page that cannot be parsed at all is an error.
struct HTMLNode: Sendable {
    enum Kind: Sendable { case element, text }

    var kind: Kind
    /// Lower-case element name; empty for text.
    var name: String
    var attributes: [String: String]
    /// The text of a text node.
    var text: String
    var children: [HTMLNode]

    func attribute(_ name: String) -> String? { attributes[name] }

    /// All the text inside, white space as it is.
    var textContent: String {
        kind == .text ? text : children.map(\.textContent).joined()
    }

    /// The first element named `name`, depth first.
    func first(_ name: String) -> HTMLNode? {
        if kind == .element && self.name == name { return self }
        for child in children { if let found = child.first(name) { return found } }
        return nil
    }
}

enum HTMLDocument {
    /// The page in `data`; `file` names it in messages.
    static func parse(_ data: Data, file: String) throws(ContentError) -> HTMLNode {
        guard !data.isEmpty else { throw .unreadableFile(path: file, reason: "it is empty") }
        if let message = hlspeak_open_libxml2() { throw .unreadableFile(path: file, reason: String(cString: message)) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = data.withUnsafeBytes { bytes in
            htmlReadMemory(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil, "UTF-8", options)
        }
        guard let document else { throw .unreadableFile(path: file, reason: "libxml2 could not read it as HTML") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw .unreadableFile(path: file, reason: "it has no HTML elements")
        }
        return node(root, depth: 0)
    }

    /// Pages nest deeply at times; past this depth the rest is kept as text.
    private static let maximumDepth = 200

    private static func node(_ pointer: xmlNodePtr, depth: Int) -> HTMLNode {
        let element = pointer.pointee
        if element.type == XML_TEXT_NODE || element.type == XML_CDATA_SECTION_NODE {
            return HTMLNode(kind: .text, name: "", attributes: [:], text: string(xmlNodeGetContent(pointer), free: true), children: [])
        }
        var attributes: [String: String] = [:]
        var attribute = element.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            attributes[name.lowercased()] = string(xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)),
                                                  free: true)
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        if depth < maximumDepth {
            var child = element.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE || current.pointee.type == XML_TEXT_NODE
                    || current.pointee.type == XML_CDATA_SECTION_NODE {
                    children.append(node(current, depth: depth + 1))
                }
                child = current.pointee.next
            }
        } else {
            children = [HTMLNode(kind: .text, name: "", attributes: [:], text: string(xmlNodeGetContent(pointer), free: true), children: [])]
        }
        let name = element.name.map { String(cString: $0).lowercased() } ?? ""
        return HTMLNode(kind: .element, name: name, attributes: attributes, text: "", children: children)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?, free: Bool) -> String {
        guard let pointer else { return "" }
        // xmlFree is a global variable Swift 6 will not read; it is free() unless a program sets its own.
        defer { if free { Foundation.free(pointer) } }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
