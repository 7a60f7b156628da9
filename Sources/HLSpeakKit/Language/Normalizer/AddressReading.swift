/// Web and mail addresses in running text, said piece by piece: "https://www.cdc.gov/flu/" →
/// "W W W dot cdc dot gov slash flu", "nurse-line@clinic.org" → "nurse dash line at clinic dot
/// org". The scheme and a last slash are not said; digits are said one by one.
enum AddressReading {
    enum Piece: Equatable {
        case text(String)
        case address(String)
    }

    /// Top-level domains that make a dotted word an address.
    static let domains: Set<String> = ["com", "org", "gov", "edu", "net", "us", "info", "io", "health", "care"]

    /// `text` cut into addresses and the text between them.
    static func pieces(of text: String) -> [Piece] {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") }) else { return [.text(text)] }
        // An address has "@", "/" or a dot before its domain's first letter: a sentence's stops
        // alone make none, and most text is said without the word by word walk below (which
        // also drops a leading space, so such text still takes it).
        let bytes = Array(text.utf8)
        let mayHoldAddress = bytes.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") }
            || zip(bytes, bytes.dropFirst()).contains { pair in
                pair.0 == UInt8(ascii: ".") && (pair.1 >= 0x80 || (pair.1 | 0x20) >= UInt8(ascii: "a") && (pair.1 | 0x20) <= UInt8(ascii: "z")
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pair.1))
            }
        if !mayHoldAddress, bytes.first != UInt8(ascii: " ") { return [.text(text)] }
        var pieces: [Piece] = []
        var pending = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !pending.isEmpty || !pieces.isEmpty { pending += " " }
            guard let (start, address, end) = address(in: word) else {
                pending += word
                continue
            }
            pending += start
            if !pending.isEmpty { pieces.append(.text(pending)) }
            pieces.append(.address(address))
            pending = end
        }
        if !pending.isEmpty || pieces.isEmpty { pieces.append(.text(pending)) }
        return pieces
    }

    /// The address in a word between spaces, with what comes before and after it (brackets,
    /// a sentence's last stop).
    static func address(in word: Substring) -> (String, String, String)? {
        guard word.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") }) else { return nil }
        let lead = word.prefix { "(\"'[".contains($0) }
        var core = word.dropFirst(lead.count)
        var tail = ""
        while let last = core.last, ".,;:!?)\"']".contains(last) {
            tail = String(last) + tail
            core = core.dropLast()
        }
        let text = String(core)
        let lower = text.lowercased()
        let isWeb = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
        let host = lower.split(separator: "/").first.map { $0.split(separator: "@").last ?? $0 } ?? ""
        let labels = host.split(separator: ".")
        let hasDomain = labels.count >= 2 && domains.contains(String(labels.last!)) && labels.allSatisfy { !$0.isEmpty }
        guard isWeb || (hasDomain && !text.hasPrefix(".") && text.first?.isLetter == true || hasDomain && text.first?.isNumber == true),
              text.count > 3 else { return nil }
        return (String(lead), text, tail)
    }

    /// How `address` is said.
    static func spoken(_ address: String, language: Language) -> String {
        var text = Substring(address)
        for scheme in ["https://", "http://"] where text.lowercased().hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        while text.hasSuffix("/") { text = text.dropLast() }
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if current.lowercased() == "www" {
                words.append(language.word("address.www"))
            } else {
                // Digits one by one, letters as written: "988lifeline" → "9 8 8 lifeline".
                var run = ""
                var runIsDigits = false
                for character in current {
                    if !run.isEmpty && character.isASCIIDigit != runIsDigits {
                        words.append(runIsDigits ? PhoneReading.digits(run) : run)
                        run = ""
                    }
                    runIsDigits = character.isASCIIDigit
                    run.append(character)
                }
                if !run.isEmpty { words.append(runIsDigits ? PhoneReading.digits(run) : run) }
            }
            current = ""
        }
        let separators: [Character: String] = [".": "address.dot", "/": "address.slash", "-": "address.dash",
                                                "_": "address.underscore", "@": "address.at"]
        for character in text {
            if let key = separators[character] {
                flush()
                words.append(language.word(key))
            } else {
                current.append(character)
            }
        }
        flush()
        return words.joined(separator: " ")
    }
}
