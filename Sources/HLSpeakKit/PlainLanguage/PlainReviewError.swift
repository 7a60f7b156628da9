/// Why a review step could not be taken, in words for the person reviewing.
public enum PlainReviewError: HLSpeakError, Equatable {
    case invalidFile(path: String, line: Int?, reason: String)
    /// A change number outside the topic's list.
    case unknownChange(String, count: Int, topic: String)
    /// A sign-off while changes in the section are still undecided.
    case pendingChanges(section: String, count: Int, topic: String)
    case noReviewer
    case emptyRewrite(number: Int)
    /// A hand rewrite without a phone number or link of the sentence, word for word.
    case rewriteLosesRun(String)
    case nothingToDo(String)
    /// The review changed after the person deciding read it (another person's decision).
    case changedMeanwhile(topic: String)

    public var description: String {
        switch self {
        case .invalidFile(let path, let line, let reason):
            return "\(line.map { "\(path):\($0)" } ?? path): \(reason)"
        case .unknownChange(let value, let count, let topic):
            return count == 0
                ? "topic '\(topic)' has no suggested changes to decide on"
                : "there is no change '\(value)'; topic '\(topic)' has changes 1 to \(count) ('hlspeak review \(topic)' lists them)"
        case .pendingChanges(let section, let count, let topic):
            return "section '\(section)' has \(count) change\(count == 1 ? "" : "s") not yet decided; accept, reject or rewrite "
                + "\(count == 1 ? "it" : "them") first ('hlspeak review \(topic) -s \(section)' lists them)"
        case .noReviewer:
            return "say who is deciding: add --by \"Name, role\" (or set HLSPEAK_REVIEWER)"
        case .emptyRewrite(let number):
            return "the rewrite of change \(number) is empty; give the sentence to use, in quotes"
        case .rewriteLosesRun(let words):
            return "the rewrite must keep '\(words)' exactly as written (a phone number, link or emphasis); put it back"
        case .nothingToDo(let message):
            return message
        case .changedMeanwhile:
            return "Someone else changed this review after you opened it, so your decision was not saved. "
                + "Here is the review as it is now: check it and decide again."
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .invalidFile: ExitStatus.dataError
        default: ExitStatus.usage
        }
    }
}
