import Foundation
import Testing
@testable import HLSpeakKit

/// The worker pool's handling of workers that hang or die.
@Suite struct WorkerPoolTests {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var all: [ExportResult] = []
        func add(_ result: ExportResult) { lock.lock(); all.append(result); lock.unlock() }
    }

    static let job = WorkerRequest(key: "t/s.html", request: ExportRequest(topic: "t", sections: ["s"], format: .html),
                                   destination: .folder(URL(fileURLWithPath: "/tmp")), hash: "h")

    @Test func aHangingWorkerIsStoppedAndItsJobReported() {
        let pool = WorkerPool(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exec sleep 30"], count: 1,
                              freshAfter: { _ in false })
        pool.timeout = 0.5
        let results = Results()
        let start = Date()
        pool.run([Self.job], onResult: results.add)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(results.all.count == 1)
        #expect(results.all.first?.error?.contains("longer than") == true)
    }

    @Test func aWorkerThatDiesFailsOnlyItsJobs() {
        let pool = WorkerPool(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "exit 3"], count: 2,
                              freshAfter: { _ in false })
        let results = Results()
        pool.run((0..<3).map { WorkerRequest(key: "t\($0)/t.txt", request: ExportRequest(topic: "t\($0)", format: .text),
                                             destination: .folder(URL(fileURLWithPath: "/tmp")), hash: "h") },
                 onResult: results.add)
        #expect(results.all.count == 3)
        #expect(results.all.allSatisfy { $0.error?.contains("stopped") == true })
    }
}
