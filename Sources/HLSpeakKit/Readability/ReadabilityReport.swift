import Foundation

/// The reading level of a topic's sections before and after plain language, against targets:
/// what `hlspeak readability` prints as a table or JSON.
public struct ReadabilityReport: Encodable, Sendable {
    /// One section's figures.
    public struct Row: Encodable, Sendable {
        public var id: String
        public var title: String
        public var before: ReadabilityScores
        public var after: ReadabilityScores
        public var pass: Bool
    }

    public var topic: String
    public var syllables: String
    public var targets: [String: Double]
    public var sections: [Row]
    public var total: Row

    /// Measures `sections` of `topic` with `meter`, simplified with `simplifier`; a section passes
    /// when, simplified, it is at or under `grade` (Flesch-Kincaid) and `smog`.
    public init(topic: Topic, sections: [Section], meter: ReadabilityMeter, simplifier: Simplifier,
                syllables: SyllableSource, grade: Double, smog: Double) {
        func passes(_ scores: ReadabilityScores) -> Bool {
            scores.words > 0 && scores.fleschKincaidGrade <= grade && scores.smog <= smog
        }
        let rows = sections.map { section -> Row in
            let before = meter.scores(of: SectionText.body(of: section))
            let after = meter.scores(of: SectionText.body(of: simplifier.simplify(section).section))
            return Row(id: section.id, title: section.title, before: before, after: after, pass: passes(after))
        }
        let before = rows.map(\.before).reduce(.zero, +)
        let after = rows.map(\.after).reduce(.zero, +)
        self.topic = topic.id
        self.syllables = syllables.rawValue
        targets = ["flesch_kincaid_grade": grade, "smog_index": smog]
        self.sections = rows
        total = Row(id: topic.id, title: topic.title, before: before, after: after, pass: passes(after))
    }

    /// The report as a table for people.
    public func table(title: String) -> String {
        let grade = targets["flesch_kincaid_grade"] ?? 0
        let smog = targets["smog_index"] ?? 0
        var lines = ["\(title): reading level before → after plain language (targets: grade \(Self.format(grade)), SMOG \(Self.format(smog)))"]
        let width = max(8, sections.map(\.id.count).max() ?? 0)
        lines.append("section".padding(toLength: width, withPad: " ", startingAt: 0)
            + "  words sent  syll poly   grade        ease          SMOG        result")
        var whole = total
        whole.id = "(total)"
        for row in sections + (sections.count > 1 ? [whole] : []) {
            let id = row.id.padding(toLength: width, withPad: " ", startingAt: 0)
            guard row.before.words > 0 else {
                lines.append(id + "  no words to measure (the section has only headings or gaps, or the file is empty)")
                continue
            }
            lines.append(id + String(format: "  %5d %4d %5d %4d  %4.1f→%4.1f  %5.1f→%5.1f  %4.1f→%4.1f%@  %@",
                                     row.after.words, row.after.sentences, row.after.syllables, row.after.polysyllables,
                                     row.before.fleschKincaidGrade, row.after.fleschKincaidGrade,
                                     row.before.fleschReadingEase, row.after.fleschReadingEase,
                                     row.before.smog, row.after.smog, row.after.isShortSample ? "*" : " ",
                                     row.pass ? "pass" : "FAIL"))
        }
        let note = sections.contains { $0.after.isShortSample && $0.after.words > 0 }
            ? "* SMOG from fewer than 30 sentences: an estimate. " : ""
        lines.append(note + "Counts are after simplifying.")
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String { String(format: "%g", value) }
}
