import Foundation

/// Why a choice of outputs cannot be made, in words for clinic staff.
public enum ExportError: HLSpeakError, Equatable {
    case unknownFormat(String)
    case codecNeedsPhone(PhoneCodec, format: ExportFormat)
    case audioNeedsOneSection(format: ExportFormat, sections: Int)
    case topicOnly(format: ExportFormat)
    case brailleGrade(Int)
    case notSpoken(format: ExportFormat)
    /// `-o` names one file, but the choice makes several outputs.
    case oneFileForSeveral(path: String, count: Int)
    /// `-o` names a file whose extension says another format.
    case wrongExtension(path: String, format: ExportFormat, expected: String)
    /// `-o` points into the content or voices folder.
    case outputInsideLibrary(path: String, folder: String)
    /// `-o` names a device, pipe or socket.
    case specialOutput(path: String)
    /// `-o` names a folder that holds another topic's outputs.
    case folderHoldsAnotherTopic(folder: String, holder: String, topic: String)
    /// An output made in a worker process failed there; the message and status are its own.
    case failedElsewhere(String, status: Int32)
    /// Several outputs of one command failed: each reason with the outputs it stopped, how many
    /// outputs in all; the status is the first failure's.
    case severalFailed([String], outputs: Int, status: Int32)

    public var description: String {
        switch self {
        case .unknownFormat(let name):
            "unknown format '\(name)'; formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .codecNeedsPhone(let codec, let format):
            "--codec \(codec.rawValue) is a telephone codec, but the format is \(format); use it with --format phone, or drop it"
        case .audioNeedsOneSection(let format, let sections):
            sections == 0
                ? "\(format) audio is made one section at a time; name a section with -s, or give -o a folder for every section"
                : "\(format) audio for \(sections) sections cannot go into one file; give -o a folder (each section gets its own file)"
        case .topicOnly(let format):
            "a \(format) is made for a whole topic; drop -s"
        case .brailleGrade(let grade):
            "--braille-grade \(grade) is not 1 (uncontracted) or 2 (contracted)"
        case .notSpoken(let format):
            "--script shows what is spoken, but \(format) is not an audio format; drop --script or choose an audio format"
        case .oneFileForSeveral(let path, let count):
            "-o \(path) names one file, but this makes \(count) outputs; give -o a folder (for example -o \(withoutExtension(path))/)"
        case .wrongExtension(let path, let format, let expected):
            "-o \(path): \(format) files end in '.\(expected)'; name the file \(withoutExtension(path)).\(expected)"
        case .outputInsideLibrary(let path, let folder):
            "-o \(path) is inside the \(folder) folder, which holds the library's own files; write somewhere else, such as out/"
        case .specialOutput(let path):
            "-o \(path) is not an ordinary file or folder (a device, a pipe or a socket); name a file or folder to write"
        case .folderHoldsAnotherTopic(let folder, let holder, let topic):
            "\(folder)/ holds the files made for '\(holder)'; writing '\(topic)' there would replace some of them "
                + "(its credits, and any section with the same name). Write it to a folder of its own, for example -o "
                + "\(FilePaths.display(URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent(topic)))/. "
                + "If the files there are no longer needed, delete the folder first."
        case .failedElsewhere(let message, _):
            message
        case .severalFailed(let reasons, let outputs, _):
            "\(outputs) outputs failed; the others were made:\n" + reasons.map { "  - " + $0 }.joined(separator: "\n")
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .failedElsewhere(_, let status), .severalFailed(_, _, let status): status
        default: ExitStatus.usage
        }
    }
}

/// A path's text without its extension, for suggestions in messages.
private func withoutExtension(_ path: String) -> String {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
    return String(path[..<dot])
}
