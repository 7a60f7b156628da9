import Foundation

/// The library-wide settings in `Content/library.yml`: the library's name, its general
/// disclaimer, what a phone line says first and last, the clinic every handout names, and
/// abbreviations every topic shares.
public struct LibraryInfo: Hashable, Sendable {
    public var name: String
    public var description: String?
    public var disclaimer: String?
    public var phoneIntro: String?
    public var phoneClosing: String?
    public var glossary: Glossary
    /// The clinic that gives the handouts out, and the number patients call (`clinic:` `name`,
    /// `phone`): on every page of a handout.
    public var clinicName: String?
    public var clinicPhone: String?
    /// What patients are told where the source lost text (`missing_content:`); the language's
    /// own words when not given.
    public var missingContent: String?
    /// The language its own texts (disclaimer, greeting, closing, missing-content note) are
    /// written in (`language:`, default en-US). Topics in another language use that language's
    /// words instead.
    public var language = "en-US"

    /// True when the library's own texts are in `tag`'s language.
    public func writesIn(_ tag: String) -> Bool {
        tag.split(separator: "-").first?.lowercased() == language.split(separator: "-").first?.lowercased()
    }

    public init(name: String = "Health Library", description: String? = nil, disclaimer: String? = nil,
                phoneIntro: String? = nil, phoneClosing: String? = nil, glossary: Glossary = Glossary(),
                clinicName: String? = nil, clinicPhone: String? = nil, missingContent: String? = nil, language: String = "en-US") {
        self.language = language
        self.missingContent = missingContent
        self.clinicName = clinicName
        self.clinicPhone = clinicPhone
        self.name = name
        self.description = description
        self.disclaimer = disclaimer
        self.phoneIntro = phoneIntro
        self.phoneClosing = phoneClosing
        self.glossary = glossary
    }

    static let knownKeys = ["name", "description", "disclaimer", "phone", "clinic", "missing_content", "abbreviations", "language"]

    /// Reads `library.yml`; a missing file gives the defaults.
    public static func load(from url: URL) throws(ContentError) -> LibraryInfo {
        guard FileManager.default.fileExists(atPath: url.path) else { return LibraryInfo() }
        let text: String
        do { text = try TextFile.read(url, inside: url.deletingLastPathComponent(), limit: (Limits.settingsFileBytes, "library.yml")) } catch {
            throw .invalidLibraryFile(path: FilePaths.display(url), line: error.line, reason: error.reason)
        }
        do throws(YAMLProblem) {
            let map = try YAMLMapping.parse(text)
            if let unknown = map.unknownKeys(known: knownKeys).first {
                throw YAMLProblem(line: unknown.line, message: "unknown key '\(unknown.key)'; known keys: "
                    + knownKeys.joined(separator: ", "))
            }
            let phone = try map.mapping("phone")
            let clinic = try map.mapping("clinic")
            var info = LibraryInfo(
                name: try map.string("name") ?? "Health Library",
                description: try map.string("description"),
                disclaimer: try map.string("disclaimer"),
                phoneIntro: try phone?.string("intro"),
                phoneClosing: try phone?.string("closing"),
                glossary: Glossary(try map.stringTable("abbreviations", limit: Limits.abbreviations)),
                clinicName: try clinic?.string("name"), clinicPhone: try clinic?.string("phone"),
                missingContent: try map.string("missing_content"))
            if let language = try map.string("language") { info.language = language }
            return info
        } catch {
            throw .invalidLibraryFile(path: url.path, line: error.line, reason: error.message)
        }
    }
}
