import Foundation

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

    /// The topics of this shard: every `count`-th of `topics` (sorted), so a topic's outputs and
    /// its manifest are all made by one shard.
    /// `--shard TEXT` (`K/N`, or `N` with K from the scheduler's environment), or an error saying
    /// what it must look like.
    public init(argument text: String) throws(BuildError) {
        guard let shard = Self.parse(text, environment: ProcessInfo.processInfo.environment) else { throw .badShard(text) }
        self = shard
    }

    public func select(_ topics: [String]) -> [String] {
        topics.sorted().enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
