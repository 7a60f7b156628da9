/// Words counted as runs of characters between white space (as `split(whereSeparator:
/// \.isWhitespace)` counts them), scalar by scalar: no substrings are made and no grapheme
/// breaking is done, so a whole topic is counted in a fraction of the time.
enum WordCount {
    static func of(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let space = scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
