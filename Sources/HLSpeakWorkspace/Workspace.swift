import Foundation
import HLSpeakKit
import HTTPTypes
import Logging
import Hummingbird

/// `hlspeak serve`: a local web app over the library for the people who keep it — the library at
/// a glance, each section as patients get it with its audio, the plain-language review, the phone
/// line, and library builds — on the same export path as the command line.
///
/// It listens on 127.0.0.1 unless told otherwise; any other address needs an access token. Every
/// form carries a CSRF token; every id in a URL is checked before it names a file; content text
/// is escaped everywhere; a server error is logged with a request id and shown without details.
public struct Workspace: Sendable {
    /// How the workspace is reached and where it builds.
    public struct Settings: Sendable {
        public var host: String
        public var port: Int
        /// The access token, required unless `host` is a loopback address.
        public var token: String?
        /// Where a build writes (as `hlspeak build -o`).
        public var buildFolder: URL
        public var workers: Int

        public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, buildFolder: URL,
                    workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.host = host
            self.port = port
            self.token = token
            self.buildFolder = buildFolder
            self.workers = workers
        }
    }


    let settings: Settings
    let library: WorkspaceLibrary
    let builds: BuildRunner
    /// Every form's token: a page of this workspace can read it, a page of any other site cannot.
    let csrf: String

    public init(exporter: Exporter, settings: Settings) throws {
        try Self.check(host: settings.host, token: settings.token)
        self.settings = settings
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("hlspeak-workspace-\(getpid())")
        library = WorkspaceLibrary(exporter: exporter, cache: cache)
        csrf = Self.randomToken()
        builds = BuildRunner {
            LibraryBuild(exporter: exporter, formats: ExportFormat.everyPerSectionFormat,
                         plain: false, output: settings.buildFolder, shard: nil, workers: settings.workers)
        }
    }

    /// Refuses a non-loopback address without a token.
    static func check(host: String, token: String?) throws {
        let loopback = ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
        if !loopback && (token ?? "").isEmpty { throw WorkspaceError.tokenRequired(host: host) }
    }

    /// The token in `file`: its first line, at least 16 characters.
    public static func token(fromFile file: String) throws -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw WorkspaceError.tokenFile(path: file, reason: "it cannot be read")
        }
        let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard token.count >= 16 else { throw WorkspaceError.tokenFile(path: file, reason: "the token must be at least 16 characters") }
        return token
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }

    /// Serves until SIGTERM or SIGINT: requests in flight finish, a running build's workers are
    /// stopped and their half-written files removed.
    public func run(announce: @escaping @Sendable (String) -> Void) async throws {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: ErrorPages())
        router.add(middleware: SecurityHeaders())
        if let token = settings.token { router.add(middleware: TokenCheck(token: token)) }
        Routes(workspace: self).add(to: router)
        let settings = self.settings
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "hlspeak"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                var address = "http://\(settings.host.contains(":") ? "[\(settings.host)]" : settings.host):\(port)/"
                if settings.token != nil { address += "?token=…" }
                announce("hlspeak workspace at \(address)"
                    + (settings.token == nil ? " (this computer only)" : " (open to the network; the access token is required)")
                    + "; Ctrl-C stops it")
            },
            logger: Self.quietLogger())
        try await app.runService()
        WorkerPool.stopRunningWorkers()
        AtomicFile.removeLeftovers()
        try? FileManager.default.removeItem(at: library.cache)
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "hlspeak.workspace")
        logger.logLevel = .warning
        return logger
    }
}
