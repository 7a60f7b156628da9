import Foundation
import Testing
@testable import HLSpeakKit

/// Every lexicon entry, spoken through eSpeak NG, gives the phonemes it was written for.
@Suite struct LexiconTests {
    /// Expected eSpeak NG phonemes for each entry of `Voices/lexicons/en-us.yml`, and a sentence of
    /// the topic where eSpeak NG alone says the word differently.
    static let expected: [String: (phonemes: String, context: String)] = [
        "RhoGAM": ("r'oUgam", "Rh immune globulin (RhoGAM)."),
        "webmdignite": ("w'Eb 'Em d'i:; Ign'aIt", "visit webmdignite.com."),
        "NSAID": ("'En s'eId", "Ask before you take an NSAID."),
        "NSAIDs": ("'En s'eIdz", "Take NSAIDs with food."),
        "covid": ("k'oUvId", "Get a covid test."),
        "ultrasound": ("'Vltr@ s'aUnd", "You may have an ultrasound."),
        "ultrasounds": ("'Vltr@ s'aUndz", "Two ultrasounds were done."),
        "Rhesus": ("r'i:s ,Vs", "The Rhesus factor matters."),
        "acetaminophen": ("a# s'i:t#@ m'InoU f'En", "Take acetaminophen for pain."),
        "omeprazole": ("'oU m'Epr@ z'oUl", "Take omeprazole daily."),
        "enoxaparin": ("'i: n'0ks@ p'e@rIn", "You may need enoxaparin shots."),
        "triglycerides": ("tr'aI gl'Is3r,aIdz", "Your triglycerides are high."),
        "bilirubin": ("b'Ili r'u:bIn", "The bilirubin level is normal."),
        "creatinine": ("kr'i:; a#t'V n'i:n", "Your creatinine is normal."),
        "ketones": ("k'i:toUnz", "Check for ketones."),
        "picograms": ("p'aIkoU gr'amz", "It is in picograms."),
        "MRSA": ("m'3:s@", "MRSA is an infection."),
        "NICU": ("n'Ik ju:", "Your baby is in the NICU."),
        "PICU": ("p'Ik ju:", "Your child is in the PICU."),
        "ACE": ("'eIs", "Avoid ACE inhibitors."),
        "PET": ("p'Et", "You need a PET scan."),
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
