import Foundation

/// Which topic a folder of outputs belongs to, so a second topic written into it cannot quietly
/// replace the first one's files (their credits, and sections with the same ids): the file
/// `.hlspeak-topic` in the folder, holding the topic's id on one line. A build's topic folder
/// (`out/miscarriage/`, with the build's `manifest.json`) belongs to its topic as well.
enum TopicFolderMark {
    static let fileName = ".hlspeak-topic"

    /// The topic whose outputs `folder` holds, if hlspeak wrote any there.
    static func topic(in folder: URL) -> String? {
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
           let text = String(data: data.prefix(1_024), encoding: .utf8) {
            let id = text.trimmed(.whitespaceAndNewlines)
            if !id.isEmpty { return id }
        }
        // A build names each output by its topic: "miscarriage/coping.ulaw.wav".
        return TopicManifest.load(from: folder).planned.first?.split(separator: "/").first.map(String.init)
    }

    /// Stops when `folder` holds another topic's outputs.
    static func check(_ folder: URL, for topic: String) throws(ExportError) {
        if let holder = Self.topic(in: folder), holder != topic {
            throw .folderHoldsAnotherTopic(folder: FilePaths.display(folder), holder: holder, topic: topic)
        }
    }

    /// Marks `folder` as `topic`'s before anything is written there, unless it is already: stops
    /// when it holds another topic's outputs, or when another run marked it for another topic a
    /// moment ago. Returns the claim, to be given up (`release`) if nothing gets written.
    /// Marking is a safeguard: a folder that cannot be made or marked is left to the writers,
    /// which say why they cannot write there.
    static func claim(_ folder: URL, for topic: String) throws -> Claim? {
        // The folder's holder read once (a build folder's means decoding its manifest).
        if let holder = Self.topic(in: folder) {
            guard holder == topic else {
                throw ExportError.folderHoldsAnotherTopic(folder: FilePaths.display(folder), holder: holder, topic: topic)
            }
            return nil
        }
        // The folders this claim makes, deepest first ("handouts/new/" when neither was there).
        var missing: [URL] = []
        var ancestor = folder.standardizedFileURL
        while !FilePaths.isFolder(ancestor), ancestor.pathComponents.count > 1 {
            missing.append(ancestor)
            ancestor = ancestor.deletingLastPathComponent()
        }
        guard (try? AtomicFile.makeFolder(folder)) != nil,
              let created = try? AtomicFile.create(Data((topic + "\n").utf8), at: folder.appendingPathComponent(fileName))
        else { return nil }
        // Not made here: another run has just marked it; whose is it?
        guard created else {
            try check(folder, for: topic)
            return nil
        }
        let claim = Claim(folder: folder, madeFolders: missing)
        AtomicFile.deleteIfInterrupted(claim.mark)
        return claim
    }

    /// A folder marked by this run before anything was written in it; until it is kept, an
    /// interrupted run deletes the mark.
    struct Claim: Hashable {
        var folder: URL
        /// The folders the claim made, deepest first.
        var madeFolders: [URL]

        var mark: URL { folder.appendingPathComponent(TopicFolderMark.fileName) }

        /// Something of the topic was written there: the mark stays.
        func keep() {
            AtomicFile.keep(mark)
        }

        /// Takes the mark away (and the folders this run made, where they are empty): nothing of
        /// the topic was written there, and a failed command leaves nothing behind.
        func release() {
            AtomicFile.keep(mark)
            unlink(mark.path)
            for made in madeFolders { rmdir(made.path) }
        }
    }
}
