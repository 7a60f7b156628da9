import Foundation
import Yams

/// A problem in a YAML file, with its 1-based line when known.
struct YAMLProblem: Error, Equatable {
    var line: Int?
    var message: String
}

/// A YAML mapping (front matter, `library.yml`, a voice profile) read as strings, with the line of
/// every key so messages can point at it. Scalars stay strings: `2025-07-15` is not turned into a
/// date behind the author's back.
struct YAMLMapping {
    /// The keys in file order, with their values and lines, indexed once: every lookup is
    /// constant time, so a table of 100,000 entries reads in linear time.
    private let entries: [(key: String, value: Node, line: Int?)]
    private let index: [String: Int]
    /// Lines before the YAML text in its file (front matter starts after `---`).
    private let lineOffset: Int

    private init(_ mapping: Node.Mapping, lineOffset: Int) {
        var entries: [(key: String, value: Node, line: Int?)] = []
        var index: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            if index[name] == nil { index[name] = entries.count }
            entries.append((name, value, key.mark.map { $0.line + lineOffset }))
        }
        self.entries = entries
        self.index = index
        self.lineOffset = lineOffset
    }

    /// Parses `text`; an empty document is an empty mapping.
    static func parse(_ text: String, lineOffset: Int = 0) throws(YAMLProblem) -> YAMLMapping {
        let node: Node?
        do {
            // The basic resolver: every scalar stays a string, and no tag-guessing regular
            // expressions are built (they were most of the cost of reading a front matter). No
            // constructor maps: hlspeak reads the nodes and never asks Yams to make Swift values,
            // and the default one builds three dictionaries of closures on every parse. The
            // encoding named: Yams's default reads the whole environment on every parse.
            node = try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            // "key value" (no colon) runs on into the next line, which then gets the blame.
            if case .scanner(_, let problem, let mark, _) = error, problem.contains("mapping values are not allowed"), mark.line > 1 {
                let previous = text.split(separator: "\n", omittingEmptySubsequences: false)[mark.line - 2]
                let content = previous.trimmed(.whitespace)
                if !content.isEmpty, !content.hasPrefix("#"), !content.hasPrefix("-"), !content.contains(":") {
                    throw YAMLProblem(line: mark.line - 1 + lineOffset,
                                      message: "not valid YAML: a line has no ':' between its key and its value; write 'key: value'")
                }
            }
            throw YAMLProblem(line: Self.line(of: error).map { $0 + lineOffset },
                              message: "not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw YAMLProblem(line: nil, message: "not valid YAML (\(error))")
        }
        guard let node else { return YAMLMapping(Node.Mapping([]), lineOffset: lineOffset) }
        guard let mapping = node.mapping else {
            throw YAMLProblem(line: node.mark.map { $0.line + lineOffset },
                              message: "expected 'key: value' lines")
        }
        return YAMLMapping(mapping, lineOffset: lineOffset)
    }

    /// The keys in file order.
    var keys: [String] { entries.map(\.key) }

    /// How many keys the mapping has.
    var count: Int { entries.count }

    /// The 1-based line of `key` in the file.
    func line(of key: String) -> Int? { index[key].flatMap { entries[$0].line } }

    private func value(_ key: String) -> Node? { index[key].map { entries[$0].value } }

    /// A text value; nil when absent or empty.
    func string(_ key: String) throws(YAMLProblem) -> String? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar else {
            throw YAMLProblem(line: line(of: key), message: "'\(key)' must be a single line of text")
        }
        let text = scalar.string.trimmed(.whitespaceAndNewlines)
        guard text.count <= Limits.frontMatterCharacters else {
            throw YAMLProblem(line: line(of: key), message: "'\(key.prefix(40))' is \(text.count) characters long, more than "
                + "the \(Limits.frontMatterCharacters) a value may be; shorten it")
        }
        return text.isEmpty || (scalar.style == .plain && text == "~") ? nil : text
    }

    /// A text value that must match `pattern` whole; `example` says what it should look like.
    func string(_ key: String, matching rule: NameRule, example: String) throws(YAMLProblem) -> String? {
        guard let text = try string(key) else { return nil }
        guard rule.accepts(text) else {
            throw YAMLProblem(line: line(of: key), message: "'\(key)' is '\(text.prefix(60))'; it must be \(example)")
        }
        return text
    }

    /// A text value or a list of them.
    func strings(_ key: String) throws(YAMLProblem) -> [String] {
        guard let node = value(key) else { return [] }
        if let sequence = node.sequence {
            var result: [String] = []
            for item in sequence {
                guard let text = item.scalar?.string else {
                    throw YAMLProblem(line: line(of: key), message: "'\(key)' must be a list of names")
                }
                result.append(text)
            }
            return result
        }
        return try string(key).map { [$0] } ?? []
    }

    /// A whole number, checked against `range`.
    func int(_ key: String, in range: ClosedRange<Int>) throws(YAMLProblem) -> Int? {
        guard let text = try string(key) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw YAMLProblem(line: line(of: key), message:
                "'\(key)' is '\(text)'; it must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// A nested mapping.
    func mapping(_ key: String) throws(YAMLProblem) -> YAMLMapping? {
        guard let node = value(key) else { return nil }
        guard let nested = node.mapping else {
            throw YAMLProblem(line: line(of: key), message: "'\(key)' must hold 'name: value' lines")
        }
        return YAMLMapping(nested, lineOffset: lineOffset)
    }

    /// A nested mapping of text to text (a glossary or a lexicon).
    func stringTable(_ key: String, limit: Int) throws(YAMLProblem) -> [String: String] {
        guard let nested = try mapping(key) else { return [:] }
        guard nested.count <= limit else {
            throw YAMLProblem(line: line(of: key), message: "'\(key)' has \(nested.count) entries, more than the \(limit) "
                + "it may have; keep the ones the text uses")
        }
        return try nested.asStringTable(limit: limit)
    }

    /// This mapping as text to text, of at most `limit` entries.
    func asStringTable(limit: Int) throws(YAMLProblem) -> [String: String] {
        guard count <= limit else {
            throw YAMLProblem(line: nil, message: "it has \(count) entries, more than the \(limit) it may have; split it")
        }
        var table: [String: String] = [:]
        for key in keys {
            table[key] = try string(key) ?? ""
        }
        return table
    }

    /// Warnings for keys outside `known`, naming the ones that are.
    func unknownKeys(known: [String]) -> [(line: Int?, key: String)] {
        entries.filter { !known.contains($0.key) }.map { ($0.line, $0.key) }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        // A key without its ':' is found on the line after; the context names the key's own line.
        case .scanner(let context?, let problem, _, _) where problem.contains("could not find expected ':'"):
            context.mark.line
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        case .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _) where problem.contains("mapping values are not allowed"):
            "a value has a ':' followed by a space in it; put quotes around the value, such as "
                + "disclaimer: \"Note: this is not advice\""
        case .scanner(_, let problem, _, _) where problem.contains("could not find expected ':'"):
            "a line has no ':' between its key and its value; write 'key: value'"
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            problem
        case .duplicatedKeysInMapping(let duplicates, _):
            "the key '\(duplicates.joined(separator: "', '"))' appears more than once"
        default:
            "\(error)"
        }
    }
}
