import Foundation

/// Checks a BRF file against its page format: every line at most `cells` long, every page at most
/// `lines` lines, pages separated by form feeds, lines ending CR LF, and the braille page numbers
/// at the end of each page's last line running 1, 2, 3… Returns the problems, empty when none.
public enum BRFChecker {
    public static func problems(in brf: String, format: BraillePageFormat, louis: Louis) -> [String] {
        guard !brf.isEmpty else { return ["the file is empty; a BRF file has at least one page"] }
        // A BRF is plain ASCII braille: anything else is another kind of file, not a bad page.
        let allowed: Set<UInt32> = [0x0A, 0x0C, 0x0D]
        if brf.unicodeScalars.contains(where: { !(0x20...0x7E).contains($0.value) && !allowed.contains($0.value) }) {
            let kind = brf.hasPrefix("%PDF") ? "a PDF" : brf.hasPrefix("RIFF") ? "a WAV file" : brf.hasPrefix("PK") ? "a ZIP file"
                : "not plain ASCII"
            return ["not a BRF file (\(kind)); a BRF file holds only ASCII braille, lines and form feeds: "
                + "check the file name, or make one with 'hlspeak TOPIC --format brf'"]
        }
        var problems: [String] = []
        var pages = brf.components(separatedBy: "\u{0C}")
        if pages.last == "" { pages.removeLast() } else { problems.append("the last page does not end with a form feed") }
        for (index, page) in pages.enumerated() {
            let number = index + 1
            if !page.isEmpty && !page.hasSuffix("\r\n") { problems.append("page \(number): lines must end with CR LF") }
            let lines = page.components(separatedBy: "\r\n").dropLast()
            if lines.count > format.lines { problems.append("page \(number): \(lines.count) lines, more than \(format.lines)") }
            for (lineIndex, line) in lines.enumerated() where line.count > format.cells {
                problems.append("page \(number), line \(lineIndex + 1): \(line.count) cells, more than \(format.cells)")
            }
            if lines.contains(where: { $0.contains("\n") || $0.contains("\r") }) {
                problems.append("page \(number): a bare CR or LF")
            }
            let label = (try? louis.translate(String(number))) ?? ""
            guard let last = lines.last, last.hasSuffix(label), !label.isEmpty else {
                problems.append("page \(number): the page number \(label) is not at the end of the last line")
                continue
            }
            let text = last.dropLast(label.count)
            if !text.trimmed(.whitespace).isEmpty && !text.hasSuffix("   ") {
                problems.append("page \(number): fewer than three blank cells before the page number")
            }
        }
        return problems
    }
}
