/// Why a section could not be made into prompts of the length asked for.
public enum AudioExportError: HLSpeakError, Equatable {
    /// One sentence alone is longer than the prompt limit.
    case sentenceTooLong(section: String, sentence: String, seconds: Double, limit: Int)
    case maxSecondsOutOfRange(Int, allowed: ClosedRange<Int>, format: String)
    /// The section would take longer to say than one output may.
    case tooLong(section: String, hours: Double, limit: Double)

    public var description: String {
        switch self {
        case .sentenceTooLong(let section, let sentence, let seconds, let limit):
            let start = sentence.split(separator: " ").prefix(8).joined(separator: " ")
            return "section '\(section)': the sentence \"\(start)…\" takes \(Int(seconds.rounded())) s, "
                + "more than the \(limit) s limit for one prompt; raise --max-seconds or split the sentence"
        case .tooLong(let section, let hours, let limit):
            return String(format: "section '%@' would take about %.1f hours to say, more than the %.0f hours one audio file may; "
                + "split it into sections", section, hours, limit)
        case .maxSecondsOutOfRange(let value, let allowed, let format):
            return "--max-seconds \(value) is outside \(allowed.lowerBound) to \(allowed.upperBound) "
                + "for the \(format) format; choose a value in that range"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .sentenceTooLong, .tooLong: ExitStatus.dataError
        case .maxSecondsOutOfRange: ExitStatus.usage
        }
    }
}
