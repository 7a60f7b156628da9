import Foundation

extension ExportFormat {
    /// An EPUB 3 talking book: text and audio synchronised word by word.
    public static let epub = ExportFormat("epub")
}

/// A read-along book: one EPUB 3 per topic (or per choice of sections) with each section's text
/// as an XHTML content document, its audio as MP3, and a SMIL media overlay with one `<par>` per
/// written word that is heard, timed on the finished audio; a navigation document, the credits
/// and EPUB Accessibility 1.1 metadata. The same request gives the same bytes: fixed dates from
/// the topic, an identifier derived from its id, entries in a fixed order with fixed times.
struct EPUBWriter: OutputWriter {
    static let format = ExportFormat.epub
    static let summary = "a read-along book, for the whole topic"
    static let scope = OutputScope.book
    static let needs: [WriterNeed] = [.voice, .sectionAudio]
    static let fingerprintInputs: [FingerprintInput] = [.voice, .libraryInfo]

    static func usualVoice(for request: ExportRequest) -> String? { VoiceLibrary.defaultVoice }
    static func nameEnding(for request: ResolvedRequest) -> (token: String?, fileExtension: String) { (nil, "epub") }

    let audio: SpokenAudioWriter

    init(_ request: ResolvedRequest) throws {
        let voice = request.voice!
        // One file per section, however long: a book's audio is never cut into prompts.
        audio = SpokenAudioWriter(renderer: SpeechRenderer(voice: voice), format: .mp3, level: voice.level,
                                  maxSeconds: AudioFormat.partSeconds.upperBound)
    }

    /// Each section's audio is the section's own MP3 (`document.sectionAudio`, made by the
    /// exporter); a section without it (typed text, `hlspeak say`) is spoken here.
    func write(_ document: ExportDocument, to file: URL) throws -> WrittenOutput {
        try AtomicFile.withWorkFolder(named: "epub") { work in
            var chapters: [EPUBChapter] = []
            for (index, section) in document.sections.enumerated() {
                let script = audio.renderer.script(for: section)
                guard !script.hasNothingToSay else { continue }
                let name = "s\(index + 1)-\(section.id)"
                // The section's own MP3 says exactly this text, unless the book shows it otherwise
                // (the plain version's review lines in Credits chosen with other sections).
                var heard = document.sectionAudio[section.id].flatMap { $0.sentences == script.sentences.map(\.text) ? $0 : nil }
                if heard == nil {
                    let spoken = try audio.write(script, sectionID: section.id, to: work.appendingPathComponent("\(name).mp3"))
                    heard = spoken.count == 1 ? spoken[0] : nil
                }
                guard let heard else { throw ContentError.nothingToWrite(sections: [section.id], topic: document.topic.id) }
                chapters.append(EPUBChapter(name: name, section: section, script: script, audio: heard,
                                            audioBytes: try Data(contentsOf: heard.audio)))
            }
            return try write(chapters, of: document, to: file)
        }
    }

    private func write(_ chapters: [EPUBChapter], of document: ExportDocument, to file: URL) throws -> WrittenOutput {
        guard !chapters.isEmpty else {
            throw ContentError.nothingToWrite(sections: document.sections.map(\.id), topic: document.topic.id)
        }
        let book = EPUBPackage(document: document, chapters: chapters)
        try AtomicFile.write(to: file) { temporary in
            do {
                let zip = try ZipArchive(creating: temporary)
                for entry in book.entries() {
                    try zip.add(entry.name, entry.data, stored: entry.name == "mimetype")
                }
                try zip.close()
            } catch let failure as ZipArchive.Failure {
                throw OutputError.writeFailed(path: file.path, reason: failure.reason)
            }
        }
        return WrittenOutput(files: [file], seconds: chapters.reduce(0) { $0 + $1.audio.seconds })
    }
}

/// One section of a book: its content document, audio and overlay.
struct EPUBChapter {
    /// The base of its file names (`s7-coping`): unique, and an XML name.
    var name: String
    var section: Section
    var script: SpokenScript
    var audio: WrittenAudio
    var audioBytes: Data
}
