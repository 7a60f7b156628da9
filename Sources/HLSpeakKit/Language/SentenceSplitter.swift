/// Splits runs of text into sentences, keeping phone numbers, links and emphasis whole.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets) followed by white
/// space, except after a title or "e.g." ("Dr. Lee"), after an abbreviation such as "a.m." or
/// "etc." unless a capitalised word follows, after an initial in a name ("John F. Kennedy"), and
/// inside numbers ("100.4").
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

    /// Abbreviations that do not end a sentence: a title or "e.g." is followed by more of it.
    private static let continuing: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "approx", "dept", "ext", "fig", "mt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Abbreviations that can also end a sentence: they end one when a capitalised word follows.
    private static let closing: Set<String> = [
        "etc", "a.m", "p.m", "jr", "sr", "inc", "min", "max", "ft", "oz", "lb", "lbs", "tsp", "tbsp", "b.i.d",
        "t.i.d", "q.i.d", "p.r.n", "q.d", "h.s", "p.o", "u.s",
    ]

    /// `text` cut after each sentence end; the last piece is what follows the last end.
    /// A sentence ends at `.`, `!` or `?`, with any closing quotes or brackets, before white space.
    private static func splitText(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard index + 1 < characters.count, characters[index + 1].isWhitespace else { continue }
            // The stop, then closing quotes or brackets: `said "no."`, `(see below.)`.
            guard let stop = current.reversed().first(where: { !"\"'”’)]".contains($0) }), ".!?".contains(stop),
                  current.last.map({ ".!?\"'”’)]".contains($0) }) == true else { continue }
            let following = characters[(index + 1)...].first { !$0.isWhitespace }
            if stop == ".", !endsSentence(current, before: following) { continue }
            pieces.append(current)
            current = ""
        }
        pieces.append(current)
        return pieces
    }

    /// Whether `text`, which ends in "." (and perhaps closing quotes), ends a sentence when `next`
    /// is the next character.
    private static func endsSentence(_ text: String, before next: Character?) -> Bool {
        let words = text.reversed().drop { "\"'”’)]".contains($0) }.dropFirst().reversed()
            .split(whereSeparator: { $0.isWhitespace || $0 == "(" })
        guard let word = words.last.map(String.init) else { return true }
        let key = word.lowercased()
        if continuing.contains(key) { return false }
        // "No. 5" is a number sign; "the answer is no." ends a sentence.
        if key == "no" { return !(next?.isNumber ?? false) }
        if closing.contains(key) { return next?.isUppercase ?? true }
        // "John F. Kennedy": an initial after a name; "vitamin D." ends a sentence.
        if word.count == 1, word.first!.isUppercase, words.count > 1,
           words[words.count - 2].first?.isUppercase == true { return false }
        // "q.4h. then": an unknown abbreviation with inner stops goes on before a lower-case word.
        if word.contains("."), next?.isLowercase == true { return false }
        return true
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
