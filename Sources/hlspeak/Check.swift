import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak check [topic...]`: validates content files and lists every problem with its line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content files for errors (exit 65 if any) and gaps (warnings).",
        discussion: "Without topic ids, the plain-language word lists (plain-words.tsv, protected-terms.txt) are checked too.")

    @Argument(help: "Topic ids to check. Without any, every topic is checked.")
    var topics: [String] = []

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var errorCount = 0
        var warningCount = 0
        try reportingErrors {
            let content = try library.contentLibrary()
            let files = try topics.isEmpty ? content.topicFiles() : topics.map { topic throws in
                try content.file(forTopic: topic)
            }
            for file in files {
                let reading = content.reader.read(contentsOf: file, file: FilePaths.display(file))
                for diagnostic in reading.diagnostics {
                    print(diagnostic)
                }
                errorCount += reading.diagnostics.errors.count
                warningCount += reading.diagnostics.warnings.count
            }
            // The plain-language word lists: a bad line is skipped when simplifying, an error here.
            if topics.isEmpty {
                for var problem in PlainWords.load(from: content.directory).problems {
                    problem.severity = .error
                    print(problem)
                    errorCount += 1
                }
            }
            print("checked \(files.count) topic\(files.count == 1 ? "" : "s"): "
                + "\(errorCount) error\(errorCount == 1 ? "" : "s"), "
                + "\(warningCount) warning\(warningCount == 1 ? "" : "s")")
        }
        if errorCount > 0 { throw ExitCode(ExitStatus.dataError) }
    }
}
