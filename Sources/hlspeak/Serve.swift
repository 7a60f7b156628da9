import ArgumentParser
import Foundation
import HLSpeakKit
import HLSpeakWorkspace

/// `hlspeak serve`: the staff workspace, a local web app over the same library.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the staff workspace: the library, sections with their audio, review, phone lines and builds in a web browser.",
        discussion: """
            Listens on 127.0.0.1 (this computer only) unless --host says otherwise; any other \
            address needs --token-file, a file holding a secret of at least 16 characters, and \
            people open the address with ?token=SECRET once. Ctrl-C (or SIGTERM) stops it after \
            the requests in flight.

            Examples:
              hlspeak serve
              hlspeak serve --port 9000
              hlspeak serve --host 0.0.0.0 --token-file /etc/hlspeak/token
            """)

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("A file holding the access token (required for any address but 127.0.0.1).", valueName: "file"))
    var tokenFile: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Where builds started from the workspace write.", valueName: "dir"))
    var output: String = "out"

    @Option(name: .long, help: "Worker processes for builds (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
    }

    func run() throws {
        try reportingErrors {
            let command = library.workerCommand
            let settings = Workspace.Settings(
                host: host, port: port, token: try tokenFile.map { try Workspace.token(fromFile: $0) },
                buildFolder: URL(fileURLWithPath: output, isDirectory: true), workers: jobs,
                workerCommand: Workspace.WorkerCommand(executable: command.executable, arguments: command.arguments))
            let workspace = try Workspace(exporter: try library.exporter(plain: false), settings: settings)
            let finished = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await workspace.run { line in
                        FileHandle.standardOutput.write(Data((line + "\n").utf8))
                    }
                } catch {
                    failure.error = error
                }
                finished.signal()
            }
            finished.wait()
            if let error = failure.error {
                printError("the workspace stopped: \(error)")
                throw ExitCode(ExitStatus.software)
            }
        }
    }
}

/// The error a serving task ended with.
private final class FailureBox: @unchecked Sendable {
    var error: (any Error)?
}
