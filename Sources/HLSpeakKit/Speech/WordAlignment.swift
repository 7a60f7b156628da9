/// Which spoken word says which written word. eSpeak NG reports the words it speaks, and what it
/// speaks is the normalised text ("8 oz." is spoken "eight ounces", a phone number digit by
/// digit), so the written words of a sentence are matched to the spoken ones: identical words
/// (ignoring case and punctuation) anchor the match, and the written words between two anchors
/// share the spoken words between them in order.
enum WordAlignment {
    /// How far ahead a mismatch looks for the next match: in written words, and in spoken words
    /// (one written phone number or date can be twenty spoken words).
    static let writtenWindow = 12
    static let spokenWindow = 40
    /// The most spoken words one written word can match letter for letter ("833" is "8 3 3").
    static let longestSpelling = 12

    /// For each written word, the index of the first spoken word that says it; nil for a written
    /// word nothing was said for (punctuation alone, or more written words than spoken ones).
    /// A written word matches one spoken word, or several spelled out ("TLC-" is "T L C").
    static func firstSpoken(written: [String], spoken: [String]) -> [Int?] {
        let writtenKeys = written.map(key)
        let spokenKeys = spoken.map(key)
        var anchors: [(written: Int, spoken: Int, length: Int)] = []
        var i = 0
        var j = 0
        while i < writtenKeys.count && j < spokenKeys.count {
            if let length = match(writtenKeys[i], spokenKeys, at: j) {
                anchors.append((i, j, length))
                i += 1
                j += length
                continue
            }
            if let (skipWritten, skipSpoken) = resync(writtenKeys, i, spokenKeys, j) {
                i += skipWritten
                j += skipSpoken
            } else {
                i += 1  // nothing said for this word nearby: try the next
            }
        }
        var result = [Int?](repeating: nil, count: written.count)
        var previous = (written: -1, spoken: 0)
        for anchor in anchors + [(written.count, spoken.count, 0)] {
            let gapWritten = (previous.written + 1)..<anchor.written
            let gapSpoken = previous.spoken..<anchor.spoken
            if !gapSpoken.isEmpty {
                // Written words with letters or digits share the spoken words, in order.
                let sayable = gapWritten.filter { !writtenKeys[$0].isEmpty }
                var lastGiven = -1
                for (order, index) in sayable.enumerated() {
                    let given = gapSpoken.lowerBound + order * gapSpoken.count / max(1, sayable.count)
                    if given > lastGiven { result[index] = given }
                    lastGiven = given
                }
            }
            if anchor.written < written.count { result[anchor.written] = anchor.spoken }
            previous = (anchor.written, anchor.spoken + anchor.length)
        }
        return result
    }

    /// How many spoken words from `start` say `word`: one the same, or several that spell it.
    private static func match(_ word: String, _ spoken: [String], at start: Int) -> Int? {
        guard !word.isEmpty, start < spoken.count else { return nil }
        if spoken[start] == word { return 1 }
        guard word.hasPrefix(spoken[start]), !spoken[start].isEmpty else { return nil }
        var joined = ""
        for length in 1...min(longestSpelling, spoken.count - start) {
            joined += spoken[start + length - 1]
            if joined == word { return length }
            if !word.hasPrefix(joined) { return nil }
        }
        return nil
    }

    /// The nearest match ahead, as (written words skipped, spoken words skipped).
    private static func resync(_ written: [String], _ i: Int, _ spoken: [String], _ j: Int) -> (Int, Int)? {
        for total in 1..<(writtenWindow + spokenWindow) {
            for skipWritten in 0...min(total, writtenWindow - 1) {
                let skipSpoken = total - skipWritten
                guard skipSpoken < spokenWindow, i + skipWritten < written.count, j + skipSpoken < spoken.count else { continue }
                if match(written[i + skipWritten], spoken, at: j + skipSpoken) != nil { return (skipWritten, skipSpoken) }
            }
        }
        return nil
    }

    /// A word's letters and digits, lower-cased: "It's" and "its" match, "miscarriage." and
    /// "miscarriage" too.
    static func key(_ word: String) -> String {
        // Collected as UTF-8 bytes and made a string once: appending to a string a scalar at a
        // time cost ~40 instructions a scalar, for every word of every sentence.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            // ASCII without asking Unicode's tables.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch scalar {
                case "A"..."Z": bytes.append(byte + 32)
                case "a"..."z", "0"..."9": bytes.append(byte)
                default: break
                }
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where lower.properties.isAlphabetic {
                    bytes.append(contentsOf: UTF8.encode(lower)!)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The words of `text` as written, with their ranges in characters: split at white space,
    /// and after a hyphen inside a word ("1-", "833-", "TLC-", "MAMA"; "Rh-", "negative"), since
    /// each part is said on its own.
    static func writtenWords(_ text: String) -> [(text: String, range: Range<Int>)] {
        var words: [(text: String, range: Range<Int>)] = []
        // Each word is copied out of `text` by position: building it from `Character`s cost
        // ~5,000 instructions a word.
        let characters = CharacterPositions(text)
        var start: Int?
        func close(_ end: Int) {
            if let begin = start { words.append((characters.string(begin..<end), begin..<end)) }
            start = nil
        }
        for offset in 0..<characters.count {
            if characters.isWhitespace(offset) {
                close(offset)
                continue
            }
            if start == nil { start = offset }
            if characters.is(offset, "-"), offset + 1 < characters.count, let begin = start, offset > begin,
               characters.isLetter(offset - 1) || characters.isNumber(offset - 1),
               characters.isLetter(offset + 1) || characters.isNumber(offset + 1) {
                close(offset + 1)
            }
        }
        close(characters.count)
        return words
    }
}
