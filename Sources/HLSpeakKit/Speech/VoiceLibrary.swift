import Foundation

/// The `Voices/` folder: one `NAME.yml` profile per voice, pronunciation lexicons in
/// `Voices/lexicons/NAME.yml`, and the speech normaliser's tables in `Voices/normalizer/LANGUAGE/`.
public struct VoiceLibrary: Sendable {
    public var directory: URL

    public init(directory: URL) throws(SpeechError) {
        guard FilePaths.isFolder(directory) else { throw .voicesFolderMissing(path: directory.path) }
        self.directory = directory
    }

    /// The profile names, sorted.
    public var voiceNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(4)) }.sorted()
    }

    /// The profile called `name`.
    public func profile(named name: String) throws(SpeechError) -> VoiceProfile {
        let url = directory.appendingPathComponent("\(name).yml")
        guard voiceNames.contains(name) else { throw .unknownVoice(name, available: voiceNames) }
        return try VoiceProfile.load(name: name, from: url, lexicons: { lexiconName throws(SpeechError) in
            try Lexicon.load(from: directory.appendingPathComponent("lexicons/\(lexiconName).yml"), inside: directory)
        }, normalizers: { language throws(SpeechError) in
            try normalizer(for: language)
        })
    }

    /// The speech normaliser for `language`, from `Voices/normalizer/<language>/`.
    public func normalizer(for language: String) throws(SpeechError) -> SpeechNormalizer {
        let folder = directory.appendingPathComponent("normalizer/\(language)")
        guard NameRule.language.accepts(language), FilePaths.isFolder(folder), TextFile.isInside(folder, directory) else {
            throw .invalidNormalizerTable(path: folder.path, line: nil, reason:
                "there are no normaliser tables for language '\(language)'; add the folder, or use a voice in another language")
        }
        return SpeechNormalizer(tables: try NormalizerTables.load(from: folder, inside: directory))
    }
}
