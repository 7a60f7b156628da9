import Foundation

/// A reviewer's decision on one suggested change.
public struct PlainDecision: Hashable, Sendable, Encodable {
    public enum Verdict: String, Hashable, Sendable, Encodable, CaseIterable {
        case accepted, rejected, rewritten
    }

    public var verdict: Verdict
    /// The section's id, for people reading the file.
    public var section: String
    /// The sentence as written when the decision was made.
    public var before: String
    /// The suggestion decided on (accepted or rejected); empty for a rewrite.
    public var after: String
    /// The hand-written replacement (rewritten).
    public var text: String?
    /// Who decided ("Ana Ruiz, RN") and when (YYYY-MM-DD).
    public var by: String
    public var date: String

    public init(verdict: Verdict, section: String, before: String, after: String, text: String? = nil, by: String, date: String) {
        self.verdict = verdict
        self.section = section
        self.before = before
        self.after = after
        self.text = text
        self.by = by
        self.date = date
    }

    /// True when the decision still speaks for `change`: the sentence is the same and, unless it
    /// was rewritten by hand, so is the suggestion.
    func holds(for change: PlainChange) -> Bool {
        before == change.original && (verdict == .rewritten || after == change.result)
    }
}

/// A clinician's sign-off on a section's plain-language version.
public struct PlainSignOff: Hashable, Sendable, Codable {
    /// Name and role ("Ana Ruiz, RN").
    public var by: String
    /// YYYY-MM-DD.
    public var date: String
    /// The fingerprint of the section's plain text when it was signed; any later change to that
    /// text (an edit to the source, a decision changed) means it needs signing again.
    public var text: String

    public init(by: String, date: String, text: String) {
        self.by = by
        self.date = date
        self.text = text
    }
}

/// The review file of one topic (`Content/<topic>.review.yml`): the decision on each suggested
/// change, by change id, and the sign-off of each section, by section id. Plain YAML that diffs
/// well in git; `hlspeak review` writes it, a person may edit it.
public struct PlainReview: Hashable, Sendable {
    public var decisions: [String: PlainDecision] = [:]
    public var signOffs: [String: PlainSignOff] = [:]

    public init() {}

    /// The review file beside `topicFile` ("miscarriage.md" → "miscarriage.review.yml").
    public static func file(for topicFile: URL) -> URL {
        topicFile.deletingPathExtension().appendingPathExtension("review.yml")
    }

    /// Reads `file`; a missing file is an empty review.
    public static func load(from file: URL) throws(PlainReviewError) -> PlainReview {
        guard FileManager.default.fileExists(atPath: file.path) else { return PlainReview() }
        let path = FilePaths.display(file)
        let text: String
        do {
            text = try TextFile.read(file, inside: file.deletingLastPathComponent(), limit: (Limits.dataFileBytes, "review file"))
        } catch {
            throw .invalidFile(path: path, line: error.line, reason: error.reason)
        }
        do {
            return try parse(YAMLMapping.parse(text))
        } catch {
            throw .invalidFile(path: path, line: error.line, reason: error.message)
        }
    }

    private static func parse(_ yaml: YAMLMapping) throws(YAMLProblem) -> PlainReview {
        var review = PlainReview()
        if let changes = try yaml.mapping("changes") {
            for id in changes.keys {
                guard let entry = try changes.mapping(id) else { continue }
                func required(_ key: String) throws(YAMLProblem) -> String {
                    guard let value = try entry.string(key) else {
                        throw YAMLProblem(line: changes.line(of: id), message: "change \(id) has no '\(key)'; add it or delete the change")
                    }
                    return value
                }
                let word = try required("decision")
                guard let verdict = PlainDecision.Verdict(rawValue: word) else {
                    throw YAMLProblem(line: entry.line(of: "decision"), message: "change \(id): decision '\(word.prefix(40))' must be "
                        + PlainDecision.Verdict.allCases.map(\.rawValue).joined(separator: ", ") + "")
                }
                review.decisions[id] = PlainDecision(
                    verdict: verdict, section: try entry.string("section") ?? "", before: try required("before"),
                    after: verdict == .rewritten ? "" : try required("after"),
                    text: verdict == .rewritten ? try required("text") : nil, by: try required("by"), date: try required("date"))
            }
        }
        if let signOffs = try yaml.mapping("signoffs") {
            for id in signOffs.keys {
                guard let entry = try signOffs.mapping(id) else { continue }
                guard let by = try entry.string("by"), let date = try entry.string("date"), let text = try entry.string("text") else {
                    throw YAMLProblem(line: signOffs.line(of: id), message: "the sign-off of '\(id)' needs 'by', 'date' and 'text'; "
                        + "sign off again with hlspeak review")
                }
                review.signOffs[id] = PlainSignOff(by: by, date: date, text: text)
            }
        }
        return review
    }

    /// The file's text: decisions in `order` (the topic's change ids, in reading order), then any
    /// that no longer match a sentence, kept for the record; sign-offs in `sectionOrder`.
    public func yaml(topic: String, order: [String], sectionOrder: [String]) -> String {
        var lines = [
            "# Plain-language review of topic '\(topic)', kept by 'hlspeak review \(topic)'.",
            "# Each change: the sentence before, the suggestion after, and the decision: accepted, rejected,",
            "# or rewritten (with the text to use instead), who decided and when. Editing a sentence in the",
            "# topic file re-opens its decision. Sign-offs: who approved each section's plain-language version",
            "# (text is a fingerprint of what they approved; any later change means signing again).",
        ]
        lines += Self.entries("changes", decisions, order: order) { decision in
            [("section", decision.section), ("decision", decision.verdict.rawValue), ("before", decision.before)]
                + (decision.verdict == .rewritten ? [("text", decision.text ?? "")] : [("after", decision.after)])
                + [("by", decision.by), ("date", decision.date)]
        }
        lines += Self.entries("signoffs", signOffs, order: sectionOrder) { [("by", $0.by), ("date", $0.date), ("text", $0.text)] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `table` as a YAML mapping under `heading`: the keys in `order` first, then the rest sorted;
    /// each value's fields quoted.
    private static func entries<Value>(_ heading: String, _ table: [String: Value], order: [String],
                                       fields: (Value) -> [(String, String)]) -> [String] {
        let known = Set(order)
        let keys = order.filter { table[$0] != nil } + table.keys.filter { !known.contains($0) }.sorted()
        guard !keys.isEmpty else { return [] }
        var lines = [heading + ":"]
        for key in keys {
            lines.append("  \(MarkupEscaping.yaml(key)):")
            for (name, value) in fields(table[key]!) { lines.append("    \(name): \(plainOrQuoted(value))") }
        }
        return lines
    }

    /// A decision word or a date as it is (easier to read), anything else quoted.
    private static func plainOrQuoted(_ text: String) -> String {
        let isWord = PlainDecision.Verdict(rawValue: text) != nil
        let isDate = text.count == 10 && text.enumerated().allSatisfy { index, character in
            [4, 7].contains(index) ? character == "-" : character.isASCII && character.isNumber
        }
        return isWord || isDate ? text : MarkupEscaping.yaml(text)
    }
}
