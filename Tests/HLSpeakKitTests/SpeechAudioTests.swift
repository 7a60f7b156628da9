import Foundation
import Testing
@testable import HLSpeakKit

/// Real audio from eSpeak NG, written to WAV and read back. Every call goes through the one
/// `SpeechEngine`, so these run safely in parallel with each other.
@Suite struct SpeechAudioTests {
    @Test func copingWAVDecodesWithTheRightHeaderAndLength() throws {
        let topic = try TestSupport.miscarriage()
        let section = try SectionLookup(topic).section("coping")
        let voice = try TestSupport.voice()
        let renderer = SpeechRenderer(voice: voice)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coping.wav")
        try SoundFile.write(try renderer.audio(for: renderer.script(for: section)), to: file)

        let header = try WAVHeader(Data(contentsOf: file))
        #expect(header.formatTag == 1)
        #expect(header.channels == 1)
        #expect(header.sampleRate == 22_050)
        #expect(header.bitsPerSample == 16)

        let audio = try SoundFile.read(file)
        #expect(audio.samples.count == header.dataBytes / 2)
        let rms = sqrt(audio.samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(audio.samples.count))
        #expect(rms > 500, "not silent")
        #expect(audio.clippedSampleCount == 0)
        let lead = try #require(audio.firstSound())
        #expect(Double(lead) / Double(audio.sampleRate) <= 0.25)
        // Length fits the words: at the voice's speed, plus pauses, give or take.
        let expected = Double(section.wordCount) * 60 / Double(voice.wordsPerMinute)
        #expect(audio.duration > expected * 0.75 && audio.duration < expected * 1.5,
                "\(audio.duration) s for \(section.wordCount) words")
        #expect((60...120).contains(audio.duration))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["coping.wav"])
    }

    @Test func slowVoiceIsSlower() throws {
        let section = try SectionLookup(try TestSupport.miscarriage()).section("what-is-it")
        let normal = SpeechRenderer(voice: try TestSupport.voice("default"))
        let slow = SpeechRenderer(voice: try TestSupport.voice("slow"))
        let normalSeconds = try normal.audio(for: normal.script(for: section)).duration
        let slowSeconds = try slow.audio(for: slow.script(for: section)).duration
        #expect(slowSeconds > normalSeconds * 1.1)
    }

    @Test func injectedMarkupIsSpokenNotObeyed() throws {
        let hostile = "Before <audio src=\"/etc/passwd\"/> middle <break time=\"60s\"/> after."
        let section = Section(id: "x", title: "Test", blocks: [.paragraph(Paragraph([.text(hostile)]))])
        let renderer = SpeechRenderer(voice: try TestSupport.voice())
        let audio = try renderer.audio(for: renderer.script(for: section))
        #expect(audio.duration < 15, "a 60 s break would have been obeyed")
        #expect(audio.duration > 2, "the words inside the tags are spoken")
    }

    @Test func phoneDigitsAreReadAsDigits() throws {
        let voice = try TestSupport.voice()
        let spoken = PhoneReading.spoken(PhoneNumberDetector.runs(in: "1-833-852-6262").compactMap {
            if case .phone(let number) = $0 { number } else { nil }
        }[0])
        let phonemes = try SpeechEngine.shared.phonemes(for: "Call \(spoken) for support.", voice: voice)
        #expect(!phonemes.contains("h'Vndr"), "\(phonemes)")
        #expect(!phonemes.contains("T'aUz"), "\(phonemes)")
        #expect(phonemes.contains("'eIt Tr'i: Tr'i:"), "\(phonemes)")
        let raw = try SpeechEngine.shared.phonemes(for: "Call 833.", voice: voice)
        #expect(raw.contains("h'Vndr"), "the control: eSpeak reads a bare 833 as a number")
    }

    /// Each entry fixes a reading eSpeak NG gets wrong in the topic's own context.
    @Test(arguments: [
        ("Rh immune globulin (RhoGAM).", "RhoGAM", "r'oU g'am"),
        ("visit webmdignite.com.", "webmdignite", "w'Eb 'Em d'i:; Ign'aIt"),
    ])
    func lexiconRespellingFixesThePronunciation(context: String, word: String, expected: String) throws {
        let voice = try TestSupport.voice()
        let respelling = try #require(voice.lexicon.respelling(for: word))
        let phonemes = try SpeechEngine.shared.phonemes(for: respelling, voice: voice)
        #expect(phonemes == expected)
        let raw = try SpeechEngine.shared.phonemes(for: context, voice: voice)
        #expect(!raw.contains(expected), "eSpeak alone says it differently: \(raw)")
    }
}

/// The fields of a RIFF WAV header, parsed by hand so the test does not trust the writer's library.
struct WAVHeader {
    var formatTag: Int
    var channels: Int
    var sampleRate: Int
    var bitsPerSample: Int
    var dataBytes: Int

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func tag(_ at: Int) -> String { String(decoding: bytes[at..<at + 4], as: UTF8.self) }
        try #require(bytes.count >= 44 && tag(0) == "RIFF" && tag(8) == "WAVE")
        try #require(u32(4) == bytes.count - 8, "RIFF size matches the file")
        var offset = 12
        var format: (Int, Int, Int, Int)?
        var dataBytes: Int?
        while offset + 8 <= bytes.count {
            let size = u32(offset + 4)
            switch tag(offset) {
            case "fmt ": format = (u16(offset + 8), u16(offset + 10), u32(offset + 12), u16(offset + 22))
            case "data": dataBytes = size
            default: break
            }
            offset += 8 + size + size % 2
        }
        let found = try #require(format)
        (formatTag, channels, sampleRate, bitsPerSample) = found
        self.dataBytes = try #require(dataBytes)
    }
}
