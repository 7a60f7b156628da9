import Foundation

/// What a running build says about its progress: on a terminal, a bar with the outputs done, the
/// hours of audio made, the rate and the time left, redrawn in place; elsewhere one line per
/// finished output.
public struct BuildProgress: Sendable {
    public let onTerminal: Bool
    private let start = Date()

    public init(onTerminal: Bool) { self.onTerminal = onTerminal }

    /// The text to show after `result`, the `done`-th of `total`.
    /// `audioSeconds`: the audio made so far.
    public func line(for result: ExportResult, done: Int, total: Int, audioSeconds: Double = 0) -> String {
        guard onTerminal else {
            return "\(result.error == nil ? "built" : "FAILED") \(result.key) (\(done)/\(total))"
        }
        let elapsed = Date().timeIntervalSince(start)
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
        return String(format: "\r[%@] %d/%d  %.2f h audio  %.1f/s  %d:%02d left ", bar, done, total, audioSeconds / 3600, rate,
                      Int(left) / 60, Int(left) % 60)
    }
}
