import Foundation

/// Wall time and peak memory of one run of a program, measured with `posix_spawn` and `wait4`.
struct ProcessMeasurement {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32

    /// Runs `arguments[0]` (searched on PATH) with its output discarded.
    static func run(_ arguments: [String]) -> ProcessMeasurement {
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
        return ProcessMeasurement(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024,
                                  status: (status >> 8) & 0xff)
    }
}

extension Array where Element == Double {
    var median: Double {
        let sorted = self.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
