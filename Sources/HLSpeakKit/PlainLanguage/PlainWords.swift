import Foundation

/// One plain-language swap: a complex word or phrase, its plain alternative, and where the pair
/// comes from. In `plain-words.tsv`, "to utilize<TAB>to use" marks a verb (it matches every form,
/// "utilizes", "utilized", "utilizing", but only where a verb can stand, so "your address" is not
/// "your discuss"); a leading "^" ("^therefore") matches only at the start of a sentence (and
/// "^to diagnose<TAB>to check for" is the purpose "To diagnose …" opening one, as written), a
/// trailing "$" only at the end of a clause ("normal reactions$", not "normal reactions to a vaccine"),
/// and a trailing "," only before a comma, which goes with it ("^however," → "But some people …").
public struct WordSwap: Hashable, Sendable {
    public var complex: String
    public var plain: String
    public var source: String
    public var isVerb: Bool
    public var atSentenceStart: Bool
    /// Matches only where a clause ends (before "." or ","), from a trailing "$".
    public var atClauseEnd: Bool
    /// Matches only before a comma and takes the comma away, from a trailing ",".
    public var dropsComma: Bool

    public init(complex: String, plain: String, source: String, isVerb: Bool = false, atSentenceStart: Bool = false,
                atClauseEnd: Bool = false, dropsComma: Bool = false) {
        self.complex = complex
        self.plain = plain
        self.source = source
        self.isVerb = isVerb
        self.atSentenceStart = atSentenceStart
        self.atClauseEnd = atClauseEnd || dropsComma
        self.dropsComma = dropsComma
    }

    /// The swap written on one line of `plain-words.tsv`, or why the line cannot be used.
    static func parse(complex: String, plain: String, source: String) -> Result<WordSwap, SwapProblem> {
        var complex = complex
        let atStart = complex.hasPrefix("^")
        if atStart { complex = String(complex.dropFirst()).trimmed(.whitespace) }
        var atEnd = false, dropsComma = false
        while let last = complex.last, last == "$" || last == "," {
            if last == "$" { atEnd = true } else { dropsComma = true }
            complex = String(complex.dropLast()).trimmed(.whitespace)
        }
        let verbs = [complex, plain].map { $0.lowercased().hasPrefix("to ") }
        // ("^for more information about<TAB>to learn more about": opening a sentence, a phrase may
        // become a purpose.)
        guard verbs[0] == verbs[1] || atStart && !verbs[0] else { return .failure(.verbOnOneSide) }
        // "^to diagnose<TAB>to check for": a purpose opening a sentence ("To diagnose asthma, …"),
        // matched as written; a verb opening one is an instruction, which a plain "to" line covers.
        let isVerb = verbs[0] && !atStart
        let strip = { (text: String) in isVerb ? String(text.dropFirst(3)).trimmed(.whitespace) : text }
        let swap = WordSwap(complex: strip(complex), plain: strip(plain), source: source, isVerb: isVerb,
                            atSentenceStart: atStart, atClauseEnd: atEnd, dropsComma: dropsComma)
        guard !swap.complex.isEmpty, !swap.plain.isEmpty else { return .failure(.verbOnOneSide) }
        return .success(swap)
    }
}

/// Why a line of `plain-words.tsv` was skipped.
enum SwapProblem: Error {
    case verbOnOneSide
}

/// The curated swaps of a language and a library (`plain-words.tsv`) and the terms no rewrite may
/// touch (`protected-terms.txt`). Bad lines are reported and skipped, never fatal.
public struct PlainWords: Hashable, Sendable {
    public var swaps: [WordSwap]
    /// Words (drug and test names, and the like) a change must keep, compared without case.
    public var protectedTerms: Set<String>
    /// Problems found while reading the files, with file and line; the lines are skipped.
    public var problems: [Diagnostic]
    /// Whether the sentence rules (cuts, asides, examples, active voice, action lists) apply: they
    /// are written for English, and a language turns them on in its `language.tsv`
    /// (`plain.sentences<TAB>english`); in other languages only the word lists apply.
    public var rewritesSentences: Bool
    /// The language's negations, number words, articles and the like (`words.tsv`, `plain.` keys).
    var classes = WordClasses()

