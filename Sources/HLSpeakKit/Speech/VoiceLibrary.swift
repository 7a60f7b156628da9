import Foundation

/// The `Voices/` folder: one `NAME.yml` profile per voice, pronunciation lexicons in
/// `Voices/lexicons/NAME.yml`. What a voice's language says about numbers and symbols comes from
/// the language data (`LanguageLibrary`).
public struct VoiceLibrary: Sendable {
    public var directory: URL
    /// The languages voices speak; `language:` in a profile names one.
    public var languages: LanguageLibrary
    /// The voice used when none is named (`Voices/default.yml`), and the phone formats' voice.
    public static let defaultVoice = "default"
    static let phoneVoice = "phone"

    /// The voices in `directory`; `languages` defaults to the data that comes with hlspeak.
    public init(directory: URL, languages: LanguageLibrary? = nil) throws {
        guard FilePaths.isFolder(directory) else { throw SpeechError.voicesFolderMissing(path: directory.path) }
        self.directory = directory
        self.languages = try languages ?? LanguageLibrary()
    }

    /// The profile names, sorted.
    public var voiceNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(4)) }.sorted()
    }

    /// The version of voice `name` for language `tag` ("default" → "default-es", "phone-es" →
    /// "phone-es"), or nil when there is none: how a topic's language picks its voice.
    public func voice(_ name: String, forLanguage tag: String) -> String? {
        guard let primary = tag.split(separator: "-").first?.lowercased() else { return nil }
        let base = name.split(separator: "-").first.map(String.init) ?? name
        let localized = "\(base)-\(primary)"
        return voiceNames.contains(localized) ? localized : nil
    }

    /// The profile of voice `name` as a topic in language `tag` uses it ("default" for Spanish
    /// is "default-es" when there is one).
    public func profile(named name: String = defaultVoice, forLanguage tag: String) throws -> VoiceProfile {
        try profile(named: voice(name, forLanguage: tag) ?? name)
    }

    /// The profile called `name`.
    public func profile(named name: String) throws -> VoiceProfile {
        let url = directory.appendingPathComponent("\(name).yml")
        guard voiceNames.contains(name) else { throw SpeechError.unknownVoice(name, available: voiceNames) }
        return try VoiceProfile.load(name: name, from: url, lexicons: { lexiconName throws(SpeechError) in
            try Lexicon.load(from: directory.appendingPathComponent("lexicons/\(lexiconName).yml"), inside: directory)
        }, languages: languages)
    }
}
