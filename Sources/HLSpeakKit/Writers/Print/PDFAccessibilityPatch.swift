import Foundation

/// Adds what Cairo 1.16 cannot write to a tagged PDF: the document language (`/Lang`) and
/// `/ViewerPreferences << /DisplayDocTitle true >>`, so readers announce the title rather than the
/// file name. Done as an incremental update: a new version of the catalog appended after the
/// original bytes, as the PDF standard allows, so nothing Cairo wrote is rewritten.
enum PDFAccessibilityPatch {
    enum Failure: Error { case unexpectedStructure(String) }

    static func apply(to url: URL, language: String) throws {
        var data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
        guard let startRange = text.range(of: "startxref", options: .backwards),
              let previousXref = Int(text[startRange.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              let trailerRange = text.range(of: "trailer", options: .backwards) else {
            throw Failure.unexpectedStructure("no trailer")
        }
        let trailer = String(text[trailerRange.upperBound..<startRange.lowerBound])
        guard let root = firstNumber(after: "/Root", in: trailer), let size = firstNumber(after: "/Size", in: trailer) else {
            throw Failure.unexpectedStructure("no /Root or /Size in the trailer")
        }
        let info = firstNumber(after: "/Info", in: trailer)
        guard let objectStart = text.range(of: "\n\(root) 0 obj"),
              let objectEnd = text.range(of: "endobj", range: objectStart.upperBound..<text.endIndex),
              let dictionaryEnd = text.range(of: ">>", options: .backwards, range: objectStart.upperBound..<objectEnd.lowerBound)
        else { throw Failure.unexpectedStructure("no catalog object \(root)") }
        let dictionary = String(text[objectStart.upperBound..<dictionaryEnd.lowerBound])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let literal = language.filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let catalog = "\n\(root) 0 obj\n\(dictionary)\n   /Lang (\(literal))\n   /ViewerPreferences << /DisplayDocTitle true >>\n>>\nendobj\n"
        let objectOffset = data.count + 1
        data.append(Data(catalog.utf8))
        let xrefOffset = data.count
        var update = "xref\n0 1\n0000000000 65535 f \n\(root) 1\n" + String(format: "%010d 00000 n \n", objectOffset)
        update += "trailer\n<< /Size \(size) /Root \(root) 0 R"
        if let info { update += " /Info \(info) 0 R" }
        update += " /Prev \(previousXref) >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        data.append(Data(update.utf8))
        try data.write(to: url)
    }

    private static func firstNumber(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }
}
