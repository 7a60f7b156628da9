import Foundation

/// `hlspeak check`: every finding about the chosen topic files (all of them by default) and, for
/// the whole library, the plain-language word lists (a bad line there is skipped when
/// simplifying, and an error here).
public struct LibraryCheck: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var topicsChecked = 0

    /// Checks `topics` (ids; empty for every topic and the word lists).
    public init(_ content: ContentLibrary, topics: [String]) throws(ContentError) {
        var files: [URL] = []
        if topics.isEmpty {
            files = content.topicFiles()
        } else {
            for topic in topics { files.append(try content.file(forTopic: topic)) }
        }
        // Every core reads topics; the findings are listed in file order.
        let reader = content.reader
        diagnostics = files.parallelMap { reader.read(contentsOf: $0, file: FilePaths.display($0)).diagnostics }.flatMap { $0 }
        topicsChecked = files.count
        // A review file that cannot be read would stop every plain output of its topic.
        for file in files {
            do {
                _ = try PlainReview.load(from: PlainReview.file(for: file))
            } catch {
                if case .invalidFile(let path, let line, let reason) = error {
                    diagnostics.append(Diagnostic(.error, file: path, line: line, reason))
                }
            }
        }
        if topics.isEmpty {
            for var problem in PlainWords.load(from: content.directory, language: nil).problems {
                problem.severity = .error
                diagnostics.append(problem)
            }
        }
    }

    /// "checked 3 topics: 1 error, 2 warnings".
    public var summary: String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        return "checked \(count(topicsChecked, "topic")): \(count(diagnostics.errors.count, "error")), "
            + count(diagnostics.warnings.count, "warning")
    }
}


