/// Regular English inflection, enough to carry a word swap across forms: "prevented" →
/// "stopped", "requires" → "needs", "obtaining" → "getting".
enum Inflection: Hashable, Sendable {
    case base, s, ed, ing

    /// `base` in this form; the first word of a phrase is the one inflected ("find out" → "found out").
    static func apply(_ form: Inflection, to base: String) -> String {
        let parts = base.split(separator: " ", maxSplits: 1).map(String.init)
        let head = parts[0]
        let rest = parts.count > 1 ? " " + parts[1] : ""
        if form == .base { return base }
        if let irregular = irregulars[head], form == .ed { return irregular + rest }
        if let irregular = irregularPresent[head], form == .s { return irregular + rest }
        let letters = Array(head)
        let last = letters.last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        switch form {
        case .s:
            if head.hasSuffix("s") || head.hasSuffix("sh") || head.hasSuffix("ch") || head.hasSuffix("x") || head.hasSuffix("z") {
                return head + "es" + rest
            }
            if last == "y", letters.count > 1, !vowels.contains(letters[letters.count - 2]) {
                return head.dropLast() + "ies" + rest
            }
            return head + "s" + rest
        case .ed, .ing:
            let suffix = form == .ed ? "ed" : "ing"
            if last == "e" && form == .ing { return head.dropLast() + "ing" + rest }
            if last == "e" { return head + "d" + rest }
            if form == .ed, last == "y", letters.count > 1, !vowels.contains(letters[letters.count - 2]) {
                return head.dropLast() + "ied" + rest
            }
            // One short syllable ending consonant-vowel-consonant doubles: stop → stopped; so does
            // a longer verb stressed on its last syllable: occur → occurred, begin → beginning.
            if letters.count >= 3, !vowels.contains(last), !"wxy".contains(last), vowels.contains(letters[letters.count - 2]),
               !vowels.contains(letters[letters.count - 3]),
               letters.filter(vowels.contains).count == 1 || doublesFinalConsonant.contains(head) {
                return head + String(last) + suffix + rest
            }
            return head + suffix + rest
        case .base:
            return base
        }
    }

    /// `phrase` with its first word as a past participle after "is" or "has" ("is performed" →
    /// "is done"), for the irregular verbs whose participle reads right in a passive; nil for
    /// the others ("is gotten", "is gone with").
    /// After "have", "has" or "had" (`perfect`) the verbs with no passive may follow too ("have
    /// experienced" → "have had", "has recurred" → "has come back").
    static func participle(of phrase: String, perfect: Bool) -> String? {
        let parts = phrase.split(separator: " ", maxSplits: 1).map(String.init)
        guard let head = parts.first, let participle = passiveParticiples[head] ?? (perfect ? perfectParticiples[head] : nil) else { return nil }
        return participle + (parts.count > 1 ? " " + parts[1] : "")
    }

    static let passiveParticiples = ["do": "done", "find": "found", "give": "given", "show": "shown", "tell": "told",
                                     "make": "made", "keep": "kept", "bring": "brought", "buy": "bought", "send": "sent",
                                     "put": "put", "cut": "cut", "hold": "held", "lose": "lost", "spread": "spread"]

    /// Participles that read right only after "have" ("has come back", "have gone away", "has
    /// had"), never in a passive ("is come back"). Not "gotten": "who have acquired immunodeficiency
    /// syndrome" names an illness.
    static let perfectParticiples = ["have": "had", "come": "come", "go": "gone", "begin": "begun",
                                     "take": "taken", "see": "seen", "leave": "left", "think": "thought", "feel": "felt"]

    /// True when the first word of `phrase` has an irregular past ("give" → "gave", "given").
    static func isIrregular(_ phrase: String) -> Bool {
        let head = phrase.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        return irregulars[head] != nil || ["do", "have", "be"].contains(head)
    }

    /// Verbs of two or more syllables stressed on the last, which double their final consonant.
    static let doublesFinalConsonant: Set<String> = [
        "occur", "recur", "begin", "refer", "prefer", "commit", "permit", "admit", "control", "omit", "submit", "regret",
        "transfer", "forget", "deter", "expel", "compel", "equip", "incur", "infer", "confer", "patrol", "rebel", "upset",
    ]

    static let irregularPresent = ["do": "does", "go": "goes", "have": "has", "be": "is"]

    static let irregulars = ["get": "got", "find": "found", "give": "gave", "buy": "bought", "make": "made",
                             "take": "took", "go": "went", "think": "thought", "tell": "told", "see": "saw",
                             "eat": "ate", "begin": "began", "keep": "kept", "send": "sent", "show": "showed",
                             "do": "did", "have": "had", "leave": "left", "lose": "lost", "put": "put", "cut": "cut",
                             "say": "said", "feel": "felt", "bring": "brought", "hold": "held", "come": "came",
                             "choose": "chose", "spread": "spread", "build": "built", "break": "broke",
                             "understand": "understood", "grow": "grew", "lead": "led"]
}
