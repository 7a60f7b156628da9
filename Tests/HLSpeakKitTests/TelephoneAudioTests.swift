import Foundation
import Testing
@testable import HLSpeakKit

/// Phone formats, levels, silences and captions, checked on the files written.
@Suite struct TelephoneAudioTests {
    @Test(arguments: [(PhoneCodec.ulaw, 7, 8), (.alaw, 6, 8), (.pcm, 1, 16)])
    func phoneWAVHasTheCodecsHeaderAndLevels(codec: PhoneCodec, tag: Int, bits: Int) throws {
        let (folder, files, _) = try SpeechAudioTests.write("coping", voice: "phone", format: .phone(codec))
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(files.first)
        let header = try WAVHeader(Data(contentsOf: file.audio))
        #expect(header.formatTag == tag)
        #expect(header.sampleRate == 8_000)
        #expect(header.channels == 1)
        #expect(header.bitsPerSample == bits)

        let audio = try SoundFile.read(file.audio)
        let loudness = try #require(LoudnessMeter.integratedLoudness(of: audio))
        #expect(abs(loudness - (-23)) <= 1, "\(loudness) LUFS")
        #expect(audio.peakDecibels <= -3, "\(audio.peakDecibels) dBFS")
        #expect(audio.clippedSampleCount == 0)
        let silences = SilenceMap(audio)
        #expect(audio.seconds(at: try #require(silences.firstSoundSample)) <= 0.25)
        let trail = audio.duration - audio.seconds(at: try #require(silences.endOfSoundSample))
        #expect(trail >= 0.3 && trail <= 0.75, "\(trail) s")
        #expect(silences.quietRuns(longerThan: 3_000).isEmpty)
        #expect(Spectrum.shareAbove(3_400, in: audio) <= 0.01)
        #expect(file.bytes < 10_000_000)
    }

    @Test(arguments: [(PhoneCodec.ulawRaw, 1), (.alawRaw, 1), (.sln, 2)])
    func rawFilesAreExactlyDurationTimesRateTimesBytes(codec: PhoneCodec, bytesPerSample: Int) throws {
        let (folder, files, _) = try SpeechAudioTests.write("what-is-it", voice: "phone", format: .phone(codec))
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(files.first)
        #expect(file.audio.pathExtension == codec.fileExtension)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.audio.path)[.size] as? Int)
        #expect(size == Int((file.seconds * 8_000).rounded()) * bytesPerSample)
        let decoded = try SoundFile.read(file.audio, rawRate: 8_000, rawEncoding: codec.encoding)
        #expect(abs(decoded.duration - file.seconds) < 0.001)
        #expect(AudioChecks.rms(decoded) > 0.01)
    }

    @Test func mp3DecodesAndMeetsTheLevels() throws {
        let (folder, files, _) = try SpeechAudioTests.write("what-is-it", format: .mp3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let audio = try SoundFile.read(try #require(files.first).audio)
        #expect(audio.sampleRate == 22_050)
        #expect(audio.duration > 5)
        let loudness = try #require(LoudnessMeter.integratedLoudness(of: audio))
        #expect(abs(loudness - (-23)) <= 1)
    }

    @Test func maxSecondsSplitsAtSentencesIntoNumberedParts() throws {
        let (folder, files, _) = try SpeechAudioTests.write("coping", voice: "phone", format: .phone(.ulaw), maxSeconds: 30)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(files.count >= 4)
        #expect(files.map(\.audio.lastPathComponent) == files.indices.map { "coping.part\($0 + 1).wav" })
        for file in files {
            let audio = try SoundFile.read(file.audio)
            #expect(audio.duration <= 30)
            let vtt = try String(contentsOf: file.captions, encoding: .utf8)
            #expect(vtt.hasPrefix("WEBVTT"))
        }
        // Every sentence is in exactly one part, in order.
        let section = try SectionLookup(try TestSupport.miscarriage()).section("coping")
        let all = SpeechRenderer(voice: try TestSupport.voice("phone")).script(for: section).sentences.map(\.text)
        #expect(files.map(\.text).joined(separator: " ") == all.joined(separator: " "))
    }

    @Test func captionsHaveOneOrderedCuePerSentenceInsideTheAudio() throws {
        let (folder, files, section) = try SpeechAudioTests.write("coping", voice: "phone", format: .phone(.ulaw))
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(files.first)
        let cues = try WebVTTParser.cues(String(contentsOf: file.captions, encoding: .utf8))
        let sentences = SpeechRenderer(voice: try TestSupport.voice("phone")).script(for: section).sentences
        #expect(cues.map(\.text) == sentences.map(\.text))
        for (previous, next) in zip(cues, cues.dropFirst()) {
            #expect(previous.start < next.start)
            #expect(previous.end <= next.start)
        }
        let audio = try SoundFile.read(file.audio)
        #expect(try #require(cues.last).end <= audio.duration)
        // Each cue starts where speech starts after a quiet moment: within 50 ms of a sound onset.
        let silences = SilenceMap(audio)
        for cue in cues {
            let sample = Int(cue.start * Double(audio.sampleRate))
            let onset = try #require(silences.firstSound(from: max(0, sample - audio.sampleRate / 20)))
            #expect(abs(audio.seconds(at: onset) - cue.start) <= 0.05, "\(cue.text)")
        }
    }
}

/// A small WebVTT reader for the tests: checks the header and each cue's timing line.
enum WebVTTParser {
    struct Cue { var start: Double; var end: Double; var text: String }

    static func cues(_ text: String) throws -> [Cue] {
        let blocks = text.components(separatedBy: "\n\n")
        try #require(blocks.first?.hasPrefix("WEBVTT") == true)
        var cues: [Cue] = []
        for block in blocks.dropFirst() where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let lines = block.split(separator: "\n").map(String.init)
            guard let timingIndex = lines.firstIndex(where: { $0.contains(" --> ") }) else {
                Issue.record("a cue without a timing line: \(block)")
                continue
            }
            let parts = lines[timingIndex].components(separatedBy: " --> ")
            guard parts.count == 2, let start = seconds(parts[0]), let end = seconds(parts[1]), end >= start else {
                Issue.record("a bad timing line: \(lines[timingIndex])")
                continue
            }
            cues.append(Cue(start: start, end: end, text: lines[(timingIndex + 1)...].joined(separator: " ")))
        }
        return cues
    }

    static func seconds(_ stamp: String) -> Double? {
        let fields = stamp.split(separator: ":")
        guard fields.count == 3, let h = Double(fields[0]), let m = Double(fields[1]), let s = Double(fields[2]) else { return nil }
        return h * 3600 + m * 60 + s
    }
}

/// The share of a signal's energy above a frequency, from a plain radix-2 FFT.
enum Spectrum {
    static func shareAbove(_ frequency: Double, in audio: AudioBuffer) -> Double {
        var size = 1
        while size < audio.samples.count { size <<= 1 }
        var real = audio.samples.map(Double.init) + [Double](repeating: 0, count: size - audio.samples.count)
        var imaginary = [Double](repeating: 0, count: size)
        fft(&real, &imaginary)
        var total = 0.0
        var above = 0.0
        for bin in 0...(size / 2) {
            let power = real[bin] * real[bin] + imaginary[bin] * imaginary[bin]
            total += power
            if Double(bin) * Double(audio.sampleRate) / Double(size) > frequency { above += power }
        }
        return total > 0 ? above / total : 0
    }

    private static func fft(_ real: inout [Double], _ imaginary: inout [Double]) {
        let count = real.count
        var j = 0
        for i in 1..<count {
            var bit = count >> 1
            while j & bit != 0 { j ^= bit; bit >>= 1 }
            j |= bit
            if i < j { real.swapAt(i, j); imaginary.swapAt(i, j) }
        }
        var length = 2
        while length <= count {
            let angle = -2 * Double.pi / Double(length)
            for start in stride(from: 0, to: count, by: length) {
                for k in 0..<length / 2 {
                    let (c, s) = (cos(angle * Double(k)), sin(angle * Double(k)))
                    let a = start + k, b = a + length / 2
                    let tr = real[b] * c - imaginary[b] * s
                    let ti = real[b] * s + imaginary[b] * c
                    real[b] = real[a] - tr; imaginary[b] = imaginary[a] - ti
                    real[a] += tr; imaginary[a] += ti
                }
            }
            length <<= 1
        }
    }
}
