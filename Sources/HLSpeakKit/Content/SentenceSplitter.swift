/// Splits runs of text into sentences, keeping phone numbers, links and emphasis whole.
///
/// A sentence ends at `.`, `!` or `?` followed by white space, except after common
/// abbreviations ("Dr.", "e.g.", "a.m."), before a lower-case word, and inside numbers ("100.4").
public enum SentenceSplitter {
    /// The sentences of `runs`, each as its own runs, without leading or trailing white space.
    public static func split(_ runs: [Inline]) -> [[Inline]] {
        var sentences: [[Inline]] = []
        var current: [Inline] = []
        for run in runs.mergingText() {
            guard case .text(let text) = run else {
                current.append(run)
                continue
            }
            var pieces = splitText(text)
            let last = pieces.removeLast()
            for piece in pieces {
                current.append(.text(piece))
                sentences.append(current)
                current = []
            }
            current.append(.text(last))
        }
        sentences.append(current)
        return sentences.map(trimmed).filter { !$0.isEmpty }
    }

    /// The sentences of a plain string.
    public static func split(_ text: String) -> [String] {
        split([.text(text)]).map(\.plainText)
    }

    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "a.m", "p.m", "no", "jr", "sr",
        "approx", "dept", "ext", "min", "max", "u.s", "fig", "mt", "ft", "oz", "lb", "tsp", "tbsp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "b.i.d", "t.i.d",
        "q.i.d", "p.r.n", "q.d", "h.s", "p.o", "inc",
    ]

    /// `text` cut after each sentence end; the last piece is what follows the last end.
    private static func splitText(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character) else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            guard let next, next.isWhitespace else { continue }
            if character == "." && endsWithAbbreviation(current) { continue }
            // "Take it b.i.d. or as needed": a lower-case word goes on the same sentence.
            let following = characters[(index + 1)...].first { !$0.isWhitespace }
            if let following, following.isLowercase { continue }
            pieces.append(current)
            current = ""
        }
        pieces.append(current)
        return pieces
    }

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        let word = text.dropLast().split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last ?? ""
        return abbreviations.contains(word.lowercased()) || (word.count == 1 && word.first!.isUppercase)
    }

    private static func trimmed(_ runs: [Inline]) -> [Inline] {
        var runs = runs.mergingText()
        if case .text(let first)? = runs.first {
            runs[0] = .text(String(first.drop(while: \.isWhitespace)))
        }
        if case .text(let last)? = runs.last {
            runs[runs.count - 1] = .text(String(last.reversed().drop(while: \.isWhitespace).reversed()))
        }
        return runs.mergingText()
    }
}
