import Foundation

/// `<output>/<topic>/manifest.json`: one topic's outputs in a build, with the fingerprint of what
/// each was made from, the topic file as it was (size, time, inode and SHA-256), and the
/// fingerprint of everything else the build used (voices, language data, library settings,
/// formats). A later build that finds the file and the rest unchanged knows every output is
/// current without reading the topic. Small, one per topic, rewritten whole (atomically) as each
/// output finishes: memory and work do not grow with the library.
struct TopicManifest: Codable, Sendable {
    static let fileName = "manifest.json"
    var version = 3
    var source: SourceStamp?
    /// The topic's plain-language review file, when it has one.
    var review: SourceStamp?
    /// The build's other inputs (`LibraryBuild.environment`).
    var environment = ""
    /// Every output the build planned for the topic, made or failed.
    var planned: [String] = []
    var outputs: [String: ExportResult] = [:]

    init() {}

    enum CodingKeys: String, CodingKey { case version, source, review, environment, planned, outputs }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        source = try container.decodeIfPresent(SourceStamp.self, forKey: .source)
        review = try container.decodeIfPresent(SourceStamp.self, forKey: .review)
        environment = try container.decode(String.self, forKey: .environment)
        planned = try container.decode([String].self, forKey: .planned)
        let list = try container.decode([ExportResult].self, forKey: .outputs)
        outputs = Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(review, forKey: .review)
        try container.encode(environment, forKey: .environment)
        try container.encode(planned, forKey: .planned)
        try container.encode(outputs.values.sorted { $0.key < $1.key }, forKey: .outputs)
    }

    /// The manifest in `folder` (a topic's output folder), or an empty one.
    static func load(from folder: URL) -> TopicManifest {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
              let manifest = try? JSONDecoder().decode(TopicManifest.self, from: data),
              manifest.version == TopicManifest().version else { return TopicManifest() }
        return manifest
    }

    func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent(Self.fileName))
    }

    /// True when every planned output is in the manifest and current.
    func isComplete(in root: URL) -> Bool {
        let folder = root.path
        return !planned.isEmpty && planned.allSatisfy { isCurrent($0, inFolder: folder) }
    }

    /// True when output `key` was made from exactly `hash` and all its files are still there, with
    /// the size they had (a file emptied by a power cut, or edited by hand, is made again).
    /// `root` is the build's folder, which the files are relative to.
    func isCurrent(_ key: String, hash: String? = nil, in root: URL) -> Bool {
        isCurrent(key, hash: hash, inFolder: root.path)
    }

    /// `isCurrent` with the folder as a path: a no-change build asks this of every output, and
    /// building a URL for each file was a tenth of its time.
    private func isCurrent(_ key: String, hash: String? = nil, inFolder folder: String) -> Bool {
        guard let entry = outputs[key], hash == nil || entry.hash == hash, entry.error == nil else { return false }
        var bytes = 0
        for file in entry.files {
            var info = stat()
            guard stat(folder + "/" + file, &info) == 0 else { return false }
            bytes += Int(info.st_size)
        }
        return bytes == entry.bytes
    }
}

/// A topic file as a build saw it. Equal size, modification time and inode mean unchanged
/// without reading it; when they differ, the SHA-256 of its bytes decides (a file touched but
/// not changed is still unchanged).
struct SourceStamp: Codable, Hashable, Sendable {
    var size: Int
    var modified: Int
    var inode: UInt64
    var sha256: String

    /// The stamp of `file` now, its hash taken only when `known` does not already match.
    static func of(_ file: URL, known: SourceStamp?) -> SourceStamp? {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return nil }
        let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        let size = Int(info.st_size)
        let inode = UInt64(info.st_ino)
        if let known, known.size == size, known.modified == modified, known.inode == inode { return known }
        guard let data = try? Data(contentsOf: file) else { return nil }
        var hash = SHA256()
        hash.update(data)
        return SourceStamp(size: size, modified: modified, inode: inode, sha256: hash.hexDigest())
    }

    /// The same bytes, whatever the file's time or inode.
    func sameContent(as other: SourceStamp?) -> Bool { other?.sha256 == sha256 }
}
