import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak readability <topic> [--json]`: grade levels per section, before and after simplifying.
struct Readability: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Measure each section's reading level as written, as the simplifier suggests, and as a reviewer approved.",
        discussion: """
            Each row says which target the approved version misses (grade, SMOG, words a \
            sentence). Sections with only gaps and the Credits are left out. Figures are \
            computed on the section's text without headings ('--text written' prints it), \
            by the conventions of textstat, which most grade-level \
            checkers follow: words, sentences (fragments of one or two words are not counted as \
            sentences), syllables, polysyllables (3+), Flesch-Kincaid grade and Flesch reading \
            ease (from averages rounded to one decimal), and SMOG (an estimate under 30 sentences).

            Syllables come from the language's hyphenation patterns, as those checkers count them, so \
            the grades match theirs. '--syllables pronunciation' counts them as eSpeak NG says \
            the words instead ("about" has two syllables, not one); grades then run about half a \
            grade higher.

            Examples:
              hlspeak readability miscarriage
              hlspeak readability miscarriage -s coping --json
            """)

    @Argument(help: "The topic id, or a plain-text file to measure (a name ending in .txt, or - for standard input).")
    var topic: String

    @Option(name: .long, help: "The grade level to pass (Flesch-Kincaid).")
    var grade = ReadabilityReport.gradeTarget

    @Option(name: .long, help: "The SMOG grade to pass.")
    var smog = ReadabilityReport.smogTarget

    @Option(name: .long, help: "Where syllable counts come from: hyphenation (as common checkers count) or pronunciation (eSpeak NG).")
    var syllables: SyllableSource = .hyphenation

    @Option(name: [.short, .long], help: ArgumentHelp("Sections to measure (default: all).", valueName: "id"))
    var section: [String] = []

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "Print the text that is measured instead: written, suggested (every plain-language suggestion made) or approved (what a reviewer accepted), to check the figures with another tool.",
        valueName: "version"))
    var text: ReadingVersions.Kind?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if text != nil && json { throw ValidationError("--text prints the measured text and --json the figures; use one of them") }
    }

    func run() throws {
        try reportingErrors {
            let written = try library.topicOrTextFile(self.topic)
            let ids = try SectionLookup(written).sections(section).map(\.id)
            let language = try library.language(of: written)
            // A draft from a text file has no review: nothing in it is approved yet.
            let review = PlainTextDraft.isDraft(self.topic) ? nil
                : try PlainReview.load(from: try library.contentLibrary().reviewFile(forTopic: written.id))
            let versions = ReadingVersions(topic: written, simplifier: library.simplifier(for: language), review: review)
            if let text { return print(versions.text(text, ids: ids, sentences: language.sentences)) }
            for section in try SectionLookup(written).sections(section) {
                SectionText.runOnWarning(section, sentences: language.sentences).map { printError("warning: " + $0) }
            }
            let report = ReadabilityReport(versions, ids: ids, language: language, counter: try syllables.counter(for: language) { try library.voiceLibrary() },
                                           syllables: syllables, grade: grade, smog: smog)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(report.table(title: written.title))
            }
        }
    }
}

extension SyllableSource: ExpressibleByArgument {}

extension ReadingVersions.Kind: ExpressibleByArgument {}
