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

    /// Shapes `audio` in place and returns a function from an old sample position to the new one.
    public func shape(_ audio: inout AudioBuffer) -> @Sendable (Int) -> Int {
        let map = SilenceMap(audio)
        guard let first = map.firstSoundSample, let end = map.endOfSoundSample else { return { $0 } }
        let start = max(0, first - audio.sampleCount(milliseconds: leadMilliseconds))
        let keepInPause = audio.sampleCount(milliseconds: shortenedPauseMilliseconds)
        // Spans to remove, in the old timeline: the tail, long pauses (last first), the lead.
        var removals: [Range<Int>] = [min(end, audio.samples.count)..<audio.samples.count]
        for pause in map.quietRuns(longerThan: longestPauseMilliseconds).reversed()
        where pause.lowerBound > first && pause.upperBound < end {
            removals.append((pause.lowerBound + keepInPause / 2)..<(pause.upperBound - keepInPause / 2))
        }
        removals.append(0..<start)
        for span in removals where !span.isEmpty { audio.samples.removeSubrange(span) }
        audio.samples.append(contentsOf: repeatElement(0, count: audio.sampleCount(milliseconds: trailMilliseconds)))
        let cuts = removals.dropFirst().filter { !$0.isEmpty }
        return { old in
            var new = old
            for cut in cuts where old > cut.lowerBound {
                new -= min(cut.count, old - cut.lowerBound)
            }
            return max(0, new)
        }
    }
}
