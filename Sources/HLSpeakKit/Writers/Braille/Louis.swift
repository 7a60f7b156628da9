import CLouis
import Foundation

/// Why braille could not be made.
public enum BrailleError: HLSpeakError, Equatable {
    case unknownTable(String)
    case pageTooSmall(cells: Int, lines: Int)
    case translationFailed(String)
    /// liblouis could not be loaded (it is opened when braille is first made).
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .unknownTable(let table):
            "liblouis has no table '\(table)'; install liblouis-data (apt-get install liblouis-data)"
        case .pageTooSmall(let cells, let lines):
            "a braille page of \(cells) cells by \(lines) lines is too small; use at least 20 cells and 10 lines"
        case .translationFailed(let text):
            "liblouis could not translate \"\(text.prefix(40))\"; report this with the content file"
        case .libraryMissing(let message):
            message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .unknownTable: ExitStatus.unavailable
        case .pageTooSmall: ExitStatus.usage
        case .translationFailed: ExitStatus.software
        case .libraryMissing: ExitStatus.unavailable
        }
    }
}

/// The one place that talks to liblouis: text to North American Braille ASCII (BRF) and back.
/// liblouis keeps its tables in global state, so calls are serialised.
public struct Louis: Sendable {
    /// `en-us-brf.dis,en-ueb-g2.ctb`: a display table for BRF, then the translation table.
    public let tables: String
    /// 1 (uncontracted) or 2 (contracted).
    public let grade: Int

    private static let lock = NSLock()

    /// Unified English Braille, contracted (`grade` 2) or uncontracted (`grade` 1).
    public init(grade: Int = 2) throws(BrailleError) {
        try self.init(tables: "en-us-brf.dis,en-ueb-g\(grade == 1 ? 1 : 2).ctb", grade: grade)
    }

    /// The braille of `language` (its `language.tsv` names the tables: `braille.display`,
    /// `braille.g1`, `braille.g2`; Spanish is es-g1.ctb and es-g2.ctb), as BRF.
    public init(grade: Int?, language: Language) throws(BrailleError) {
        let settings = language.tables.settings
        let grade = grade ?? Int(settings["braille.grade"] ?? "") ?? 2
        guard let table = settings["braille.g\(grade == 1 ? 1 : 2)"] else {
            try self.init(grade: grade)
            return
        }
        try self.init(tables: (settings["braille.display"] ?? "en-us-brf.dis") + "," + table, grade: grade)
    }

    private init(tables: String, grade: Int) throws(BrailleError) {
        self.tables = tables
        self.grade = grade == 1 ? 1 : 2
        if let message = hlspeak_open_louis() { throw .libraryMissing(String(cString: message)) }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        guard lou_getTable(tables) != nil else { throw .unknownTable(tables) }
    }

    /// `text` in braille, as BRF ASCII.
    public func translate(_ text: String) throws(BrailleError) -> String {
        try run(text, backward: false)
    }

    /// BRF ASCII back to print.
    public func backTranslate(_ braille: String) throws(BrailleError) -> String {
        try run(braille, backward: true)
    }

    private func run(_ text: String, backward: Bool) throws(BrailleError) -> String {
        guard !text.isEmpty else { return "" }
        var input = text.unicodeScalars.map { widechar($0.value) }
        var inputLength = Int32(input.count)
        var output = [widechar](repeating: 0, count: input.count * 4 + 64)
        var outputLength = Int32(output.count)
        Self.lock.lock()
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                backward
                    ? lou_backTranslateString(tables, source.baseAddress, &inputLength, target.baseAddress, &outputLength, nil, nil, 0)
                    : lou_translateString(tables, source.baseAddress, &inputLength, target.baseAddress, &outputLength, nil, nil, 0)
            }
        }
        Self.lock.unlock()
        guard status != 0 else { throw .translationFailed(text) }
        var result = String.UnicodeScalarView()
        for value in output.prefix(Int(outputLength)) {
            if let scalar = Unicode.Scalar(UInt32(value)) { result.append(scalar) }
        }
        return String(result)
    }

    /// True when liblouis can write `character` in braille: for a character it does not know, it
    /// writes the code point as an escape (`'\x1f600'`, in braille `'\YAFFJJ'`).
    public func canTranslate(_ character: Character) -> Bool {
        guard let braille = try? translate(String(character)) else { return false }
        return !braille.contains("'\\")
    }
}
