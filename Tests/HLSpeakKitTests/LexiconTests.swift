import Foundation
import Testing
@testable import HLSpeakKit

/// Every lexicon entry, spoken through eSpeak NG, gives the phonemes it was written for.
@Suite struct LexiconTests {
    /// Expected eSpeak NG phonemes for each entry of `Voices/lexicons/en-us.yml`, and a sentence of
    /// the topic where eSpeak NG alone says the word differently.
    static let expected: [String: (phonemes: String, context: String)] = [
        "RhoGAM": ("r'oU g'am", "Rh immune globulin (RhoGAM)."),
        "webmdignite": ("w'Eb 'Em d'i:; Ign'aIt", "visit webmdignite.com."),
    ]

    @Test func everyEntryHasItsExpectedPhonemes() throws {
        let voice = try TestSupport.voice()
        #expect(Set(voice.lexicon.entries.keys) == Set(Self.expected.keys), "each entry needs expected phonemes here")
        for (word, expected) in Self.expected {
            let respelling = try #require(voice.lexicon.respelling(for: word))
            let phonemes = try SpeechEngine.shared.phonemes(for: respelling, voice: voice)
            #expect(phonemes == expected.phonemes, "\(word)")
            let raw = try SpeechEngine.shared.phonemes(for: expected.context, voice: voice)
            #expect(!raw.contains(expected.phonemes), "eSpeak alone says \(word) differently: \(raw)")
        }
    }

    @Test func capitalsMatchExactlyAndLowerCaseMatchesAny() {
        let lexicon = Lexicon(["RhoGAM": "roe gam", "webmdignite": "web M D ignite"])
        #expect(lexicon.respelling(for: "RhoGAM") == "roe gam")
        #expect(lexicon.respelling(for: "rhogam") == nil)
        #expect(lexicon.respelling(for: "WebMDIgnite") == "web M D ignite")
    }
}
