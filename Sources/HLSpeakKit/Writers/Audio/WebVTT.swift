import Foundation

/// One caption: a sentence and when it is heard.
public struct CaptionCue: Hashable, Sendable {
    public var start: Double
    public var end: Double
    public var text: String

    public init(start: Double, end: Double, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// Writes captions as WebVTT, which web players show and staff can search to find a sentence.
public enum WebVTT {
    public static func document(_ cues: [CaptionCue]) -> String {
        var text = "WEBVTT\n"
        for (index, cue) in cues.enumerated() {
            text += "\n\(index + 1)\n\(timestamp(cue.start)) --> \(timestamp(cue.end))\n\(MarkupEscaping.webVTT(cue.text))\n"
        }
        return text
    }

    /// `HH:MM:SS.mmm`.
    static func timestamp(_ seconds: Double) -> String {
        let milliseconds = Int((max(0, seconds) * 1000).rounded())
        return ClockTime.text(milliseconds: milliseconds, hourDigits: 2)
    }
}
