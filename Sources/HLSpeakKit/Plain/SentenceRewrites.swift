import Foundation

/// The plain-language rules for one sentence (as template text). Each returns nil when it does
/// not apply; none adds or removes a protected word (the simplifier checks).
struct SentenceRewrites {
    var swaps: [WordSwap]
    var maxWords: Int

    // MARK: Word swaps

    /// The sentence with the first swap that applies, and that swap.
    func swapOnce(_ text: String, skipping tried: Set<String>) -> (String, WordSwap)? {
        let pieces = WordScanner.pieces(of: text, joiningApostrophes: true)
        for swap in swaps where !tried.contains(swap.complex) {
            let phrase = swap.complex.lowercased().split(separator: " ").map(String.init)
            for start in pieces.indices {
                guard case .word(let first) = pieces[start] else { continue }
                var form = Inflection.base
                if phrase.count == 1 {
                    guard let found = Inflection.of(first, base: phrase[0]) else { continue }
                    form = found
                } else {
                    guard first.lowercased() == phrase[0], matches(phrase, in: pieces, at: start) else { continue }
                }
                let end = start + (phrase.count - 1) * 2
                var plain = Inflection.apply(form, to: swap.plain)
                if first.first?.isUppercase == true { plain = Self.capitalized(plain) }
                let before = pieces[..<start].map(Self.text).joined()
                let after = pieces[(end + 1)...].map(Self.text).joined()
                return (before + plain + after, swap)
            }
        }
        return nil
    }

    private func matches(_ phrase: [String], in pieces: [WordScanner.Piece], at start: Int) -> Bool {
        for (offset, word) in phrase.enumerated() {
            let position = start + offset * 2
            guard position < pieces.count, case .word(let found) = pieces[position],
                  found.lowercased().replacingOccurrences(of: "’", with: "'") == word else {
                return false
            }
            if offset > 0, case .other(let gap) = pieces[position - 1], gap != " " { return false }
        }
        return true
    }

    static func text(_ piece: WordScanner.Piece) -> String {
        switch piece {
        case .word(let word), .other(let word): word
        }
    }

    // MARK: Asides

    /// "do an exam (including a pelvic exam)." → "do an exam. This includes a pelvic exam."
    func asideAsSentence(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let aside = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let leads = [("including ", "This includes "), ("such as ", "Examples are "), ("for example ", "For example, "),
                     ("for example, ", "For example, "), ("like ", "Examples are ")]
        guard let (lead, sentenceStart) = leads.first(where: { aside.lowercased().hasPrefix($0.0) }) else { return nil }
        var head = String(text[..<open])
        while head.last == " " { head.removeLast() }
        let tail = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        let end = tail.first.map { ".!?".contains($0) } == true ? String(tail.first!) : "."
        guard tail.count <= 1 else { return nil }  // the aside must close the sentence
        return head + end + " " + sentenceStart + aside.dropFirst(lead.count) + "."
    }

    // MARK: Long sentences

    /// A sentence of more than `maxWords` words cut at a safe joint: a semicolon, or ", but" /
    /// ", and" / ", so" before a new clause (a subject follows).
    func splitLong(_ text: String) -> [String]? {
        guard Self.wordCount(text) > maxWords else { return nil }
        let subjects: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those",
                                     "there", "most", "many", "some", "the", "your", "a", "an", "people", "doctors"]
        for joint in ["; ", ", but ", ", and ", ", so "] {
            var search = text.startIndex
            while let range = text.range(of: joint, range: search..<text.endIndex) {
                search = range.upperBound
                let left = String(text[..<range.lowerBound])
                var right = String(text[range.upperBound...])
                let next = right.split(separator: " ").first.map { $0.lowercased() } ?? ""
                guard joint == "; " || subjects.contains(next) else { continue }
                guard Self.wordCount(left) >= 4, Self.wordCount(right) >= 4 else { continue }
                if joint == ", but " { right = "But " + right }
                if joint == ", so " { right = "So " + right }
                return [left + ".", Self.capitalized(right)]
            }
        }
        return nil
    }

    // MARK: Lists of actions

    /// "…, consider meeting with a group, reading about others, and talking to friends." → the
    /// introduction "…, consider:" and a list of the three actions.
    func actionList(_ text: String) -> (intro: String, items: [String])? {
        guard Self.wordCount(text) > maxWords, let last = text.last, ".!".contains(last) else { return nil }
        var parts = String(text.dropLast()).components(separatedBy: ", ")
        guard parts.count >= 3 else { return nil }
        var items: [String] = []
        while let part = parts.last {
            var item = part
            for conjunction in ["and ", "or "] where item.hasPrefix(conjunction) { item.removeFirst(conjunction.count) }
            guard Self.isAction(item) else { break }
            items.insert(item, at: 0)
            parts.removeLast()
        }
        // The first action may follow its verb in the part before: "consider meeting …".
        guard let lead = parts.popLast() else { return nil }
        let words = lead.split(separator: " ").map(String.init)
        guard let start = words.indices.last(where: { Self.isAction(words[$0]) }), start > 0 else { return nil }
        items.insert(words[start...].joined(separator: " "), at: 0)
        guard items.count >= 3, !items.contains(where: { Self.wordCount($0) > maxWords }) else { return nil }
        let intro = (parts + [words[..<start].joined(separator: " ")]).joined(separator: ", ") + ":"
        return (intro, items.map { Self.capitalized($0) + "." })
    }

    /// An action starts with a word in "-ing" ("meeting", "reading").
    static func isAction(_ phrase: String) -> Bool {
        guard let first = phrase.split(separator: " ").first?.lowercased() else { return false }
        return first.count > 4 && first.hasSuffix("ing") && !["during", "nothing", "something", "anything", "everything"].contains(first)
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
