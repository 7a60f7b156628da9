import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak simplify <topic> --section ID [--diff]`: the plain-language version, for review.
struct Simplify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simplify",
        abstract: "Print a section in plain language, or (--diff) every change with the rule that made it.",
        discussion: """
            Swaps come from Content/plain-words.tsv; Content/protected-terms.txt lists terms \
            never to change. Numbers, doses, phone numbers and negations are always kept.

            Examples:
              hlspeak simplify miscarriage -s coping
              hlspeak simplify miscarriage --diff

            This is every suggestion, reviewed or not. What '--plain' outputs use is what a \
            reviewer approved: see 'hlspeak review'.
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
            let sections = try SectionLookup(topic).sections(section)
            let language = try library.language(of: topic)
            let sentences = language.sentences
            let simplifier = library.simplifier(for: language)
            printError("note: these are suggestions, not yet approved; 'hlspeak review \(self.topic)' decides what --plain outputs say")
            for (index, section) in sections.enumerated() {
                let (simplified, changes) = simplifier.simplify(section, in: topic)
                SectionText.runOnWarning(section, sentences: sentences).map { printError("warning: " + $0) }
                if diff {
                    for change in changes {
                        print("- \(change.original)")
                        print("+ \(change.result.replacingOccurrences(of: "\n", with: "\n+ "))")
                        print("  [\(change.section)] \(change.rules.joined(separator: "; "))\n")
                    }
                    if changes.isEmpty { print("[\(section.id)] no changes") }
                } else {
                    if index > 0 { print("") }
                    print(SectionText.review(of: simplified))
                }
            }
        }
    }
}
