import Foundation

/// Where one section's plain-language version stands in review.
public struct PlainSectionReview: Hashable, Codable, Sendable {
    /// The section's own changes (not its subsections'), by state.
    public var pending = 0
    public var accepted = 0
    public var rejected = 0
    public var rewritten = 0
    /// The sign-off, when it still holds.
    public var signOff: PlainSignOff?
    /// True when the section was signed off but its plain text has changed since.
    public var signOffOutdated = false

    public init() {}
}

/// The plain-language version of a topic as its review allows: accepted changes and hand
/// rewrites made, every other sentence as written; every suggestion with its decision; each
/// section's state. What `--plain` outputs and `hlspeak review` show.
public struct PlainVersion: Sendable {
    /// The approved text, with `plainReview` set (read by the credits of every plain output).
    public var topic: Topic
    /// Every suggestion in reading order, then the sentences rewritten by hand that the rules
    /// left alone (from `review … hard`), so a new hand rewrite never moves a suggestion's
    /// number; a change's number is its position plus one.
    public var changes: [PlainChange]
    public var review: PlainReview
    /// Each section's state, by id (Credits aside).
    public var sections: [String: PlainSectionReview]
    /// Decisions in the review file that no longer hold: their sentence or its suggestion changed.
    public var reopened: Int

    public init(topic: Topic, simplifier: Simplifier, review: PlainReview) {
        let (approved, found) = simplifier.simplify(topic, review: review)
        let changes = found.filter { !$0.rules.isEmpty } + found.filter(\.rules.isEmpty)
        var sections: [String: PlainSectionReview] = [:]
        for section in approved.allSections where !section.isCredits {
            var state = PlainSectionReview()
            for change in changes where change.section == section.id {
                switch change.decision?.verdict {
                case .accepted: state.accepted += 1
                case .rejected: state.rejected += 1
                case .rewritten: state.rewritten += 1
                case nil: state.pending += 1
                }
            }
            if let signOff = review.signOffs[section.id] {
                if signOff.text == Self.fingerprint(of: section) { state.signOff = signOff } else { state.signOffOutdated = true }
            }
            sections[section.id] = state
        }
        let holding = Set(changes.filter { $0.decision != nil }.map(\.id))
        reopened = review.decisions.keys.count { !holding.contains($0) }
        self.topic = approved
        self.topic.plainReview = sections
        self.changes = changes
        self.review = review
        self.sections = sections
    }

    /// The fingerprint a sign-off keeps of the section's plain text (its subsections included).
    public static func fingerprint(of section: Section) -> String {
        var hash = SHA256()
        hash.update((try? JSONEncoder.sorted.encode(section)) ?? Data())
        return String(hash.hexDigest().prefix(16))
    }

    /// The changes of `section` and its subsections.
    public func changes(in section: Section) -> [PlainChange] {
        let ids = Set(section.flattened.map(\.id))
        return changes.filter { ids.contains($0.section) }
    }
}

extension Topic {
    /// The sign-off that covers section `id` in the plain-language version: its own, or that of
    /// the section it belongs to.
    func plainSignOff(covering id: String) -> PlainSignOff? {
        guard let review = plainReview else { return nil }
        if let own = review[id]?.signOff { return own }
        let parent = sections.first { $0.flattened.contains { $0.id == id } }
        return parent.flatMap { review[$0.id]?.signOff }
    }
}
