/// The look of a large-print handout: paper, font, sizes, spacing and margins, from the
/// large-print guidelines (APH, UKAAF, ACB): 18 pt body, bold headings of 22 pt or more, line
/// spacing 1.3, left aligned, lines no longer than 6 inches, margins of at least 1 inch.
public struct LargePrintStyle: Hashable, Sendable {
    public enum Paper: String, Hashable, Codable, Sendable, CaseIterable {
        case letter, a4

        /// Width and height in points.
        public var size: (width: Double, height: Double) {
            switch self {
            case .letter: (612, 792)
            case .a4: (595.28, 841.89)
            }
        }
    }

    public var paper: Paper
    public var bodySize: Double
    /// Tiresias LPfont: designed by the RNIB for large print; I, l and 1 look different.
    public var font = "Tiresias LPfont"
    public var lineSpacing = 1.3
    public var topMargin = 72.0
    public var bottomMargin = 72.0

    public static let sizes = 16...28

    public init(paper: Paper = .letter, bodySize: Int = 18) throws(PrintError) {
        guard Self.sizes.contains(bodySize) else { throw .sizeOutOfRange(bodySize) }
        self.paper = paper
        self.bodySize = Double(bodySize)
    }

    /// Side margins: at least 1 inch, and wide enough that a line is at most 6 inches.
    public var sideMargin: Double { max(72, (paper.size.width - 432) / 2) }
    public var textWidth: Double { paper.size.width - 2 * sideMargin }

    /// Heading sizes: level 1 half again the body, the rest a quarter more, never under 22 pt.
    public func headingSize(level: Int) -> Double {
        max(22, level == 1 ? bodySize * 1.5 : bodySize * (level == 2 ? 1.3 : 1.2))
    }
}
