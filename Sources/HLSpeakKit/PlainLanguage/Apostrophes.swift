/// A sentence's apostrophes as the sentence rules read them. The rules are written with the
/// typewriter apostrophe ("don't", "child's"); a page set with the typographic one ("don’t",
/// "Barrett’s") is read with the typewriter one, and the suggestion puts its own back.
struct Apostrophes {
    /// True when the sentence writes every apostrophe inside a word as "’".
    let typographic: Bool

    /// The apostrophes `text` is written with.
    init(in text: String) {
        // (Most sentences have no "’": no need to read their letters.)
        guard text.contains("’") else {
            typographic = false
            return
        }
        let characters = Array(text)
        let has = { (mark: Character) in characters.indices.dropFirst().dropLast().contains { Self.isInWord(characters, at: $0, mark) } }
        typographic = has("’") && !has("'")
    }

    /// `text` as the rules read it.
    func typewriter(_ text: String) -> String {
        typographic ? Self.replacingInWord(text, "’", with: "'") : text
    }

    /// A suggestion for the sentence, with the sentence's own apostrophes.
    func restored(_ text: String) -> String {
        typographic ? Self.replacingInWord(text, "'", with: "’") : text
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
