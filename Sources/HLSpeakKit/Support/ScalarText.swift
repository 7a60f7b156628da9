/// A text's Unicode scalars in an array, for scanners that look back and ahead by position, that
/// hands a stretch of them back as a `String` by copying its UTF-8 bytes: building the string a
/// scalar at a time (`String.UnicodeScalarView.append(contentsOf:)`) cost ~40 instructions a
/// scalar, and the sentence splitter and the tokeniser cut every paragraph this way.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// Where each scalar starts in `utf8`, then where the last one ends.
    private let starts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var starts: [Int] = []
        starts.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            starts.append(offset)
            offset += UTF8.width(scalar)
        }
        starts.append(offset)
        self.starts = starts
    }

    /// The scalars `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self)
    }

    func string(_ range: ClosedRange<Int>) -> String { string(range.lowerBound..<(range.upperBound + 1)) }

    func string(from start: Int) -> String { string(start..<scalars.count) }
}
