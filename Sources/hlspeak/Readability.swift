import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak readability <topic> [--json]`: grade levels per section, before and after simplifying.
struct Readability: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure each section's reading level, before and after plain-language rewriting.",
        discussion: """
            Figures are computed on the section's text without headings ('--text' prints it), \
            by the conventions of textstat, which most grade-level \
            checkers follow: words, sentences (fragments of one or two words are not counted as \
            sentences), syllables, polysyllables (3+), Flesch-Kincaid grade and Flesch reading \
            ease (from averages rounded to one decimal), and SMOG (an estimate under 30 sentences).

            Syllables come from the en-US hyphenation patterns, as those checkers count them, so \
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
    var grade: Double = 6

    @Option(name: .long, help: "The SMOG grade to pass.")
    var smog: Double = 8

    @Option(name: .long, help: "Where syllable counts come from: hyphenation (as common checkers count) or pronunciation (eSpeak NG).")
    var syllables: SyllableSource = .hyphenation

    @Option(name: [.short, .long], help: ArgumentHelp("Sections to measure (default: all).", valueName: "id"))
    var section: [String] = []

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    @Flag(name: .long, help: "Print the text that is measured (before plain language), to check the figures with another tool.")
    var text = false

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        if text && json { throw ValidationError("--text prints the measured text and --json the figures; use one of them") }
    }

    func run() throws {
        try reportingErrors {
            let topic = try library.topicOrTextFile(self.topic)
            let sections = try SectionLookup(topic).sections(section)
            if text {
                print(sections.map { SectionText.body(of: $0) }.joined(separator: "\n\n"))
                return
            }
            let language = try library.language(of: topic)
            let meter = ReadabilityMeter(syllables: try syllableCounter(language: topic.language), sentences: language.sentences)
            for section in sections {
                SectionText.runOnWarning(section, sentences: language.sentences).map { printError("warning: " + $0) }
            }
            let report = ReadabilityReport(topic: topic, sections: sections, meter: meter,
                                           simplifier: Simplifier(words: library.plainWords(), sentences: language.sentences),
                                           syllables: syllables, grade: grade, smog: smog)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(report.table(title: topic.title))
            }
        }
    }

    private func syllableCounter(language: String) throws -> any SyllableCounter {
        switch syllables {
        case .hyphenation: try HyphenationSyllableCounter(language: language)
        case .pronunciation: PronunciationSyllableCounter(voice: try library.voiceLibrary().profile(named: "default"))
        }
    }
}

extension SyllableSource: ExpressibleByArgument {}
