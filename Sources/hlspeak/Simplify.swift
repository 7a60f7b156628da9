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
            let sections = try SectionLookup(topic).sections(section)
            let simplifier = Simplifier(words: library.plainWords())
            for (index, section) in sections.enumerated() {
                let (simplified, changes) = simplifier.simplify(section)
                warnAboutRunOnSentences(in: section)
                if diff {
                    for change in changes {
                        print("- \(change.original)")
                        print("+ \(change.result.replacingOccurrences(of: "\n", with: "\n+ "))")
                        print("  [\(change.section)] \(change.rule)\n")
                    }
                    if changes.isEmpty { print("[\(section.id)] no changes") }
                } else {
                    if index > 0 { print("") }
                    print(Self.plainText(of: simplified))
                }
            }
        }
    }
}

extension Simplify {
    /// The section as reviewers read it: its title, then each subsection's title before its text;
    /// paragraphs and list items ("- ") a blank line apart.
    static func plainText(of section: Section) -> String {
        let body = SectionText.lines(section.blocks, bullet: "- ").joined(separator: "\n\n")
        let parts = [section.title, body.isEmpty && section.subsections.isEmpty ? "(no text: only headings or gaps)" : body]
            + section.subsections.map(plainText)
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
