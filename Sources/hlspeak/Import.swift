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
            let language = try content.languages.language("en-US")
            var files: [URL] = []
            for page in pages {
                let url = URL(fileURLWithPath: page)
                if FilePaths.isFolder(url) {
                    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                    files += names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted().map { url.appendingPathComponent($0) }
                } else {
                    files.append(url)
                }
            }
            var failed = false
            for file in files {
                let data: Data
                do throws(UnreadableText) {
                    data = try TextFile.contents(file, inside: file.deletingLastPathComponent(), limit: (Limits.topicFileBytes * 4, "web page"))
                } catch {
                    throw ContentError.unreadableFile(path: FilePaths.display(file), reason: error.reason)
                }
                let page = try WebPageImporter.topic(from: data, file: FilePaths.display(file), language: language)
                let target = content.directory.appendingPathComponent("\(page.id).md")
                guard !FileManager.default.fileExists(atPath: target.path) else {
                    printError("error: \(FilePaths.display(file)): \(FilePaths.display(target)) already exists; "
                        + "move it away (or delete it) and import again")
                    failed = true
                    continue
                }
                try AtomicFile.write(Data(page.markdown.utf8), to: target)
                print("\(FilePaths.display(file)) -> \(FilePaths.display(target))")
                if !page.dropped.isEmpty { print("  dropped: " + page.dropped.joined(separator: ", ")) }
                for gap in page.gaps { print("  gap: \(gap)") }
                let check = try LibraryCheck(content, topics: [page.id])
                for diagnostic in check.diagnostics { print("  \(diagnostic)") }
                print("  " + check.summary)
                failed = failed || !check.diagnostics.errors.isEmpty
            }
            if failed { throw ExitCode(ExitStatus.dataError) }
        }
    }
}
