import Foundation

/// Where a recording is quiet, measured the way broadcast and telephone tools do: the loudness of
/// each 10 ms window against a threshold (-45 dBFS by default).
public struct SilenceMap: Sendable {
    public let windowSamples: Int
    /// For each 10 ms window, true when it is louder than the threshold.
    public let loudWindows: [Bool]
    /// Where the first window starts, in samples from the start of what was mapped (a part that
    /// does not start on a window is mapped from the nearest one, up to half a window either way).
    let origin: Int

    init(windowSamples: Int, loudWindows: [Bool], origin: Int = 0) {
        self.windowSamples = windowSamples
        self.loudWindows = loudWindows
        self.origin = origin
    }

    public init(_ audio: AudioBuffer, thresholdDecibels: Double = -45) {
        // Reading a buffer in memory cannot fail.
        self = (try? SignalSummary(of: audio))?.silenceMap(thresholdDecibels: thresholdDecibels)
            ?? SilenceMap(windowSamples: max(1, audio.sampleRate / 100), loudWindows: [])
    }

    /// The first sample of the first loud window, or nil for silence throughout.
    public var firstSoundSample: Int? { loudWindows.firstIndex(of: true).map { $0 * windowSamples } }

    /// The sample just after the last loud window.
    public var endOfSoundSample: Int? { loudWindows.lastIndex(of: true).map { ($0 + 1) * windowSamples } }

    /// The first loud sample at or after `sample`.
    public func firstSound(from sample: Int) -> Int? {
        let start = max(0, sample / windowSamples)
        guard start < loudWindows.count else { return nil }
        return loudWindows[start...].firstIndex(of: true).map { $0 * windowSamples }
    }

    /// This map once the recording is cut to `spans` (its sample ranges to keep, in order) and
    /// `trail` quiet samples follow: where the shaped recording is quiet, read from the windows
    /// already measured instead of measuring the result again. Each window of the result takes the
    /// window of the recording under its middle: an edge moves by at most one window (10 ms), as a
    /// window of the result that holds a little sound and a lot of quiet may read either way.
    func shaped(keeping spans: [Range<Int>], thenQuiet trail: Int) -> SilenceMap {
        let total = spans.reduce(trail) { $0 + $1.count }
        var loud: [Bool] = []
        loud.reserveCapacity(total / windowSamples)
        var span = 0
        var spanStart = 0
        for window in 0..<(total / windowSamples) {
            let middle = window * windowSamples + windowSamples / 2
            while span < spans.count, middle >= spanStart + spans[span].count {
                spanStart += spans[span].count
                span += 1
            }
            // Past the last span: the added quiet.
            guard span < spans.count else { loud.append(false); continue }
            let position = spans[span].lowerBound + middle - spanStart - origin
            loud.append(position >= 0 && position / windowSamples < loudWindows.count && loudWindows[position / windowSamples])
        }
        return SilenceMap(windowSamples: windowSamples, loudWindows: loud)
    }

    /// Runs of quiet windows longer than `milliseconds`, as sample ranges.
    public func quietRuns(longerThan milliseconds: Int) -> [Range<Int>] {
        let minimum = milliseconds / 10
        var runs: [Range<Int>] = []
        var start: Int?
        for index in 0...loudWindows.count {
            let loud = index == loudWindows.count || loudWindows[index]
            if !loud, start == nil { start = index }
            if loud, let first = start {
                if index - first > minimum { runs.append(first * windowSamples..<index * windowSamples) }
                start = nil
            }
        }
        return runs
    }
}
