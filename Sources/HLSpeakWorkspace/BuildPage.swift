import Foundation
import HLSpeakKit

/// A library build started from the workspace: the same `LibraryBuild` as `hlspeak build`, run
/// on its own thread (worker processes do the work), one at a time; its progress is kept for the
/// build page and its event stream.
final class BuildRunner: @unchecked Sendable {
    struct State: Sendable {
        var running = false
        var done = 0
        var total = 0
        /// The last lines of progress, newest last.
        var lines: [String] = []
        var failures: [String] = []
        var finished: String?
        /// Counts every change, so the event stream knows when to send.
        var serial = 0
    }

    private let lock = NSLock()
    private var state = State()
    let makeBuild: @Sendable () throws -> LibraryBuild

    init(makeBuild: @escaping @Sendable () throws -> LibraryBuild) { self.makeBuild = makeBuild }

    var current: State { lock.withLock { state } }

    /// Starts a build unless one is running.
    func start() throws {
        try lock.withLock {
            guard !state.running else { throw WorkspaceError.buildRunning }
            state = State(running: true, serial: state.serial + 1)
        }
        let build = try makeBuild()
        Thread.detachNewThread { [self] in
            let progress = BuildProgress(onTerminal: false)
            do {
                let summary = try build.run { result, done, total in
                    self.update { state in
                        state.done = done
                        state.total = total
                        state.lines = Array((state.lines + [progress.line(for: result, done: done, total: total)]).suffix(200))
                        if let error = result.error { state.failures.append("\(result.key): \(error)") }
                    }
                }
                self.update { state in
                    state.running = false
                    state.finished = (["Finished: \(summary.built) made, \(summary.skipped) unchanged, \(summary.failed.count) failed."]
                        + summary.warnings.map { "Note: \($0)." }).joined(separator: " ")
                }
            } catch {
                self.update { state in
                    state.running = false
                    state.finished = "The build stopped: \(error)"
                }
            }
        }
    }

    private func update(_ change: (inout State) -> Void) {
        lock.withLock {
            change(&state)
            state.serial += 1
        }
    }

    /// The build page: start button (a form), progress, results; with script, live progress from
    /// the event stream.
    func page(csrf: String, notice: String? = nil) -> WorkspacePage {
        let state = current
        var body = "<h1>Build the library</h1>\n"
        if let notice { body += "<div class=\"notice\" role=\"status\"><p>\(escape(notice))</p></div>\n" }
        body += """
        <p>Makes every topic in every format into the build folder, remaking only what changed (as
        <code>hlspeak build</code> does).</p>
        <form method="post" action="/build">
        <input type="hidden" name="csrf" value="\(escape(csrf))">
        <button type="submit"\(state.running ? " disabled" : "")>Start a build</button>
        </form>
        <h2>Progress</h2>
        <p id="status" role="status">\(escape(status(state)))</p>
        <progress id="progress" max="\(max(1, state.total))" value="\(state.done)" aria-labelledby="status">\(state.done) of \(state.total)</progress>
        <p><a href="/build">Refresh this page</a> to see the latest progress.</p>
        <h2>Failures</h2>
        <ul id="failures">
        \(state.failures.isEmpty ? "<li>None.</li>" : state.failures.map { "<li>\(escape($0))</li>" }.joined(separator: "\n"))
        </ul>
        <h2>Latest outputs</h2>
        <pre id="log">\(escape(state.lines.suffix(20).joined(separator: "\n")))</pre>

        """
        return WorkspacePage(title: "Build", body: body, script: Self.script)
    }

    func status(_ state: State) -> String {
        if state.running { return "Building: \(state.done) of \(state.total) outputs done." }
        return state.finished ?? "No build has run since the workspace started."
    }

    /// One server-sent event with the state, as JSON.
    func event(_ state: State) -> String {
        let payload: [String: Any] = ["running": state.running, "done": state.done, "total": state.total,
                                      "status": status(state), "failures": state.failures, "log": state.lines.suffix(20).joined(separator: "\n")]
        let data = (try? JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "event: progress\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }

    /// Live progress: the page listens to /build/events and updates itself (without script it
    /// still works, with the refresh link).
    static let script = """

    (function () {
      if (!window.EventSource) return;
      var source = new EventSource('/build/events');
      source.addEventListener('progress', function (message) {
        var state = JSON.parse(message.data);
        document.getElementById('status').textContent = state.status;
        var progress = document.getElementById('progress');
        progress.max = Math.max(1, state.total); progress.value = state.done;
        var list = document.getElementById('failures');
        list.innerHTML = '';
        (state.failures.length ? state.failures : ['None.']).forEach(function (text) {
          var item = document.createElement('li'); item.textContent = text; list.appendChild(item);
        });
        document.getElementById('log').textContent = state.log;
        var button = document.querySelector('form[action="/build"] button');
        if (button) button.disabled = state.running;
      });
    })();

    """
}
