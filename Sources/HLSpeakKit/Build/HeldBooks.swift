import Foundation

/// The books (read-along EPUBs) of a build, held back until the section MP3s they are made from
/// are done. Each topic's book is released, with those MP3s' words' timings, as soon as the last
/// of them reports, and runs next, so timings are kept only for the topics in progress. Not
/// locked: the worker pool calls `released(by:)` under its own lock, one result at a time.
final class HeldBooks: @unchecked Sendable {
    /// For each MP3 key a held book waits for, the books (by index) waiting for it.
    private var waitingFor: [String: [Int]] = [:]
    private var books: [(book: WorkerRequest, waiting: Set<String>)] = []
    private var requestsByKey: [String: ExportRequest] = [:]

    /// Takes out of `requests` every book whose section MP3s (the requests `exporter` would make
    /// them from) are among them, and asks those MP3s to report their audio.
    init(_ requests: inout [WorkerRequest], exporter: Exporter) {
        let isBook = { (job: WorkerRequest) in job.request.format.writer.needs.contains(.sectionAudio) }
        // Each section MP3 of this build, by its topic and the request a book would ask for.
        var mp3s: [String: [(key: String, resolved: ExportRequest)]] = [:]
        for job in requests where !isBook(job) {
            for part in job.all where part.request.format == .mp3 && part.request.sections.count == 1 {
                guard let resolved = try? exporter.resolve(part.request).request else { continue }
                mp3s[part.request.topic, default: []].append((part.key, resolved))
                requestsByKey[part.key] = part.request
            }
        }
        for book in requests where isBook(book) {
            let chapters = (mp3s[book.request.topic] ?? []).filter { mp3 in
                (try? exporter.resolve(book.request.chapter(mp3.resolved.sections[0])).request) == mp3.resolved
            }
            guard !chapters.isEmpty else { continue }
            for chapter in chapters { waitingFor[chapter.key, default: []].append(books.count) }
            books.append((book, Set(chapters.map(\.key))))
        }
        let held = Set(books.map(\.book.key))
        requests = requests.filter { !held.contains($0.key) }.map { job in
            var job = job
            if waitingFor[job.key] != nil { job.returnsAudio = true }
            for index in job.companions.indices where waitingFor[job.companions[index].key] != nil {
                job.companions[index].returnsAudio = true
            }
            return job
        }
        requestsByKey = requestsByKey.filter { waitingFor[$0.key] != nil }
    }

    /// The books `result` was the last wait of, with the audio made for them (a book whose MP3
    /// failed is made from a synthesis of its own, and reports any failure itself).
    func released(by result: ExportResult) -> [WorkerRequest] {
        guard let indices = waitingFor.removeValue(forKey: result.key) else { return [] }
        let request = requestsByKey.removeValue(forKey: result.key)
        var ready: [WorkerRequest] = []
        for index in indices {
            if result.error == nil, let audio = result.audio, audio.count == 1, let request {
                books[index].book.madeAudio.append(MadeAudio(request: request, audio: audio[0]))
            }
            books[index].waiting.remove(result.key)
            guard books[index].waiting.isEmpty else { continue }
            ready.append(books[index].book)
            books[index].book.madeAudio = []
        }
        return ready
    }
}
