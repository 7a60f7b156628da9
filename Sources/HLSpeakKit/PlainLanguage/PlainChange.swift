import Foundation

/// One sentence the simplifier would change, for a clinician to review: every rule that touched
/// it combined into one before and after, under an id that stays the same while the sentence
/// and its section do (edits elsewhere in the topic leave it alone).
public struct PlainChange: Hashable, Sendable, Encodable {
    /// The first 8 hex digits of SHA-256 of the section id and the sentence; "-2", "-3" for the
    /// same sentence again in the same section.
    public var id: String
    /// The section's id.
    public var section: String
    /// The sentence as written.
    public var original: String
    /// The suggestion; a list's items follow its introduction on lines of their own ("\n- ").
    public var result: String
    /// The rules that made it, in words ("plainer word: 'anxiety' → 'worry' (hlspeak editors)").
    public var rules: [String]
    /// The phone numbers, links and emphasis in the sentence, word for word: a hand rewrite must
    /// keep them to keep what they do (a number read as a phone number, a link).
    public var keptRuns: [String] = []
    /// What the review file decided, when the decision still holds (same sentence, and for an
    /// acceptance or rejection the same suggestion); nil while pending.
    public var decision: PlainDecision?

    /// True when the plain version uses it: accepted, or replaced by a hand-written sentence.
    public var isApproved: Bool {
        switch decision?.verdict {
        case .accepted, .rewritten: true
        case .rejected, nil: false
        }
    }

    /// The text the plain version shows for this sentence under its decision.
    public var approvedText: String {
        switch decision?.verdict {
        case .accepted: result
        case .rewritten: decision?.text ?? original
        case .rejected, nil: original
        }
    }

    /// The id of `sentence` in `section`; a sentence written `copies` times in the section gets
    /// "-1of2", "-2of2"…, so adding or removing a copy re-opens every copy's decision rather than
    /// moving one copy's decision to another.
    static func id(section: String, sentence: String, copy: Int = 1, copies: Int = 1) -> String {
        var hash = SHA256()
        hash.update(section + "\n" + sentence)
        let base = String(hash.hexDigest().prefix(8))
        return copies > 1 ? "\(base)-\(copy)of\(copies)" : base
    }
}
