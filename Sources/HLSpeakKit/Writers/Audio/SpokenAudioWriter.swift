import Foundation

/// One audio file written, with its captions.
public struct WrittenAudio: Hashable, Sendable, Codable {
    public var audio: URL
    public var captions: URL
    public var seconds: Double
    public var sampleRate: Int
    public var bytes: Int
    /// The sentences spoken in this file, in order.
    public var text: String
    /// The sentences' texts, in order (`TimedWord.sentence` indexes them).
    public var sentences: [String] = []
    /// Each written word of `sentences` that was heard, and when.
    public var words: [TimedWord] = []
}

/// Speaks a script in one audio format: resampled (and band-limited for telephones), brought to
/// the loudness target, with set lead and tail silences, cut into numbered parts when longer
/// than the prompt limit, each with a WebVTT caption file beside it. The WAV, MP3 and phone
/// writers, and the phone line's prompts, all speak through it.
struct SpokenAudioWriter: Sendable {
    var renderer: SpeechRenderer
    var format: AudioFormat
    var level: LevelTarget
    /// The longest part in seconds; nil uses the format's default (or no limit).
    var maxSeconds: Int?
    var silence = SilenceShaper()

    init(renderer: SpeechRenderer, format: AudioFormat, level: LevelTarget, maxSeconds: Int? = nil) {
        self.renderer = renderer
        self.format = format
        self.level = level
        self.maxSeconds = maxSeconds
    }

    /// The writer for a resolved spoken request.
    init(_ request: ResolvedRequest) {
        let voice = request.voice!
        self.init(renderer: SpeechRenderer(voice: voice), format: request.audio ?? .wav, level: voice.level,
                  maxSeconds: request.request.maxSeconds)
    }

    /// The longest part allowed in `format`, in seconds, after the byte limit is considered.
    func effectiveMaxSeconds(in format: AudioFormat) -> Int? {
        let rate = format.sampleRate ?? 22_050
        let byByteLimit = format.maxBytes.flatMap { bytes in
            format.encoding.bytesPerSample > 0 ? (bytes - 1_000) / (rate * format.encoding.bytesPerSample) : nil
        }
        return [maxSeconds ?? format.defaultMaxSeconds, byByteLimit].compactMap { $0 }.min()
    }

    /// Speaks the document's one section to `destination`, and to each companion: the same
    /// speech in other formats at the same rate (WAV and MP3), from one synthesis.
    func write(_ document: ExportDocument, to destination: URL,
               alongside companions: [(format: AudioFormat, destination: URL)] = []) throws -> [WrittenOutput] {
        let section = document.sections[0]
        let hours = renderer.roughDuration(of: section) / 3600
        guard hours <= Limits.spokenHours else {
            throw AudioExportError.tooLong(section: section.id, hours: hours, limit: Limits.spokenHours)
        }
        let script = renderer.script(for: section)
        guard !script.hasNothingToSay else {
            throw ContentError.nothingToWrite(sections: [section.id], topic: document.topic.id)
        }
        return try write(script, sectionID: section.id, to: [(format, destination)] + companions).map { written in
            var output = WrittenOutput(files: written.flatMap { [$0.audio, $0.captions] }, seconds: written.reduce(0) { $0 + $1.seconds })
            output.audio = written
            return output
        }
    }

    /// Speaks `script` into `destination` (`coping.wav`), or into `coping.part1.wav`,
    /// `coping.part2.wav`… when it is longer than the limit, and removes the files of the other
    /// shape an earlier run left (parts replace the whole file, and the whole file its parts).
    /// `sectionID` names the section in messages.
    func write(_ script: SpokenScript, sectionID: String, to destination: URL) throws -> [WrittenAudio] {
        try write(script, sectionID: sectionID, to: [(format, destination)])[0]
    }

