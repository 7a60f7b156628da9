import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak check-brf FILE.brf`: checks an embosser file's layout.
struct CheckBRF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-brf",
        abstract: "Check a BRF file: line length, lines per page, form feeds, page numbers 1..n.",
        discussion: """
            Examples:
              hlspeak check-brf out/miscarriage/coping.brf
              hlspeak check-brf handout.brf --cells 32 --lines 28
            """)

    @Argument(help: "The .brf file.")
    var file: String

    @Option(name: .long, help: "Cells per line.")
    var cells: Int = 40

    @Option(name: .long, help: "Lines per page.")
    var lines: Int = 25

    func run() throws {
        try reportingErrors {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ContentError.unreadableFile(path: file, reason: "it does not exist or cannot be read")
            }
            let problems = BRFChecker.problems(in: String(decoding: data, as: UTF8.self),
                                               format: try BraillePageFormat(cells: cells, lines: lines), louis: try Louis())
            for problem in problems { print("\(file): \(problem)") }
            print(problems.isEmpty ? "\(file): ok" : "\(file): \(problems.count) problem\(problems.count == 1 ? "" : "s")")
            if !problems.isEmpty { throw ExitCode(ExitStatus.dataError) }
        }
    }
}
