/// The one decision of where a sentence ends, from the language's `sentences.tsv`: at `.`, `!`,
/// `?` or `…` (with any closing quotes or brackets) before white space; not inside a number
/// ("100.4") or an address ("cdc.gov"); not after a title or "e.g." ("Dr. Lee"); after an
/// abbreviation that may end one ("etc.", "a.m.") or a place ("12 Main St.") only when a capital
/// or nothing follows; not after an initial in a name ("John F. Kennedy"). A page's note number
/// printed after the stop ("… diets.1 Two studies …") stays with the sentence it ends. Speech,
/// captions, readability, the simplifier and the checker all cut sentences here.
public struct SentenceBoundary: Hashable, Sendable {
    /// How an abbreviation's dot behaves.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// The sentence always goes on: "Dr. Lee", "e.g. rest".
        case continues
        /// Ends the sentence when a capital or nothing follows: "… etc. Then".
        case mayEnd = "may-end"
        /// A number sign before a digit ("No. 5"), the word otherwise.
        case number
        /// A place after a number or a name ("12 Main St."), which may end the sentence; a title
        /// before a name otherwise ("St. Mary's").
        case placeOrTitle = "place-or-title"
        /// Begins a name as often as it ends a sentence ("the U.S. Department of Health", "in
        /// the U.S. Most people …"): ends the sentence only before a word that opens sentences
        /// (`openers`) or nothing.
        case beforeName = "before-name"
    }

    /// Abbreviations, lower case and without their final dot.
    public var roles: [String: Role]
    /// Words, lower case, that open sentences but never continue a name: "the", "most", "in"…
    public var openers: Set<String>

    public init(roles: [String: Role], openers: Set<String> = []) {
        self.roles = roles
        self.openers = openers
    }

    /// The sentences of `runs`, each as its own runs, without leading or trailing white space.
    /// Phone numbers, links and emphasis stay whole.
    public func split(_ runs: [Inline]) -> [[Inline]] {
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
        return sentences.map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// The sentences of a plain string.
    public func split(_ text: String) -> [String] {
        split([.text(text)]).map(\.plainText)
    }

    /// The sentences of text in lines, a paragraph or a list item to a line: a line that ends as
    /// a sentence ends ends its sentence, whatever the next line opens with ("- fatigue." before
    /// "- heat intolerance."); one that does not ("Some common symptoms are") goes on into the next.
    public func split(lines text: String) -> [String] {
        var sentences: [String] = []
        var open: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let line = line.trimmed(.whitespace)
            guard !line.isEmpty else { continue }
            open.append(line)
            var body = Substring(line)
            while let last = body.last, Self.closers.contains(last) { body = body.dropLast() }
            guard let stop = body.last, "!?…".contains(stop) || stop == "." && endsSentence(line, before: nil) else { continue }
            sentences += split(open.joined(separator: " "))
            open = []
        }
        if !open.isEmpty { sentences += split(open.joined(separator: " ")) }
        return sentences
    }

    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]

    /// `text` cut after each sentence end; the last piece is what follows the last end. It walks
    /// scalars, not characters: stops, closers and spaces are single scalars, and breaking a
    /// long paragraph into characters was most of the cost.
    private func splitText(_ text: String) -> [String] {
        var pieces: [String] = []
        let text = ScalarText(text)
        let scalars = text.scalars
        let isSpace: (Unicode.Scalar) -> Bool = \.isSpaceOrLineBreak
        var start = 0
        for index in scalars.indices {
            guard index + 1 < scalars.count else { continue }
            guard isSpace(scalars[index + 1]) else {
                if endsRunOn(text, at: index, from: start) {
                    pieces.append(text.string(start...index))
                    start = index + 1
                }
                continue
            }
            // A note number printed after a full stop: "… high-fiber diets.1 Two large studies …".
            if let stop = Self.noteStop(scalars, endingAt: index, from: start) {
                if endsAtNote(text, stop: stop, at: index, from: start) {
                    pieces.append(text.string(start...index))
                    start = index + 1
                }
                continue
            }
            // The stop, then closing quotes or brackets: `said "no."`, `(see below.)`.
            var stopAt = index
            while stopAt >= start, Self.closerScalars.contains(scalars[stopAt]) { stopAt -= 1 }
            guard stopAt >= start, Self.stopScalars.contains(scalars[stopAt]) else { continue }
            let stop = scalars[stopAt]
            // "(e.g. why did it happen to me?) and this can …", "“Why me?” she asked": before a word in
            // lower case a question or an exclamation goes on.
            if stop == "?" || stop == "!" {
                var wordStart = index + 1
                while wordStart < scalars.count, isSpace(scalars[wordStart]) { wordStart += 1 }
                if wordStart < scalars.count, scalars[wordStart].properties.isLowercase { continue }
            }
            if stop == "." || stop == "…" {
                var wordStart = index + 1
                while wordStart < scalars.count, isSpace(scalars[wordStart]) { wordStart += 1 }
                var wordEnd = wordStart
                while wordEnd < scalars.count, !isSpace(scalars[wordEnd]) { wordEnd += 1 }
                let next = wordStart < scalars.count ? Character(scalars[wordStart]) : nil
                guard endsSentence(text.string(start...index), before: next,
                                   word: text.string(wordStart..<wordEnd)) else { continue }
            }
            pieces.append(text.string(start...index))
            start = index + 1
        }
        pieces.append(text.string(from: start))
        return pieces
    }

    /// Where `text` runs a sentence into the next with no space ("eyes.A"), as the two words
    /// around each dot: what the checker asks an editor to mend.
    func runOnEnds(in text: String) -> [String] {
        let text = ScalarText(text)
        let scalars = text.scalars
        return scalars.indices.compactMap { index in
            guard endsRunOn(text, at: index, from: 0) else { return nil }
            return text.string(Self.wordStart(scalars, before: index)..<Self.wordEnd(scalars, from: index + 1))
        }
    }

    /// True when the dot at `index`, with no space after it, ends the sentence that began at
    /// `start`: a run-on (`runsOn`) that no title or abbreviation before it keeps going
    /// ("Mrs.Smith").
    private func endsRunOn(_ text: ScalarText, at index: Int, from start: Int) -> Bool {
        let scalars = text.scalars
        return Self.runsOn(scalars, at: index)
            && endsSentence(text.string(start...index), before: Character(scalars[index + 1]),
                            word: text.string((index + 1)..<Self.wordEnd(scalars, from: index + 1)))
    }

    /// True when the dot at `index` ends a sentence that runs on into the next with no space, as
    /// pages that lost a space write them: "… in their eyes.A much rarer form …", "… cure
    /// them.Anti-angiogenic therapy …", "(… and impotence).There are …". Only between a word in
    /// lower case and a capitalised one; never in an address ("www.Healthfinder.gov",
    /// "info@Clinic.org"), where a dot, "@", "/" or ":" is in either word, nor after capitals
    /// ("U.S.A", "Dr.Lee").
    static func runsOn(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == ".", index + 2 < scalars.count, scalars[index + 1].properties.isUppercase else { return false }
        // ("… and impotence).There are …": closing brackets or quotes may come between.)
        var last = index - 1
        while last >= 0, closerScalars.contains(scalars[last]) { last -= 1 }
        guard last >= 1, scalars[last].properties.isLowercase, scalars[last - 1].properties.isLowercase else { return false }
        let after = scalars[index + 2]
        guard after.properties.isLowercase || after.isSpaceOrLineBreak && ["A", "I"].contains(scalars[index + 1]) else { return false }
        let addressMarks: [Unicode.Scalar] = [".", "@", "/", ":"]
        return !scalars[wordStart(scalars, before: index)..<index].contains(where: addressMarks.contains)
            && !scalars[(index + 1)..<wordEnd(scalars, from: index + 1)].contains(where: addressMarks.contains)
    }

    /// Where `text` prints a note number after a full stop ("diets.1", "risk.3,6"), as that word:
    /// what the checker asks an editor to mend, since speech reads the number with the sentence.
    func noteNumberEnds(in text: String) -> [String] {
        let text = ScalarText(text)
        let scalars = text.scalars
        return scalars.indices.compactMap { index in
            guard let stop = Self.noteStop(scalars, endingAt: index, from: 0),
                  index + 1 == scalars.count || scalars[index + 1].isSpaceOrLineBreak && endsAtNote(text, stop: stop, at: index, from: 0)
            else { return nil }
            return text.string(Self.wordStart(scalars, before: index)...index)
        }
    }

    /// True when the note number that ends at `index`, after the full stop at `stop`
    /// (`noteStop`), ends the sentence that began at `start`: a capital opens the next word
    /// ("diets.1 Two"), and no abbreviation before the stop keeps the sentence going ("fig.1 Then").
    private func endsAtNote(_ text: ScalarText, stop: Int, at index: Int, from start: Int) -> Bool {
        let scalars = text.scalars
        var wordStart = index + 1
        while wordStart < scalars.count, scalars[wordStart].isSpaceOrLineBreak { wordStart += 1 }
        guard wordStart < scalars.count, scalars[wordStart].properties.isUppercase else { return false }
        return endsSentence(text.string(start...stop), before: Character(scalars[wordStart]),
                            word: text.string(wordStart..<Self.wordEnd(scalars, from: wordStart)))
    }

    /// `sentence` cut before a note number printed after its full stop, and the number:
    /// "… diets.1" → ("… diets.", "1"); ("…", "") when there is none.
    static func noteNumber(after sentence: String) -> (sentence: String, note: String) {
        let scalars = Array(sentence.unicodeScalars)
        guard let last = scalars.indices.last, let stop = noteStop(scalars, endingAt: last, from: 0) else { return (sentence, "") }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[...stop])
        var note = String.UnicodeScalarView()
        note.append(contentsOf: scalars[(stop + 1)...])
        return (String(body), String(note))
    }

    /// The full stop before a note number that ends at `index` ("diets.1", "risk.3,6", "it.2-4"):
    /// up to three digits, commas or dashes right after a stop that follows a word in lower case,
    /// a name in capitals ("VUR.1") or a closing bracket. Never in a decimal ("1.5"), after one
    /// letter ("B.12") or in an address.
    static func noteStop(_ scalars: [Unicode.Scalar], endingAt index: Int, from start: Int) -> Int? {
        let isDigit = { (scalar: Unicode.Scalar) in ("0"..."9").contains(scalar) }
        guard isDigit(scalars[index]) else { return nil }
        var stop = index
        while stop > start, isDigit(scalars[stop]) || [",", "-", "–"].contains(scalars[stop]) { stop -= 1 }
        guard stop > start, index - stop <= 5, scalars[stop] == ".", isDigit(scalars[stop + 1]) else { return nil }
        let before = scalars[stop - 1]
        let word = scalars[wordStart(scalars, before: stop)..<stop]
        // ("… of children have VUR.1 Studies …": a short name in capitals too, not one letter.)
        guard before.properties.isLowercase || closerScalars.contains(before)
                || word.count >= 2 && word.allSatisfy({ $0.properties.isUppercase }) else { return nil }
        return word.contains { [".", "@", "/", ":"].contains($0) } ? nil : stop
    }

    /// Where the word that `index` is in starts: after the last space before it, or at the start.
    private static func wordStart(_ scalars: [Unicode.Scalar], before index: Int) -> Int {
        var start = index
        while start > 0, !scalars[start - 1].isSpaceOrLineBreak { start -= 1 }
        return start
    }

    /// Where the word that starts at `index` ends: the next space, or the end.
    private static func wordEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var end = index
        while end < scalars.count, !scalars[end].isSpaceOrLineBreak { end += 1 }
        return end
    }

    // Lists, not sets: a handful of scalars, and a Set<Unicode.Scalar> costs the runtime a
    // search of every conformance record the first time one is made.
    static let closerScalars = closers.map { $0.unicodeScalars.first! }
    static let stopScalars: [Unicode.Scalar] = [".", "!", "?", "…"]

    /// Whether `text`, which ends in "." or "…" (and perhaps closing quotes), ends a sentence
    /// when `next` is the next character.
    func endsSentence(_ text: String, before next: Character?, word following: String = "") -> Bool {
        // A sentence starts with a capital (or a digit, or a name like "hCG"): before a word all
        // in lower case, a dot is an abbreviation's ("5 in. long", "appt. today").
        if next?.isLowercase == true, !following.contains(where: \.isUppercase) { return false }
        let capitalOrEnd = next?.isUppercase ?? true
        var body = Substring(text)
        while let last = body.last, Self.closers.contains(last) { body = body.dropLast() }
        if body.hasSuffix("…") || body.hasSuffix("...") { return next?.isUppercase ?? true }
        // Only the last three words matter: the sentence so far may be long.
        let tail = body.dropLast().suffix(120)
        let truncated = tail.startIndex > body.startIndex
        let words = tail.split(whereSeparator: { character in
            // ASCII from the byte: comparing characters compares strings.
            guard let byte = character.asciiValue else { return character == "–" || character == "—" || character.isWhitespace }
            return byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == 0x20 || (0x09...0x0D).contains(byte)
        }).dropFirst(truncated ? 1 : 0)
        guard let word = words.last.map(String.init) else { return true }
        // Shorthand in a row ("P.O. B.I.D."): the next one goes on with the sentence.
        if word.contains("."), following.dropLast().contains(".") { return false }
        switch roles[word.lowercased()] {
        case .continues?: return false
        case .number?: return !(next?.isNumber ?? false)
        case .mayEnd?: return capitalOrEnd
        case .beforeName?:
            // A number or a quotation starts a sentence too ("… in the U.S. 1 in 4 …").
            let word = following.drop { "\"“‘'(".contains($0) }
            return next == nil || word.first?.isNumber == true
                || openers.contains(String(word.lowercased().prefix { $0.isLetter || $0 == "'" || $0 == "’" }))
        case .placeOrTitle?:
            return isPlace(before: words.dropLast().last.map(String.init),
                           startsSentence: !truncated && words.count < 3
                               || words.count >= 3 && ".!?:".contains(words[words.endIndex - 3].last ?? "."),
                           nameFollows: next?.isUppercase ?? false) && capitalOrEnd
        case nil: break
        }
        // "John F. Kennedy": an initial after a name; "vitamin D." ends a sentence.
        if word.count == 1, word.first!.isUppercase, words.count > 1,
           words[words.endIndex - 2].first?.isUppercase == true { return false }
        // "q.4h. then": an unknown abbreviation with inner stops goes on before a lower-case word.
        if word.contains("."), next?.isLowercase == true { return false }
        return true
    }

    /// For a place-or-title abbreviation ("St", "Dr"): a place when it follows a number or a
    /// capitalised name ("12 Main St."), unless that capital only starts the sentence and a name
    /// follows ("Visit St. Mary's"); a title otherwise ("Dr. Lee").
    public func isPlace(before previous: String?, startsSentence: Bool, nameFollows: Bool) -> Bool {
        guard let previous, let first = previous.first else { return false }
        if first.isNumber { return true }
        return first.isUppercase && !(nameFollows && startsSentence)
    }

    private static func trimmed(_ runs: [Inline]) -> [Inline] {
        var runs = runs.mergingText()
        if case .text(let first)? = runs.first {
            runs[0] = .text(String(first.drop(while: \.isWhitespace)))
        }
        if case .text(let last)? = runs.last {
            // From the end: only the trailing spaces are looked at.
            let end = last.lastIndex { !$0.isWhitespace }.map { last.index(after: $0) } ?? last.startIndex
            runs[runs.count - 1] = .text(String(last[..<end]))
        }
        return runs.mergingText()
    }
}
