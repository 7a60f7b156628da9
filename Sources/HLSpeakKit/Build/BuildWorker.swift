import Foundation

/// A build's worker process (`hlspeak build --worker`): reads one `WorkerRequest` per line,
/// makes the output, writes one `ExportResult` per line. It stops quietly when the build that
/// started it is gone (killed outright): it notices within a quarter of a second, deletes its
/// half-written file and exits with status 143 and one line of explanation. A build stopped with
/// SIGTERM or Ctrl-C stops its workers itself (SIGTERM) and waits for them to delete theirs.
public enum BuildWorker {
    public static func serve(_ exporter: Exporter) -> Int32 {
        signal(SIGINT, SIG_IGN)  // the parent decides; an interrupted parent closes our input
        signal(SIGPIPE, SIG_IGN)  // a gone parent is reported by the write, not a signal
        let parent = getppid()
        let stop = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        signal(SIGTERM, SIG_IGN)
        stop.setEventHandler { parentGone(saying: false) }  // the build stopping us says why itself
        stop.resume()
        // An orphan is adopted by another process: a changed parent means the build is gone.
        let watch = DispatchSource.makeTimerSource(queue: .global())
        watch.schedule(deadline: .now(), repeating: .milliseconds(250))
        watch.setEventHandler { if getppid() != parent { parentGone() } }
        watch.resume()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder.sorted
        while let line = readLine(strippingNewline: true) {
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            let results = exporter.runCatching(request)
            guard let reply = try? encoder.encode(results),
                  (try? FileHandle.standardOutput.write(contentsOf: reply + Data("\n".utf8))) != nil else {
                parentGone()
            }
        }
        return 0
    }

    private static func parentGone(saying: Bool = true) -> Never {
        AtomicFile.removeLeftovers()
        if saying {
            FileHandle.standardError.write(Data("hlspeak build worker \(getpid()): the build stopped; this worker stopped too\n".utf8))
        }
        exit(143)
    }
}
