import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak simplify <topic> --section ID [--diff]`: the plain-language version, for review.
struct Simplify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a section in plain language, or (--diff) every change with the rule that made it.",
        discussion: """
            Swaps come from Content/plain-words.tsv; Content/protected-terms.txt lists terms \
            never to change. Numbers, doses, phone numbers and negations are always kept.
            """)

    @Argument(help: "The topic id, or a plain-text file (a name ending in .txt, or - for standard input).")
    var topic: String

    @Option(name: [.short, .long], help: ArgumentHelp("Sections to simplify (default: all).", valueName: "id"))
    var section: [String] = []

    @Flag(name: .long, help: "List the changes, sentence by sentence, instead of the text.")
    var diff = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let topic = try library.topicOrTextFile(self.topic)
            let words = PlainWords.load(from: library.contentFolder)
            for warning in words.warnings { printError(warning) }
            let lookup = SectionLookup(topic)
            let sections = try section.isEmpty ? topic.sections : section.map { query throws in try lookup.section(query) }
            let simplifier = Simplifier(words: words)
            for (index, section) in sections.enumerated() {
                let (simplified, changes) = simplifier.simplify(section)
                warnIfUnpunctuated(section)
                if diff {
                    for change in changes {
                        print("- \(change.original)")
                        print("+ \(change.result.replacingOccurrences(of: "\n", with: "\n+ "))")
                        print("  [\(change.section)] \(change.rule)\n")
                    }
                    if changes.isEmpty { print("[\(section.id)] no changes") }
                } else {
                    if index > 0 { print("") }
                    print(simplified.title + "\n")
                    let body = SectionText.body(of: simplified, bullet: "- ")
                    print(body.isEmpty ? "(no text: only headings or gaps)" : body.replacingOccurrences(of: "\n", with: "\n\n"))
                }
            }
        }
    }
}

/// Warns (on standard error) when a section has words but no sentence ending: it is measured and
/// simplified as one long sentence. (A colon is allowed: a list's introduction whose list was lost.)
func warnIfUnpunctuated(_ section: Section) {
    let text = SectionText.body(of: section)
    guard text.contains(where: \.isLetter), !text.contains(where: { ".!?:".contains($0) }) else { return }
    printError("warning: section '\(section.id)' has no sentence ending (. ! ?), so it counts as one long "
        + "sentence; end its sentences with full stops")
}
