import Foundation

/// One change the simplifier made, for a clinician to review: where, before, after, and why.
public struct PlainChange: Hashable, Sendable, Encodable {
    /// The section's id.
    public var section: String
    public var original: String
    public var result: String
    /// The rule that made it, in words ("swap 'prevent' → 'stop' (plainlanguage.gov)").
    public var rule: String
}

/// The words a change must keep: numbers (and so doses and time spans), phone numbers and other
/// set-apart runs, negations, and the protected terms (drug and test names). A rewrite whose
/// result does not keep all of them, in order, is not made.
struct ProtectedWords {
    var terms: Set<String>

    static let negations: Set<String> = ["not", "no", "never", "none", "nor", "nothing", "without", "cannot",
                                         "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
                                         "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't",
                                         "hasn't", "hadn't", "mustn't", "needn't"]

    /// The protected words of `text`, in order, lower-cased.
    func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || ",.;:!?()\"".contains($0) }).compactMap { raw in
            let word = raw.lowercased().replacingOccurrences(of: "’", with: "'")
            if word.contains(where: \.isNumber) || word.unicodeScalars.contains(where: { Template.isPlaceholder($0) }) {
                return word
            }
            if Self.negations.contains(word) || word.hasSuffix("n't") { return word }
            let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            return terms.contains(bare) || terms.contains(bare.replacingOccurrences(of: "'s", with: "")) ? bare : nil
        }
    }

    func keeps(_ original: String, in result: String) -> Bool {
        words(in: original) == words(in: result)
    }
}
