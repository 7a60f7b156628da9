/// Where a line must not break, decided once for print and screen: inside a hyphenated word
/// ("Rh-negative") and between a number and the word after it ("8 oz.", "20 weeks").
enum LineJoins {
    /// `text` cut into pieces; a piece marked `together` must stay on one line.
    static func pieces(of text: String) -> [(text: String, together: Bool)] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var pieces: [(text: String, together: Bool)] = []
        var plain: [String] = []
        func flush(_ separatorAfter: Bool) {
            guard !plain.isEmpty else { return }
            pieces.append((plain.joined(separator: " ") + (separatorAfter ? " " : ""), false))
            plain = []
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            var together: String?
            if isNumber(word), index + 1 < words.count, words[index + 1].first?.isLetter == true {
                together = word + " " + words[index + 1]
                index += 1
            } else if isCompound(word) {
                together = word
            }
            if let together {
                flush(true)
                pieces.append((together, true))
                if index + 1 < words.count { pieces.append((" ", false)) }
            } else {
                plain.append(word)
            }
            index += 1
        }
        flush(false)
        return pieces.filter { !$0.text.isEmpty }
    }

    private static func isNumber(_ word: String) -> Bool {
        word.first?.isNumber == true && word.last?.isNumber == true && word.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
    }

    /// Letters or digits, a hyphen, letters: "Rh-negative", "COVID-related" (not "1-833").
    private static func isCompound(_ word: String) -> Bool {
        let characters = Array(word)
        return characters.indices.contains { i in
            characters[i] == "-" && i > 0 && i + 1 < characters.count
                && (characters[i - 1].isLetter || characters[i - 1].isNumber) && characters[i + 1].isLetter
        }
    }
}
