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

    /// A worker that answers every job with a result of the same key, made at once.
    static func echoingPool(count: Int) -> WorkerPool {
        let answer = #"[{"key":"\1","files":[],"bytes":0,"hash":"","warnings":[]}]"#
        return WorkerPool(executable: URL(fileURLWithPath: "/bin/sh"),
                          arguments: ["-c", "exec sed -u 's/.*\"key\":\"\\([^\"]*\\)\".*/\(answer)/'"],
                          count: count, freshAfter: { _ in false })
    }

    static func job(_ key: String, _ format: ExportFormat = .text, topic: String = "t", sections: [String] = []) -> WorkerRequest {
        WorkerRequest(key: key, request: ExportRequest(topic: topic, sections: sections, format: format),
                      destination: .folder(URL(fileURLWithPath: "/tmp")), hash: "h")
    }

    @Test func jobsAResultMakesReadyRunBeforeTheRest() {
        let order = Results()
        Self.echoingPool(count: 1).run([Self.job("a"), Self.job("b")]) { result in
            order.add(result)
            return result.key == "a" ? [Self.job("c")] : []
        }
        #expect(order.all.map(\.key) == ["a", "c", "b"])
        // The last job handed out may still make more ready: the pool waits for them.
        let late = Results()
        Self.echoingPool(count: 2).run([Self.job("a")]) { result in
            late.add(result)
            return result.key == "a" ? [Self.job("c")] : []
        }
        #expect(late.all.map(\.key) == ["a", "c"])
    }

    @Test func aBookWaitsForItsSectionsMP3sAndIsMadeFromThem() throws {
        let first = Self.job("t/one.mp3", .mp3, sections: ["one"])
        var wav = Self.job("t/two.wav", .wav, sections: ["two"])
        wav.companions = [Self.job("t/two.mp3", .mp3, sections: ["two"])]
        let book = Self.job("t/t.epub", .epub)
        let alone = Self.job("u/u.epub", .epub, topic: "u")
        var requests = [first, wav, book, alone]
        let held = HeldBooks(&requests)
        #expect(requests.map(\.key) == ["t/one.mp3", "t/two.wav", "u/u.epub"], "a book with no MP3s to wait for runs as usual")
        #expect(requests[0].returnsAudio && requests[1].companions[0].returnsAudio && !requests[1].returnsAudio)
        func made(_ key: String) -> ExportResult {
            var result = ExportResult(key: key, files: ["/tmp/\(key)"])
            result.audio = [WrittenAudio(audio: URL(fileURLWithPath: "/tmp/\(key)"), captions: URL(fileURLWithPath: "/tmp/\(key).vtt"),
                                         seconds: 1, sampleRate: 22_050, bytes: 1, text: key)]
            return result
        }
        #expect(held.released(by: made("t/two.wav")).isEmpty)
        #expect(held.released(by: made("t/one.mp3")).isEmpty)
        let released = held.released(by: made("t/two.mp3"))
        #expect(released.map(\.key) == ["t/t.epub"])
        #expect(released.first?.madeAudio.map(\.request.sections) == [["one"], ["two"]])
        #expect(held.released(by: made("t/two.mp3")).isEmpty, "released once")
    }
}
