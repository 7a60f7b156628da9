import Foundation
import HLSpeakKit
import HTTPTypes
import Hummingbird

/// Every address of the workspace and what it answers.
///
///     GET  /                                   the library (?filter=problems|review)
///     GET  /topics/T                           a topic's sections and problems
///     GET  /topics/T/S                         a section as patients get it (?plain=1)
///     GET  /topics/T/review                    the plain-language review
///     POST /topics/T/review                    accept, reject, rewrite, sign off
///     GET  /topics/T/phone-line                the phone line (?codec=)
///     GET  /topics/T/phone-line.zip            its files, zipped (?codec=)
///     GET  /topics/T/phone-line/files/NAME     one of its files (?codec=)
///     GET  /files/T/S/FORMAT                   a section in any format, as a download (?plain=1)
///     GET  /audio/T/S/KIND                     audio by URL: wav, mp3, phone (?codec=, ?voice=, ?plain=1), and KIND.vtt
///     GET  /build, POST /build                 build the library; GET /build/events streams progress
struct Routes {
    var workspace: Workspace

    var library: WorkspaceLibrary { workspace.library }
    var pages: LibraryPages { LibraryPages(library: library, buildFolder: workspace.settings.buildFolder) }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in
            let filter = request.uri.queryParameters["filter"].flatMap { LibraryPages.Filter(rawValue: String($0)) } ?? .all
            let pages = self.pages
            return HTTPParts.html(try await HTTPParts.blocking {
                try pages.library.page("library-\(filter.rawValue)-\(pages.lastBuild(of: ""))", topics: nil) {
                    pages.libraryPage(filter: filter)
                }
            })
        }
        router.get("/topics/:topic") { _, context in
            let topic = try context.parameters.require("topic")
            let pages = self.pages
            return HTTPParts.html(try await HTTPParts.blocking {
                try pages.library.page("topic-\(topic)", topics: [topic]) { try pages.topicPage(topic) }
            })
        }
        router.get("/topics/:topic/review") { request, context in
            let topic = try context.parameters.require("topic")
            let page = ReviewPage(library: library, csrf: workspace.csrf)
            let reviewer = HTTPParts.cookie("hlspeak-reviewer", in: request) ?? ""
            return HTTPParts.html(try await HTTPParts.blocking { try page.page(topic, reviewer: reviewer) })
        }
        router.post("/topics/:topic/review") { request, context in
            try await review(request, topic: try context.parameters.require("topic"))
        }
        router.get("/topics/:topic/phone-line") { request, context in
            let topic = try context.parameters.require("topic")
            let codec = try Self.codec(request) ?? .ulaw
            let page = PhoneLinePage(library: library)
            return HTTPParts.html(try await HTTPParts.blocking { try page.page(topic, codec: codec) })
        }
        router.get("/topics/:topic/phone-line.zip") { request, context in
            let topic = try context.parameters.require("topic")
            let codec = try Self.codec(request) ?? .ulaw
            let page = PhoneLinePage(library: library)
            let file = library.cache.appendingPathComponent("phone-line-\(topic)-\(codec.rawValue)-\(Workspace.randomToken()).zip")
            try await HTTPParts.blocking {
                try FileManager.default.createDirectory(at: library.cache, withIntermediateDirectories: true)
                try page.zip(topic, codec: codec, to: file)
            }
            defer { try? FileManager.default.removeItem(at: file) }
            let etag = PlainReviewEditor.version(of: file)
            return try HTTPParts.file(file, type: "application/zip", etag: etag, request: request,
                                      download: "\(topic)-phone-line-\(codec.rawValue).zip")
        }
        router.get("/topics/:topic/phone-line/files/:name") { request, context in
            let topic = try context.parameters.require("topic")
            let name = try context.parameters.require("name")
            let codec = try Self.codec(request) ?? .ulaw
            let page = PhoneLinePage(library: library)
            let file = try await HTTPParts.blocking { try page.file(topic, name: name, codec: codec) }
            return try HTTPParts.file(file, type: Self.mediaType(of: file.lastPathComponent, codec: codec),
                                      etag: PlainReviewEditor.version(of: file), request: request)
        }
        router.get("/topics/:topic/:section") { request, context in
            let topic = try context.parameters.require("topic")
            let section = try context.parameters.require("section")
            let plain = request.uri.queryParameters["plain"] == "1"
            let pages = self.pages
            return HTTPParts.html(try await HTTPParts.blocking {
                try pages.library.page("section-\(topic)-\(section)-\(plain)", topics: [topic]) {
                    try pages.sectionPage(topic, section, plain: plain)
                }
            })
        }
        router.get("/files/:topic/:section/:format") { request, context in
            let (topic, section) = try Self.ids(context)
            let name = try context.parameters.require("format")
            guard let format = ExportFormat(rawValue: name), format.writerMakesSections else { throw WorkspaceError.notFound(name) }
            let request2 = ExportRequest(topic: topic, sections: [section], format: format, plain: Self.plain(request))
            let (file, fingerprint) = try await make(request2)
            return try HTTPParts.file(file, type: Self.mediaType(of: file.lastPathComponent, codec: nil), etag: fingerprint,
                                      request: request, download: file.lastPathComponent)
        }
        router.get("/audio/:topic/:section/:kind") { request, context in
            try await audio(request, context: context)
        }
        router.get("/build") { _, _ in
            HTTPParts.html(workspace.builds.page(csrf: workspace.csrf))
        }
        router.post("/build") { request, _ in
            let form = try await HTTPParts.form(request)
            try checkCSRF(form)
            do {
                try workspace.builds.start()
            } catch let error as WorkspaceError {
                return HTTPParts.html(workspace.builds.page(csrf: workspace.csrf, notice: error.description), status: .conflict)
            }
            return HTTPParts.redirect("/build")
        }
        router.get("/build/events") { _, _ in
            let builds = workspace.builds
            let body = ResponseBody { writer in
                var sent = -1
                // At most an hour; a browser reconnects by itself.
                for _ in 0..<12_000 {
                    let state = builds.current
                    if state.serial != sent {
                        try await writer.write(ByteBuffer(string: builds.event(state)))
                        sent = state.serial
                        if !state.running && state.finished != nil { break }
                    }
                    try await Task.sleep(for: .milliseconds(300))
                }
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
        }
    }

    // MARK: Handlers

    private func checkCSRF(_ form: [String: String]) throws {
        guard let given = form["csrf"], HTTPParts.same(given, workspace.csrf) else { throw WorkspaceError.missingCSRF }
    }

    private func review(_ request: Request, topic topicID: String) async throws -> Response {
        let form = try await HTTPParts.form(request)
        try checkCSRF(form)
        let topic = try library.topic(topicID)
        let by = (form["by"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let reviewerCookie = HTTPParts.setCookie("hlspeak-reviewer", by)
        let back = path("topics", topicID, "review")
        let page = ReviewPage(library: library, csrf: workspace.csrf)
        func show(_ message: String, status: HTTPResponse.Status, conflict: Bool) async throws -> Response {
            let reviewer = by
            return HTTPParts.html(try await HTTPParts.blocking { try page.page(topicID, reviewer: reviewer, notice: message, conflict: conflict) },
                                  status: status)
        }
        let action = form["action"] ?? ""
        if action == "reviewer" { return HTTPParts.redirect(back, cookies: [reviewerCookie]) }
        guard !by.isEmpty else {
            return try await show("Write your name and role first (it is recorded with every decision), then decide again.",
                                  status: .badRequest, conflict: true)
        }
        let change = form["change"] ?? ""
        let decision: ReviewDecision
        switch action {
        case "accept": decision = .accept(change)
        case "reject": decision = .reject(change)
        case "rewrite": decision = .rewrite(change, text: form["text"] ?? "")
        case "signoff": decision = .signOff(form["section"].flatMap { $0.isEmpty ? nil : $0 })
        default: throw WorkspaceError.badForm("it asks for '\(action)', which is not accept, reject, rewrite or sign off")
        }
        let version = form["version"] ?? ""
        let library = self.library
        do {
            try await HTTPParts.blocking { try library.decide(decision, topic: topic, version: version, by: by) }
        } catch let error as PlainReviewError {
            // Another person's decision came first (409), or this one cannot be taken (422): the
            // review as it now is, with why.
            if case .changedMeanwhile = error { return try await show(error.description, status: .conflict, conflict: true) }
            return try await show(error.description, status: .unprocessableContent, conflict: true)
        }
        let anchor = change.isEmpty ? "" : (try? library.review(of: topic)).flatMap { review in
            (try? review.editor.changes(named: [change]).first).map { "#change-\(review.editor.number(of: $0))" }
        } ?? ""
        return HTTPParts.redirect(back + anchor, cookies: [reviewerCookie])
    }

    /// Audio for web players and phone platforms: the section's WAV, MP3 or phone audio (or its
    /// captions), made once per fingerprint.
    private func audio(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (topic, section) = try Self.ids(context)
        var kind = try context.parameters.require("kind")
        let captions = kind.hasSuffix(".vtt")
        if captions { kind.removeLast(4) }
        let format: ExportFormat = switch kind {
        case "wav": .wav
        case "mp3": .mp3
        case "phone": .phone
        default: throw WorkspaceError.notFound(kind)
        }
        let voice = request.uri.queryParameters["voice"].map(String.init)
        if let voice, !WorkspaceLibrary.isSafeName(voice) { throw WorkspaceError.notFound(voice) }
        let codec = try Self.codec(request)
        let made = ExportRequest(topic: topic, sections: [section], format: format, voice: voice,
                                 codec: format == .phone ? codec : nil, plain: Self.plain(request))
        let (file, fingerprint) = try await make(made)
        if captions {
            return try HTTPParts.file(OutputName.captions(of: file), type: "text/vtt; charset=utf-8", etag: fingerprint + "-vtt",
                                      request: request)
        }
        return try HTTPParts.file(file, type: Self.mediaType(of: file.lastPathComponent, codec: codec), etag: fingerprint,
                                  request: request)
    }

    private func make(_ request: ExportRequest) async throws -> (URL, String) {
        _ = try library.section(request.sections.first ?? "", of: try library.topic(request.topic))
        let library = self.library
        return try await HTTPParts.blocking { try library.file(for: request) }
    }

    // MARK: Reading the address

    static func ids(_ context: BasicRequestContext) throws -> (String, String) {
        let topic = try context.parameters.require("topic")
        let section = try context.parameters.require("section")
        guard WorkspaceLibrary.isSafeName(topic) else { throw WorkspaceError.noTopic(topic) }
        guard WorkspaceLibrary.isSafeName(section) else { throw WorkspaceError.noSection(section, topic: topic) }
        return (topic, section)
    }

    static func plain(_ request: Request) -> Bool { request.uri.queryParameters["plain"] == "1" }

    static func codec(_ request: Request) throws -> PhoneCodec? {
        guard let name = request.uri.queryParameters["codec"] else { return nil }
        guard let codec = PhoneCodec(rawValue: String(name)) else {
            throw WorkspaceError.badForm("there is no codec '\(name)'; use ulaw, alaw, pcm, ulaw-raw, alaw-raw or sln")
        }
        return codec
    }

    /// The Content-Type of a made file, by its name.
    static func mediaType(of name: String, codec: PhoneCodec?) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "wav": "audio/wav"
        case "mp3": "audio/mpeg"
        case "ulaw": "audio/basic"
        case "alaw": "audio/x-alaw-basic"
        case "sln": "audio/L16;rate=8000"
        case "vtt": "text/vtt; charset=utf-8"
        case "pdf": "application/pdf"
        case "html": "text/html; charset=utf-8"
        case "txt", "brf": "text/plain; charset=utf-8"
        case "pef": "application/x-pef+xml"
        case "epub": "application/epub+zip"
        case "json": "application/json"
        case "conf": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

extension ExportFormat {
    /// A format one section can be downloaded in (not the phone line, which is a folder).
    var writerMakesSections: Bool { self != .phoneLine }
}
