import Foundation

/// "Many people have no symptoms when they are first diagnosed with primary biliary cholangitis.
/// Doctors diagnose about 60% of people with primary biliary cholangitis before symptoms begin."
/// → "… of people with this condition before …": a long name the topic's title gives, said again
/// in a section that has given it already, as "this" and its kind ("this syndrome", "this
/// disease"), or "this condition" when it names no kind. The section keeps its first mention, so
/// the reader of that section alone still learns the name.
///
/// Only a name of several words, of one thing, with six or more vowel sounds (a short one,
/// "kidney failure", "West Nile virus", reads as easily as "this condition"); only where it
/// stands whole: after a preposition, a verb that takes an illness, or at the sentence's start,
/// and before an end stop, a verb, a preposition or the comma that ends an opening phrase; or as
/// a clause's subject after a comma ("the primary biliary cholangitis", "chronic metabolic
/// syndrome", "metabolic syndrome risk", "X (PBC)", "X's" stay). Never in a sentence that names or
/// defines ("is also called", "means"), nor in a list of things ("diabetes, metabolic syndrome,
/// and …"), nor beside another "this", nor after another illness ("Having GERD increases your
/// chances of getting Barrett's esophagus").
extension SentenceRewrites {
    func nameSaidAgain(_ text: String, names: [String], after earlier: String) -> String? {
        let words = text.lowercased().split(separator: " ").map { String($0).trimmed(.punctuation) }
        let spaced = " " + words.joined(separator: " ") + " "
        if classes.naming.contains(where: { spaced.contains(" " + $0.joined(separator: " ") + " ") }) || words.contains(where: classes.defining.contains)
            || words.contains(where: Self.namingWords.contains)
            // ("This may lead to a diagnosis of this condition": two things pointed at.)
            || words.contains(where: { ["this", "these"].contains($0) }) { return nil }
        var result = text
        // (The sentence rules read typewriter apostrophes; a title may have the other kind.)
        for name in names.map({ $0.replacingOccurrences(of: "’", with: "'") }) where Self.isLongNameOfOneThing(name) {
            // ("Paget's disease of bone" is a disease.)
            let kind = name.components(separatedBy: " of ")[0].split(separator: " ").last.map(String.init)
                .flatMap { Self.kindsOfIllness.contains($0) ? $0 : nil }
            let standIn = "this " + (kind ?? "condition")
            var given = ProtectedWords.occurrences(of: name, in: earlier) > 0
            var search = result.startIndex
            while search < result.endIndex, let range = result.range(of: name, options: .caseInsensitive, range: search..<result.endIndex) {
                let before = result[..<range.lowerBound]
                let after = result[range.upperBound...]
                guard given else {
                    given = true
                    search = range.upperBound
                    continue
                }
                // ("Having GERD increases your chances of getting Barrett's esophagus": after
                // another illness, "this condition" could be that one.)
                guard !namesOtherIllness(before.replacingOccurrences(of: name, with: "", options: .caseInsensitive)),
                      Self.standsWholeAfter(before) && (Self.standsWholeBefore(after) || Self.endsOpeningPhrase(before, after))
                        || Self.followsOpeningPhrase(before) && Self.opensWithVerb(after) else {
                    search = range.upperBound
                    continue
                }
                let replacement = before.isEmpty ? Self.capitalized(standIn) : standIn
                let offset = result.distance(from: result.startIndex, to: range.lowerBound) + replacement.count
                result.replaceSubrange(range, with: replacement)
                search = result.index(result.startIndex, offsetBy: offset)
            }
        }
        return result == text ? nil : result
    }

    /// True when `text` names an illness: a short form in capitals ("GERD"), a name's "disease"
    /// or "syndrome" ("Crohn's disease"), or an illness word or ending ("cirrhosis", "cancer");
    /// not words for illness in general ("symptoms", "a disease").
    private func namesOtherIllness(_ text: String) -> Bool {
        let words = text.split(separator: " ").map { String($0).trimmed(.punctuation) }
        return words.indices.contains { index in
            let word = words[index]
            let lower = word.lowercased()
            if word.count >= 2, word.allSatisfy({ $0.isUppercase || $0.isNumber }), word.contains(where: \.isLetter) { return true }
            // (Not after the first word, whose capital is its place's: "The disease …".)
            if Self.kindsOfIllness.contains(lower), index > 1, words[index - 1].first?.isUppercase == true { return true }
            return classes.namesIllness(lower) && !Self.illnessInGeneral.contains(lower)
        }
    }

    /// Words for illness in general, which name no other one.
    static let illnessInGeneral: Set<String> = [
        "symptoms", "complications", "problems", "condition", "conditions", "illness", "illnesses", "disease", "diseases",
        "disorder", "disorders", "syndrome", "infection", "infections", "lesions", "cysts", "tumor", "tumors",
    ]

