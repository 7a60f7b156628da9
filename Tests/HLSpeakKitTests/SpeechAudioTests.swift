import Foundation
import Testing
@testable import HLSpeakKit

/// Real audio from eSpeak NG, written to files and read back. Every call goes through the one
/// `SpeechEngine`, so these run safely in parallel with each other.
@Suite struct SpeechAudioTests {
    /// Writes a section of the Miscarriage topic with `voice` in `format` into a new folder.
    static func write(_ sectionID: String, voice: String = "default", format: AudioFormat = .wav,
                      maxSeconds: Int? = nil) throws -> (folder: URL, files: [WrittenAudio], section: Section) {
        let section = try SectionLookup(try TestSupport.miscarriage().readable(TestSupport.sentences)).section(sectionID)
        let profile = try TestSupport.voice(voice)
        let writer = SpokenAudioWriter(renderer: SpeechRenderer(voice: profile), format: format,
                                           level: profile.level, maxSeconds: maxSeconds)
        let folder = try TestSupport.temporaryFolder()
        let files = try writer.write(writer.renderer.script(for: section), sectionID: sectionID,
                                     to: folder.appendingPathComponent("\(sectionID).\(format.fileExtension)"))
        return (folder, files, section)
    }

    @Test func copingWAVDecodesWithTheRightHeaderAndLength() throws {
        let (folder, files, section) = try Self.write("coping")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(files.first?.audio)
        #expect(files.count == 1)

        let header = try WAVHeader(Data(contentsOf: file))
        #expect(header.formatTag == 1)
        #expect(header.channels == 1)
        #expect(header.sampleRate == 22_050)
        #expect(header.bitsPerSample == 16)

        let audio = try SoundFile.read(file)
        #expect(audio.samples.count == header.dataBytes / 2)
        #expect(AudioChecks.rms(audio) > 0.02, "not silent")
        #expect(audio.clippedSampleCount == 0)
        let silences = SilenceMap(audio)
        let lead = try #require(silences.firstSoundSample)
        #expect(audio.seconds(at: lead) <= 0.25)
        let trail = audio.duration - audio.seconds(at: try #require(silences.endOfSoundSample))
        #expect(trail >= 0.3 && trail <= 0.75)
        // Length fits the words: at the voice's speed, plus pauses, give or take.
        let voice = try TestSupport.voice()
        let expected = Double(section.wordCount) * 60 / Double(voice.wordsPerMinute)
        let silences2 = SilenceMap(audio)
        #expect(audio.duration > expected * 0.75 && audio.duration < expected * 1.5,
                "\(audio.duration) s for \(section.wordCount) words; loudness \(LoudnessMeter.integratedLoudness(of: audio) ?? -99); peak \(audio.peakDecibels); quiet runs \(silences2.quietRuns(longerThan: 700).count)")
        #expect((60...120).contains(audio.duration))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["coping.wav", "coping.wav.vtt"])
    }

    @Test func twoPiecesSpokenSideBySideJoinAsTheWholeSpokenAtOnce() throws {
        let section = try SectionLookup(try TestSupport.miscarriage().readable(TestSupport.sentences)).section("coping")
        let voice = try TestSupport.voice()
        let script = SpeechRenderer(voice: voice).script(for: section)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try SpeechEngine.shared.synthesize(ssml: script.ssml, voice: voice)
        var samples: [Int16] = []
        let pieces = try SpeechEngine.shared.synthesize(pieces: script.pieces.map(script.ssml(of:)), voice: voice,
                                                        scratchFolder: folder) { samples.append(contentsOf: $0) }
        #expect(pieces.count == 2)
        #expect(samples.count == pieces.map(\.sampleCount).reduce(0, +))
        // The lengths agree within 1% (this test process's engine is not fresh, so words vary a
        // little), and the pause where the pieces join is as long as the other pauses between
        // paragraphs (within 60 ms of their median).
        #expect(abs(samples.count - whole.sampleCount) < whole.sampleCount / 100, "\(samples.count) samples against \(whole.sampleCount)")
        var markSamples: [String: Int] = [:]
        var offset = 0
        for piece in pieces {
            for event in piece.events where event.kind == .mark { markSamples[event.name ?? ""] = offset + event.sample }
            offset += piece.sampleCount
        }
        let quiet = SilenceMap(AudioBuffer(samples: samples.map { Float($0) / 32_768 }, sampleRate: 22_050)).quietRuns(longerThan: 300)
        // Coping is its title, then paragraphs: the pause before each paragraph after the first.
        var pauses: [Int: Int] = [:]
        var firstSentence = 0
        for (index, part) in script.parts.enumerated() {
            if index >= 2, let mark = markSamples[SpokenScript.markName(firstSentence)] {
                pauses[index] = try #require(quiet.last { $0.lowerBound < mark }).count
            }
            firstSentence += part.sentences.count
        }
        let cut = script.pieces[1].lowerBound
        let joint = try #require(pauses[cut])
        pauses[cut] = nil
        let others = pauses.values.sorted()
        #expect(abs(joint - others[others.count / 2]) < 22_050 * 6 / 100, "pause at the joint \(joint) samples; the others \(others)")
        // The second piece, spoken by the child, is speech, and its marks come in order.
        let second = samples[pieces[0].sampleCount...]
        #expect(second.contains { abs(Int($0)) > 8_000 })
        let marks = pieces.flatMap { $0.events.filter { $0.kind == .mark }.compactMap(\.name) }
        #expect(marks == (0..<script.sentences.count).map(SpokenScript.markName))
        #expect(pieces[1].events.allSatisfy { $0.sample <= pieces[1].sampleCount })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the child's file is gone")
    }

