import Foundation

/// Turns a heading into the id-like name used in file names and `--section`: "Coping With Grief"
/// becomes `coping-with-grief`.
public enum Slug {
    public static func make(_ text: String) -> String {
        // ASCII has no accents to fold, and the slug is lower-cased below: Foundation's folding
        // (~0.5 M instructions the first time) only for other text.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" {
                pendingDash = true
            }
        }
        return slug.lowercased()
    }

    /// True when `text` can stand as a section or topic id: lower-case letters, digits and dashes.
    public static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}
