import Foundation

/// Words eSpeak NG says wrongly, each with a respelling it says rightly ("RhoGAM": "roe gam").
/// Staff edit it as `Voices/lexicons/NAME.yml`, one `word: how it sounds` line per entry.
///
/// A word matches whole and with the same capitals; an entry written in lower case also matches
/// any capitalisation.
public struct Lexicon: Hashable, Sendable {
    public private(set) var entries: [String: String]

    public init(_ entries: [String: String] = [:]) { self.entries = entries }

    /// The respelling for `word`, if the lexicon has one.
    public func respelling(for word: String) -> String? {
        entries[word] ?? entries[word.lowercased()]
    }

    /// Reads the lexicon at `url`, which must stay inside `folder` (the Voices folder).
    static func load(from url: URL, inside folder: URL) throws(SpeechError) -> Lexicon {
        let text: String
        do { text = try TextFile.read(url, inside: folder, limit: (Limits.dataFileBytes, "lexicon")) } catch {
            throw .invalidLexicon(path: FilePaths.display(url), line: error.line, reason: error.reason + "; check the 'lexicon:' "
                + "name in the voice profile matches a file in Voices/lexicons/")
        }
        do throws(YAMLProblem) {
            let map = try YAMLMapping.parse(text)
            let table = try map.asStringTable(limit: Limits.dataEntries)
            if let empty = table.first(where: { $0.value.isEmpty }) {
                throw YAMLProblem(line: map.line(of: empty.key),
                                  message: "'\(empty.key)' has no respelling; write 'word: how it sounds'")
            }
            return Lexicon(table)
        } catch {
            throw .invalidLexicon(path: url.path, line: error.line, reason: error.message)
        }
    }
}
