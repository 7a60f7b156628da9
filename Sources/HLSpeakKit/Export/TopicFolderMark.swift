import Foundation

/// Which topic a folder of outputs belongs to, so a second topic written into it cannot quietly
/// replace the first one's files (their credits, and sections with the same ids): the file
/// `.hlspeak-topic` in the folder, holding the topic's id on one line.
enum TopicFolderMark {
    static let fileName = ".hlspeak-topic"

    /// The topic whose outputs `folder` holds, if hlspeak wrote any there.
    static func topic(in folder: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
              let text = String(data: data.prefix(1_024), encoding: .utf8) else { return nil }
        let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }

    /// Stops when `folder` holds another topic's outputs.
    static func check(_ folder: URL, for topic: String) throws(ExportError) {
        if let holder = Self.topic(in: folder), holder != topic {
            throw .folderHoldsAnotherTopic(folder: FilePaths.display(folder), holder: holder, topic: topic)
        }
    }

    /// Marks `folder` (made if need be) as holding `topic`'s outputs.
    static func mark(_ folder: URL, for topic: String) throws {
        guard self.topic(in: folder) != topic else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(Data((topic + "\n").utf8), to: folder.appendingPathComponent(fileName))
    }
}
