import Foundation

/// A plain-text file (a draft, or text pasted from elsewhere) read as a one-section topic, one
/// paragraph per line, so it can be measured and simplified like library content.
public enum PlainTextDraft {
    /// True when a command-line name means a draft, not a topic: a `.txt` file, or `-` for
    /// standard input. Drafts can be measured and simplified like library content.
    public static func isDraft(_ name: String) -> Bool { name == "-" || name.lowercased().hasSuffix(".txt") }

    /// The draft at `path` (`-` for standard input) as a topic.
    public static func topic(at path: String) throws(ContentError) -> Topic {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw .unreadableFile(path: path, reason: "it does not exist; check the path")
            }
            do throws(UnreadableText) {
                data = try TextFile.contents(URL(fileURLWithPath: path), limit: (Limits.topicFileBytes, "text file"))
            } catch {
                throw .unusableFile(path: path, reason: error.reason)
            }
        }
        return try topic(from: data, name: path == "-" ? "standard input" : path)
    }

    /// The topic for `data`, titled `name` (the file's path, as given); its id is the file name's slug.
    public static func topic(from data: Data, name: String, language: String = "en-US") throws(ContentError) -> Topic {
        let text: String
        do throws(UnreadableText) {
            text = try TextFile.clean(data)
        } catch {
            throw .unusableFile(path: error.line.map { "\(name):\($0)" } ?? name, reason: error.reason)
        }
        var paragraphs: [Block] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmed(.whitespace)
            if !trimmed.isEmpty { paragraphs.append(.paragraph(Paragraph([.text(trimmed)]))) }
        }
        let id = Slug.make(((name as NSString).lastPathComponent as NSString).deletingPathExtension).nonEmpty ?? "text"
        return Topic(id: id, title: name, language: language,
                     sections: [Section(id: id, title: name, blocks: paragraphs)])
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

extension Topic {
    /// The id of typed text's topic and its one section.
    static let typedTextID = "say"

    /// Typed text in `language` as a topic of one untitled section, its phone numbers
    /// recognised: what `hlspeak say` speaks.
    public init(saying text: String, language: Language) {
        let detector = PhoneNumberDetector(language: language)
        let paragraphs = text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmed(.whitespace).isEmpty }
            .map { Block.paragraph(Paragraph(detector.runs(in: $0))) }
        self.init(id: Self.typedTextID, title: "", language: language.tag,
                  sections: [Section(id: Self.typedTextID, title: "", blocks: paragraphs)])
    }
}
