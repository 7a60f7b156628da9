import Foundation

/// The formats a library build writes.
public enum ExportFormat: String, Codable, Hashable, Sendable, CaseIterable {
    case wav, phone, mp3
    case largePrint = "large-print"
    case largePrintText = "large-print-text"
    case html, text, brf, pef

    public var isAudio: Bool { [.wav, .phone, .mp3].contains(self) }

    /// Formats that also have one file for the whole topic.
    public var hasTopicFile: Bool { [.largePrint, .largePrintText, .html, .text].contains(self) }

    /// The file name's ending after the section id: `-phone.wav`, `.pdf`, `-large-print.txt`…
    public func fileEnding(audio: AudioFormat?) -> String {
        switch self {
        case .wav, .mp3: ".\(audio?.fileExtension ?? rawValue)"
        case .phone: "-phone.\(audio?.fileExtension ?? "wav")"
        case .largePrint: ".pdf"
        case .largePrintText: "-large-print.txt"
        case .html: ".html"
        case .text: ".txt"
        case .brf: ".brf"
        case .pef: ".pef"
        }
    }
}

/// How outputs are made, beyond the format: part of every output's fingerprint.
public struct ExportOptions: Codable, Hashable, Sendable {
    public var plain = false
    public var size = 18
    public var paper = LargePrintStyle.Paper.letter.rawValue
    public var brailleGrade = 2
    public var cells = 40
    public var lines = 25

    public init(plain: Bool = false) { self.plain = plain }
}

/// One output to make: a section (or, for `section == nil`, the whole topic) in one format.
public struct ExportJob: Codable, Hashable, Sendable, Comparable {
    public var topic: String
    public var section: String?
    public var format: ExportFormat

    public init(topic: String, section: String?, format: ExportFormat) {
        self.topic = topic
        self.section = section
        self.format = format
    }

    /// "miscarriage/coping/wav", or "miscarriage/*/html" for the topic file.
    public var key: String { "\(topic)/\(section ?? "*")/\(format.rawValue)" }

    public static func < (lhs: ExportJob, rhs: ExportJob) -> Bool { lhs.key < rhs.key }
}

/// What making one output gave: its files (relative to the output folder), size, audio length and
/// fingerprint, or why it failed.
public struct ExportResult: Codable, Hashable, Sendable {
    public var job: ExportJob
    public var files: [String]
    public var bytes: Int
    public var seconds: Double?
    public var hash: String
    public var error: String?
    public var warnings: [String]

    public init(job: ExportJob, files: [String] = [], bytes: Int = 0, seconds: Double? = nil, hash: String,
                error: String? = nil, warnings: [String] = []) {
        self.job = job
        self.files = files
        self.bytes = bytes
        self.seconds = seconds
        self.hash = hash
        self.error = error
        self.warnings = warnings
    }
}
