import Foundation

/// One audio file written, with its captions.
public struct WrittenAudio: Hashable, Sendable {
    public var audio: URL
    public var captions: URL
    public var seconds: Double
    public var bytes: Int
    /// The sentences spoken in this file, in order.
    public var text: String
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

    /// The range `--max-seconds` may take.
    static let maxSecondsRange = 10...36_000

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

    /// The longest part allowed, in seconds, after the byte limit is considered.
    var effectiveMaxSeconds: Int? {
        let rate = format.sampleRate ?? 22_050
        let byByteLimit = format.maxBytes.flatMap { bytes in
            format.encoding.bytesPerSample > 0 ? (bytes - 1_000) / (rate * format.encoding.bytesPerSample) : nil
        }
        return [maxSeconds ?? format.defaultMaxSeconds, byByteLimit].compactMap { $0 }.min()
    }

    /// Speaks the document's one section to `destination`.
    func write(_ document: ExportDocument, to destination: URL) throws -> WrittenOutput {
        let section = document.sections[0]
        let hours = renderer.estimatedDuration(of: section) / 3600
        guard hours <= Limits.spokenHours else {
            throw AudioExportError.tooLong(section: section.id, hours: hours, limit: Limits.spokenHours)
        }
        let script = renderer.script(for: section)
        guard !script.hasNothingToSay else {
            throw ContentError.nothingToWrite(sections: [section.id], topic: document.topic.id)
        }
        let written = try write(script, sectionID: section.id, to: destination)
        return WrittenOutput(files: written.flatMap { [$0.audio, $0.captions] }, seconds: written.reduce(0) { $0 + $1.seconds })
    }

    /// Speaks `script` into `destination` (`coping.wav`), or into `coping.part1.wav`,
    /// `coping.part2.wav`… when it is longer than the limit, and removes the files of the other
    /// shape an earlier run left (parts replace the whole file, and the whole file its parts).
    /// `sectionID` names the section in messages.
    func write(_ script: SpokenScript, sectionID: String, to destination: URL) throws -> [WrittenAudio] {
        var spoken = try renderer.speak(script, rate: format.sampleRate, bandLimit: format.bandLimit)
        var audio = spoken.audio
        spoken.audio.samples = []  // `audio` now owns the samples, so the edits below need no copy
        // One gain for the whole section, so its parts sound alike.
        LevelAdjuster.adjust(&audio, to: level, measured: spoken.loudness)
        var ranges = [0..<audio.samples.count]
        if let limit = effectiveMaxSeconds {
            // Room for the lead and tail silences the shaper adds.
            let allowance = Double(silence.leadMilliseconds + silence.trailMilliseconds) / 1000 + 0.2
            let maxSamples = Int((Double(limit) - allowance) * Double(audio.sampleRate))
            do {
                ranges = try PromptPartition.parts(sentenceStarts: spoken.sentenceStarts, totalSamples: audio.samples.count,
                                                   maxSamples: maxSamples, sampleRate: audio.sampleRate)
            } catch {
                let sentence = spoken.sentences.indices.contains(error.sentence)
                    ? spoken.sentences[error.sentence].text : ""
                throw AudioExportError.sentenceTooLong(section: sectionID, sentence: sentence,
                                                       seconds: error.seconds, limit: limit)
            }
        }
        var written: [WrittenAudio] = []
        if ranges.count == 1 {
            // Handing the samples over (not copying them) lets the part be shaped in place.
            written = [try writePart(consume audio, sentences: spoken.sentences.map(\.text), starts: spoken.sentenceStarts,
                                     to: destination)]
        } else {
            for (index, range) in ranges.enumerated() {
                let sentences = spoken.sentences.indices.filter { range.contains(spoken.sentenceStarts[$0]) }
                written.append(try writePart(audio.slice(range), sentences: sentences.map { spoken.sentences[$0].text },
                                             starts: sentences.map { spoken.sentenceStarts[$0] - range.lowerBound },
                                             to: OutputName.part(index + 1, of: destination)))
            }
        }
        removeStaleVariants(of: destination, keeping: written.flatMap { [$0.audio, $0.captions] })
        return written
    }

    /// Deletes `destination`'s other shape left by an earlier run: its parts, or the whole file.
    private func removeStaleVariants(of destination: URL, keeping: [URL]) {
        let folder = destination.deletingLastPathComponent()
        let kept = Set(keeping.map(\.lastPathComponent))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where !kept.contains(name) && OutputName.isVariant(name, of: destination) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Writes one part with its captions; `starts` are the sentences' samples in `part`.
    private func writePart(_ part: consuming AudioBuffer, sentences: [String], starts: [Int], to file: URL) throws -> WrittenAudio {
        var audio = part
        let position = silence.shape(&audio)
        let soundMap = SilenceMap(audio)
        let endOfSound = audio.seconds(at: soundMap.endOfSoundSample ?? audio.samples.count)
        let cueStarts = starts.map { start -> Double in
            let mark = position(start)
            // The cue starts with the sentence's first sound, not the pause eSpeak NG puts before it.
            return min(endOfSound, audio.seconds(at: soundMap.firstSound(from: mark) ?? mark))
        }
        let cues = sentences.indices.map { index in
            CaptionCue(start: cueStarts[index],
                       end: index + 1 < cueStarts.count ? max(cueStarts[index], cueStarts[index + 1] - 0.05) : endOfSound,
                       text: sentences[index])
        }
        let captions = OutputName.captions(of: file)
        try AtomicFile.writeTogether([
            (file, { [format] temporary in try SoundFile.encode(audio, to: temporary, as: format.encoding, naming: file) }),
            (captions, { temporary in try AtomicFile.write(Data(WebVTT.document(cues).utf8), into: temporary, naming: captions) }),
        ])
        return WrittenAudio(audio: file, captions: captions, seconds: audio.duration, bytes: AtomicFile.size(of: file),
                            text: sentences.joined(separator: " "))
    }
}