    public init(swaps: [WordSwap] = [], protectedTerms: Set<String> = [], problems: [Diagnostic] = [], rewritesSentences: Bool = true) {
        self.swaps = swaps
        self.protectedTerms = protectedTerms
        self.problems = problems
        self.rewritesSentences = rewritesSentences
    }

    /// What every change must keep: these protected terms, and the language's negations, numbers
    /// and words of time.
    var guardrail: ProtectedWords { ProtectedWords(terms: protectedTerms, classes: classes) }

    /// The problems as `file:line: warning: message` lines.
    public var warnings: [String] { problems.map(\.description) }

    /// The language's lists (`Language/Data/<tag>/plain-words.tsv` and `protected-terms.txt`),
    /// then the library's in `folder` (`Content/`), whose swap wins for the same complex word.
    /// Missing files give empty lists; without a language, only the library's lists are read, and
    /// no word class is known.
    public static func load(from folder: URL, language: Language?) -> PlainWords {
        var words = PlainWords(rewritesSentences: language.map { $0.tables.settings["plain.sentences"] == "english" } ?? true)
        words.classes = language.map { WordClasses($0.tables) } ?? WordClasses()
        var byComplex: [String: Int] = [:]
        for place in [language?.dataFolder, folder].compactMap({ $0 }) {
            for swap in words.swaps(in: place.appendingPathComponent("plain-words.tsv")) {
                let key = (swap.isVerb ? "to " : "") + swap.complex.lowercased()
                if let index = byComplex[key] {
                    words.swaps[index] = swap
                } else {
                    byComplex[key] = words.swaps.count
                    words.swaps.append(swap)
                }
            }
            if let lines = words.lines(of: place.appendingPathComponent("protected-terms.txt")) {
                for line in lines {
                    let term = line.trimmed(.whitespace)
                    if !term.isEmpty && !term.hasPrefix("#") { words.protectedTerms.insert(term.lowercased()) }
                }
            }
        }
        // Longest phrases first, so "prior to" wins over "prior".
        words.swaps.sort { $0.complex.count > $1.complex.count }
        return words
    }

    /// The swaps of one `plain-words.tsv`; its bad lines go to `problems`.
    private mutating func swaps(in file: URL) -> [WordSwap] {
        guard let lines = lines(of: file) else { return [] }
        var swaps: [WordSwap] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmed(.whitespace)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            func skip(_ message: String) {
                problems.append(Diagnostic(.warning, file: FilePaths.display(file), line: index + 1, message + "; the line is skipped"))
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmed(.whitespace) }
            guard fields.count == 3 else {
                skip("expected 'complex<TAB>plain<TAB>source', found \(fields.count) column\(fields.count == 1 ? "" : "s") "
                    + "(separate them with tabs)")
                continue
            }
            if let empty = fields.firstIndex(where: \.isEmpty) {
                skip("the \(["complex term", "plain alternative", "source"][empty]) is empty; fill it in or delete the line")
                continue
            }
            guard case .success(let swap) = WordSwap.parse(complex: fields[0], plain: fields[1], source: fields[2]) else {
                skip("write both sides as verbs ('to utilize<TAB>to use') or neither; only a sentence's opening ('^…') may become a purpose ('to …')")
                continue
            }
            if Self.ruleSyllables(swap.plain) > Self.ruleSyllables(swap.complex) {
                skip("'\(swap.plain)' is longer to say than '\(swap.complex)'; use a shorter word or delete the line")
                continue
            }
            swaps.append(swap)
        }
        return swaps
    }

    /// The lines of `file`; nil when it is missing, or (with a warning) when it cannot be used.
    private mutating func lines(of file: URL) -> [Substring]? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        do {
            let text = try TextFile.read(file, inside: file.deletingLastPathComponent(), limit: (Limits.dataFileBytes, "word list"))
            return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        } catch {
            problems.append(Diagnostic(.warning, file: FilePaths.display(file), line: error.line,
                                       error.reason + "; none of this file is used until it is fixed"))
            return nil
        }
    }

    static func ruleSyllables(_ phrase: String) -> Int {
        phrase.split(separator: " ").reduce(0) { $0 + SpellingSyllables.count(String($1)) }
    }
}
