import Foundation
import Synchronization

/// Runs jobs in N worker processes of hlspeak itself (`hlspeak build --worker`), each with its own
/// eSpeak NG engine: eSpeak keeps global state, so parallel speech means processes, not threads.
/// The parent hands each worker its next job when it reports the last one. A worker that dies
/// fails only the job it had. eSpeak NG carries state from one synthesis to the next, so only a
/// fresh engine gives the same samples for the same text: a worker is replaced after each job
/// `freshAfter` names (the audio jobs).
public final class WorkerPool: @unchecked Sendable {
    private let executable: URL
    private let arguments: [String]
    private let count: Int
    private let lock = NSCondition()
    /// Jobs not yet handed out, and jobs results made ready (handed out first); touched only under `lock`.
    private var pending: ArraySlice<WorkerRequest> = []
    private var ready: [WorkerRequest] = []
    /// Jobs handed out and not yet reported; touched only under `lock`.
    private var handedOut = 0

    private let freshAfter: @Sendable (WorkerRequest) -> Bool
    /// A job still running after this long is stopped and reported, so one stuck output cannot
    /// hold up the whole library.
    public var timeout: TimeInterval = 600

    public init(executable: URL, arguments: [String], count: Int, freshAfter: @escaping @Sendable (WorkerRequest) -> Bool) {
        self.executable = executable
        self.arguments = arguments
        self.count = max(1, count)
        self.freshAfter = freshAfter
    }

    /// The worker processes of this process that are running now.
    private static let running = Mutex<Set<pid_t>>([])

    /// Asks every running worker to stop (each deletes its half-written file and exits) and waits
    /// up to `seconds` for them to go: an interrupted build returns only when its files are gone.
    public static func stopRunningWorkers(waitingUpTo seconds: Double = 2) {
        let workers = running.withLock { $0 }
        for pid in workers { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, workers.contains(where: isRunning) { usleep(10_000) }
    }

    /// True while `pid` has not exited (a process that exited but was not yet reaped has).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let end = stat.range(of: ") ", options: .backwards) else { return true }
        return !stat[end.upperBound...].hasPrefix("Z")
    }

    /// A running worker process and the ends of its pipes.
    private struct Worker {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        var reader: LineReader
        var running: Bool

        init(executable: URL, arguments: [String]) {
            process.executableURL = executable
            process.arguments = arguments
            process.standardInput = input
            process.standardOutput = output
            reader = LineReader(handle: output.fileHandleForReading)
            running = (try? process.run()) != nil
            if running { WorkerPool.running.withLock { _ = $0.insert(process.processIdentifier) } }
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            if running { process.waitUntilExit() }
            WorkerPool.running.withLock { _ = $0.remove(process.processIdentifier) }
        }
    }

    /// Runs `requests`; `onResult` is called (serialised) as each finishes.
    public func run(_ requests: [WorkerRequest], onResult: @escaping @Sendable (ExportResult) -> Void) {
        run(requests, releasing: { result in
            onResult(result)
            return []
        })
    }

    /// Runs `requests`; `releasing` is called (serialised, under the pool's lock) as each
    /// finishes, and returns the jobs that result made ready, which run before the rest.
    func run(_ requests: [WorkerRequest], releasing: @escaping @Sendable (ExportResult) -> [WorkerRequest]) {
        signal(SIGPIPE, SIG_IGN)  // a worker that died must not take the build with it
        pending = requests[...]
        let group = DispatchGroup()
        for _ in 0..<min(count, requests.count) {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                var worker: Worker?
                while true {
                    lock.lock()
                    // With nothing left to hand out, a job still running may yet make more ready.
                    while ready.isEmpty && pending.isEmpty && handedOut > 0 { lock.wait() }
                    let next = ready.isEmpty ? pending.popFirst() : ready.removeFirst()
                    if next != nil { handedOut += 1 }
                    lock.unlock()
                    guard let request = next else { break }
                    if worker == nil || worker?.running == false {
                        worker?.stop()
                        worker = Worker(executable: executable, arguments: arguments)
                    }
                    var results: [ExportResult]?
                    let timedOut = TimeoutFlag()
                    if worker?.running == true, let line = try? JSONEncoder.sorted.encode(request) {
                        let watchdog = DispatchWorkItem { [process = worker?.process] in
                            timedOut.set()
                            if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
                        }
                        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
                        let sent = (try? worker?.input.fileHandleForWriting.write(contentsOf: line + Data("\n".utf8))) != nil
                        if sent, let reply = worker?.reader.nextLine() {
                            results = try? JSONDecoder().decode([ExportResult].self, from: reply)
                        } else {
                            worker?.running = false
                        }
                        watchdog.cancel()
                    }
                    if freshAfter(request) {
                        worker?.stop()
                        worker = nil
                    }
                    let job = request.request
                    let retry = "; run the build again, and if it fails again make this output alone with "
                        + "'hlspeak \(job.topic)\(job.sections.map { " -s \($0)" }.joined()) --format \(job.format.rawValue)' to see why"
                    let reason = (timedOut.isSet ? "it took longer than \(Int(timeout)) seconds and was stopped"
                        : "the worker process stopped while making this output") + retry
                    // Every output of the job is reported once, even one a worker's answer left out.
                    let answered = Set((results ?? []).map(\.key))
                    let done = (results ?? []) + request.all.filter { !answered.contains($0.key) }
                        .map { ExportResult(key: $0.key, hash: $0.hash, error: results == nil ? reason : "the worker process did not report this output" + retry) }
                    lock.lock()
                    for result in done { ready += releasing(result) }
                    handedOut -= 1
                    lock.broadcast()
                    lock.unlock()
                }
                worker?.stop()
            }
            thread.start()
        }
        group.wait()
    }
}

/// Set by a watchdog on another thread when a job ran too long.
private final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// Reads newline-terminated lines from a pipe.
struct LineReader {
    let handle: FileHandle
    private var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    mutating func nextLine() -> Data? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return Data(line)
            }
            let chunk = handle.availableData
            guard !chunk.isEmpty else { return nil }
            buffer.append(chunk)
        }
    }
}
