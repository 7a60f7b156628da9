import Foundation

/// A folder of topic files (`Content/*.md`) plus `library.yml`: where every command finds topics.
public struct ContentLibrary: Sendable {
    public var directory: URL
    public var info: LibraryInfo
    /// The languages topics may be written in.
    public var languages: LanguageLibrary

    /// Opens the folder and reads `library.yml`; `languages` defaults to the data that comes
    /// with hlspeak.
    public init(directory: URL, languages: LanguageLibrary? = nil) throws {
        guard FilePaths.isFolder(directory) else { throw ContentError.contentFolderMissing(path: directory.path) }
        self.directory = directory
        self.info = try LibraryInfo.load(from: directory.appendingPathComponent("library.yml"))
        self.languages = try languages ?? LanguageLibrary()
    }

    /// No topics and the default library settings, for work that needs none (`say`): hlspeak
    /// then runs from a folder without content.
    public init(noneAt directory: URL, languages: LanguageLibrary? = nil) throws {
        self.directory = directory
        self.info = LibraryInfo()
        self.languages = try languages ?? LanguageLibrary()
    }

    /// The language topic `topic` is written in.
    public func language(of topic: Topic) throws(LanguageError) -> Language {
        try languages.language(topic.language)
    }

    /// The topic files, sorted by name.
    public func topicFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// The ids of the topics, from their file names.
    public var topicIDs: [String] {
        topicFiles().map { $0.deletingPathExtension().lastPathComponent }
    }

    public var reader: TopicReader {
        var reader = TopicReader(glossary: info.glossary, libraryDisclaimer: info.disclaimer, languages: languages)
        reader.libraryLanguage = info.language
        return reader
    }

    /// The file that holds topic `id`, in any capitals. A name that is not a topic id (a path,
    /// `..`) names no topic: topics are only the files directly in this folder. A file there whose
    /// name is no topic id ("My Topic.md") is still found, so that reading it says how to rename it.
    public func file(forTopic id: String) throws(ContentError) -> URL {
        // The usual case, the exact name, without listing the folder (a library has thousands).
        var info = stat()
        let exact = directory.appendingPathComponent("\(id).md")
        if Slug.isValidID(id), lstat(exact.path, &info) == 0 { return exact }
        let ids = topicIDs
        guard let found = ids.first(where: { $0 == id }) ?? ids.first(where: { $0.lowercased() == id.lowercased() }) else {
            throw .unknownTopic(id, available: ids)
        }
        return directory.appendingPathComponent("\(found).md")
    }

    /// The review file of topic `id` (`Content/<id>.review.yml`), whether it exists yet or not.
    public func reviewFile(forTopic id: String) throws(ContentError) -> URL {
        PlainReview.file(for: try file(forTopic: id))
    }

    /// The id of the topic `name` means, in its file's capitals.
    public func topicID(_ name: String) throws(ContentError) -> String {
        try file(forTopic: name).deletingPathExtension().lastPathComponent
    }

    /// Reads topic `id` and its findings.
    public func read(topic id: String) throws(ContentError) -> TopicReading {
        let url = try file(forTopic: id)
        return reader.read(contentsOf: url, file: FilePaths.display(url))
    }

    /// Topic `id`, or an error naming the first problem in its file.
    public func topic(_ id: String) throws(ContentError) -> Topic {
        let url = try file(forTopic: id)
        return try reader.read(contentsOf: url, file: FilePaths.display(url)).get(file: FilePaths.display(url))
    }
}
