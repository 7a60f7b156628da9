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

/// Writes a spoken section in one audio format: resampled (and band-limited for telephones),
/// brought to the loudness target, with set lead and tail silences, cut into numbered parts
/// when longer than the prompt limit, each with a WebVTT caption file beside it.
public struct SpokenAudioWriter: Sendable {
    public var renderer: SpeechRenderer
    public var format: AudioFormat
    public var level: LevelTarget
    /// The longest part in seconds; nil uses the format's default (or no limit).
    public var maxSeconds: Int?
    public var silence = SilenceShaper()

    /// The range `--max-seconds` may take.
    public static let maxSecondsRange = 10...36_000

    public init(renderer: SpeechRenderer, format: AudioFormat, level: LevelTarget, maxSeconds: Int? = nil)
        throws(AudioExportError) {
        if let maxSeconds {
            let allowed = Self.maxSecondsRange.lowerBound...(format.defaultMaxSeconds ?? Self.maxSecondsRange.upperBound)
            guard allowed.contains(maxSeconds) else {
                throw .maxSecondsOutOfRange(maxSeconds, allowed: allowed, format: format.name)
            }
        }
        self.renderer = renderer
        self.format = format
        self.level = level
        self.maxSeconds = maxSeconds
    }

    /// The longest part allowed, in seconds, after the byte limit is considered.
    public var effectiveMaxSeconds: Int? {
        let rate = format.sampleRate ?? 22_050
        let byByteLimit = format.maxBytes.flatMap { bytes in
            format.encoding.bytesPerSample > 0 ? (bytes - 1_000) / (rate * format.encoding.bytesPerSample) : nil
        }
        return [maxSeconds ?? format.defaultMaxSeconds, byByteLimit].compactMap { $0 }.min()
    }

    /// Speaks `script` into `destination` (`coping.wav`), or into `coping-1.wav`, `coping-2.wav`…
    /// when it is longer than the limit. `sectionID` names the section in messages.
    public func write(_ script: SpokenScript, sectionID: String, to destination: URL) throws -> [WrittenAudio] {
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
        guard ranges.count > 1 else {
            // Handing the samples over (not copying them) lets the part be trimmed in place.
            return [try writePart(consume audio, sentences: spoken.sentences.map(\.text),
                                  starts: spoken.sentenceStarts, to: destination)]
        }
        var written: [WrittenAudio] = []
        for (index, range) in ranges.enumerated() {
            let sentences = spoken.sentences.indices.filter { range.contains(spoken.sentenceStarts[$0]) }
            written.append(try writePart(audio.slice(range), sentences: sentences.map { spoken.sentences[$0].text },
                                         starts: sentences.map { spoken.sentenceStarts[$0] - range.lowerBound },
                                         to: Self.numbered(destination, index + 1)))
        }
        return written
    }

    /// Writes one part with its captions; `starts` are the sentences' samples in `part`.
    private func writePart(_ part: consuming AudioBuffer, sentences: [String], starts: [Int], to file: URL) throws
        -> WrittenAudio {
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
        try SoundFile.write(audio, to: file, as: format.encoding)
        let captions = file.deletingPathExtension().appendingPathExtension("vtt")
        try AtomicFile.write(Data(WebVTT.document(cues).utf8), to: captions)
        return WrittenAudio(audio: file, captions: captions, seconds: audio.duration, bytes: AtomicFile.size(of: file),
                            text: sentences.joined(separator: " "))
    }

    /// `coping.wav` → `coping-2.wav`.
    static func numbered(_ file: URL, _ number: Int) -> URL {
        let base = file.deletingPathExtension()
        return base.deletingLastPathComponent()
            .appendingPathComponent("\(base.lastPathComponent)-\(number)")
            .appendingPathExtension(file.pathExtension)
    }
}