    /// Speaks `script` once and writes it in each of `targets`' formats, which share a sample
    /// rate and band limit; one list of files per target.
    func write(_ script: SpokenScript, sectionID: String, to targets: [(format: AudioFormat, destination: URL)]) throws
        -> [[WrittenAudio]] {
        let spoken = try renderer.speak(script, rate: format.sampleRate, bandLimit: format.bandLimit, for: targets[0].destination)
        let audio = spoken.audio
        // One gain for the whole section, so its parts sound alike.
        let gain = try LevelAdjuster.gain(for: audio, summary: spoken.summary, measured: spoken.loudness, target: level)
        return try targets.map { format, destination in
            var ranges = [0..<audio.count]
            if let limit = effectiveMaxSeconds(in: format) {
                // Room for the lead and tail silences the shaper adds.
                let allowance = Double(silence.leadMilliseconds + silence.trailMilliseconds) / 1000 + 0.2
                let maxSamples = Int((Double(limit) - allowance) * Double(audio.sampleRate))
                do throws(PromptPartition.SentenceTooLong) {
                    ranges = try PromptPartition.parts(sentenceStarts: spoken.sentenceStarts, totalSamples: audio.count,
                                                       maxSamples: maxSamples, sampleRate: audio.sampleRate)
                } catch {
                    let sentence = spoken.sentences.indices.contains(error.sentence)
                        ? spoken.sentences[error.sentence].text : ""
                    throw AudioExportError.sentenceTooLong(section: sectionID, sentence: sentence,
                                                           seconds: error.seconds, limit: limit)
                }
            }
            var written: [WrittenAudio] = []
            for (index, range) in ranges.enumerated() {
                let sentences = spoken.sentences.indices.filter { range.contains(spoken.sentenceStarts[$0]) || ranges.count == 1 }
                written.append(try writePart(range, of: spoken, gain: gain, sentences: sentences, as: format,
                                             to: ranges.count == 1 ? destination : OutputName.part(index + 1, of: destination)))
            }
            removeStaleVariants(of: destination, keeping: written.flatMap { [$0.audio, $0.captions] })
            return written
        }
    }

