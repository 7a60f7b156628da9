import ArgumentParser
import Foundation
import HLSpeakKit

/// `--plain`: speak or write the plain-language version (the simplifier's output).
struct PlainOption: ParsableArguments {
    @Flag(name: .long, help: "Use the plain-language version of the text (see 'hlspeak simplify').")
    var plain = false

    /// `topic` simplified when `--plain` is given; warnings about the word list go to stderr.
    func apply(to topic: Topic, content: ContentLibrary) -> Topic {
        guard plain else { return topic }
        let words = PlainWords.load(from: content.directory)
        for warning in words.warnings { printError(warning) }
        return Simplifier(words: words).simplify(topic).topic
    }
}
