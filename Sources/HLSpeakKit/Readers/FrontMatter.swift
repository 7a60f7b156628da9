import Foundation

/// The YAML block between `---` lines at the top of a topic file: title, id, language, credits
/// and the topic's own glossary.
struct FrontMatter {
    var title: String
    var id: String?
    /// The line of the `id:` key, for messages.
    var idLine: Int?
    var language: String
    /// The line of the `language:` key, for messages.
    var languageLine: Int?
    var credits: Credits
    var glossary: Glossary

    static let knownKeys = ["title", "id", "language", "source", "authors", "reviewed_by",
                            "review_note", "current_as_of", "copyright", "disclaimer", "abbreviations",
                            "translation_of", "translation_reviewed_by", "translation_reviewed_on"]

    /// Splits a topic file into its front matter and Markdown body. `bodyLine` is the body's first
    /// line in the file.
    static func split(_ text: String) -> (yaml: String, body: String, bodyLine: Int)? {
        // Over the text's bytes: only the front matter's lines are looked at, and the body is
        // copied whole. A line's end is "\n"; a "\r" before one (or at the very end) belongs to
        // the line end, and is dropped first (text from `TextFile` has none).
        var bytes = Array(text.utf8)
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        if bytes.contains(carriageReturn) {
            bytes = bytes.indices.compactMap { index in
                bytes[index] == carriageReturn && (index + 1 == bytes.count || bytes[index + 1] == newline) ? nil : bytes[index]
            }
        }
        var lineStart = 0, line = 0, yamlStart = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == newline {
            let content = String(decoding: bytes[lineStart..<end], as: UTF8.self).trimmed(.whitespace)
            if line == 0 {
                guard content == "---" else { return nil }
                yamlStart = end + 1
            } else if content == "---" || content == "..." {
                // The lines between, without the line end before this one.
                let yaml = String(decoding: bytes[yamlStart..<max(yamlStart, lineStart - 1)], as: UTF8.self)
                let body = String(decoding: bytes[min(bytes.count, end + 1)...], as: UTF8.self)
                return (yaml, body, line + 2)
            }
            lineStart = end + 1
            line += 1
        }
        return nil
    }

    /// Reads the front matter's keys; problems are reported through `report`.
    static func parse(_ yaml: String, report: (Int?, Diagnostic.Severity, String) -> Void) -> FrontMatter? {
        do throws(YAMLProblem) {
            let map = try YAMLMapping.parse(yaml, lineOffset: 1)
            for (line, key) in map.unknownKeys(known: knownKeys) {
                report(line, .warning, "unknown front matter key '\(key)' is ignored; known keys: "
                    + knownKeys.joined(separator: ", "))
            }
            guard let title = try map.string("title") else {
                report(nil, .error, "front matter has no 'title'; add a line such as 'title: Miscarriage'")
                return nil
            }
            if title.count > Limits.titleCharacters {
                report(map.line(of: "title"), .error, "the title is \(title.count) characters long, more than the "
                    + "\(Limits.titleCharacters) a title may be; shorten it")
            }
            let id = try map.string("id")
            if let id, !Slug.isValidID(id) {
                report(map.line(of: "id"), .error,
                       "id '\(id)' may use only lower-case letters, digits and '-'; try '\(Slug.make(id))'")
            }
            let language = try map.string("language") ?? "en-US"
            if !NameRule.language.accepts(language) {
                report(map.line(of: "language"), .error,
                       "language '\(language)' is not a BCP 47 tag; write it like 'en-US' or 'es'")
            }
            let date = try map.string("current_as_of")
            if let date, CalendarDate(iso: date) == nil {
                report(map.line(of: "current_as_of"), .error,
                       "current_as_of '\(date)' is not a date; write it as YYYY-MM-DD, such as 2025-07-15")
            }
            var credits = Credits(
                source: try map.string("source"), authors: try map.strings("authors"),
                reviewedBy: try map.string("reviewed_by"), reviewNote: try map.string("review_note"),
                currentAsOf: date, copyright: try map.string("copyright"),
                disclaimer: try map.string("disclaimer"))
            credits.translationOf = try map.string("translation_of")
            credits.translationReviewedBy = try map.string("translation_reviewed_by")
            credits.translationReviewedOn = try map.string("translation_reviewed_on")
            let glossary = Glossary(try map.stringTable("abbreviations", limit: Limits.abbreviations))
            return FrontMatter(title: title, id: id, idLine: map.line(of: "id"), language: language,
                               languageLine: map.line(of: "language"), credits: credits,
                               glossary: glossary)
        } catch {
            report(error.line, .error, "front matter: \(error.message)")
            return nil
        }
    }
}
