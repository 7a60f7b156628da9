import Foundation

/// One topic's plain-language review, decided step by step and saved to its review file: what
/// `hlspeak review` accepts, rejects, rewrites and signs off.
public struct PlainReviewEditor {
    public let file: URL
    public let source: Topic
    public let simplifier: Simplifier
    /// The plain version under the review as it stands now.
    public private(set) var version: PlainVersion

    public init(topic: Topic, file: URL, simplifier: Simplifier) throws(PlainReviewError) {
        self.file = file
        source = topic
        self.simplifier = simplifier
        version = PlainVersion(topic: topic, simplifier: simplifier, review: try PlainReview.load(from: file))
    }

    /// The changes `values` name: numbers ("3"), ranges ("3-5"), as `hlspeak review` lists them.
    public func changes(named values: [String]) throws(PlainReviewError) -> [PlainChange] {
        var chosen: [PlainChange] = []
        let count = version.changes.count
        for value in values {
            let bounds = value.split(separator: "-", maxSplits: 1).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let first = bounds.first ?? nil, let last = bounds.last ?? nil, first >= 1, last <= count, first <= last else {
                throw .unknownChange(value, count: count, topic: source.id)
            }
            for number in first...last where !chosen.contains(where: { $0.id == version.changes[number - 1].id }) {
                chosen.append(version.changes[number - 1])
            }
        }
        return chosen
    }

    /// The number `hlspeak review` shows for `change`.
    public func number(of change: PlainChange) -> Int {
        (version.changes.firstIndex { $0.id == change.id } ?? 0) + 1
    }

    /// Accepts or rejects `changes`.
    public mutating func decide(_ changes: [PlainChange], _ verdict: PlainDecision.Verdict, by: String, date: String) {
        var review = version.review
        for change in changes {
            review.decisions[change.id] = PlainDecision(verdict: verdict, section: change.section, before: change.original,
                                                        after: change.result, by: by, date: date)
        }
        update(review)
    }

    /// Uses `text` instead of `change`'s sentence.
    public mutating func rewrite(_ change: PlainChange, as text: String, by: String, date: String) throws(PlainReviewError) {
        let text = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw .emptyRewrite(number: number(of: change)) }
        var review = version.review
        review.decisions[change.id] = PlainDecision(verdict: .rewritten, section: change.section, before: change.original,
                                                    after: "", text: text, by: by, date: date)
        update(review)
    }

    /// What a hand rewrite loses that the simplifier would have kept (numbers, units, negations,
    /// protected terms), for a warning: the reviewer may mean it, but should know.
    public func protectedWordsLost(_ change: PlainChange, in text: String) -> [String] {
        let guardrail = ProtectedWords(terms: simplifier.words.protectedTerms)
        var after = guardrail.words(in: text)
        return guardrail.words(in: change.original).filter { word in
            guard let index = after.firstIndex(of: word) else { return true }
            after.remove(at: index)
            return false
        }
    }

    /// Signs off `sections` (each with its subsections) as they read now. Refuses while any of
    /// their changes is undecided.
    public mutating func signOff(_ sections: [Section], by: String, date: String) throws(PlainReviewError) {
        let approved = Dictionary(version.topic.allSections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for section in sections {
            let pending = version.changes(in: section).count { $0.decision == nil }
            guard pending == 0 else { throw .pendingChanges(section: section.id, count: pending, topic: source.id) }
        }
        var review = version.review
        for section in sections {
            guard let plain = approved[section.id] else { continue }
            review.signOffs[section.id] = PlainSignOff(by: by, date: date, text: PlainVersion.fingerprint(of: plain))
        }
        update(review)
    }

    private mutating func update(_ review: PlainReview) {
        version = PlainVersion(topic: source, simplifier: simplifier, review: review)
    }

    /// Writes the review file (under a temporary name, renamed into place).
    public func save() throws {
        let text = version.review.yaml(topic: source.id, order: version.changes.map(\.id),
                                       sectionOrder: source.allSections.map(\.id))
        try AtomicFile.write(Data(text.utf8), to: file)
    }
}
