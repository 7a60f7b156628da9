import Foundation
import HLSpeakKit
import HLSpeakWorkspace

/// The staff workspace's server, started by `hlspeak serve` (which checks the options and says
/// how to use them) with the settings as `--name value` pairs: host, port, token-file, output,
/// jobs, content, voices, worker (this library's `hlspeak` for build workers).
func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("hlspeak: error: \(message)\n".utf8))
    exit(status)
}

do {
    let languages = try LanguageLibrary()
    let content = try ContentLibrary(directory: URL(fileURLWithPath: option("content") ?? "Content"), languages: languages)
    let voicesFolder = option("voices") ?? "Voices"
    let exporter = Exporter(content: content, voices: try? VoiceLibrary(directory: URL(fileURLWithPath: voicesFolder), languages: languages),
                            voicesFolder: voicesFolder)
    if let worker = option("worker") { exporter.useWorkers(URL(fileURLWithPath: worker)) }
    let settings = Workspace.Settings(
        host: option("host") ?? "127.0.0.1", port: Int(option("port") ?? "") ?? 8080,
        token: try option("token-file").map { try Workspace.token(fromFile: $0) },
        buildFolder: URL(fileURLWithPath: option("output") ?? Exporter.standardOutput, isDirectory: true),
        workers: Int(option("jobs") ?? "") ?? ProcessInfo.processInfo.activeProcessorCount)
    let workspace = try Workspace(exporter: exporter, settings: settings)
    try await workspace.run { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
} catch let error as any HLSpeakError {
    fail(error.description, status: error.exitCode)
} catch {
    fail("the workspace stopped: \(error)", status: ExitStatus.software)
}
