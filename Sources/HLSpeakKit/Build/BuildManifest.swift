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

/// Which part of the work a machine does: `K/N` keeps every job whose position in the sorted list
/// is K-1 modulo N, so shards 1..N together are exactly the whole build.
public struct Shard: Hashable, Sendable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `--shard K/N`, or `--shard N` with K from Kubernetes' `JOB_COMPLETION_INDEX` (from 0) or
    /// Slurm's `SLURM_ARRAY_TASK_ID` (from `SLURM_ARRAY_TASK_MIN`).
    public static func parse(_ text: String, environment: [String: String]) -> Shard? {
        let parts = text.split(separator: "/").map { Int($0) }
        if parts.count == 2, let index = parts[0], let count = parts[1], count >= 1, (1...count).contains(index) {
            return Shard(index: index, count: count)
        }
        guard parts.count == 1, let count = parts[0], count >= 1 else { return nil }
        if let completion = environment["JOB_COMPLETION_INDEX"].flatMap(Int.init), (0..<count).contains(completion) {
            return Shard(index: completion + 1, count: count)
        }
        if let task = environment["SLURM_ARRAY_TASK_ID"].flatMap(Int.init) {
            let first = environment["SLURM_ARRAY_TASK_MIN"].flatMap(Int.init) ?? 0
            if (0..<count).contains(task - first) { return Shard(index: task - first + 1, count: count) }
        }
        return nil
    }

    /// The jobs of this shard: every `count`-th of the jobs sorted by key.
    public func select(_ jobs: [WorkerRequest]) -> [WorkerRequest] {
        jobs.sorted { $0.key < $1.key }.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
