import Foundation

/// Why a topic, section or library file could not be used, in words for clinic staff.
public enum ContentError: HLSpeakError, Equatable {
    case contentFolderMissing(path: String)
    case unknownTopic(String, available: [String])
    /// The topic file has errors; the first is shown, `hlspeak check` lists them all.
    case invalidTopic(file: String, errors: [Diagnostic])
    case unreadableFile(path: String, reason: String)
    /// The file is there but cannot be used as text (binary, a device, too large).
    case unusableFile(path: String, reason: String)
    case invalidLibraryFile(path: String, line: Int?, reason: String)
    case unknownSection(String, topic: String, choices: [SectionChoice])
    case ambiguousSection(String, topic: String, matches: [SectionChoice])
    /// Every section asked for has only gaps: there is nothing to write.
    case nothingToWrite(sections: [String], topic: String)
    /// A new topic's file name is taken (`from`: the web page being imported).
    case topicFileExists(path: String, from: String?)
    /// A name given for a new topic is not a topic id.
    case notATopicID(String, suggestion: String)
    /// A folder given to import has no saved web pages.
    case noWebPages(folder: String)

    public var description: String {
        switch self {
        case .contentFolderMissing(let path):
            return "content folder '\(path)' does not exist; run hlspeak from the project folder, "
                + "or name the folder with --content DIR (or HLSPEAK_CONTENT)"
        case .unknownTopic(let topic, let available):
            let list = available.isEmpty ? "there are no topics (*.md files) in the content folder"
                : "topics: \(available.joined(separator: ", "))"
            return "no topic '\(topic)'; \(list) (hlspeak list shows them)"
        case .invalidTopic(let file, let errors):
            // The place and message only: the command adds "error:" itself.
            let first = errors.first.map { "\($0.place): \($0.message)" } ?? file
            let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
            return "\(first)\(more); fix the file, then run 'hlspeak check' to confirm"
        case .unreadableFile(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .unusableFile(let path, let reason):
            return "\(path): \(reason)"
        case .invalidLibraryFile(let path, let line, let reason):
            let place = line.map { "\(path):\($0)" } ?? path
            return "\(place): \(reason)"
        case .unknownSection(let query, let topic, let choices):
            return "topic '\(topic)' has no section '\(query)'; use one of these ids:\n"
                + SectionChoice.table(choices)
        case .ambiguousSection(let query, let topic, let matches):
            return "'\(query)' matches several sections of '\(topic)'; use one of these ids:\n"
                + SectionChoice.table(matches)
        case .nothingToWrite(let sections, let topic):
            let names = sections.map { "'\($0)'" }.joined(separator: ", ")
            return "section\(sections.count == 1 ? "" : "s") \(names) of '\(topic)' \(sections.count == 1 ? "has" : "have") "
                + "only gaps (text the source lost), so there is nothing to write; fill the gaps in the topic file "
                + "('hlspeak check \(topic)' lists them) or choose another section"
        case .topicFileExists(let path, nil):
            return "\(path) already exists; choose another id, or edit that file"
        case .topicFileExists(let path, let page?):
            return "\(page): \(path) already exists; move it away (or delete it) and import again"
        case .notATopicID(let name, let suggestion):
            return "'\(name)' is not a topic id; use lower-case letters, digits and dashes, such as '\(suggestion)'"
        case .noWebPages(let folder):
            return "the folder '\(folder)' has no saved web pages (.html or .htm files); "
                + "save the pages there, or name the page files themselves"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .contentFolderMissing, .unreadableFile, .noWebPages: ExitStatus.noInput
        case .unknownTopic, .unknownSection, .ambiguousSection, .notATopicID: ExitStatus.usage
        case .invalidTopic, .invalidLibraryFile, .nothingToWrite, .unusableFile, .topicFileExists: ExitStatus.dataError
        }
    }
}

/// A section id and title, as listed in error messages and by `hlspeak list`.
public struct SectionChoice: Hashable, Sendable {
    public var id: String
    public var title: String
    /// 0 for a section, 1 for a subsection.
    public var depth: Int

    public init(id: String, title: String, depth: Int = 0) {
        self.id = id
        self.title = title
        self.depth = depth
    }

    static func table(_ choices: [SectionChoice]) -> String {
        let width = choices.map { $0.id.count + 2 * $0.depth }.max() ?? 0
        return choices.map { choice in
            let indent = String(repeating: "  ", count: choice.depth)
            let id = (indent + choice.id).padding(toLength: width, withPad: " ", startingAt: 0)
            return "  \(id)  \(choice.title)"
        }.joined(separator: "\n")
    }
}
