import Foundation

/// The three versions of a topic that readability compares: as written, with every suggestion
/// made, and as its review allows (for a draft with no review, as written).
public struct ReadingVersions: Sendable {
    /// Which version (`hlspeak readability --text`).
    public enum Kind: String, CaseIterable, Sendable {
        case written, suggested, approved
    }

    public var written: Topic
    public var suggested: Topic
    public var approved: Topic

    public init(topic: Topic, simplifier: Simplifier, review: PlainReview?) {
        written = topic
        suggested = simplifier.simplify(topic).topic
        approved = review.map { PlainVersion(topic: topic, simplifier: simplifier, review: $0).topic } ?? topic
    }

    public subscript(kind: Kind) -> Topic {
        switch kind {
        case .written: written
        case .suggested: suggested
        case .approved: approved
        }
    }

    /// The text readability measures in sections `ids` of `kind`: each body as patients get it.
    public func text(_ kind: Kind, ids: [String], sentences: SentenceBoundary) -> String {
        self[kind].allSections.filter { ids.contains($0.id) }.compactMap { $0.readable(sentences) }
            .map { SectionText.body(of: $0) }.joined(separator: "\n\n")
    }
}

/// Which formulas a language's text is measured with (`readability` in its `language.tsv`):
/// grades (Flesch-Kincaid and SMOG, English) or the INFLESZ scale (Szigriszt-Pazos, with
/// Fernández-Huerta beside it, Spanish).
public enum ReadabilityScale: String, Sendable, Encodable {
    case grades, inflesz

    public init(language: Language) {
        self = ReadabilityScale(rawValue: language.tables.settings["readability"] ?? "") ?? .grades
    }

    /// The figure a row is judged by: a grade (lower is easier), or INFLESZ (higher is easier).
    public func headline(_ scores: ReadabilityScores) -> Double {
        self == .grades ? scores.fleschKincaidGrade : scores.szigrisztPazos
    }

    /// INFLESZ's lowest "fairly easy" (bastante fácil) score, the target for patient material.
    public static let infleszTarget = 65.0
}

/// The reading level of a topic's sections as written, as the simplifier suggests, and as a
/// reviewer approved, against targets, saying which target each misses: what `hlspeak
/// readability` prints as a table or JSON. Sections patients never get (only gaps) and the
/// Credits (the publisher's words, never simplified) are left out, and named.
public struct ReadabilityReport: Encodable, Sendable {
    /// One section's figures.
    public struct Row: Encodable, Sendable {
        public var id: String
        public var title: String
        public var before: ReadabilityScores
        public var suggested: ReadabilityScores
        public var approved: ReadabilityScores
        /// True when the approved version meets every target.
        public var pass: Bool
        /// The targets the approved version misses, in words ("grade 6.9 > 6").
        public var misses: [String]
        /// The targets the suggested version misses.
        public var suggestedMisses: [String]
    }

    /// The grade a section passes at or below (Flesch-Kincaid; the AMA's grade 6 for health
    /// material), unless the caller asks for another.
    public static let gradeTarget = 6.0
    /// The SMOG grade a section passes at or below, the health-literacy standard.
    public static let smogTarget = 8.0

    public var topic: String
    /// The formulas judged by: grades, or INFLESZ.
    public var scale: ReadabilityScale
    public var syllables: String
    public var targets: [String: Double]
    public var sections: [Row]
    public var total: Row
    /// Sections left out: only gaps, or the Credits.
    public var skipped: [String]

    /// Measures sections `ids` of the three `versions` of a topic written in `language`: its
    /// sentence ends, syllables from `counter`, judged on the language's scale.
    public init(_ versions: ReadingVersions, ids: [String], language: Language, counter: any SyllableCounter,
                syllables: SyllableSource, grade: Double, smog: Double) {
        self.init(versions, ids: ids, meter: ReadabilityMeter(syllables: counter, sentences: language.sentences),
                  syllables: syllables, grade: grade, smog: smog, scale: ReadabilityScale(language: language))
    }