    /// Deletes `destination`'s other shape left by an earlier run: its parts, or the whole file.
    private func removeStaleVariants(of destination: URL, keeping: [URL]) {
        let folder = destination.deletingLastPathComponent()
        let kept = Set(keeping.map(\.lastPathComponent))
        let isVariant = OutputName.variants(of: destination)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where !kept.contains(name) && isVariant(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Writes the samples `range` of the spoken section as one file with its captions, in one
    /// pass: gain, limiter and silence shaping applied chunk by chunk on the way to the encoder.
    /// The captions find speech in the one window map gathered during synthesis.
    private func writePart(_ range: Range<Int>, of spoken: SpokenAudio, gain: Float, sentences: [Int], as format: AudioFormat,
                           to file: URL) throws -> WrittenAudio {
        let audio = spoken.audio
        let quiet = spoken.summary.silenceMap(of: range, gain: gain)
        let plan = silence.plan(quiet, count: range.count, sampleRate: audio.sampleRate)
        // Where the written file is quiet, for the captions: the windows measured while eSpeak NG
        // spoke, at this gain, moved as the shaping moves the samples. The limiter turns the gain
        // down from 5 ms before to 80 ms after a peak over the ceiling; a window it takes below
        // the threshold there still counts as sound, which only ever moves a cue's end later.
        let written = quiet.shaped(keeping: plan.kept, thenQuiet: plan.trailSamples)
        let count = plan.kept.reduce(plan.trailSamples) { $0 + $1.count }
        let captions = OutputName.captions(of: file)
        let limiter = level.limiter
        var words: [TimedWord] = []
        try AtomicFile.writeTogether([
            (file, { [format] temporary in
                let writer = try SoundFileWriter(temporary, encoding: format.encoding, sampleRate: audio.sampleRate, naming: file)
                for span in plan.kept {
                    let absolute = (range.lowerBound + span.lowerBound)..<(range.lowerBound + span.upperBound)
                    try limiter.render16(audio, range: absolute, gain: gain) { try writer.write(shorts: $0) }
                }
                let trail = [Float](repeating: 0, count: plan.trailSamples)
                try trail.withUnsafeBufferPointer { try writer.write($0) }
                try writer.close()
            }),
            (captions, { temporary in
                // A caption starts with its sentence's first timed word (or, for a sentence with
                // none, where its mark arrived).
                words = Self.timedWords(sentences.map { (spoken.sentences[$0].text, spoken.words[$0]) },
                                        offset: range.lowerBound, plan: plan, in: written, totalSamples: count)
                let starts = sentences.indices.map { order in
                    words.first { $0.sentence == order }?.start
                        ?? plan.position(spoken.sentenceStarts[sentences[order]] - range.lowerBound)
                }
                let cues = Self.cues(sentences.map { spoken.sentences[$0].text }, starts: starts, in: written,
                                     sampleRate: audio.sampleRate, totalSamples: count)
                try AtomicFile.write(Data(WebVTT.document(cues).utf8), into: temporary, naming: captions)
            }),
        ])
        let texts = sentences.map { spoken.sentences[$0].text }
        return WrittenAudio(audio: file, captions: captions, seconds: Double(count) / Double(audio.sampleRate),
                            sampleRate: audio.sampleRate, bytes: AtomicFile.size(of: file), text: texts.joined(separator: " "),
                            sentences: texts, words: words)
    }

    /// The written words of `sentences` timed in the finished file: each takes the sample where
    /// eSpeak NG began its first spoken word, moved as the silence shaping moved it, and then to
    /// the first sound from there (a word after a pause starts when it is heard). A written word
    /// eSpeak NG ran into its neighbour ("have" in "could not have been") shares that word's time.
    static func timedWords(_ sentences: [(text: String, said: [SpokenWordEvent])], offset: Int, plan: SilenceShaper.Plan,
                           in map: SilenceMap, totalSamples: Int) -> [TimedWord] {
        var words: [(sentence: Int, range: Range<Int>, start: Int?)] = []
        for (index, sentence) in sentences.enumerated() {
            let written = WordAlignment.writtenWords(sentence.text)
            let firsts = WordAlignment.firstSpoken(written: written.map(\.text), spoken: sentence.said.map(\.text))
            for (word, first) in zip(written, firsts) where !WordAlignment.key(word.text).isEmpty {
                var start: Int?
                if let first, sentence.said[first].sample >= offset {
                    let position = plan.position(sentence.said[first].sample - offset)
                    start = min(map.firstSound(from: position) ?? position, totalSamples)
                }
                words.append((index, word.range, start))
            }
        }
        // Untimed words between timed ones share the time before the next timed word.
        var timed: [TimedWord] = []
        var index = 0
        while index < words.count {
            guard words[index].start == nil else {
                let start = max(words[index].start!, timed.last?.start ?? 0)
                timed.append(TimedWord(sentence: words[index].sentence, range: words[index].range, start: start, end: start))
                index += 1
                continue
            }
            var next = index
            while next < words.count, words[next].start == nil { next += 1 }
            if let previous = timed.last, next < words.count, let after = words[next].start, after > previous.start {
                // The previous word and the untimed ones split its time evenly.
                let share = (after - previous.start) / (next - index + 1)
                for (order, position) in (index..<next).enumerated() {
                    let start = previous.start + share * (order + 1)
                    timed.append(TimedWord(sentence: words[position].sentence, range: words[position].range, start: start, end: start))
                }
            }
            index = next
        }
        let endOfSound = min(map.endOfSoundSample ?? totalSamples, totalSamples)
        for index in timed.indices {
            timed[index].end = index + 1 < timed.count ? timed[index + 1].start : max(timed[index].start, endOfSound)
        }
        return timed
    }

    /// One cue per sentence, from its first sound to the next one's (or the end of the sound).
    static func cues(_ texts: [String], starts: [Int], in map: SilenceMap, sampleRate: Int, totalSamples: Int) -> [CaptionCue] {
        let seconds = { (sample: Int) in Double(sample) / Double(sampleRate) }
        let endOfSound = seconds(map.endOfSoundSample ?? totalSamples)
        // A cue starts with the sentence's first sound, not the pause eSpeak NG puts before it.
        let cueStarts = starts.map { min(endOfSound, seconds(map.firstSound(from: $0) ?? $0)) }
        return texts.indices.map { index in
            CaptionCue(start: cueStarts[index],
                       end: index + 1 < cueStarts.count ? max(cueStarts[index], cueStarts[index + 1] - 0.05) : endOfSound,
                       text: texts[index])
        }
    }
}
