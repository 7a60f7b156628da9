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
        Self.echoingPool(count: 1).run([Self.job("a"), Self.job("b")], releasing: { result in
            order.add(result)
            return result.key == "a" ? [Self.job("c")] : []
        })
        #expect(order.all.map(\.key) == ["a", "c", "b"])
        // The last job handed out may still make more ready: the pool waits for them.
        let late = Results()
        Self.echoingPool(count: 2).run([Self.job("a")], releasing: { result in
            late.add(result)
            return result.key == "a" ? [Self.job("c")] : []
        })
        #expect(late.all.map(\.key) == ["a", "c"])
    }

    @Test func aBookWaitsForItsSectionsMP3sAndIsMadeFromThem() throws {
        let exporter = Exporter(content: try ContentLibrary(directory: TestSupport.contentFolder),
                                voices: try VoiceLibrary(directory: TestSupport.voicesFolder))
        let first = Self.job("m/coping.mp3", .mp3, topic: "miscarriage", sections: ["coping"])
        var wav = Self.job("m/exams.wav", .wav, topic: "miscarriage", sections: ["exams"])
        wav.companions = [Self.job("m/exams.mp3", .mp3, topic: "miscarriage", sections: ["exams"])]
        let slow = Self.job("m/risk.mp3", .mp3, topic: "miscarriage", sections: ["risk"])
        let book = Self.job("m/miscarriage.epub", .epub, topic: "miscarriage")
        let twice = Self.job("m/again.epub", .epub, topic: "miscarriage")
        let alone = Self.job("a/aborto-espontaneo.epub", .epub, topic: "aborto-espontaneo")
        var requests = [first, wav, slow, book, twice, alone]
        let held = HeldBooks(&requests, exporter: exporter)
        #expect(requests.map(\.key) == ["m/coping.mp3", "m/exams.wav", "m/risk.mp3", "a/aborto-espontaneo.epub"],
                "a book with no MP3s to wait for runs as usual")
        #expect(requests[0].returnsAudio && requests[1].companions[0].returnsAudio && !requests[1].returnsAudio)
        func made(_ key: String, error: String? = nil) -> ExportResult {
            var result = ExportResult(key: key, files: ["/tmp/\(key)"], error: error)
            result.audio = [WrittenAudio(audio: URL(fileURLWithPath: "/tmp/\(key)"), captions: URL(fileURLWithPath: "/tmp/\(key).vtt"),
                                         seconds: 1, sampleRate: 22_050, bytes: 1, text: key)]
            return result
        }
        #expect(held.released(by: made("m/exams.wav")).isEmpty)
        #expect(held.released(by: made("m/coping.mp3")).isEmpty)
        #expect(held.released(by: made("m/exams.mp3")).isEmpty)
        let released = held.released(by: made("m/risk.mp3", error: "failed"))
        #expect(released.map(\.key) == ["m/miscarriage.epub", "m/again.epub"], "both books waiting for the same MP3s")
        #expect(released.first?.madeAudio.map(\.request.sections) == [["coping"], ["exams"]],
                "a failed MP3 gives no audio: the book speaks that section itself")
        #expect(held.released(by: made("m/risk.mp3")).isEmpty, "released once")
    }
}
