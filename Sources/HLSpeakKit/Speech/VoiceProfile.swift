import Foundation

/// How a voice sounds, from a file in `Voices/`: the eSpeak NG voice and variant, speed, pitch,
/// the gap between words, and the pronunciation lexicon it uses.
public struct VoiceProfile: Hashable, Sendable {
    public var name: String
    public var description: String?
    /// eSpeak NG voice name, such as `en-us`.
    public var espeakVoice: String
    /// eSpeak NG variant, such as `f3`; nil for the voice's own.
    public var variant: String?
    public var wordsPerMinute: Int
    /// 0 to 100, 50 is the voice's normal pitch.
    public var pitch: Int
    public var wordGapMilliseconds: Int
    /// 0 to 200, 100 is normal.
    public var volume: Int
    public var lexicon: Lexicon
    /// The language it speaks: how its sentences end and how it reads numbers, units and symbols.
    public var language: Language
    /// The loudness and peak every file made with this voice is brought to.
    public var level: LevelTarget
    /// For telephone voices: the codec that speaking with this voice writes by default.
    public var phoneCodec: PhoneCodec?
    /// Where the profile names its eSpeak NG voice ("Voices/slow.yml:2"), for messages.
    var voiceSetting: String?

    public init(name: String, description: String? = nil, espeakVoice: String = "en-us", variant: String? = nil,
                wordsPerMinute: Int = 160, pitch: Int = 50, wordGapMilliseconds: Int = 0, volume: Int = 100,
                lexicon: Lexicon = Lexicon(), language: Language = Language(tag: "und", tables: LanguageTables(), numbers: .english),
                level: LevelTarget = LevelTarget(), phoneCodec: PhoneCodec? = nil) {
        self.name = name
        self.description = description
        self.espeakVoice = espeakVoice
        self.variant = variant
        self.wordsPerMinute = wordsPerMinute
        self.pitch = pitch
        self.wordGapMilliseconds = wordGapMilliseconds
        self.volume = volume
        self.lexicon = lexicon
        self.language = language
        self.level = level
        self.phoneCodec = phoneCodec
    }

    /// The name eSpeak NG's `SetVoiceByName` takes: `en-us` or `en-us+f3`.
    public var espeakVoiceName: String {
        variant.map { "\(espeakVoice)+\($0)" } ?? espeakVoice
    }

    static let knownKeys = ["description", "espeak_voice", "variant", "rate_wpm", "pitch",
                            "word_gap_ms", "volume", "lexicon", "loudness_lufs", "peak_dbfs", "codec", "language"]

    /// Reads a profile; `lexicons` resolves its `lexicon:` name to a file, `languages` its language.
    static func load(name: String, from url: URL, lexicons: (String) throws(SpeechError) -> Lexicon,
                     languages: LanguageLibrary) throws -> VoiceProfile {
        let text: String
        do { text = try TextFile.read(url, inside: url.deletingLastPathComponent(), limit: (Limits.settingsFileBytes, "voice profile")) } catch {
            throw SpeechError.invalidVoiceProfile(path: FilePaths.display(url), line: error.line, reason: error.reason)
        }
        var profile = VoiceProfile(name: name)
        let place = FilePaths.display(url)
        let lexiconName: String?
        let languageTag: String
        var settingLines: (lexicon: Int?, language: Int?) = (nil, nil)
        do throws(YAMLProblem) {
            let map = try YAMLMapping.parse(text)
            if let unknown = map.unknownKeys(known: knownKeys).first {
                throw YAMLProblem(line: unknown.line, message: "unknown key '\(unknown.key)'; known keys: "
                    + knownKeys.joined(separator: ", "))
            }
            profile.description = try map.string("description")
            profile.espeakVoice = try map.string("espeak_voice", matching: .espeakVoice,
                                                  example: "a voice 'espeak-ng --voices' lists, such as en-us") ?? "en-us"
            profile.variant = try map.string("variant", matching: .variant, example: "an eSpeak NG variant, such as f3")
            profile.voiceSetting = FilePaths.display(url)
                + ((map.line(of: "variant") ?? map.line(of: "espeak_voice")).map { ":\($0)" } ?? "")
            profile.wordsPerMinute = try map.int("rate_wpm", in: 80...450) ?? 160
            profile.pitch = try map.int("pitch", in: 0...100) ?? 50
            profile.wordGapMilliseconds = try map.int("word_gap_ms", in: 0...1000) ?? 0
            profile.volume = try map.int("volume", in: 1...200) ?? 100
            lexiconName = try map.string("lexicon", matching: .fileName,
                                         example: "the name of a file in Voices/lexicons without '.yml', such as en-us")
            languageTag = try map.string("language", matching: .language, example: "a language tag such as en-US") ?? "en-US"
            settingLines = (map.line(of: "lexicon"), map.line(of: "language"))
            profile.level.loudness = Double(try map.int("loudness_lufs", in: -40...(-10)) ?? -23)
            profile.level.peakCeiling = Double(try map.int("peak_dbfs", in: -20...(-1)) ?? -3)
            if let codec = try map.string("codec") {
                guard let known = PhoneCodec(rawValue: codec) else {
                    throw YAMLProblem(line: map.line(of: "codec"), message: "codec '\(codec)' is not one of "
                        + PhoneCodec.allCases.map(\.rawValue).joined(separator: ", "))
                }
                profile.phoneCodec = known
            }
        } catch {
            throw SpeechError.invalidVoiceProfile(path: place, line: error.line, reason: error.message)
        }
        if let lexiconName {
            do {
                profile.lexicon = try lexicons(lexiconName)
            } catch {
                // A problem with the lexicon file as a whole: point at the line that names it.
                guard case .invalidLexicon(let path, nil, let reason) = error else { throw error }
                throw SpeechError.invalidVoiceProfile(path: place, line: settingLines.lexicon,
                                                      reason: "its lexicon '\(lexiconName)' (\(path)) cannot be used: \(reason)")
            }
        }
        do {
            profile.language = try languages.language(languageTag)
        } catch {
            guard case .notAvailable = error else { throw error }
            throw SpeechError.invalidVoiceProfile(path: place, line: settingLines.language, reason: "language '\(languageTag)': "
                + "hlspeak has no data for it; the languages it knows are \(languages.tags.joined(separator: ", "))")
        }
        return profile
    }
}
