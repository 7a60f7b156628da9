/// A time as the clock values of captions and read-along books write it ("00:01:36.123",
/// "0:01:36.123"), built digit by digit: `String(format:)` costs tens of thousands of
/// instructions a call, and a section has a caption every sentence.
enum ClockTime {
    /// `milliseconds` as hours, minutes, seconds and milliseconds, the hours given at least
    /// `hourDigits` digits.
    static func text(milliseconds: Int, hourDigits: Int) -> String {
        let value = max(0, milliseconds)
        return padded(value / 3_600_000, hourDigits) + ":" + padded(value / 60_000 % 60, 2) + ":"
            + padded(value / 1000 % 60, 2) + "." + padded(value % 1000, 3)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
