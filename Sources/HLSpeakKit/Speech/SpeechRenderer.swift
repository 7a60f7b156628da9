import Foundation

/// A section spoken: the audio (at the rate asked for, spooled to disk), what was measured while
/// it was made, and where each sentence starts in it.
struct SpokenAudio {
    var audio: AudioSpool
    var summary: SignalSummary
    /// Integrated loudness in LUFS, measured while the audio was made.
    var loudness: Double?
    /// For each sentence of the script, in order, the sample of `audio` where its mark arrived.
    var sentenceStarts: [Int]
    var sentences: [SpokenScript.Sentence]
    /// The words eSpeak NG said, sentence by sentence (index: sentence), at `audio`'s rate.
    var words: [[SpokenWordEvent]]
}

/// Speaks sections with one voice: the content model in, a script and audio out.
public struct SpeechRenderer: Sendable {
    public var voice: VoiceProfile
    public var builder: SpokenScriptBuilder

    public init(voice: VoiceProfile) {
        self.voice = voice
        self.builder = SpokenScriptBuilder(lexicon: voice.lexicon, language: voice.language)
    }

    public func script(for section: Section) -> SpokenScript {
        builder.script(for: section)
    }

    /// The script spoken by eSpeak NG, untrimmed, at `rate` (default: eSpeak NG's own) and
    /// band-limited to `bandLimit` Hz, spooled beside `output` (default: in the temporary folder).
    /// Resampling and measuring run alongside the synthesis, on another core.
    func speak(_ script: SpokenScript, rate: Int? = nil, bandLimit: Double? = nil,
               for output: URL = FileManager.default.temporaryDirectory.appendingPathComponent("speech")) throws -> SpokenAudio {
        let engineRate = try SpeechEngine.shared.sampleRate()
        let stream = try AudioStream(inputRate: engineRate, outputRate: rate ?? engineRate, bandLimit: bandLimit, for: output)
        // A long script is spoken in two pieces at once, the second by a forked copy of the engine.
        let documents = script.pieces.map(script.ssml(of:))
        let syntheses = try SpeechEngine.shared.synthesize(pieces: documents, voice: voice, scratchFolder: output.deletingLastPathComponent(),
                                                           onAudio: stream.append)
        let made = try stream.finish()
        let audio = made.audio
        let ratio = Double(audio.sampleRate) / Double(engineRate)
        let sentences = script.sentences
        var starts = [Int](repeating: -1, count: sentences.count)
        var words = [[SpokenWordEvent]](repeating: [], count: sentences.count)
        var sentence = -1
        var pieceStart = 0
        for (document, synthesis) in zip(documents, syntheses) {
            let ssml = Array(document.unicodeScalars)
            for event in synthesis.events {
                let sample = min(audio.count, Int(Double(pieceStart + event.sample) * ratio))
                switch event.kind {
                case .mark:
                    if let name = event.name, name.hasPrefix("s"), let index = Int(name.dropFirst()),
                       starts.indices.contains(index) {
                        starts[index] = sample
                        sentence = index
                    }
                case .word where sentence >= 0:
                    // The word as spoken: its place in the SSML eSpeak NG was given.
                    let from = event.textPosition - 1
                    let to = min(ssml.count, from + event.length)
                    guard from >= 0, from < to else { continue }
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: ssml[from..<to])
                    words[sentence].append(SpokenWordEvent(sentence: sentence, text: String(text), sample: sample))
                default:
                    continue
                }
            }
            pieceStart += synthesis.sampleCount
        }
        // A mark eSpeak NG dropped takes the previous sentence's start.
        var previous = 0
        for index in starts.indices {
            if starts[index] < 0 { starts[index] = previous }
            previous = starts[index]
        }
        return SpokenAudio(audio: audio, summary: made.summary, loudness: made.loudness, sentenceStarts: starts, sentences: sentences,
                           words: words)
    }

    /// Roughly how long `section` takes to say at this voice's speed, in seconds: its words at
    /// the voice's rate (a quick bound, for refusing what is far too long to speak).
    public func roughDuration(of section: Section) -> Double {
        Double(section.wordCount) * 60 / Double(voice.wordsPerMinute)
    }

    /// How long the finished audio of `section` will be, in seconds, without speaking it: the
    /// syllables of what is said (numbers and addresses in words, lexicon respellings), the
    /// pause after each sentence and the pauses the script sets, and the lead and tail
    /// silences. Calibrated on eSpeak NG's en-us voices (0.26 s a syllable, as hlspeak counts them, at 160 words a
    /// minute, 0.16 s a sentence): within 5% of the WAV on Miscarriage's sections.
    public func estimatedDuration(of section: Section) -> Double {
        let script = builder.script(for: section)
        var seconds = 0.6  // lead and tail
        for part in script.parts {
            seconds += Double(part.pauseBefore) / 1000
            for sentence in part.sentences {
                seconds += 0.16
                for word in SSML.spokenText(sentence.ssml).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }) {
                    seconds += Double(SpellingSyllables.count(String(word))) * 0.26 * 160 / Double(voice.wordsPerMinute)
                }
            }
        }
        return seconds
    }
}
