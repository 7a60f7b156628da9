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
    /// The library's general disclaimer, which ends the Credits of every topic in its language.
    public var libraryDisclaimer: String?
    /// The language the library's own texts are written in (`library.yml`).
    public var libraryLanguage = "en-US"
    /// The languages topics may be written in: their sentence ends and the words of the Credits.
    public var languages: LanguageLibrary

    public init(glossary: Glossary = Glossary(), libraryDisclaimer: String? = nil, languages: LanguageLibrary) {
        self.glossary = glossary
        self.libraryDisclaimer = libraryDisclaimer
        self.languages = languages
    }

    /// Reads the file at `url`, whose name is the topic's id; `file` is how messages name it.
    public func read(contentsOf url: URL, file: String) -> TopicReading {
        let id = url.deletingPathExtension().lastPathComponent
        // The id names the topic's folder in out/ and its phone-line context: no spaces or capitals.
        guard Slug.isValidID(id) else {
            let slug = Slug.make(id)
            return TopicReading(topic: nil, diagnostics: [Diagnostic(.error, file: file, "the file name '\(url.lastPathComponent)' "
                + "is not a topic id (lower-case letters, digits and dashes); rename the file to '\(slug.isEmpty ? "topic" : slug).md'")])
        }
        do throws(UnreadableText) {
            let data = try TextFile.contents(url, inside: url.deletingLastPathComponent(),
                                             limit: (Limits.topicFileBytes, "topic file"))
            return read(data: data, file: file, defaultID: id)
        } catch {
            return TopicReading(topic: nil, diagnostics: [Diagnostic(.error, file: file, error.reason)])
        }
    }

    /// The first line longer than `Limits.lineCharacters`, and its length in characters.
    static func firstOverlongLine(_ text: String) -> (line: Int, length: Int)? {
        // Bytes bound characters from above, so only a long line is counted in characters; the
        // lines are found in an array of the bytes (cutting `String.UTF8View` cost ~60
        // instructions a byte).
        let bytes = Array(text.utf8)
        var lineStart = 0, line = 1
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "\n") {
            if end - lineStart > Limits.lineCharacters {
                let length = String(decoding: bytes[lineStart..<end], as: UTF8.self).count
                if length > Limits.lineCharacters { return (line, length) }
            }
            lineStart = end + 1
            line += 1
        }
        return nil
    }

    /// Reads a topic from its bytes; `defaultID` is used when the front matter has no `id`.
    public func read(data: Data, file: String, defaultID: String) -> TopicReading {
        var diagnostics: [Diagnostic] = []
        func report(_ line: Int?, _ severity: Diagnostic.Severity, _ message: String) {
            diagnostics.append(Diagnostic(severity, file: file, line: line, message))
        }
        let text: String
        do throws(UnreadableText) {
            text = try TextFile.clean(data)
        } catch {
            report(error.line, .error, error.reason)
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
        if let (line, length) = Self.firstOverlongLine(text) {
            report(line, .error, "line \(line) is \(length) characters long, more than the \(Limits.lineCharacters) a line "
                + "may be; break it into paragraphs (a blank line between them)")
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
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
        // A malformed tag is reported by the front matter's check; there is nothing to look up.
        guard NameRule.language.accepts(front.language) else { return TopicReading(topic: nil, diagnostics: diagnostics) }
        let language: Language
        do throws(LanguageError) {
            language = try languages.language(front.language)
        } catch {
            report(front.languageLine, .error, error.description)
            return TopicReading(topic: nil, diagnostics: diagnostics)
        }
        var builder = TopicBodyBuilder(lineOffset: parts.bodyLine - 1, title: front.title,
                                       glossary: glossary.merging(front.glossary), language: language, report: report)
        let markdown = MarkdownDocument.parse(PastedLists.normalize(parts.body))
        if let first = markdown.tooDeep.first {
            report(first.line + parts.bodyLine - 1, .error, "text nested more than \(Limits.nestingDepth) levels deep (lists in "
                + "lists, quotes in quotes, emphasis in links) starts here; flatten it: a list is rarely clear past three levels")
        }
        var sections = builder.sections(from: markdown.document)
        if sections.isEmpty {
            report(parts.bodyLine, .error, "the topic has no sections; start each one with a '## Heading' line")
        }
        // The library's disclaimer in the library's language only (a Spanish topic does not end in
        // English); ExportDocument warns that it was left out.
        let sameLanguage = LibraryInfo(language: libraryLanguage).writesIn(language.tag)
        let credits = front.credits.section(libraryDisclaimer: sameLanguage ? libraryDisclaimer : nil, language: language)
        if !credits.blocks.isEmpty {
            sections.append(credits)
        }
        let topic = Topic(id: front.id ?? defaultID, title: front.title, language: front.language,
                          credits: front.credits, sections: sections)
        ContentChecker.check(topic, lines: builder.lines, sentences: language.sentences, report: report)
        return TopicReading(topic: topic, diagnostics: diagnostics, lines: builder.lines)
    }
}
