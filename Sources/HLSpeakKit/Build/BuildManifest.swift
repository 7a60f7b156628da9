import Foundation

/// `out/manifest.json`: every output of the library build, with its files, size, audio length and
/// the fingerprint of what it was made from. An entry is added only once its files are complete.
public struct BuildManifest: Codable, Sendable {
    public var version = 2
    public var outputs: [String: ExportResult] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey { case version, outputs }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        let list = try container.decode([ExportResult].self, forKey: .outputs)
        outputs = Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(outputs.values.sorted { $0.key < $1.key }, forKey: .outputs)
    }

    /// The manifest in `folder`, or an empty one.
    public static func load(from folder: URL) -> BuildManifest {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
              let manifest = try? JSONDecoder().decode(BuildManifest.self, from: data),
              manifest.version == BuildManifest().version else { return BuildManifest() }
        return manifest
    }

    /// The manifests of `folders` (shards of one build) as one, and the folders that had none.
    public static func merging(_ folders: [URL]) -> (manifest: BuildManifest, empty: [URL]) {
        var merged = BuildManifest()
        var empty: [URL] = []
        for folder in folders {
            let manifest = load(from: folder)
            if manifest.outputs.isEmpty { empty.append(folder) }
            merged.outputs.merge(manifest.outputs) { _, new in new }
        }
        return (merged, empty)
    }

    public func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent("manifest.json"))
    }

    /// True when output `key` was made from exactly `hash` and all its files are still there, with
    /// the size they had (a file emptied by a power cut, or edited by hand, is made again).
    public func isCurrent(_ key: String, hash: String, in folder: URL) -> Bool {
        guard let entry = outputs[key], entry.hash == hash, entry.error == nil else { return false }
        let files = entry.files.map { folder.appendingPathComponent($0) }
        guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else { return false }
        return files.reduce(0) { $0 + AtomicFile.size(of: $1) } == entry.bytes
    }
}

/// Why a build could not start.
public enum BuildError: HLSpeakError, Equatable {
    case badShard(String)

    public var description: String {
        switch self {
        case .badShard(let text):
            "--shard '\(text)' is not K/N with 1 ≤ K ≤ N (or N with JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID set)"
        }
    }

    public var exitCode: Int32 { ExitStatus.usage }
}