    /// A name that "this condition" makes shorter to read, of one thing ("kidney stones are" would
    /// not agree), and one name ("Diabetes and Pregnancy" is two).
    static func isLongNameOfOneThing(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, !name.contains(","), !words.contains(where: { functionWordsInTitles.contains($0) }),
              !endsPlural(name.components(separatedBy: " of ")[0]) else { return false }
        let vowels = Set("aeiouy")
        var sounds = 0
        var inVowel = false
        for character in name {
            let isVowel = vowels.contains(character)
            if isVowel && !inVowel { sounds += 1 }
            inVowel = isVowel
        }
        return sounds >= 6
    }

    /// The text before a mention ends where a whole noun phrase may start.
    private static func standsWholeAfter(_ before: Substring) -> Bool {
        guard !before.isEmpty else { return true }
        guard before.last == " ", let last = before.split(separator: " ").last.map({ String($0).lowercased() }),
              last.last?.isLetter == true else { return false }
        return prepositions.contains(last) || wordsBeforeAnIllness.contains(last)
    }

    /// The text after a mention goes on with a verb, a preposition or an end stop.
    private static func standsWholeBefore(_ after: Substring) -> Bool {
        guard let first = after.first else { return true }
        if ".;:?!".contains(first) { return true }
        guard first == " " else { return false }
        let next = after.dropFirst().split(separator: " ").first.map { String($0).lowercased() } ?? ""
        let word = next.trimmed(.punctuation)
        guard word == next || next.last.map({ ".;:?!".contains($0) }) == true else { return false }
        return clauseVerbs.contains(word) || modals.contains(word) || howOftenWords.contains(word)
            || wordsAfterAnIllness.contains(word) || subordinators.contains(word) || (prepositions.contains(word) && word != "of")
    }

    /// The text before the mention is an opening phrase and its comma: "Unlike the other types of
    /// IBD, …", "Less often, …", "If not treated, …" ("Chronic, or long-lasting, …" describes it).
    private static func followsOpeningPhrase(_ before: Substring) -> Bool {
        guard before.hasSuffix(", "), !before.contains(", or "),
              let first = before.split(separator: " ").first.map({ String($0).lowercased().trimmed(.punctuation) }) else { return false }
        return phraseOpeners.contains(first) || subordinators.contains(first) || howOftenWords.contains(first)
            || isAdverb(first) || ["less", "more"].contains(first)
    }

    /// The mention is a clause's subject after an opening phrase: "Unlike the other types of IBD,
    /// microscopic colitis does not …".
    private static func opensWithVerb(_ after: Substring) -> Bool {
        guard after.first == " ", let next = after.split(separator: " ").first.map({ String($0).lowercased() }) else { return false }
        return clauseVerbs.contains(next) || modals.contains(next)
    }

    /// The mention ends an opening phrase, before its comma: "If you have metabolic syndrome, …",
    /// "In people with short bowel syndrome, …" (a comma before it could make it one of a list).
    private static func endsOpeningPhrase(_ before: Substring, _ after: Substring) -> Bool {
        guard after.first == ",", !before.contains(","),
              let first = before.split(separator: " ").first.map({ String($0).lowercased() }) else { return false }
        // ("About 1 in every 365 babies are born with it, which …": a clause, not a phrase.)
        return subordinators.contains(first)
            || prepositions.contains(first) && !before.lowercased().split(separator: " ").contains(where: { clauseVerbs.contains(String($0)) })
    }

    /// The last words of a name that say what kind of illness it is.
    static let kindsOfIllness: Set<String> = ["disease", "syndrome", "disorder", "infection", "virus", "cancer"]

    /// Small words that join two names in a title ("Diabetes and Pregnancy", "Gas in the Digestive
    /// Tract"); "of" is inside one ("Paget's Disease of Bone").
    static let functionWordsInTitles: Set<String> = ["and", "or", "in", "with", "for", "to", "a", "an", "vs", "versus"]

    /// Words in a sentence that names something, whose name must stay.
    static let namingWords: Set<String> = ["name", "named", "names", "called", "stands"]

    /// Verbs whose object may be an illness ("have metabolic syndrome", "diagnosed with"), and
    /// words after which a clause may start with one ("that", "if", "than").
    static let wordsBeforeAnIllness: Set<String> = [
        "have", "has", "had", "having", "get", "gets", "got", "getting", "cause", "causes", "caused", "causing",
        "treat", "treats", "treated", "treating", "diagnose", "diagnosed", "prevent", "prevents", "manage", "managing",
        "develop", "develops", "developed", "that", "if", "when", "because", "whether", "while", "although", "than",
    ]

    /// Verbs an illness does ("metabolic syndrome affects …").
    static let wordsAfterAnIllness: Set<String> = [
        "affects", "causes", "happens", "occurs", "develops", "gets", "starts", "begins", "runs", "tends", "leads", "makes",
        "damages", "raises", "increases", "goes", "also", "often", "and", "or", "but",
    ]
}
