/// Sets the silences callers hear: a short lead before the first word, a fixed tail after the last,
/// and no pause inside longer than a limit. It reports how sample positions moved, so captions
/// stay on their words.
public struct SilenceShaper: Sendable {
    public var leadMilliseconds = 100
    public var trailMilliseconds = 500
    /// Pauses longer than this are shortened to `shortenedPauseMilliseconds`.
    public var longestPauseMilliseconds = 2_500
    public var shortenedPauseMilliseconds = 1_000

    public init() {}

    /// The shaped audio, and a function from an old sample position to the new one.
    public func shape(_ audio: AudioBuffer) -> (audio: AudioBuffer, position: @Sendable (Int) -> Int) {
        let map = SilenceMap(audio)
        guard let first = map.firstSoundSample, let end = map.endOfSoundSample else {
            return (audio, { $0 })
        }
        // Cuts: (start of the removed span in the old timeline, samples removed).
        var cuts: [(start: Int, count: Int)] = []
        let start = max(0, first - audio.sampleCount(milliseconds: leadMilliseconds))
        cuts.append((0, start))
        var kept: [Float] = []
        kept.reserveCapacity(audio.samples.count)
        var cursor = start
        let keepInPause = audio.sampleCount(milliseconds: shortenedPauseMilliseconds)
        for pause in map.quietRuns(longerThan: longestPauseMilliseconds) where pause.lowerBound > first && pause.upperBound < end {
            let cutStart = pause.lowerBound + keepInPause / 2
            let cutEnd = pause.upperBound - keepInPause / 2
            kept += audio.samples[cursor..<cutStart]
            cuts.append((cutStart, cutEnd - cutStart))
            cursor = cutEnd
        }
        kept += audio.samples[cursor..<min(end, audio.samples.count)]
        kept += [Float](repeating: 0, count: audio.sampleCount(milliseconds: trailMilliseconds))
        let removals = cuts
        let position: @Sendable (Int) -> Int = { old in
            var new = old
            for cut in removals where old > cut.start {
                new -= min(cut.count, old - cut.start)
            }
            return max(0, new)
        }
        return (AudioBuffer(samples: kept, sampleRate: audio.sampleRate), position)
    }
}
