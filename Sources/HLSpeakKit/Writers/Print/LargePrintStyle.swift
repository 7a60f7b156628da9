import Foundation

/// The look of a large-print handout: paper, fonts, sizes, spacing and margins, from the
/// large-print guidelines (APH, UKAAF, ACB, RNIB): 18 pt body, bold headings of 22 pt or more,
/// each level at least a fifth bigger than the one below, line spacing 1.3, left aligned, lines
/// no longer than 6 inches, margins of at least 1 inch.
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
    /// The body: Tiresias PCfont, of the RNIB's Tiresias family (I, l and 1 look different), a
    /// lighter weight than LPfont, so the headings stand out against it.
    public var font = "Tiresias PCfont"
    /// Headings: Tiresias LPfont, the family's large-print face, in bold.
    public var headingFont = "Tiresias LPfont"
    public var lineSpacing = 1.25
    public var topMargin = 72.0
    public var bottomMargin = 72.0
    /// How far the running header and the footer sit from the paper's edge: half an inch, inside
    /// what every office printer prints. They stand in the margins, as running heads do in print;
    /// the text keeps its inch on every side.
    public var furnitureMargin = 36.0

    public static let sizes = 16...28

    public init(paper: Paper = .letter, bodySize: Int = 18) throws(PrintError) {
        guard Self.sizes.contains(bodySize) else { throw .sizeOutOfRange(bodySize) }
        self.paper = paper
        self.bodySize = Double(bodySize)
    }

    /// Side margins: at least 1 inch, and wide enough that a line is at most 6 inches.
    public var sideMargin: Double { max(72, (paper.size.width - 432) / 2) }
    public var textWidth: Double { paper.size.width - 2 * sideMargin }

    /// Heading sizes: the smallest (level 3 and below) a fifth bigger than the body and never
    /// under 22 pt, each level above a fifth bigger again (18 pt body: 22, 26.4, 31.7).
    public func headingSize(level: Int) -> Double {
        let smallest = max(22, bodySize * Self.step)
        return smallest * pow(Self.step, Double(max(0, 3 - level)))
    }

    /// Each heading level at least this much bigger than the next (and the smallest than the body).
    public static let step = 1.2
}
