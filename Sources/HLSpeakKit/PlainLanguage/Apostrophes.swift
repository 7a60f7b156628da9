/// A sentence's apostrophes as the sentence rules read them. The rules are written with the
/// typewriter apostrophe ("don't", "child's"); a page set with the typographic one ("don’t",
/// "Barrett’s") is read with the typewriter one, and the suggestion puts its own back.
struct Apostrophes {
    /// True when the sentence writes every apostrophe inside a word as "’".
    let typographic: Bool

    /// The apostrophes `text` is written with.
    init(in text: String) {
        let marks = Set(Self.marksInWords(text))
        typographic = marks.contains("’") && !marks.contains("'")
    }

    /// `text` as the rules read it.
    func typewriter(_ text: String) -> String {
        typographic ? Self.replacingInWord(text, "’", with: "'") : text
    }

    /// A suggestion for the sentence, with the sentence's own apostrophes.
    func restored(_ text: String) -> String {
        typographic ? Self.replacingInWord(text, "'", with: "’") : text
    }

    /// The apostrophes of either kind that stand between two letters (not closing quotes), in one pass.
    private static func marksInWords(_ text: String) -> [Character] {
        let characters = Array(text)
        return characters.indices.dropFirst().dropLast().compactMap { index in
            ["’", "'"].first { isInWord(characters, at: index, $0) }
        }
    }

    private static func replacingInWord(_ text: String, _ mark: Character, with other: Character) -> String {
        var characters = Array(text)
        for index in characters.indices.dropFirst().dropLast() where isInWord(characters, at: index, mark) {
            characters[index] = other
        }
        return String(characters)
    }

    private static func isInWord(_ characters: [Character], at index: Int, _ mark: Character) -> Bool {
        characters[index] == mark && characters[index - 1].isLetter && characters[index + 1].isLetter
    }
}
