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

    /// What to keep of a recording, and what to add.
    struct Plan: Sendable {
        /// The spans of the recording to keep, in order.
        var kept: [Range<Int>]
        /// Silent samples to add after the last kept span.
        var trailSamples: Int
        /// From a sample position in the recording to its position in the result.
        var position: @Sendable (Int) -> Int
    }

    /// The plan for a recording of `count` samples whose quiet windows `map` gives.
    func plan(_ map: SilenceMap, count: Int, sampleRate: Int) -> Plan {
        guard let first = map.firstSoundSample, let end = map.endOfSoundSample.map({ min($0, count) }) else {
            return Plan(kept: [0..<count], trailSamples: 0, position: { $0 })
        }
        let samples = { (milliseconds: Int) in sampleRate * milliseconds / 1000 }
        let start = max(0, first - samples(leadMilliseconds))
        let keepInPause = samples(shortenedPauseMilliseconds)
        // Long pauses inside the speech are cut to their middle second.
        let cuts = map.quietRuns(longerThan: longestPauseMilliseconds)
            .filter { $0.lowerBound > first && $0.upperBound < end }
            .map { ($0.lowerBound + keepInPause / 2)..<($0.upperBound - keepInPause / 2) }
            .filter { !$0.isEmpty }
        var kept: [Range<Int>] = []
        var from = start
        for cut in cuts {
            kept.append(from..<cut.lowerBound)
            from = cut.upperBound
        }
        kept.append(from..<max(from, end))
        let removed = ([0..<start] + cuts).filter { !$0.isEmpty }
        return Plan(kept: kept.filter { !$0.isEmpty }, trailSamples: samples(trailMilliseconds), position: { old in
            var new = old
            for cut in removed where old > cut.lowerBound {
                new -= min(cut.count, old - cut.lowerBound)
            }
            return max(0, new)
        })
    }

    /// Shapes `audio` in place and returns a function from an old sample position to the new one.
    public func shape(_ audio: inout AudioBuffer) -> @Sendable (Int) -> Int {
        let plan = plan(SilenceMap(audio), count: audio.samples.count, sampleRate: audio.sampleRate)
        var shaped: [Float] = []
        for span in plan.kept { shaped += audio.samples[span] }
        shaped += repeatElement(0, count: plan.trailSamples)
        audio.samples = shaped
        return plan.position
    }
}
