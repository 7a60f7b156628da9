import Foundation
import Testing
@testable import HLSpeakKit

/// Captions against the audio itself: speech onsets measured from the decoded file (2 ms windows,
/// not the writer's own 10 ms silence map, and not eSpeak NG's events), at 22 050 Hz and 8 kHz.
@Suite struct CaptionTimingTests {
    /// Speech measured from samples: where each run of sound that follows at least 100 ms of
    /// quiet starts, and where the last sound ends (windows louder than -45 dBFS).
    struct MeasuredSpeech {
        var onsets: [Double]
        var end: Double

        init(_ audio: AudioBuffer) {
            let window = max(1, audio.sampleRate / 500)
            let threshold = Float(pow(10, -45.0 / 20))
            var onsets: [Double] = []
            var lastLoud: Int?
            for start in stride(from: 0, to: audio.samples.count - window, by: window) {
                let energy = audio.samples[start..<start + window].reduce(0) { $0 + $1 * $1 } / Float(window)
                guard energy.squareRoot() > threshold else { continue }
                if lastLoud.map({ start - $0 >= audio.sampleRate / 10 }) ?? true {
                    onsets.append(Double(start) / Double(audio.sampleRate))
                }
                lastLoud = start + window
            }
            self.onsets = onsets
            end = Double(lastLoud ?? 0) / Double(audio.sampleRate)
        }
    }

    /// Cue start and end times in seconds from a WebVTT file.
    static func cues(_ vtt: String) -> [(start: Double, end: Double)] {
        func seconds(_ stamp: Substring) -> Double {
            let parts = stamp.split(separator: ":").compactMap { Double($0) }
            return parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : -1
        }
        return vtt.split(separator: "\n").filter { $0.contains(" --> ") }.map { line in
            let ends = line.components(separatedBy: " --> ")
            return (seconds(Substring(ends[0])), seconds(Substring(ends[1])))
        }
    }

    @Test(arguments: [("coping", "default", AudioFormat.wav), ("symptoms", "default", .wav), ("coping", "phone", .phone(.pcm))])
    func everyCueStartsWithItsSentenceAndTheLastEndsWithTheSpeech(section: String, voice: String, format: AudioFormat) throws {
        let (folder, files, _) = try SpeechAudioTests.write(section, voice: voice, format: format)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(files.first)
        let audio = try SoundFile.read(file.audio)
        let speech = MeasuredSpeech(audio)
        let cues = Self.cues(try String(contentsOf: file.captions, encoding: .utf8))
        #expect(cues.count >= 3)
        for (index, cue) in cues.enumerated() {
            let nearest = try #require(speech.onsets.min { abs($0 - cue.start) < abs($1 - cue.start) })
            #expect(abs(nearest - cue.start) <= 0.02, "cue \(index + 1) starts at \(cue.start), speech at \(nearest)")
        }
        let last = try #require(cues.last)
        #expect(abs(last.end - speech.end) <= 0.02, "last cue ends \(last.end), speech \(speech.end)")
        #expect(abs(audio.duration - speech.end - 0.5) <= 0.02, "500 ms after the last word")
    }

    @Test func clockTimesAreWrittenAsPrintfWritesThem() {
        for milliseconds in [0, 1, 9, 10, 999, 1000, 59_999, 60_000, 3_599_999, 3_600_000, 36_000_000, 359_999_999, 123_456_789] {
            #expect(WebVTT.timestamp(Double(milliseconds) / 1000) == String(format: "%02d:%02d:%02d.%03d", milliseconds / 3_600_000,
                                                                              milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000))
            #expect(ClockTime.text(milliseconds: milliseconds, hourDigits: 1) == String(format: "%d:%02d:%02d.%03d", milliseconds / 3_600_000,
                                                                                         milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000))
        }
    }
}

/// Written words are matched to eSpeak NG's spoken ones by their letters and digits.
@Suite struct WordAlignmentTests {
    @Test func keysAreTheLowerCaseLettersAndDigits() {
        let words = ["Miscarriage.", "It's", "(1-833-TLC-MAMA)", "8 oz.", "Café", "ÉTÉ", "İstanbul", "naïve",
                     "Straße", "ΣΟΦΙΑ", "K-9", "½", "٣", "—", "“Rh-negative”", "Ⓐ"]
        for word in words {
            // The definition: lower-case the word, keep what is alphabetic or an ASCII digit.
            let expected = String(word.lowercased().unicodeScalars
                .filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
            #expect(WordAlignment.key(word) == expected, "\(word)")
        }
        #expect(WordAlignment.key("TLC-") == "tlc")
    }

    @Test func spelledOutWordsMatchTheirLetters() {
        let firsts = WordAlignment.firstSpoken(written: ["Call", "TLC-", "now."], spoken: ["call", "T", "L", "C", "now"])
        #expect(firsts == [0, 1, 4])
    }
}
