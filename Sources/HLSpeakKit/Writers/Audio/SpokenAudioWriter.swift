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
        let spoken = try renderer.speak(script)
        let rate = spoken.audio.sampleRate
        var ranges = [0..<spoken.audio.samples.count]
        if let limit = effectiveMaxSeconds {
            // Room for the lead and tail silences the shaper adds.
            let allowance = Double(silence.leadMilliseconds + silence.trailMilliseconds) / 1000 + 0.2
            let maxSamples = Int((Double(limit) - allowance) * Double(rate))
            do {
                ranges = try PromptPartition.parts(sentenceStarts: spoken.sentenceStarts,
                                                   totalSamples: spoken.audio.samples.count,
                                                   maxSamples: maxSamples, sampleRate: rate)
            } catch {
                let sentence = spoken.sentences.indices.contains(error.sentence)
                    ? spoken.sentences[error.sentence].text : ""
                throw AudioExportError.sentenceTooLong(section: sectionID, sentence: sentence,
                                                       seconds: error.seconds, limit: limit)
            }
        }
        return try ranges.enumerated().map { index, range in
            let file = ranges.count == 1 ? destination : Self.numbered(destination, index + 1)
            return try writePart(of: spoken, range: range, to: file)
        }
    }

    private func writePart(of spoken: SpokenAudio, range: Range<Int>, to file: URL) throws -> WrittenAudio {
        let sourceRate = Double(spoken.audio.sampleRate)
        let sentences = spoken.sentences.indices.filter { range.contains(spoken.sentenceStarts[$0]) }
        var audio = try Resampler.resample(spoken.audio.slice(range), to: format.sampleRate ?? spoken.audio.sampleRate,
                                           bandLimit: format.bandLimit)
        audio = LevelAdjuster.adjust(audio, to: level)
        let shaped = silence.shape(audio)
        audio = shaped.audio
        let ratio = Double(audio.sampleRate) / sourceRate
        let soundMap = SilenceMap(audio)
        let endOfSound = audio.seconds(at: soundMap.endOfSoundSample ?? audio.samples.count)
        let starts = sentences.map { index -> Double in
            let mark = shaped.position(Int(Double(spoken.sentenceStarts[index] - range.lowerBound) * ratio))
            // The cue starts with the sentence's first sound, not the pause eSpeak NG puts before it.
            return audio.seconds(at: soundMap.firstSound(from: mark) ?? mark)
        }
        let cues = sentences.indices.map { position in
            CaptionCue(start: min(starts[position], endOfSound),
                       end: position + 1 < starts.count ? max(starts[position], starts[position + 1] - 0.05) : endOfSound,
                       text: spoken.sentences[sentences[position]].text)
        }
        try SoundFile.write(audio, to: file, as: format.encoding)
        let captions = file.deletingPathExtension().appendingPathExtension("vtt")
        try AtomicFile.write(Data(WebVTT.document(cues).utf8), to: captions)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return WrittenAudio(audio: file, captions: captions, seconds: audio.duration, bytes: bytes ?? 0,
                            text: cues.map(\.text).joined(separator: " "))
    }

    /// `coping.wav` → `coping-2.wav`.
    static func numbered(_ file: URL, _ number: Int) -> URL {
        let base = file.deletingPathExtension()
        return base.deletingLastPathComponent()
            .appendingPathComponent("\(base.lastPathComponent)-\(number)")
            .appendingPathExtension(file.pathExtension)
    }
}
