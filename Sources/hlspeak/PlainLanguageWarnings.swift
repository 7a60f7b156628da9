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
