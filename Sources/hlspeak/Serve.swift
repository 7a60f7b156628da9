import ArgumentParser
import Foundation
import HLSpeakKit

/// `hlspeak serve`: the staff workspace, a local web app over the same library.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
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
    var output: String = Exporter.standardOutput

    @Option(name: .long, help: "Worker processes for builds (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
    }

    func run() throws {
        try reportingErrors {
            // The server is its own program beside this one (hlspeak-serve), so the web stack
            // does not slow every other command's start.
            let server = LibraryOptions.executable.deletingLastPathComponent().appendingPathComponent("hlspeak-serve")
            guard FileManager.default.isExecutableFile(atPath: server.path) else {
                printError("error: the workspace server \(server.path) is missing; build it with "
                    + "'swift build --product hlspeak-serve' or install hlspeak again ('make install')")
                throw ExitCode(ExitStatus.software)
            }
            var arguments = [server.path, "--host", host, "--port", String(port), "--output", output, "--jobs", String(jobs),
                             "--content", library.contentFolder.path, "--voices", library.voicesFolder.path,
                             "--worker", LibraryOptions.executable.path]
            if let tokenFile { arguments += ["--token-file", tokenFile] }
            let argv = arguments.map { strdup($0) } + [nil]
            execv(server.path, argv)
            printError("error: could not start \(server.path): \(String(cString: strerror(errno)))")
            throw ExitCode(ExitStatus.software)
        }
    }
}
