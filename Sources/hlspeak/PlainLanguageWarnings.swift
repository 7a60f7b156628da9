import Foundation
import HLSpeakKit

extension LibraryOptions {
    /// The content folder's swap list and protected terms; problems in them go to standard error
    /// as warnings (the lines are skipped; `hlspeak check` reports them as errors).
    func plainWords() -> PlainWords {
        let words = PlainWords.load(from: contentFolder)
        for warning in words.warnings { printError(warning) }
        return words
    }
}

/// Warns (on standard error) about a sentence so long it is probably several without their full
/// stops: it is measured, and simplified, as one.
func warnAboutRunOnSentences(in section: Section) {
    let text = SectionText.body(of: section).split(whereSeparator: \.isNewline).joined(separator: " ")
    let sentences = SentenceSplitter.split(text).map { $0.split(separator: " ") }
    guard let longest = sentences.max(by: { $0.count < $1.count }), longest.count > 50 else { return }
    printError("warning: section '\(section.id)' has a sentence of \(longest.count) words "
        + "(\"\(longest.prefix(6).joined(separator: " ")) …\"); if it is several sentences, end each with a full stop")
}
