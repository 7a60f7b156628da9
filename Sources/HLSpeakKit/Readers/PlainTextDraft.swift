import Foundation

/// A plain-text file (a draft, or text pasted from elsewhere) read as a one-section topic, one
/// paragraph per line, so it can be measured and simplified like library content.
public enum PlainTextDraft {
    /// The topic for `data`, titled `name` (the file's path, as given); its id is the file name's slug.
    public static func topic(from data: Data, name: String, language: String = "en-US") throws(ContentError) -> Topic {
        if let line = UTF8Validation.firstInvalidLine(in: data) {
            throw .unreadableFile(path: name, reason: "line \(line) is not UTF-8 text; save the file as UTF-8")
        }
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
        var paragraphs: [Block] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
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
    /// Typed text as a topic of one untitled section, its phone numbers recognised: what
    /// `hlspeak say` speaks.
    public init(saying text: String) {
        let paragraphs = text.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { Block.paragraph(Paragraph(PhoneNumberDetector.runs(in: $0))) }
        self.init(id: "say", title: "", sections: [Section(id: "say", title: "", blocks: paragraphs)])
    }
}
