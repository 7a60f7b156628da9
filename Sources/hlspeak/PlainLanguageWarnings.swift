import Foundation
import HLSpeakKit

extension LibraryOptions {
    /// The plain-language word lists for `language` (its own, and the content folder's); problems
    /// in them go to standard error as warnings (the lines are skipped; `hlspeak check` reports
    /// the content folder's as errors). Without a language, the content folder's lists alone.
    func plainWords(language: Language?) -> PlainWords {
        let words = PlainWords.load(from: contentFolder, language: language)
        for warning in words.warnings { printError(warning) }
        return words
    }

    /// The simplifier for `language`, with its word lists (their problems reported as warnings).
    func simplifier(for language: Language) -> Simplifier {
        Simplifier(words: plainWords(language: language), language: language)
    }
}
