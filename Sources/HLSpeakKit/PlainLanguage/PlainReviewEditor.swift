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

    /// The changes `values` name: numbers ("3"), ranges ("3-5"), as `hlspeak review` lists them
    /// (also "3,4"), or ids from the review file.
    public func changes(named values: [String]) throws(PlainReviewError) -> [PlainChange] {
        var chosen: [PlainChange] = []
        let count = version.changes.count
        for value in values.flatMap({ $0.split(separator: ",").map { $0.trimmed(.whitespace) } })
        where !value.isEmpty {
            if let change = version.changes.first(where: { $0.id == value }) {
                if !chosen.contains(where: { $0.id == change.id }) { chosen.append(change) }
                continue
            }
            let bounds = value.split(separator: "-", maxSplits: 1).map { Int($0.trimmed(.whitespace)) }
            guard let first = bounds.first ?? nil, let last = bounds.last ?? nil, first >= 1, last <= count, first <= last else {
                throw .unknownChange(value, count: count, topic: source.id)
            }
            for number in first...last where !chosen.contains(where: { $0.id == version.changes[number - 1].id }) {
                chosen.append(version.changes[number - 1])
            }
        }
        return chosen
    }

    /// The suggestions in `sections` (and their subsections) nobody has decided on yet.
    public func pendingChanges(in sections: [Section]) -> [PlainChange] {
        sections.flatMap { version.changes(in: $0) }.filter { $0.decision == nil && !$0.rules.isEmpty }
    }

    /// Every sentence with the simplifier's suggestion, less those already rewritten by hand
    /// (they are the reviewer's own): where hard sentences are looked for.
    public var sentencesToWriteByHand: [PlainSentence] {
        let rewritten = Set(version.changes.filter { $0.decision?.verdict == .rewritten }.map(\.id))
        return simplifier.sentences(of: source).filter { !rewritten.contains($0.id) }
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
        let text = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmed(.whitespace)
        guard !text.isEmpty else { throw .emptyRewrite(number: number(of: change)) }
        // A phone number or link typed differently would be read as a plain number or lose its link.
        if let lost = change.keptRuns.first(where: { !text.contains($0) }) { throw .rewriteLosesRun(lost) }
        var review = version.review
        review.decisions[change.id] = PlainDecision(verdict: .rewritten, section: change.section, before: change.original,
                                                    after: "", text: text, by: by, date: date)
        update(review)
    }

    /// What a hand rewrite loses that the simplifier would have kept (numbers, units, negations,
    /// protected terms), for a warning: the reviewer may mean it, but should know.
    public func protectedWordsLost(_ change: PlainChange, in text: String) -> [String] {
        let guardrail = simplifier.words.guardrail
        // "doesn't" and "does not" say the same "not".
        func normalized(_ words: [String]) -> [String] {
            words.map(guardrail.classes.uncontracted)
        }
        var after = normalized(guardrail.words(in: text))
        return normalized(guardrail.words(in: change.original)).filter { word in
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

    /// One step of a review, as `hlspeak review` and the workspace take it.
    public enum Step {
        case decide([PlainChange], PlainDecision.Verdict)
        case rewrite(PlainChange, String)
        case signOff([Section])
    }

    /// The review file's version: a digest of its bytes (of nothing when there is none yet). A
    /// form or a command that read version V may change the review only while it is still V.
    public static func version(of file: URL) -> String {
        var hash = SHA256()
        hash.update((try? Data(contentsOf: file)) ?? Data())
        return String(hash.hexDigest().prefix(16))
    }

    /// The one way a review changes: under the review file's lock, load it, refuse when it is no
    /// longer at `expectedVersion` (when one is given), take the step `choose` picks from the
    /// review as it now is, and save. Returns the editor after the step, for what to report.
    public static func edit(_ file: URL, topic: Topic, simplifier: Simplifier, expectedVersion: String? = nil,
                            by: String, date: String, _ choose: (PlainReviewEditor) throws -> Step) throws -> PlainReviewEditor {
        try locked(file) {
            if let expectedVersion, version(of: file) != expectedVersion { throw PlainReviewError.changedMeanwhile(topic: topic.id) }
            var editor = try PlainReviewEditor(topic: topic, file: file, simplifier: simplifier)
            switch try choose(editor) {
            case .decide(let changes, let verdict): editor.decide(changes, verdict, by: by, date: date)
            case .rewrite(let change, let text): try editor.rewrite(change, as: text, by: by, date: date)
            case .signOff(let sections): try editor.signOff(sections, by: by, date: date)
            }
            try editor.save()
            return editor
        }
    }

    /// Runs `work` holding the lock of `file`'s review, so two people (or two commands) deciding at
    /// once do not lose each other's decisions: load, decide and save happen inside it. The lock
    /// lives in the temporary folder, not beside the content.
    public static func locked<T>(_ file: URL, _ work: () throws -> T) throws -> T {
        var hash = SHA256()
        hash.update(file.standardizedFileURL.path)
        let lock = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-review-\(hash.hexDigest().prefix(16)).lock")
        let descriptor = open(lock.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return try work() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try work()
    }

    /// Writes the review file (under a temporary name, renamed into place).
    public func save() throws {
        let text = version.review.yaml(topic: source.id, order: version.changes.map(\.id),
                                       sectionOrder: source.allSections.map(\.id))
        try AtomicFile.write(Data(text.utf8), to: file)
    }
}
