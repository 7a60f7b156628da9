import Foundation
import HLSpeakKit

/// What the workspace's pages show of the library, read fresh for each page (a topic file edited
/// in another window shows at once): topics and their problems, sections with words, spoken time
/// and reading grades, the plain-language review. Files are made through the exporter, the same
/// export path as the command line, and kept by fingerprint.
final class WorkspaceLibrary: @unchecked Sendable {
    let exporter: Exporter
    /// Where made files are kept, by fingerprint.
    let cache: URL
    private let lock = NSLock()
    private let pagesLock = NSLock()
    /// Pages as last made, with the state of the files they were made from.
    private var pages: [String: (stamp: String, page: WorkspacePage)] = [:]

    init(exporter: Exporter, cache: URL) {
        self.exporter = exporter
        self.cache = cache
    }

    var content: ContentLibrary { exporter.content }

    /// A topic's id, or a 404 in plain words.
    func topic(_ id: String) throws -> Topic {
        guard Self.isSafeName(id), content.topicIDs.contains(id) else { throw WorkspaceError.noTopic(id) }
        return try content.topic(id)
    }

    /// A section of `topic`, or a 404 in plain words.
    func section(_ id: String, of topic: Topic) throws -> Section {
        guard Self.isSafeName(id), let section = topic.allSections.first(where: { $0.id == id }) else {
            throw WorkspaceError.noSection(id, topic: topic.id)
        }
        return section
    }

    /// Ids are letters, digits, '-' and '_': anything else in a URL ('..', '/', '%00') is refused
    /// before it can name a file.
    static func isSafeName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 120 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    // MARK: Pages, kept while their files are unchanged

    /// The page `key` made from `topics`' files (every topic when nil): made again only when one
    /// of those files, its review file or the library's settings changed (size and time).
    func page(_ key: String, topics: [String]?, make: () throws -> WorkspacePage) throws -> WorkspacePage {
        let stamp = self.stamp(topics)
        if let kept = pagesLock.withLock({ pages[key] }), kept.stamp == stamp { return kept.page }
        let page = try make()
        pagesLock.withLock {
            if pages.count > 500 { pages.removeAll() }
            pages[key] = (stamp, page)
        }
        return page
    }

    private func stamp(_ topics: [String]?) -> String {
        let folder = content.directory
        let names = topics.map { ids in ids.flatMap { ["\($0).md", "\($0).review.yml"] } + ["library.yml", "plain-words.tsv", "protected-terms.txt"] }
            ?? ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return names.map { name -> String in
            var info = stat()
            guard stat(folder.appendingPathComponent(name).path, &info) == 0 else { return name + ":-" }
            return "\(name):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        }.joined(separator: "|")
    }

    // MARK: Problems and grades

    /// `check`'s findings for one topic.
    func problems(of id: String) -> [Diagnostic] {
        (try? LibraryCheck(content, topics: [id]).diagnostics) ?? []
    }

    /// The plain-language words of `topic`'s language (the language's list and the library's).
    func simplifier(for topic: Topic) throws -> Simplifier {
        exporter.simplifier(for: try content.language(of: topic))
    }

    /// Reading grades of every section as written, suggested and approved.
    func readability(of topic: Topic) throws -> ReadabilityReport {
        let language = try content.language(of: topic)
        let versions = ReadingVersions(topic: topic, simplifier: try simplifier(for: topic),
                                       review: try PlainReview.load(from: try content.reviewFile(forTopic: topic.id)))
        return ReadabilityReport(versions, ids: topic.allSections.map(\.id), language: language,
                                 counter: try HyphenationSyllableCounter(language: language), syllables: .hyphenation,
                                 grade: ReadabilityReport.gradeTarget, smog: ReadabilityReport.smogTarget)
    }

    /// Spoken seconds of `section` with the default voice, estimated without speaking.
    func spokenSeconds(of section: Section, in topic: Topic) -> Double? {
        guard let voices = exporter.voices,
              let voice = try? voices.profile(forLanguage: topic.language) else { return nil }
        guard let readable = topic.readable(voice.language.sentences).allSections.first(where: { $0.id == section.id }) else {
            return 0
        }
        return SpeechRenderer(voice: voice).estimatedDuration(of: readable)
    }

    // MARK: Review

    /// The review of `topic` as it stands, and its version (which a form carries, so a stale
    /// form is refused).
    func review(of topic: Topic) throws -> (editor: PlainReviewEditor, version: String) {
        let file = try content.reviewFile(forTopic: topic.id)
        return (try PlainReviewEditor(topic: topic, file: file, simplifier: try simplifier(for: topic)),
                PlainReviewEditor.version(of: file))
    }

    /// Applies `decision` to `topic`'s review through the one review edit, if the review is still
    /// at `version`.
    func decide(_ decision: ReviewDecision, topic: Topic, version: String, by: String) throws {
        _ = try PlainReviewEditor.edit(try content.reviewFile(forTopic: topic.id), topic: topic, simplifier: try simplifier(for: topic),
                                       expectedVersion: version, by: by, date: CalendarDate.today.iso) { editor in
            switch decision {
            case .accept(let id), .reject(let id):
                guard let change = try editor.changes(named: [id]).first else { throw WorkspaceError.noChange(id) }
                if case .accept = decision { return .decide([change], .accepted) }
                return .decide([change], .rejected)
            case .rewrite(let id, let text):
                guard let change = try editor.changes(named: [id]).first else { throw WorkspaceError.noChange(id) }
                return .rewrite(change, text)
            case .signOff(let sectionID):
                let sections = sectionID.map { id in topic.sections.filter { $0.id == id } } ?? topic.bodySections
                guard !sections.isEmpty else { throw WorkspaceError.noSection(sectionID ?? "", topic: topic.id) }
                return .signOff(sections)
            }
        }
    }

    // MARK: Files through the export path

    /// The file `request` makes, made once per fingerprint and kept in the cache.
    func file(for request: ExportRequest) throws -> (url: URL, fingerprint: String) {
        let resolved = try exporter.resolve(request)
        let fingerprint = try Fingerprinter(exporter: exporter).fingerprint(resolved)
        let folder = cache.appendingPathComponent(String(fingerprint.prefix(32)), isDirectory: true)
        let name = exporter.location(of: resolved, at: .folder(folder))
        if FileManager.default.fileExists(atPath: name.path) { return (name, fingerprint) }
        lock.lock()
        defer { lock.unlock() }
        if !FileManager.default.fileExists(atPath: name.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try exporter.export(request, to: .folder(folder))
        }
        return (name, fingerprint)
    }
}

/// One decision from the review page.
enum ReviewDecision {
    case accept(String)
    case reject(String)
    case rewrite(String, text: String)
    /// One section, or every section.
    case signOff(String?)
}
