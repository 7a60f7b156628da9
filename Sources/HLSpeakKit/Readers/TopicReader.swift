import Foundation

/// What reading a topic file gave: the topic (unless it could not be built) and every finding.
public struct TopicReading: Sendable {
    public var topic: Topic?
    public var diagnostics: [Diagnostic]
    /// Where each section and block of `topic` starts in the file.
    public var lines = SourceLines()

    /// The topic, or the error that lists what is wrong with the file.
    public func get(file: String) throws(ContentError) -> Topic {
        let errors = diagnostics.errors
        guard let topic, errors.isEmpty else { throw .invalidTopic(file: file, errors: errors) }
        return topic
    }
}

/// Reads one topic file (YAML front matter, then CommonMark) into the content model, checking it
/// on the way. Every problem becomes a `Diagnostic` naming the file and line.
public struct TopicReader: Sendable {
    /// Abbreviations known library-wide; a topic's own glossary adds to them.
    public var glossary: Glossary
    /// The library's general disclaimer, which ends every topic's Credits.
    public var libraryDisclaimer: String?

    public init(glossary: Glossary = Glossary(), libraryDisclaimer: String? = nil) {
        self.glossary = glossary
        self.libraryDisclaimer = libraryDisclaimer
    }

    /// Reads the file at `url`; `file` is how messages name it.
    public func read(contentsOf url: URL, file: String) -> TopicReading {
        do {
            let data = try Data(contentsOf: url)
            return read(data: data, file: file, defaultID: url.deletingPathExtension().lastPathComponent)
        } catch {
            return TopicReading(topic: nil, diagnostics: [
                Diagnostic(.error, file: file, "cannot read the file (\(error.localizedDescription)); check that it "
                    + "exists and that you may read it")])
        }
    }

    /// Reads a topic from its bytes; `defaultID` is used when the front matter has no `id`.
    public func read(data: Data, file: String, defaultID: String) -> TopicReading {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int?, _ severity: Diagnostic.Severity, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: file, line: line, message))
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: data) {
            report(UTF8Validation.firstInvalidLine(in: data), .error, "invalid UTF-8 at byte offset \(offset); save the file as UTF-8 "
                + "(in most editors: Save As, encoding UTF-8)")
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let parts = FrontMatter.split(text) else {
            report(1, .error, "no front matter; start the file with a '---' line, then 'title: …', "
                + "then another '---' line")
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
        guard let front = FrontMatter.parse(parts.yaml, report: report) else {
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
        // Topics are found, and built into out/<id>/, by file name; an id that differs would send
        // `speak` and `build` to different folders.
        if let id = front.id, id != defaultID {
            report(front.idLine, .error, "id '\(id)' differs from the file name '\(defaultID).md'; rename the file "
                + "to '\(id).md' or remove the id line")
        }
        var builder = TopicBodyBuilder(lineOffset: parts.bodyLine - 1, title: front.title,
                                       glossary: glossary.merging(front.glossary), report: report)
        var sections = builder.sections(from: MarkdownDocument.parse(parts.body))
        if sections.isEmpty {
            report(parts.bodyLine, .error, "the topic has no sections; start each one with a '## Heading' line")
        }
        let credits = front.credits.section(libraryDisclaimer: libraryDisclaimer)
        if !credits.blocks.isEmpty {
            sections.append(credits)
        }
        let topic = Topic(id: front.id ?? defaultID, title: front.title, language: front.language,
                          credits: front.credits, sections: sections)
        ContentChecker.check(topic, lines: builder.lines, report: report)
        return TopicReading(topic: topic, diagnostics: diagnostics, lines: builder.lines)
    }
}