    @Test func aSecondPieceWithNowhereToWriteIsReported() throws {
        let nowhere = URL(fileURLWithPath: "/nonexistent-hlspeak-folder")
        #expect {
            _ = try SpeechEngine.shared.synthesize(pieces: ["<speak>one</speak>", "<speak>two</speak>"], voice: try TestSupport.voice(),
                                                   scratchFolder: nowhere) { _ in }
        } throws: { error in
            guard case SpeechError.secondProcessFailed = error else { return false }
            return "\(error)".contains("/nonexistent-hlspeak-folder") && "\(error)".contains("try again")
        }
    }

    @Test func slowVoiceIsSlower() throws {
        let section = try SectionLookup(try TestSupport.miscarriage()).section("what-is-it")
        let normal = SpeechRenderer(voice: try TestSupport.voice("default"))
        let slow = SpeechRenderer(voice: try TestSupport.voice("slow"))
        let normalSeconds = try normal.speak(normal.script(for: section)).audio.duration
        let slowSeconds = try slow.speak(slow.script(for: section)).audio.duration
        #expect(slowSeconds > normalSeconds * 1.1)
    }

    @Test func injectedMarkupIsSpokenNotObeyed() throws {
        let hostile = "Before <audio src=\"/etc/passwd\"/> middle <break time=\"60s\"/> after."
        let section = Section(id: "x", title: "Test", blocks: [.paragraph(Paragraph([.text(hostile)]))])
        let renderer = SpeechRenderer(voice: try TestSupport.voice())
        let audio = try renderer.speak(renderer.script(for: section)).audio
        #expect(audio.duration < 15, "a 60 s break would have been obeyed")
        #expect(audio.duration > 2, "the words inside the tags are spoken")
    }

    @Test func copingScriptHasNoHundredDashOrComma() throws {
        let voice = try TestSupport.voice("phone")
        let section = try SectionLookup(try TestSupport.miscarriage()).section("coping")
        let script = SpeechRenderer(voice: voice).script(for: section)
        let hotline = try #require(script.sentences.first { $0.text.contains("Hotline") })
        let phonemes = try SpeechEngine.shared.phonemes(for: SSML.spokenText(hotline.ssml), voice: voice)
        for reading in ["h'Vndr", "d'aS", "k'0m@", "T'aUz"] {
            #expect(!phonemes.contains(reading), "\(reading) in \(phonemes)")
        }
        #expect(phonemes.contains("'eIt Tr'i: Tr'i:"), "\(phonemes)")
        let raw = try SpeechEngine.shared.phonemes(for: hotline.text, voice: voice)
        #expect(raw.contains("h'Vndr") || raw.contains("T'aUz"), "the control: eSpeak alone reads the digits as numbers: \(raw)")
    }

    @Test func serviceCodesAreReadAsDigits() throws {
        let voice = try TestSupport.voice()
        let section = Section(id: "x", title: "Help", blocks: [.paragraph(Paragraph(PhoneNumberDetector(language: TestSupport.english).runs(in: "Call 911 or 988 now.")))])
        let script = SpeechRenderer(voice: voice).script(for: section)
        let phonemes = try SpeechEngine.shared.phonemes(for: SSML.spokenText(script.ssml), voice: voice)
        #expect(phonemes.contains("n'aIn w'Vn w'Vn"), "\(phonemes)")
        #expect(!phonemes.contains("h'Vndr"), "\(phonemes)")
    }
}

/// Signal measurements the tests share.
enum AudioChecks {
    static func rms(_ audio: AudioBuffer) -> Float {
        (audio.samples.reduce(0) { $0 + $1 * $1 } / Float(max(1, audio.samples.count))).squareRoot()
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