    /// Measures sections `ids` of the three `versions` of a topic.
    public init(_ versions: ReadingVersions, ids: [String], meter: ReadabilityMeter,
                syllables: SyllableSource, grade: Double, smog: Double, maxWords: Double = 20, scale: ReadabilityScale = .grades) {
        self.scale = scale
        let (written, suggested, approved) = (versions.written, versions.suggested, versions.approved)
        func misses(_ scores: ReadabilityScores) -> [String] {
            guard scores.words > 0 else { return ["no words"] }
            var misses: [String] = []
            if scale == .inflesz {
                if scores.szigrisztPazos < ReadabilityScale.infleszTarget {
                    misses.append(String(format: "INFLESZ %.1f < %g", scores.szigrisztPazos, ReadabilityScale.infleszTarget))
                }
            } else {
                if scores.fleschKincaidGrade > grade { misses.append(String(format: "grade %.1f > %g", scores.fleschKincaidGrade, grade)) }
                if scores.hasSMOG && scores.smog > smog { misses.append(String(format: "SMOG %.1f > %g", scores.smog, smog)) }
            }
            if scores.wordsPerSentence > maxWords {
                misses.append(String(format: "%.1f words a sentence > %g", scores.wordsPerSentence, maxWords))
            }
            return misses
        }
        func measure(_ topic: Topic, _ id: String) -> ReadabilityScores? { meter.scores(ofSection: id, in: topic) }
        func row(id: String, title: String, _ before: ReadabilityScores, _ suggested: ReadabilityScores,
                 _ approved: ReadabilityScores) -> Row {
            let missed = misses(approved)
            return Row(id: id, title: title, before: before, suggested: suggested, approved: approved, pass: missed.isEmpty,
                       misses: missed, suggestedMisses: misses(suggested))
        }
        var rows: [Row] = []
        var skipped: [String] = []
        for id in ids {
            guard let section = written.allSections.first(where: { $0.id == id }), !section.isCredits,
                  let before = measure(written, id), before.words > 0 else {
                skipped.append(id)
                continue
            }
            rows.append(row(id: id, title: section.title, before, measure(suggested, id) ?? before, measure(approved, id) ?? before))
        }
        topic = written.id
        self.syllables = syllables.rawValue
        targets = ["flesch_kincaid_grade": grade, "smog_index": smog, "words_per_sentence": maxWords]
        sections = rows
        self.skipped = skipped
        total = row(id: written.id, title: written.title, rows.map(\.before).reduce(.zero, +),
                    rows.map(\.suggested).reduce(.zero, +), rows.map(\.approved).reduce(.zero, +))
    }

    /// The report as a table for people: each section's words and sentences, its figures as
    /// written → suggested → approved, and whether the approved version meets the targets.
    public func table(title: String) -> String {
        let words = Self.format(targets["words_per_sentence"] ?? 20)
        let heading: String
        let columns: String
        let figures: (Row) -> String
        var notes: [String] = []
        switch scale {
        case .grades:
            heading = "reading level as written → suggested → approved (targets: grade \(Self.format(targets["flesch_kincaid_grade"] ?? 0)), "
                + "SMOG \(Self.format(targets["smog_index"] ?? 0)), \(words) words a sentence)"
            columns = "        grade              SMOG      "
            figures = { row in
                let smogs = [row.before, row.suggested, row.approved].map { $0.hasSMOG ? String(format: "%4.1f", $0.smog) : "  – " }
                return String(format: "%4.1f→%4.1f→%4.1f  ", row.before.fleschKincaidGrade, row.suggested.fleschKincaidGrade,
                              row.approved.fleschKincaidGrade) + smogs.joined(separator: "→") + (row.approved.isShortSample ? "*" : " ")
            }
            if sections.contains(where: { $0.approved.isShortSample }) {
                notes.append("* SMOG from fewer than 30 sentences: an estimate (under 3: none, –).")
            }
        case .inflesz:
            heading = "reading ease as written → suggested → approved (target: INFLESZ ≥ "
                + "\(Self.format(ReadabilityScale.infleszTarget)), bastante fácil; \(words) words a sentence)"
            columns = "   Fernández-Huerta        INFLESZ       "
            figures = { row in
                String(format: " %5.1f→%5.1f→%5.1f  %5.1f→%5.1f→%5.1f ", row.before.fernandezHuerta, row.suggested.fernandezHuerta,
                       row.approved.fernandezHuerta, row.before.szigrisztPazos, row.suggested.szigrisztPazos, row.approved.szigrisztPazos)
            }
            notes.append("INFLESZ bands: under 40 muy difícil, 40–55 algo difícil, 55–65 normal, 65–80 bastante fácil, over 80 muy fácil.")
        }
        var lines = ["\(title): \(heading)"]
        let width = max(8, sections.map(\.id.count).max() ?? 0)
        lines.append("section".padding(toLength: width, withPad: " ", startingAt: 0) + "  words sent" + columns + " result (approved version)")
        var whole = total
        whole.id = "(total)"
        for row in sections + (sections.count > 1 ? [whole] : []) {
            var result = row.pass ? "pass" : "FAIL: " + row.misses.joined(separator: ", ")
            if !row.pass && row.suggestedMisses.isEmpty { result += " (the suggestions pass: review them)" }
            lines.append(row.id.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %5d %4d  ", row.approved.words, row.approved.sentences) + figures(row) + " " + result)
        }
        if sections.isEmpty {
            lines.append("no words to measure (the sections have only headings or gaps, or the file is empty)")
        }
        if !skipped.isEmpty {
            lines.append("Left out: \(skipped.joined(separator: ", ")) (only gaps, which patients never get, or the publisher's credits).")
        }
        lines.append((notes + ["Approved: the text with the changes a reviewer accepted ('hlspeak review')."]).joined(separator: " "))
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String { String(format: "%g", value) }
}
