import Foundation

/// The languages hlspeak has data for, each read once: the folders of `Language/Data/`, which a
/// build copies beside the program (`hlspeak_HLSpeakKit.resources/Data`) and `make install`
/// into `share/hlspeak/Language`.
public final class LanguageLibrary: @unchecked Sendable {
    public let folder: URL
    private let lock = NSLock()
    private var loaded: [String: Language] = [:]

    /// The library in `folder`, or in the data that comes with hlspeak.
    public init(folder: URL? = nil) throws(LanguageError) {
        if let folder {
            self.folder = folder
            return
        }
        let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [executable.appendingPathComponent("hlspeak_HLSpeakKit.resources/Data"),
                          executable.deletingLastPathComponent().appendingPathComponent("share/hlspeak/Language")]
        guard let found = candidates.first(where: FilePaths.isFolder) else {
            throw .dataMissing(searched: candidates.map(\.path))
        }
        self.folder = found
    }

    /// Starts reading `tag`'s data on another thread, so it is ready (or nearly) when a topic in
    /// that language is read; `language(_:)` waits for it rather than reading it twice. Nothing
    /// is reported from here: a problem comes out of `language(_:)` as usual.
    public func prefetch(_ tag: String) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in _ = try? language(tag) }
    }

    /// The tags of the languages there is data for, sorted.
    public var tags: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { NameRule.language.accepts($0) }.sorted()
    }

    /// The language for `tag`: its own data, or the data of the same language for another
    /// region ("en" or "en-GB" → en-US).
    public func language(_ tag: String) throws(LanguageError) -> Language {
        lock.lock()
        defer { lock.unlock() }
        if let known = loaded[tag] { return known }
        let available = tags
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        guard let chosen = available.first(where: { $0.lowercased() == tag.lowercased() })
                ?? available.first(where: { $0.split(separator: "-").first?.lowercased() == primary }) else {
            throw .notAvailable(tag, available: available)
        }
        let dataFolder = folder.appendingPathComponent(chosen)
        var fingerprint: [[UInt8]] = []
        // The plain-language lists are not in it: plain text is fingerprinted as it reads.
        let tables = try LanguageTables.load(from: dataFolder, fingerprint: &fingerprint)
        guard let numbers = NumberGrammar(rawValue: tables.settings["numbers"] ?? "") else {
            throw .invalidTable(path: dataFolder.appendingPathComponent("language.tsv").path, line: nil,
                                reason: "'numbers' must be one of " + NumberGrammar.allCases.map(\.rawValue).joined(separator: ", "))
        }
        // The hyphenation patterns the language names count its syllables and break its lines.
        if let patterns = tables.settings["hyphenation"] {
            let data = (try? Data(contentsOf: dataFolder.appendingPathComponent(patterns))) ?? Data()
            fingerprint.append(Array("\(patterns) \(data.count)\n".utf8))
            fingerprint.append(Array(data))
        }
        let language = Language(tag: chosen, tables: tables, numbers: numbers, fingerprint: LazyDigest(fingerprint), dataFolder: dataFolder)
        loaded[tag] = language
        return language
    }
}
