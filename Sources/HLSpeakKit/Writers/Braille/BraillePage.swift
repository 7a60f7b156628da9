/// The size of an embosser page and the rules of BANA's Braille Formats for laying text on it:
/// headings centred after a blank line, paragraphs starting in cell 3 and running over to cell 1,
/// list items starting in cell 1 and running over to cell 3, no word divided across lines, a
/// heading never alone at the foot of a page, and the page number at the right end of the last
/// line.
public struct BraillePageFormat: Hashable, Sendable {
    public var cells: Int
    public var lines: Int

    public init(cells: Int = 40, lines: Int = 25) throws(BrailleError) {
        guard cells >= 20, lines >= 10 else { throw .pageTooSmall(cells: cells, lines: lines) }
        self.cells = cells
        self.lines = lines
    }
}

/// One piece of braille text (BRF ASCII, with no-break spaces where a line must not break).
enum BrailleElement: Hashable {
    case heading(String)
    case paragraph(String)
    case listItem(String)
    case pageBreak
}

/// Lays braille elements out on pages. Returns the pages' lines, without page numbers.
struct BraillePaginator {
    var format: BraillePageFormat

    /// Lines of text a page holds: the last line is the page number's.
    var textLines: Int { format.lines - 1 }

    func pages(_ elements: [BrailleElement]) -> [[String]] {
        var pages: [[String]] = [[]]
        func room() -> Int { textLines - pages[pages.count - 1].count }
        func newPage() { if !pages[pages.count - 1].isEmpty { pages.append([]) } }
        for (index, element) in elements.enumerated() {
            switch element {
            case .pageBreak:
                newPage()
            case .heading(let text):
                let lines = wrap(text, first: 0, rest: 0).map(centred)
                let blank = pages[pages.count - 1].isEmpty ? 0 : 1
                let following = index + 1 < elements.count ? firstLineCount(elements[index + 1]) : 0
                if blank + lines.count + following > room() { newPage() }
                if !pages[pages.count - 1].isEmpty { pages[pages.count - 1].append("") }
                for line in lines {
                    if room() == 0 { newPage() }
                    pages[pages.count - 1].append(line)
                }
            case .paragraph(let text), .listItem(let text):
                let isItem = if case .listItem = element { true } else { false }
                for line in wrap(text, first: isItem ? 0 : 2, rest: isItem ? 2 : 0) {
                    if room() == 0 { newPage() }
                    pages[pages.count - 1].append(line)
                }
            }
        }
        return pages.filter { !$0.isEmpty }
    }

    private func firstLineCount(_ element: BrailleElement) -> Int {
        if case .pageBreak = element { return 0 }
        return 1
    }

    private func centred(_ line: String) -> String {
        String(repeating: " ", count: max(0, (format.cells - line.count) / 2)) + line
    }

    /// Words (separated by spaces) on lines of at most `cells`, the first indented by `first`
    /// cells and the rest by `rest`. A word longer than a line is cut, as nothing else can be done.
    func wrap(_ text: String, first: Int, rest: Int) -> [String] {
        var lines: [String] = []
        var line = String(repeating: " ", count: first)
        var hasWord = false
        // A phone number longer than a whole line may break at its own spaces, but nowhere else.
        let words = text.split(separator: " ").map(String.init).flatMap { word -> [String] in
            word.count > format.cells - max(first, rest) ? word.split(separator: "\u{00A0}").map(String.init) : [word]
        }
        for var word in words {
            if hasWord && line.count + 1 + word.count <= format.cells {
                line += " " + word
                continue
            }
            if hasWord {
                lines.append(line)
                line = String(repeating: " ", count: rest)
            }
            while line.count + word.count > format.cells {
                let fits = format.cells - line.count
                lines.append(line + word.prefix(fits))
                word = String(word.dropFirst(fits))
                line = String(repeating: " ", count: rest)
            }
            line += word
            hasWord = true
        }
        if hasWord { lines.append(line) }
        return lines.map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    }
}
