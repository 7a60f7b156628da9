import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak import PAGE.html…|FOLDER`: web pages saved from a health library, as topic files.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn saved web pages (or a folder of them) into topic files in the content folder.",
        discussion: """
            Keeps the title, the h2 and h3 headings as sections, paragraphs, lists, links, \
            emphasis and tables (as lists), and the credits a page's footer gives. Drops \
            navigation, scripts, styles, forms and sidebars, and says what it dropped; an image \
            or video becomes a gap line saying so. Each topic is then checked.

            Examples:
              hlspeak import saved/sore-throat.html
              hlspeak import saved-pages/ --content Content
            """)

    @Argument(help: "Saved pages (.html or .htm), or folders of them.")
    var pages: [String]

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try reportingErrors {
            let content = try library.contentLibrary()
            var failed = false
            for page in try ContentLibrary.webPages(pages.map { URL(fileURLWithPath: $0) }) {
                let imported: WebPageImport, file: URL
                do {
                    (imported, file) = try content.importWebPage(page)
                } catch let error as ContentError {
                    // A page whose topic is there already is skipped; the others are imported.
                    guard case .topicFileExists = error else { throw error }
                    printError("error: \(error)")
                    failed = true
                    continue
                }
                print("\(FilePaths.display(page)) -> \(FilePaths.display(file))")
                if !imported.dropped.isEmpty { print("  dropped: " + imported.dropped.joined(separator: ", ")) }
                for gap in imported.gaps { print("  gap: \(gap)") }
                let check = try LibraryCheck(content, topics: [imported.id])
                for diagnostic in check.diagnostics { print("  \(diagnostic)") }
                print("  " + check.summary)
                failed = failed || !check.diagnostics.errors.isEmpty
            }
            if failed { throw ExitCode(ExitStatus.dataError) }
        }
    }
}
