import Foundation

/// What `hlspeak review` prints, for people: numbered changes one per block, the state of each
/// section with its grades, and the sentences still hard to read.
public struct PlainReviewReport {
    let editor: PlainReviewEditor
    let meter: ReadabilityMeter
    let words: PlainWords

    public init(editor: PlainReviewEditor, meter: ReadabilityMeter, words: PlainWords) {
        self.editor = editor
        self.meter = meter
        self.words = words
    }

    private var topic: Topic { editor.source }

    /// The changes of `sections` (pending only, unless `all`), numbered as the actions take them.
    public func list(in sections: [Section], all: Bool) -> String {
        let changes = sections.flatMap { editor.version.changes(in: $0) }
        let shown = all ? changes : changes.filter { $0.decision == nil }
        var lines = ["\(topic.title): \(summary(changes))"]
        if shown.isEmpty {
            lines.append(changes.isEmpty ? "Nothing to review: the simplifier suggests no changes here."
                : "Every change here is decided. 'hlspeak review \(topic.id) status' shows the sections; "
                    + "'signoff' approves them.")
            return lines.joined(separator: "\n")
        }
        lines.append("Decide with: accept N, reject N, rewrite N \"sentence\" (hlspeak review \(topic.id) --help)")
        let titles = Dictionary(topic.allSections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for change in shown {
            lines.append("")
            lines.append("\(editor.number(of: change)). \(titles[change.section] ?? change.section) (\(change.section)) · \(state(of: change))"
                + " · id \(change.id)")
            lines.append("   Before: \(change.original)")
            lines.append("   After:  " + change.result.replacingOccurrences(of: "\n", with: "\n           "))
            if let decision = change.decision, decision.verdict == .rewritten {
                lines.append("   Yours:  \(decision.text ?? "")")
            }
            if !change.rules.isEmpty { lines.append("   Why:    " + change.rules.joined(separator: "\n           ")) }
        }
        return lines.joined(separator: "\n")
    }

    private func state(of change: PlainChange) -> String {
        guard let decision = change.decision else { return "pending" }
        return "\(decision.verdict.rawValue) by \(decision.by) on \(decision.date)"
    }

    private func summary(_ changes: [PlainChange]) -> String {
        let pending = changes.count { $0.decision == nil }
        var parts = ["\(changes.count) suggested change\(changes.count == 1 ? "" : "s")", "\(pending) pending"]
        for verdict in PlainDecision.Verdict.allCases {
            let count = changes.count { $0.decision?.verdict == verdict }
            if count > 0 { parts.append("\(count) \(verdict.rawValue)") }
        }
        let reopened = editor.version.reopened
        if reopened > 0 { parts.append("\(reopened) earlier decision\(reopened == 1 ? "" : "s") re-opened (the sentence changed)") }
        return parts.joined(separator: ", ")
    }

    /// Each section (with its subsections, which follow it indented): its changes by state,
    /// sign-off, and reading grades as written, as suggested and as approved. Sections patients
    /// never get (only gaps) are left out.
    public func status(of sections: [Section]) -> String {
        let suggested = editor.simplifier.simplify(topic).topic
        let approved = editor.version.topic
        func scores(_ topic: Topic, _ id: String) -> ReadabilityScores? { meter.scores(ofSection: id, in: topic) }
        let rows = sections.flatMap(\.flattened)
        let width = max(8, rows.map { $0.id.count + ($0.level > 1 ? 2 : 0) }.max() ?? 0)
        var lines = ["\(topic.title): plain-language review (\(summary(editor.version.changes)))",
                     "section".padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  pending decided   grade: written suggested approved   SMOG: written suggested approved   signed off"]
        for section in rows {
            guard let written = scores(topic, section.id), written.words > 0 else { continue }
            let changes = editor.version.changes(in: section)
            let state = editor.version.sections[section.id] ?? PlainSectionReview()
            let plain = scores(suggested, section.id) ?? written
            let ok = scores(approved, section.id) ?? written
            let signed = state.signOff.map { "\($0.by), \($0.date)" }
                ?? (state.signOffOutdated ? "no: the text changed since it was signed off" : "no")
            let name = (section.level > 1 ? "  " : "") + section.id
            lines.append(name.padding(toLength: width, withPad: " ", startingAt: 0)
                + String(format: "  %7d %7d   %19.1f %9.1f %8.1f   %18.1f %9.1f %8.1f   ", changes.count { $0.decision == nil },
                         changes.count { $0.decision != nil }, written.fleschKincaidGrade, plain.fleschKincaidGrade,
                         ok.fleschKincaidGrade, written.smog, plain.smog, ok.smog)
                + signed)
        }
        lines.append("A section's figures include its subsections. Sections with only gaps are left out.")
        return lines.joined(separator: "\n")
    }

    /// The hard sentences of `sections` (all when empty), numbered H1, H2… for 'rewrite'.
    public func hardSentences(in sections: [Section]) -> [HardSentence] {
        let ids = Set(sections.flatMap(\.flattened).map(\.id))
        let all = HardSentences(meter: meter, words: words).find(in: editor.sentencesToWriteByHand)
        return sections.isEmpty ? all : all.filter { ids.contains($0.sentence.section) }
    }

    public func hard(in sections: [Section]) -> String {
        let all = hardSentences(in: [])
        let shown = hardSentences(in: sections)
        guard !shown.isEmpty else {
            return "\(topic.title): no sentence over grade 8 or 20 words, and no long word with a plainer one listed."
        }
        let first = (all.firstIndex(of: shown[0]) ?? 0) + 1
        var lines = ["\(topic.title): \(shown.count) sentence\(shown.count == 1 ? "" : "s") the rules leave hard to read "
            + "(after every suggestion). Write them by hand: hlspeak review \(topic.id) rewrite H\(first) \"…\""]
        for hard in shown {
            let number = (all.firstIndex(of: hard) ?? 0) + 1
            lines.append("")
            lines.append("H\(number). \(hard.sentence.section): \(hard.text)")
            for reason in hard.reasons { lines.append("    \(reason)") }
            // The rewrite replaces the whole sentence as written, which may be more than this part.
            if hard.text != hard.sentence.original { lines.append("    a rewrite replaces: \(hard.sentence.original)") }
        }
        return lines.joined(separator: "\n")
    }
}
