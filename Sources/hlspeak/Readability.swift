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

    struct Row: Encodable {
        var id: String
        var title: String
        var before: ReadabilityScores
        var after: ReadabilityScores
        var pass: Bool
    }

    struct Report: Encodable {
        var topic: String
        var syllables: String
        var targets: [String: Double]
        var sections: [Row]
        var total: Row
    }

    func run() throws {
        try reportingErrors {
            let topic = try library.topicOrTextFile(self.topic)
            let sections = try SectionLookup(topic).sections(section)
            if text {
                print(sections.map { SectionText.body(of: $0) }.joined(separator: "\n\n"))
                return
            }
            let meter = ReadabilityMeter(syllables: try syllableCounter(language: topic.language))
            let simplifier = Simplifier(words: library.plainWords())
            let rows = sections.map { section -> Row in
                warnAboutRunOnSentences(in: section)
                let before = meter.scores(of: SectionText.body(of: section))
                let after = meter.scores(of: SectionText.body(of: simplifier.simplify(section).section))
                return Row(id: section.id, title: section.title, before: before, after: after, pass: passes(after))
            }
            let before = rows.map(\.before).reduce(.zero, +)
            let after = rows.map(\.after).reduce(.zero, +)
            let total = Row(id: topic.id, title: topic.title, before: before, after: after, pass: passes(after))
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                let report = Report(topic: topic.id, syllables: syllables.rawValue, targets: ["flesch_kincaid_grade": grade, "smog_index": smog],
                                    sections: rows, total: total)
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
                return
            }
            print("\(topic.title): reading level before → after plain language (targets: grade \(format(grade)), SMOG \(format(smog)))")
            let width = max(8, rows.map(\.id.count).max() ?? 0)
            print("section".padding(toLength: width, withPad: " ", startingAt: 0)
                + "  words sent  syll poly   grade        ease          SMOG        result")
            var whole = total
            whole.id = "(total)"
            for row in rows + (rows.count > 1 ? [whole] : []) {
                let short = row.after.isShortSample ? "*" : " "
                guard row.before.words > 0 else {
                    print(row.id.padding(toLength: width, withPad: " ", startingAt: 0) + "  no words to measure (the section has only headings or gaps, or the file is empty)")
                    continue
                }
                print(row.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: "  %5d %4d %5d %4d  %4.1f→%4.1f  %5.1f→%5.1f  %4.1f→%4.1f%@  %@",
                             row.after.words, row.after.sentences, row.after.syllables, row.after.polysyllables,
                             row.before.fleschKincaidGrade, row.after.fleschKincaidGrade,
                             row.before.fleschReadingEase, row.after.fleschReadingEase,
                             row.before.smog, row.after.smog, short, row.pass ? "pass" : "FAIL"))
            }
            let note = rows.contains { $0.after.isShortSample && $0.after.words > 0 }
                ? "* SMOG from fewer than 30 sentences: an estimate. " : ""
            print(note + "Counts are after simplifying.")
        }
    }

    private func syllableCounter(language: String) throws -> any SyllableCounter {
        switch syllables {
        case .hyphenation: try HyphenationSyllableCounter(language: language)
        case .pronunciation: PronunciationSyllableCounter(voice: try library.voiceLibrary().profile(named: "default"))
        }
    }

    private func passes(_ scores: ReadabilityScores) -> Bool {
        scores.words > 0 && scores.fleschKincaidGrade <= grade && scores.smog <= smog
    }

    private func format(_ value: Double) -> String { String(format: "%g", value) }
}

extension SyllableSource: ExpressibleByArgument {}
