import Foundation

/// Topic files made for staff: `hlspeak new`'s commented template and saved web pages
/// (`hlspeak import`). Both are written in the library's language, and neither ever replaces a
/// file that is there: a topic file is a person's work.
extension ContentLibrary {
    /// Makes `<content>/<id>.md` from the commented template, titled `title`, dated `today`.
    /// The content folder is made if it is not there yet (a library's first topic).
    public static func createTopic(id: String, title: String, in directory: URL, today: CalendarDate = .today) throws -> URL {
        guard Slug.isValidID(id) else { throw ContentError.notATopicID(id, suggestion: Slug.make(id)) }
        try AtomicFile.makeFolder(directory)
        let library = try ContentLibrary(directory: directory)
        let file = directory.appendingPathComponent("\(id).md")
        let text = TopicTemplate.text(id: id, title: title, language: library.info.language, today: today.iso)
        guard try AtomicFile.create(Data(text.utf8), at: file) else {
            throw ContentError.topicFileExists(path: FilePaths.display(file), from: nil)
        }
        return file
    }

    /// The saved web pages `paths` name: each file as given, and each folder's `.html` and `.htm`
    /// files in name order. A folder with none is an error, not an import of nothing.
    public static func webPages(_ paths: [URL]) throws(ContentError) -> [URL] {
        var pages: [URL] = []
        for path in paths {
            guard FilePaths.isFolder(path) else { pages.append(path); continue }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path.path) } catch {
                throw .unreadableFile(path: FilePaths.display(path), reason: "the folder cannot be listed")
            }
            let found = names.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
            guard !found.isEmpty else { throw .noWebPages(folder: FilePaths.display(path)) }
            pages += found.map { path.appendingPathComponent($0) }
        }
        return pages
    }

    /// Turns the saved web page `page` into a new topic file, named by the page's title.
    public func importWebPage(_ page: URL) throws -> (imported: WebPageImport, file: URL) {
        let data: Data
        do throws(UnreadableText) {
            data = try TextFile.contents(page, inside: page.deletingLastPathComponent(),
                                         limit: (Limits.topicFileBytes * 4, "web page"))
        } catch {
            throw ContentError.unreadableFile(path: FilePaths.display(page), reason: error.reason)
        }
        let imported = try WebPageImporter.topic(from: data, file: FilePaths.display(page),
                                                 language: try languages.language(info.language))
        let file = directory.appendingPathComponent("\(imported.id).md")
        guard try AtomicFile.create(Data(imported.markdown.utf8), at: file) else {
            throw ContentError.topicFileExists(path: FilePaths.display(file), from: FilePaths.display(page))
        }
        return (imported, file)
    }
}
