import Foundation

/// The plain-language rules for one sentence (as template text). Each returns nil when it does
/// not apply; none adds or removes a protected word (the simplifier checks).
struct SentenceRewrites {
    var swaps: [WordSwap]
    var maxWords: Int

    // MARK: Word swaps

    /// The sentence with the first swap that applies made at every place it applies, and that swap.
    func swapOnce(_ text: String, skipping tried: Set<String>) -> (String, WordSwap)? {
        let pieces = WordScanner.pieces(of: text, joiningApostrophes: true)
        for swap in swaps where !tried.contains(swap.complex) {
            let phrase = swap.complex.lowercased().split(separator: " ").map(String.init)
            var result = ""
            var found = false
            var index = pieces.startIndex
            while index < pieces.endIndex {
                guard let plain = replacement(for: swap, phrase: phrase, in: pieces, at: index) else {
                    result += Self.text(pieces[index])
                    index += 1
                    continue
                }
                result += plain
                found = true
                index += (phrase.count - 1) * 2 + 1
            }
            if found { return (result, swap) }
        }
        return nil
    }

    /// The plain words for `swap` when its phrase starts at `start`, in the found word's form
    /// and capitals.
    private func replacement(for swap: WordSwap, phrase: [String], in pieces: [WordScanner.Piece], at start: Int) -> String? {
        guard case .word(let first) = pieces[start] else { return nil }
        var form = Inflection.base
        if phrase.count == 1 {
            guard let found = Inflection.of(first, base: phrase[0]) else { return nil }
            form = found
        } else {
            guard first.lowercased() == phrase[0], matches(phrase, in: pieces, at: start) else { return nil }
        }
        let plain = Inflection.apply(form, to: swap.plain)
        // "UTILIZE" → "USE", unless the listed term is itself written in capitals (an abbreviation).
        if first.count > 1, first.allSatisfy({ !$0.isLowercase }), swap.complex.contains(where: \.isLowercase) {
            return plain.uppercased()
        }
        return first.first?.isUppercase == true ? Self.capitalized(plain) : plain
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

    /// "A dilation and curettage (D&C) …" after "D&C" was already used: the aside only repeats a
    /// name the reader has, so it goes. Only a short name in letters (no digits, so never a phone
    /// number or a dose), found as whole words earlier in the section or the sentence.
    func withoutRepeatedAside(_ text: String, after seen: String) -> String? {
        guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
        let aside = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard !aside.isEmpty, aside.split(separator: " ").count <= 4,
              aside.allSatisfy({ $0.isLetter || " &-'’.".contains($0) }) else { return nil }
        let before = seen + " " + text[..<open]
        guard Self.containsWords(aside, in: before) else { return nil }
        var head = String(text[..<open])
        while head.last == " " { head.removeLast() }
        return head + text[text.index(after: close)...]
    }

    /// True when `phrase` occurs in `text` as whole words, ignoring case.
    static func containsWords(_ phrase: String, in text: String) -> Bool {
        var search = text.startIndex
        while let range = text.range(of: phrase, options: .caseInsensitive, range: search..<text.endIndex) {
            let startsWord = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let endsWord = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if startsWord && endsWord { return true }
            search = range.upperBound
        }
        return false
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

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
