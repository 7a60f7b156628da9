import CHyphen
import Foundation

/// Why readability could not be measured.
public enum ReadabilityError: HLSpeakError, Equatable {
    case noHyphenationPatterns(language: String, path: String)
    /// libhyphen could not be loaded (it is opened when syllables are first counted).
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .noHyphenationPatterns(let language, let path):
            "no hyphenation patterns for \(language) at \(path); install Debian's package of them "
                + "(for US English: apt-get install hyphen-en-us; make demo does), or use --syllables pronunciation"
        case .libraryMissing(let message):
            message
        }
    }

    public var exitCode: Int32 { ExitStatus.unavailable }
}

/// The one place that talks to libhyphen: where the hyphenation patterns of a language (the
/// LibreOffice patterns Debian ships in /usr/share/hyphen) allow a word to break.
public final class Hyphenator: @unchecked Sendable {
    /// The patterns in use.
    public let path: String
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let lock = NSLock()

    /// The patterns for `language`: the file its `language.tsv` names under `hyphenation` (kept
    /// in its data folder), else Debian's in `folder` (en-US reads hyph_en_US.dic, else
    /// hyph_en.dic). Breaks are allowed at least `edge` letters from either end of a word (TeX's
    /// and pyphen's default is 2).
    public init(language: Language, folder: String = "/usr/share/hyphen", edge: Int = 2) throws(ReadabilityError) {
        let tag = language.tag
        if let own = language.tables.settings["hyphenation"], let data = language.dataFolder {
            path = data.appendingPathComponent(own).path
        } else {
            let exact = "\(folder)/hyph_\(tag.replacingOccurrences(of: "-", with: "_")).dic"
            let primary = "\(folder)/hyph_\(tag.split(separator: "-").first ?? "").dic"
            path = FileManager.default.isReadableFile(atPath: exact) ? exact : primary
        }
        if let message = hlspeak_open_hyphen() { throw .libraryMissing(String(cString: message)) }
        guard FileManager.default.isReadableFile(atPath: path), let dictionary = hnj_hyphen_load(path) else {
            throw .noHyphenationPatterns(language: tag, path: path)
        }
        // hnj_hyphen_hyphenate3 takes the larger of its arguments and the file's minimums; the
        // file's own minimums are lowered so `edge` is what applies.
        dictionary.pointee.lhmin = 1
        dictionary.pointee.rhmin = 1
        self.dictionary = dictionary
        self.edge = Int32(edge)
    }

    private let edge: Int32

    deinit { hnj_hyphen_free(dictionary) }

    /// How many places `word` (lower case) may break; 0 for a word the patterns cannot take.
    public func breaks(in word: String) -> Int {
        // Composed, so "école" is the same word however it was typed.
        let word = word.precomposedStringWithCanonicalMapping
        let bytes = Array(word.utf8)
        guard !bytes.isEmpty, bytes.count < 200 else { return 0 }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        lock.lock()
        // NUL-terminated: libhyphen's NOHYPHEN handling searches the word with strstr.
        let status = word.withCString { text in
            hnj_hyphen_hyphenate3(dictionary, text, Int32(bytes.count), &hyphens, nil,
                                  &replacements, &positions, &cuts, edge, edge, edge, edge)
        }
        lock.unlock()
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return 0 }
        // In UTF-8 mode libhyphen rewrites `hyphens` per code point; an odd digit marks a break.
        let characters = word.unicodeScalars.count
        return hyphens.prefix(max(0, characters - 1)).count { $0 >= 48 && $0 <= 57 && ($0 - 48) % 2 == 1 }
    }
}
