/// Cuts a spoken section into parts of bounded length at sentence starts: phone systems limit a
/// prompt's length (Amazon Connect: 5 minutes), so a long section becomes `coping-1`, `coping-2`.
public enum PromptPartition {
    /// Why a section cannot be cut small enough.
    public struct SentenceTooLong: Error, Equatable {
        /// 0-based index of the sentence.
        public var sentence: Int
        public var seconds: Double
    }

    /// Sample ranges covering `0..<totalSamples`, each starting at a sentence start and at most
    /// `maxSamples` long. `sentenceStarts` are ascending sample positions. Greedy: each part takes
    /// as many whole sentences as fit.
    public static func parts(sentenceStarts: [Int], totalSamples: Int, maxSamples: Int, sampleRate: Int)
        throws(SentenceTooLong) -> [Range<Int>] {
        let starts = sentenceStarts.isEmpty ? [0] : sentenceStarts
        var parts: [Range<Int>] = []
        var partStart = 0
        var lastFitting: Int?
        for (index, start) in starts.enumerated() {
            let end = max(start, index + 1 < starts.count ? starts[index + 1] : totalSamples)
            if end - partStart > maxSamples {
                guard let cut = lastFitting, cut > partStart, end - cut <= maxSamples else {
                    throw SentenceTooLong(sentence: index, seconds: Double(end - start) / Double(sampleRate))
                }
                parts.append(partStart..<cut)
                partStart = cut
            }
            lastFitting = end
        }
        if partStart < totalSamples { parts.append(partStart..<totalSamples) }
        return parts
    }
}
