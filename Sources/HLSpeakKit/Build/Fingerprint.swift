import Foundation

/// The fingerprint of an output: SHA-256 of everything it is made from (the program's version,
/// the resolved request, the text of the sections it shows, the language's data, and what its
/// writer declares it depends on: the voice with its lexicon, the library's settings). An
/// output whose fingerprint is unchanged is not made again. Voice files are read once per build.
public final class Fingerprinter: @unchecked Sendable {
    /// The program's version, part of every fingerprint.
    public static let version = "hlspeak \(HLSpeakVersion.number)"

    private let exporter: Exporter
    private let lock = NSLock()
    private var voiceHashes: [String: String] = [:]
    private let librarySettings: String

    public init(exporter: Exporter) {
        self.exporter = exporter
        let info = exporter.content.info
        librarySettings = [info.name, info.description, info.disclaimer, info.phoneIntro, info.phoneClosing, info.clinicName,
                           info.clinicPhone, info.missingContent]
            .map { $0 ?? "" }.joined(separator: "|")
    }

    /// The fingerprint of `request`'s output.
    public func fingerprint(_ request: ResolvedRequest) throws -> String {
        let document = try exporter.document(for: request)
        let encoder = JSONEncoder.sorted
        var hash = SHA256()
        hash.update(Self.version)
        hash.update(try encoder.encode(request.request))
        hash.update(document.topic.title + "|" + document.topic.language)
        // The language data: sentence ends, the words of the credits, how numbers are read.
        hash.update(document.language.fingerprint)
        hash.update(try encoder.encode(document.sections))
        if let credits = document.credits { hash.update(try encoder.encode(credits)) }
        let inputs = request.writer.fingerprintInputs
        if inputs.contains(.voice), let voice = request.voice { hash.update(voiceHash(voice.name)) }
        if inputs.contains(.libraryInfo) { hash.update(librarySettings) }
        // A phone line offers the topic's translations: their text and voices are part of it.
        for translation in document.translations {
            hash.update(try encoder.encode(translation.topic.sections))
            hash.update(translation.language.fingerprint)
            hash.update(voiceHash(translation.voice.name))
        }
        return hash.hexDigest()
    }

    /// SHA-256 of a voice profile with every lexicon and normaliser table.
    private func voiceHash(_ voice: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let known = voiceHashes[voice] { return known }
        guard let voices = exporter.voices else { return "" }
        var hash = SHA256()
        hash.update(fileBytes(voices.directory, "\(voice).yml"))
        for file in (try? FileManager.default.subpathsOfDirectory(atPath: voices.directory.path).sorted()) ?? []
        where file.hasPrefix("lexicons/") {
            hash.update(file)
            hash.update(fileBytes(voices.directory, file))
        }
        voiceHashes[voice] = hash.hexDigest()
        return voiceHashes[voice]!
    }

    private func fileBytes(_ folder: URL, _ name: String) -> Data {
        (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
    }
}

extension JSONEncoder {
    /// Keys sorted, so equal values encode to equal bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
