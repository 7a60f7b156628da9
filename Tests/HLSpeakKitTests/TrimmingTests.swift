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

@Suite struct CharacterPositionsTests {
    /// Read as bytes (ASCII without a carriage return) or as characters, every answer is the
    /// one the text's characters give.
    @Test func answersAsTheCharactersDo() {
        let texts = ["Call 1-800-555-0199 (ext. 12), it's Rh-negative.", "", "a",
                     "line\r\nbreak", "lone\rreturn", "caf\u{E9} it\u{2019}s", "e\u{301}-7\u{20E3} \u{301}x",
                     "\u{1F44D}\u{1F3FD} ok", "tab\tand\u{A0}no-break"]
        for text in texts {
            let characters = Array(text)
            let positions = CharacterPositions(text)
            #expect(positions.count == characters.count, "\(text.debugDescription)")
            for (index, character) in characters.enumerated() {
                #expect(positions.isLetter(index) == CharacterClass.isLetter(character), "\(text.debugDescription) at \(index)")
                #expect(positions.isNumber(index) == CharacterClass.isNumber(character), "\(text.debugDescription) at \(index)")
                #expect(positions.isWhitespace(index) == CharacterClass.isWhitespace(character), "\(text.debugDescription) at \(index)")
                for scalar: Unicode.Scalar in ["-", "'", "\u{2019}", "e"] {
                    #expect(positions.is(index, scalar) == (character == Character(scalar)), "\(text.debugDescription) at \(index)")
                }
            }
            for start in 0...characters.count {
                for end in start...characters.count {
                    #expect(positions.string(start..<end) == String(characters[start..<end]), "\(text.debugDescription) \(start)..<\(end)")
                }
            }
        }
    }
}

@Suite struct LazyDigestTests {
    @Test func isTheDigestOfItsPiecesInOrder() {
        let pieces: [[UInt8]] = [Array("words.tsv 12\n".utf8), Array("a\tb\nc\td\n".utf8), [], [0xE2, 0x80, 0x99]]
        var hash = SHA256()
        hash.update(pieces.flatMap { $0 })
        let digest = LazyDigest(pieces)
        #expect(digest.hexDigest == hash.hexDigest())
        #expect(digest.hexDigest == hash.hexDigest(), "asked twice, the same")
        #expect(LazyDigest(pieces) == digest)
        #expect(LazyDigest(Array(pieces.reversed())) != digest, "order counts")
    }
}
