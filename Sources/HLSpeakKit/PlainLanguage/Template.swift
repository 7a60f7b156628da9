/// A sentence as editable text: every run that is not plain text (a phone number, a link,
/// emphasis, an abbreviation) stands as one private-use character, so rewrites move it whole and
/// never change it.
struct Template {
    var text: String
    var atoms: [Inline]

    static let base: UInt32 = 0xE000

    init(_ runs: [Inline]) {
        var text = ""
        var atoms: [Inline] = []
        for run in runs {
            if case .text(let plain) = run {
                text += plain
            } else {
                text.unicodeScalars.append(Unicode.Scalar(Self.base + UInt32(atoms.count))!)
                atoms.append(run)
            }
        }
        self.text = text
        self.atoms = atoms
    }

    static func isPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        (base..<base + 0x1000).contains(scalar.value)
    }

    /// `text` (this template's text after rewriting) as runs again.
    func runs(_ text: String) -> [Inline] {
        var runs: [Inline] = []
        var plain = ""
        for scalar in text.unicodeScalars {
            if Self.isPlaceholder(scalar), atoms.indices.contains(Int(scalar.value - Self.base)) {
                runs.append(.text(plain))
                plain = ""
                runs.append(atoms[Int(scalar.value - Self.base)])
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        runs.append(.text(plain))
        return runs.mergingText()
    }

    /// A hand-written sentence as runs: wherever an atom's words (a phone number, a link's text)
    /// appear in it word for word, the atom itself, so its link or its reading stays.
    func runs(handWritten text: String) -> [Inline] {
        var text = text
        for (index, atom) in atoms.enumerated() {
            let words = [atom].plainText
            guard !words.isEmpty, let range = text.range(of: words) else { continue }
            text.replaceSubrange(range, with: String(Unicode.Scalar(Self.base + UInt32(index))!))
        }
        return runs(text)
    }

    /// The words of every atom (phone numbers, links, emphasis), as a reader sees them.
    var atomTexts: [String] { atoms.map { [$0].plainText }.filter { !$0.isEmpty } }

    /// How a text reads with its atoms written out (for change records).
    func display(_ text: String) -> String { runs(text).plainText }
}
