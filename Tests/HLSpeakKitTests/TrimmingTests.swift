import Foundation
import Testing
@testable import HLSpeakKit

/// The library trims with its own scalar tests instead of Foundation's (for speed); they must take
/// off exactly what Foundation's character sets of the same names take off.
@Suite struct TrimmingTests {
    /// Ends made of every kind of scalar the sets tell apart: ASCII spaces, line breaks and
    /// punctuation, symbols that are not punctuation, no-break and other Unicode spaces, line and
    /// paragraph separators, curly quotes and dashes, a combining mark, letters and digits.
    static let ends: [String] = [
        "", " ", "\t", "\n", "\r\n", "\u{0B}\u{0C}", "\u{85}", "\u{A0}", "\u{2003}", "\u{3000}",
        "\u{2028}", "\u{2029}", ".", ",;:", "!?", "\"'", "“”", "‘’", "—", "–", "(", ")", "[]", "{}",
        "_", "-", "/", "@#%&*", "¿¡", "…", "$", "+", "<=>", "^`|~", "©", "°", "\u{301}", "a", "7", "é",
    ]

    @Test func takesOffWhatFoundationTakesOff() {
        let kinds: [(TrimmedScalars, CharacterSet)] = [
            (.whitespace, .whitespaces), (.whitespaceAndNewlines, .whitespacesAndNewlines),
            (.punctuation, .punctuationCharacters),
        ]
        var compared = 0
        for before in Self.ends {
            for after in Self.ends {
                for middle in ["", "mid word", " x ", "."] {
                    let text = before + middle + after
                    for (kind, set) in kinds {
                        #expect(text.trimmed(kind) == text.trimmingCharacters(in: set), "\(kind) of \(text.debugDescription)")
                        #expect(text.dropFirst(0).trimmed(kind) == text.trimmingCharacters(in: set))
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == Self.ends.count * Self.ends.count * 4 * 3)
    }

    @Test func takesOffOnlyTheEnds() {
        #expect("  Call 911, now.  ".trimmed(.whitespace) == "Call 911, now.")
        #expect("“Hello!”".trimmed(.punctuation) == "Hello")
        #expect("'tis'".trimmed(where: { $0 == "'" }) == "tis")
        #expect(" \n ".trimmed(.whitespaceAndNewlines).isEmpty)
    }
}

/// The scanners' letter, number and white-space tests answer ASCII from the byte; they must
/// answer exactly as the standard library does for every character.
@Suite struct CharacterClassTests {
    @Test func answersAsTheStandardLibraryDoes() {
        var characters = (0..<0x3100).compactMap { Unicode.Scalar($0).map(Character.init) }
        // Characters of more than one scalar: a line break, a letter or digit with a combining
        // mark, a space with one.
        characters += ["\r\n", "e\u{301}", "7\u{20E3}", " \u{301}", "\u{1F44D}\u{1F3FD}"]
        for character in characters {
            #expect(CharacterClass.isLetter(character) == character.isLetter, "\(character.debugDescription)")
            #expect(CharacterClass.isNumber(character) == character.isNumber, "\(character.debugDescription)")
            #expect(CharacterClass.isWhitespace(character) == character.isWhitespace, "\(character.debugDescription)")
        }
    }
}
