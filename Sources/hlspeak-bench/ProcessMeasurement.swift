import Foundation

/// Wall time and peak memory of one run of a program. The program runs under GNU time, which
/// forks from its own small process: `wait4` on a child spawned straight from this benchmark
/// reports the benchmark's own memory (the child shares it until it execs) as a floor.
struct ProcessMeasurement {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32

    /// Runs `arguments[0]` (searched on PATH) with its output discarded.
    static func run(_ arguments: [String]) -> ProcessMeasurement {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-bench-rss-\(getpid())").path
        defer { unlink(report) }
        let arguments = ["/usr/bin/time", "-o", report, "-f", "%M"] + arguments
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        guard posix_spawnp(&pid, arguments[0], &actions, nil, cArguments, environ) == 0 else {
            return ProcessMeasurement(seconds: 0, peakMegabytes: 0, status: 127)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let kilobytes = (try? String(contentsOfFile: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return ProcessMeasurement(seconds: seconds, peakMegabytes: kilobytes / 1024, status: (status >> 8) & 0xff)
    }
}

extension Array where Element == Double {
    var median: Double {
        let sorted = self.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
