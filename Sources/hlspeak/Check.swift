import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak check [topic...]`: validates content files and lists every problem with its line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content files for errors (exit 65 if any) and gaps (warnings).",
        discussion: """
            Without topic ids, the plain-language word lists (plain-words.tsv, protected-terms.txt) \
            are checked too. Each problem names its file and line, the way editors jump to them.

            Examples:
              hlspeak check
              hlspeak check miscarriage sore-throat
            """)

    @Argument(help: "Topic ids to check. Without any, every topic is checked.")
    var topics: [String] = []

    @OptionGroup var library: LibraryOptions

    func run() throws {
        var failed = false
        try reportingErrors {
            let check = try LibraryCheck(try library.contentLibrary(), topics: topics)
            for diagnostic in check.diagnostics { print(diagnostic) }
            print(check.summary)
            failed = !check.diagnostics.errors.isEmpty
        }
        if failed { throw ExitCode(ExitStatus.dataError) }
    }
}
