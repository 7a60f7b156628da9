import Foundation

/// `out/manifest.json`: every output of a build folder, with its files, size, audio length and the
/// fingerprint of what it was made from, gathered from the topics' own manifests
/// (`out/<topic>/manifest.json`, which the build keeps). It is written one topic at a time, so
/// memory does not grow with the library, and only an output whose files are complete is listed.
public enum BuildManifest {
    public static let fileName = "manifest.json"
    static let version = 2

    /// The topic folders of `folder` that hold a topic manifest, sorted.
    static func topicFolders(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0, isDirectory: true) }
            .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent(TopicManifest.fileName).path) }
    }

    /// Writes `folder`'s manifest from its topics' manifests; returns how many outputs it lists.
    @discardableResult
    public static func write(in folder: URL) throws -> Int {
        let encoder = JSONEncoder.sorted
        encoder.outputFormatting.insert(.withoutEscapingSlashes)
        var count = 0
        try AtomicFile.write(to: folder.appendingPathComponent(fileName)) { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
                  let handle = try? FileHandle(forWritingTo: temporary) else {
                throw OutputError.cannotCreate(path: folder.appendingPathComponent(fileName).path, reason: "it cannot be created")
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: Data("{\n  \"outputs\" : [".utf8))
            for topic in topicFolders(in: folder) {
                for entry in TopicManifest.load(from: topic).outputs.values.sorted(by: { $0.key < $1.key }) {
                    try handle.write(contentsOf: Data((count == 0 ? "\n    " : ",\n    ").utf8) + encoder.encode(entry))
                    count += 1
                }
            }
            try handle.write(contentsOf: Data("\n  ],\n  \"version\" : \(version)\n}\n".utf8))
        }
        return count
    }

    /// Joins the topic manifests of `folders` (shards of one build, whose topic folders were
    /// copied together into `destination`) into `destination`'s; returns the folders that had
    /// none and how many outputs the result lists.
    public static func merge(_ folders: [URL], into destination: URL) throws -> (empty: [URL], outputs: Int) {
        var empty: [URL] = []
        try AtomicFile.makeFolder(destination)
        for folder in folders {
            let topics = topicFolders(in: folder)
            if topics.isEmpty { empty.append(folder) }
            for topic in topics {
                let target = destination.appendingPathComponent(topic.lastPathComponent, isDirectory: true)
                var merged = target.standardizedFileURL == topic.standardizedFileURL ? TopicManifest() : TopicManifest.load(from: target)
                let incoming = TopicManifest.load(from: topic)
                merged.outputs.merge(incoming.outputs) { _, new in new }
                merged.planned = Array(Set(merged.planned + incoming.planned)).sorted()
                merged.source = incoming.source ?? merged.source
                merged.environment = incoming.environment
                try AtomicFile.makeFolder(target)
                try merged.save(to: target)
            }
        }
        return (empty, try write(in: destination))
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
