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

    /// How a text reads with its atoms written out (for change records).
    func display(_ text: String) -> String { runs(text).plainText }
}
