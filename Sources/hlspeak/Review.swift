import ArgumentParser
import Foundation
import HLSpeakKit

/// What `hlspeak review TOPIC ACTION` does.
enum ReviewAction: String, ExpressibleByArgument, CaseIterable {
    case list, accept, reject, rewrite, signoff, status, hard
}

/// `hlspeak review <topic> [action] …`: decides, change by change, what the plain-language
/// version may say, and signs it off.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the plain-language changes of a topic: accept, reject or rewrite each, then sign off.",
        discussion: """
            Every change the simplifier suggests has a number. Decisions and sign-offs are kept in \
            Content/<topic>.review.yml (plain text: commit it with the topic). '--plain' outputs \
            use only accepted changes and your rewrites; the rest of the text stays as written. \
            Editing a sentence in the topic file re-opens its decision; changing a signed-off \
            section's text means signing it off again.

            Actions:
              list               the changes still to decide (--all: every change)
              accept N…          use the suggestions (numbers or ranges: 3 5-7; --all: every pending one)
              reject N…          keep the sentences as written
              rewrite N "text"   use your own sentence instead (N: a change, or H1… from 'hard')
              signoff            approve the chosen sections (-s; default every section) as they now read
              status             each section: pending, decided, signed off, reading grades
              hard               sentences still hard to read, to write by hand

            Examples:
              hlspeak review miscarriage -s coping
              hlspeak review miscarriage accept 1 2 --by "Ana Ruiz, RN"
              hlspeak review miscarriage rewrite 4 "Most miscarriages cannot be stopped." --by "Ana Ruiz, RN"
              hlspeak review miscarriage accept --all -s coping --by "Ana Ruiz, RN"
              hlspeak review miscarriage signoff -s coping --by "Ana Ruiz, RN"
            """)

    @Argument(help: "The topic id.")
    var topic: String

    @Argument(help: ArgumentHelp("list, accept, reject, rewrite, signoff, status or hard.", valueName: "action"))
    var action: ReviewAction = .list

    @Argument(help: ArgumentHelp("Change numbers (accept, reject), or a number and the new sentence (rewrite).", valueName: "N"))
    var values: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Only these sections (id, heading slug or heading text).", valueName: "id"))
    var section: [String] = []

    @Flag(name: .long, help: "list: every change, decided or not. accept, reject: every pending change of the chosen sections.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Who decides or signs off, with role (default: $HLSPEAK_REVIEWER).", valueName: "name"))
    var by: String?

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        switch action {
        case .accept, .reject:
            if values.isEmpty && !all { throw ValidationError("say which changes to \(action.rawValue): their numbers, or --all") }
            if !values.isEmpty && all { throw ValidationError("give change numbers or --all, not both") }
        case .rewrite:
            if values.count != 2 || values[0].contains("-") || values[0].contains(",") {
                throw ValidationError("rewrite takes one change number and the sentence in quotes: rewrite 4 \"New sentence.\"")
            }
        case .list, .signoff, .status, .hard:
            if !values.isEmpty { throw ValidationError("'\(action.rawValue)' takes no numbers; did you mean accept or reject?") }
        }
    }

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            let source = try content.topic(topic)
            let language = try content.language(of: source)
            let simplifier = library.simplifier(for: language)
            let words = simplifier.words
            let file = try content.reviewFile(forTopic: topic)
            let chosen = try SectionLookup(source).sections(section).filter { !$0.isCredits }
            let meter = try ReadabilityMeter(language: language)
            func view(_ editor: PlainReviewEditor) -> PlainReviewReport { PlainReviewReport(editor: editor, meter: meter, words: words) }
            let report = view(try PlainReviewEditor(topic: source, file: file, simplifier: simplifier))
            switch action {
            case .list: return print(report.list(in: chosen, all: all))
            case .status: return print(report.status(of: chosen))
            case .hard: return print(report.hard(in: section.isEmpty ? [] : chosen))
            case .accept, .reject, .rewrite, .signoff: break
            }
            let by = try reviewer()
            var taken: PlainReviewEditor.Step?
            var lost: [String] = []
            // The one review edit, under the file's lock: two people deciding at once keep both.
            let editor = try PlainReviewEditor.edit(file, topic: source, simplifier: simplifier, by: by,
                                                    date: CalendarDate.today.iso) { editor in
                let step = try self.step(editor, view: view(editor), chosen: chosen, allSections: source.sections)
                if case .rewrite(let change, let text) = step { lost = editor.protectedWordsLost(change, in: text) }
                taken = step
                return step
            }
            let shown = FilePaths.display(file)
            switch taken {
            case .decide(let changes, let verdict):
                let numbers = changes.map { String(editor.number(of: $0)) }.joined(separator: ", ")
                print("\(verdict == .accepted ? "accepted" : "rejected") \(numbers) (\(shown))")
            case .rewrite(let change, let text):
                if !lost.isEmpty {
                    printError("warning: the rewrite no longer has \(lost.map { "'\($0)'" }.joined(separator: ", ")) from the sentence "
                        + "as written; check that is what you mean")
                }
                print("rewrote \(values[0]): \(change.original)\n     as: \(text) (\(shown))")
            case .signOff(let sections):
                print("signed off \(sections.map(\.id).joined(separator: ", ")) (\(shown))")
            case nil:
                break
            }
        }
    }

    /// The accept, reject, rewrite or signoff step this command asks for, on the review as it is.
    private func step(_ editor: PlainReviewEditor, view: PlainReviewReport, chosen: [Section],
                      allSections: [Section]) throws -> PlainReviewEditor.Step {
        switch action {
        case .accept, .reject:
            let changes = all ? editor.pendingChanges(in: chosen) : try editor.changes(named: values)
            guard !changes.isEmpty else { throw PlainReviewError.nothingToDo("no pending changes in the sections chosen; "
                + "'hlspeak review \(topic) --all' lists every change and its decision") }
            return .decide(changes, action == .accept ? .accepted : .rejected)
        case .rewrite:
            return .rewrite(try target(values[0], editor: editor, view: view), values[1])
        case .signoff, .list, .status, .hard:
            return .signOff(section.isEmpty ? allSections.filter { !$0.isCredits } : chosen)
        }
    }

    /// A change number, or H1… from the list of hard sentences.
    private func target(_ value: String, editor: PlainReviewEditor, view: PlainReviewReport) throws -> PlainChange {
        if value.uppercased().hasPrefix("H"), let number = Int(value.dropFirst()) {
            let hard = view.hardSentences(in: [])
            guard (1...max(1, hard.count)).contains(number), number <= hard.count else {
                throw PlainReviewError.nothingToDo("there is no hard sentence \(value); 'hlspeak review \(topic) hard' lists them")
            }
            return hard[number - 1].sentence.asChange
        }
        guard let change = try editor.changes(named: [value]).first else {
            throw PlainReviewError.nothingToDo("say which change to rewrite: its number from 'hlspeak review \(topic)', as in 'rewrite 3 \"…\"'")
        }
        return change
    }

    private func reviewer() throws -> String {
        let name = (by ?? ProcessInfo.processInfo.environment["HLSPEAK_REVIEWER"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw PlainReviewError.noReviewer }
        return name
    }
}
