import Foundation
import Testing
@testable import HLSpeakKit

@Suite struct VoiceLibraryTests {
    @Test func shipsDefaultAndSlow() throws {
        let library = try VoiceLibrary(directory: TestSupport.voicesFolder)
        #expect(library.voiceNames.contains("default"))
        #expect(library.voiceNames.contains("slow"))
        let normal = try library.profile(named: "default")
        let slow = try library.profile(named: "slow")
        #expect(normal.espeakVoice == "en-us")
        #expect((150...170).contains(normal.wordsPerMinute))
        #expect((120...140).contains(slow.wordsPerMinute))
        #expect(normal.lexicon.respelling(for: "RhoGAM") != nil)
    }

    @Test func unknownVoiceListsTheVoices() throws {
        let library = try VoiceLibrary(directory: TestSupport.voicesFolder)
        #expect(throws: SpeechError.unknownVoice("robot", available: library.voiceNames)) {
            try library.profile(named: "robot")
        }
    }

    @Test func badProfileNamesTheLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "espeak_voice: en-us\nrate_wpm: 5\n".write(to: folder.appendingPathComponent("bad.yml"),
                                                        atomically: true, encoding: .utf8)
        do {
            _ = try VoiceLibrary(directory: folder).profile(named: "bad")
            Issue.record("expected an error")
        } catch let error as SpeechError {
            #expect(error.description.contains("bad.yml:2"))
            #expect(error.description.contains("80 to 450"))
        }
    }

    @Test func unknownEspeakVoiceIsReported() throws {
        let voice = VoiceProfile(name: "odd", espeakVoice: "xx-nowhere")
        #expect(throws: SpeechError.espeakVoiceNotFound("xx-nowhere", profile: "odd", setting: nil)) {
            try SpeechEngine.shared.synthesize(ssml: "<speak>hello</speak>", voice: voice)
        }
        // The engine still works afterwards.
        let audio = try SpeechEngine.shared.synthesize(ssml: "<speak>hello</speak>", voice: try TestSupport.voice())
        #expect(!audio.samples.isEmpty)
    }
}
