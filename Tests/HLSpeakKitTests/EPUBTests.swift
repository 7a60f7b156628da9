import Foundation
import Testing
@testable import HLSpeakKit

/// The read-along book, opened as a reading system would: the ZIP's entries, the package
/// document, each content document and its overlay, and the overlay's clips against speech
/// onsets measured from the decoded MP3.
@Suite struct EPUBTests {
    /// Writes the book of `sections` (the whole topic when empty).
    static func book(_ sections: [String]) throws -> (folder: URL, entries: [(name: String, data: Data, stored: Bool)]) {
        let topic = try TestSupport.miscarriage()
        let folder = try TestSupport.temporaryFolder()
        let file = folder.appendingPathComponent("book.epub")
        var request = ResolvedRequest(request: ExportRequest(topic: "miscarriage", sections: sections, format: .epub))
        request.voice = try TestSupport.voice()
        request.audio = .mp3
        let library = try ContentLibrary(directory: TestSupport.contentFolder).info
        _ = try EPUBWriter(request).write(try TestSupport.document(topic, sections, library: library), to: file)
        return (folder, try ZipArchive.entries(of: file))
    }

    static func text(_ entries: [(name: String, data: Data, stored: Bool)], _ name: String) throws -> String {
        let entry = try #require(entries.first { $0.name == name }, "\(name) is in the book")
        return String(decoding: entry.data, as: UTF8.self)
    }

    /// (word id, clip begin, clip end) of every `<par>`, in order.
    static func pars(_ smil: String) -> [(id: String, begin: Double, end: Double)] {
        smil.components(separatedBy: "<par ").dropFirst().compactMap { par in
            func value(_ name: String) -> String? {
                guard let range = par.range(of: name + "=\"") else { return nil }
                return String(par[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let src = value("src"), let begin = value("clipBegin"), let end = value("clipEnd") else { return nil }
            return (String(src.split(separator: "#").last ?? ""), Double(begin.dropLast()) ?? -1, Double(end.dropLast()) ?? -1)
        }
    }

    @Test func copingBookIsAZippedEPUBWithMetadataAndEveryWordTimedOnTheSpeech() throws {
        let (folder, entries) = try Self.book(["coping"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(entries.first?.name == "mimetype" && entries.first?.stored == true)
        #expect(entries.first.map { String(decoding: $0.data, as: UTF8.self) } == "application/epub+zip")
        let opf = try Self.text(entries, "EPUB/package.opf")
        for needed in ["<dc:language>en-US</dc:language>", "<dc:title>Coping With Grief – Miscarriage</dc:title>",
                       "property=\"media:active-class\"", "synchronizedAudioText", "schema:accessibilityHazard\">none",
                       "EPUB Accessibility 1.1 - WCAG 2.2 Level AA", "media-type=\"audio/mpeg\"",
                       "<meta property=\"dcterms:modified\">2025-07-15T00:00:00Z</meta>"] {
            #expect(opf.contains(needed), "\(needed)")
        }
        let xhtml = try Self.text(entries, "EPUB/s1-coping.xhtml")
        #expect(xhtml.contains("xml:lang=\"en-US\"") && xhtml.contains("<h1 id=\"s1-coping-title\">"))
        let nav = try Self.text(entries, "EPUB/nav.xhtml")
        #expect(nav.contains("epub:type=\"toc\"") && nav.contains("href=\"s1-coping.xhtml\""))
        // Every written word with letters or digits has a <par>, in reading order.
        let spans = xhtml.components(separatedBy: "<span id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let pars = Self.pars(try Self.text(entries, "EPUB/s1-coping.smil"))
        #expect(pars.map(\.id) == spans, "\(Set(spans).subtracting(pars.map(\.id)))")
        // Clips follow one another with no gap, from the first word to the end of the sound.
        for (previous, next) in zip(pars, pars.dropFirst()) {
            #expect(previous.end == next.begin && next.begin > previous.begin, "\(previous.id) → \(next.id)")
        }
        // The MP3 decodes to the audio the overlay describes; each run of speech after a pause
        // starts within 30 ms of a clip's start. (Inside a phone number, said digit group by
        // digit group and a vanity number's digits before its letters, the pauses fall within
        // one written word's clip: those onsets are left out, and counted.)
        let mp3 = try #require(entries.first { $0.name == "EPUB/audio/s1-coping.mp3" })
        let file = folder.appendingPathComponent("coping.mp3")
        try mp3.data.write(to: file)
        let audio = try SoundFile.read(file)
        let speech = CaptionTimingTests.MeasuredSpeech(audio)
        #expect(speech.onsets.count >= 10)
        var insideNumbers = 0
        for onset in speech.onsets {
            let nearest = try #require(pars.map(\.begin).min { abs($0 - onset) < abs($1 - onset) })
            let within = pars.last { $0.begin <= onset + 0.03 }
            let word = within.flatMap { par in xhtml.components(separatedBy: "<span id=\"\(par.id)\">").last?.prefix { $0 != "<" } } ?? ""
            if word.contains(where: \.isNumber) && abs(nearest - onset) > 0.03 {
                insideNumbers += 1
                continue
            }
            #expect(abs(nearest - onset) <= 0.03, "speech at \(onset), nearest clip at \(nearest), in '\(word)'")
        }
        #expect(insideNumbers <= 2, "\(insideNumbers) of \(speech.onsets.count) onsets fall inside a number's clip")
        let first = try #require(pars.first), last = try #require(pars.last)
        #expect(abs(first.begin - speech.onsets[0]) <= 0.03)
        #expect(abs(last.end - speech.end) <= 0.03, "the last clip ends with the speech: \(last.end) vs \(speech.end)")
        let duration = opf.components(separatedBy: "refines=\"#s1-coping-overlay\">").last?.prefix { $0 != "<" } ?? ""
        let parts = duration.split(separator: ":").compactMap { Double($0) }
        #expect(parts.count == 3 && abs(parts[0] * 3600 + parts[1] * 60 + parts[2] - audio.duration) < 0.1,
                "media:duration \(duration) vs decoded \(audio.duration)")
    }

    @Test func wholeTopicBookHasEverySectionTheMissingContentNoteAndCredits() throws {
        let (folder, entries) = try Self.book([])
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = entries.map(\.name).filter { $0.hasSuffix(".xhtml") && $0 != "EPUB/nav.xhtml" }
        #expect(documents.count == 8, "\(documents)")  // 7 sections, and the credits
        let risk = try Self.text(entries, try #require(documents.first { $0.contains("-risk") }))
        #expect(risk.contains(">available</span>"), "the missing-content note is read and shown")
        let opf = try Self.text(entries, "EPUB/package.opf")
        let total = try #require(opf.components(separatedBy: "<meta property=\"media:duration\">").last?.prefix { $0 != "<" })
        let each = opf.components(separatedBy: "-overlay\">").dropFirst().map { $0.prefix { $0 != "<" } }
        func milliseconds(_ clock: Substring) -> Int {
            let parts = clock.split(separator: ":").compactMap { Double($0) }
            return Int(((parts[0] * 3600 + parts[1] * 60 + parts[2]) * 1000).rounded())
        }
        #expect(each.count == 7 && each.map(milliseconds).reduce(0, +) == milliseconds(total), "the total is the sum of the parts")
        #expect(try Self.text(entries, "EPUB/credits.xhtml").contains("Current as of: July 15, 2025."))
    }
}
