import Foundation
import HLSpeakKit

/// A topic's phone line: the menu tree with every prompt playable, the Asterisk dialplan, and
/// one ZIP of prompts, captions, manifest and dialplan in the codec chosen. The prompts played
/// here are 8 kHz PCM (browsers play it; mu-law is for the phone system).
struct PhoneLinePage {
    var library: WorkspaceLibrary

    static let codecs: [PhoneCodec] = [.ulaw, .alaw, .pcm, .ulawRaw, .alawRaw, .sln]

    /// The phone line's folder, made through the export path and kept by fingerprint.
    func folder(_ topicID: String, codec: PhoneCodec) throws -> URL {
        _ = try library.topic(topicID)
        return try library.file(for: ExportRequest(topic: topicID, format: .phoneLine, codec: codec)).url
    }

    func page(_ topicID: String, codec: PhoneCodec) throws -> WorkspacePage {
        let topic = try library.topic(topicID)
        let folder = try folder(topicID, codec: .pcm)
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json"))) as? [String: Any] ?? [:]
        let prompts = manifest["prompts"] as? [[String: Any]] ?? []
        var rows = ""
        for (index, prompt) in prompts.enumerated() {
            let file = prompt["file"] as? String ?? ""
            let captions = prompt["captions"] as? String ?? ""
            let id = "prompt-\(index + 1)"
            let keys = (prompt["key_path"] as? String).map { "Keys \(escape($0))" } ?? "Plays by itself"
            rows += """
            <li><p id="\(id)"><strong>\(escape(prompt["id"] as? String ?? "")):</strong> \(keys). \(escape(prompt["text"] as? String ?? ""))</p>
            <audio controls preload="none" aria-labelledby="\(id)">
            <source src="\(path("topics", topicID, "phone-line", "files", file))?codec=pcm" type="audio/wav">
            <track kind="captions" src="\(path("topics", topicID, "phone-line", "files", captions))?codec=pcm" srclang="en" label="English">
            </audio></li>

            """
        }
        let dialplan = (try? String(contentsOf: folder.appendingPathComponent("extensions.conf"), encoding: .utf8)) ?? ""
        let options = Self.codecs.map { option in
            "<option value=\"\(option.rawValue)\"\(option == codec ? " selected" : "")>\(option.rawValue)</option>"
        }.joined()
        let body = """
        <nav aria-label="You are here"><ol class="actions"><li><a href="/">Library</a></li>
        <li><a href="\(path("topics", topicID))">\(escape(topic.title))</a></li><li><span aria-current="page">Phone line</span></li></ol></nav>
        <h1>Phone line: \(escape(topic.title))</h1>
        <h2>Download for the phone system</h2>
        <form method="get" action="\(path("topics", topicID, "phone-line.zip"))">
        <label for="codec">Codec (mu-law for North American phone systems, A-law for most others)</label>
        <select id="codec" name="codec">\(options)</select>
        <button type="submit">Download the phone line (ZIP: prompts, captions, manifest, dialplan)</button>
        </form>
        <h2>Prompts, in the order callers hear them</h2>
        <ol>
        \(rows)</ol>
        <h2>Asterisk dialplan</h2>
        <pre>\(escape(dialplan))</pre>

        """
        return WorkspacePage(title: "Phone line – \(topic.title)", body: body)
    }

    /// Every file of the phone line in `codec`, zipped.
    func zip(_ topicID: String, codec: PhoneCodec, to file: URL) throws {
        let folder = try folder(topicID, codec: codec)
        let archive = try ZipArchive(creating: file)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            try archive.add("phone-line/\(name)", try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        try archive.close()
    }

    /// A file of the phone line's folder, if `name` is one of them.
    func file(_ topicID: String, name: String, codec: PhoneCodec) throws -> URL {
        let folder = try folder(topicID, codec: codec)
        guard name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || ".-_".unicodeScalars.contains($0) }),
              !name.hasPrefix("."), (try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains(name) else {
            throw WorkspaceError.notFound(name)
        }
        return folder.appendingPathComponent(name)
    }
}
