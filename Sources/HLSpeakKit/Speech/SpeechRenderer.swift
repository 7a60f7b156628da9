/// Speaks sections with one voice: the content model in, a script and trimmed audio out.
public struct SpeechRenderer: Sendable {
    public var voice: VoiceProfile
    public var builder: SpokenScriptBuilder

    public init(voice: VoiceProfile) {
        self.voice = voice
        self.builder = SpokenScriptBuilder(lexicon: voice.lexicon)
    }

    public func script(for section: Section) -> SpokenScript {
        builder.script(for: section)
    }

    /// The script spoken by eSpeak NG, with leading silence cut to at most 50 ms.
    public func audio(for script: SpokenScript) throws(SpeechError) -> AudioBuffer {
        let synthesis = try SpeechEngine.shared.synthesize(ssml: script.ssml, voice: voice)
        return AudioBuffer(samples: synthesis.samples, sampleRate: synthesis.sampleRate)
            .trimmingLeadingSilence(keepMilliseconds: 50)
    }

    /// Roughly how long `section` takes to say at this voice's speed, in seconds.
    public func estimatedDuration(of section: Section) -> Double {
        Double(section.wordCount) * 60 / Double(voice.wordsPerMinute)
    }
}
