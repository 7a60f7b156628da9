import Foundation
import HLSpeakKit
import HTTPTypes
import Hummingbird

/// Every refusal and failure as a page in plain words: a 404 for what is not there, the
/// workspace's own refusals with their status, and anything else a 500 that names a request id,
/// which the server's log (standard error) holds with the real error — never a stack trace.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WorkspaceError {
            // (Before hlspeak's own errors, which it also is.)
            return HTTPParts.html(Self.page(error.description, status: error.status), status: error.status)
        } catch let error as HTTPError {
            let message = switch error.status {
            case .notFound: WorkspaceError.notFound(request.uri.path).description
            case .contentTooLarge: WorkspaceError.formTooLarge(limit: HTTPParts.formLimit).description
            case .methodNotAllowed: "This address does not take that kind of request. Start again from the library page."
            default: "The request could not be answered (\(error.status.code))."
            }
            return HTTPParts.html(Self.page(message, status: error.status), status: error.status)
        } catch let error as HLSpeakError {
            // hlspeak's own errors (a topic that does not read, a format that cannot be made) say what to fix.
            return HTTPParts.html(Self.page(error.description, status: .unprocessableContent), status: .unprocessableContent)
        } catch {
            let id = Workspace.randomToken().prefix(12)
            FileHandle.standardError.write(Data("hlspeak serve: request \(id) \(request.method) \(request.uri.path): \(error)\n".utf8))
            return HTTPParts.html(Self.page("Something went wrong on the server. Its log has the details under request \(id).",
                                            status: .internalServerError), status: .internalServerError)
        }
    }

    static func page(_ message: String, status: HTTPResponse.Status) -> WorkspacePage {
        WorkspacePage(title: status.reasonPhrase,
                      body: "<h1>\(escape(status.reasonPhrase))</h1>\n<p>\(escape(message))</p>\n<p><a href=\"/\">Back to the library</a></p>\n")
    }
}

/// What every response carries: no framing by other sites, no guessing of types, scripts and
/// media from this workspace only.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src 'self'; media-src 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        return response
    }
}

/// The access token, required when the workspace listens beyond this computer: in an
/// `Authorization: Bearer` header (phone systems fetching prompts), or once as `?token=` (a
/// person opening the address), which sets a cookie and leaves the address bar clean.
struct TokenCheck<Context: RequestContext>: RouterMiddleware {
    let token: String
    static var cookieName: String { "hlspeak-token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let header = request.headers[.authorization], HTTPParts.same(header, "Bearer \(token)") {
            return try await next(request, context)
        }
        if let cookie = HTTPParts.cookie(Self.cookieName, in: request), HTTPParts.same(cookie, token) {
            return try await next(request, context)
        }
        if let given = request.uri.queryParameters["token"].map(String.init), HTTPParts.same(given, token) {
            return HTTPParts.redirect(request.uri.path, cookies: [HTTPParts.setCookie(Self.cookieName, token)])
        }
        throw WorkspaceError.unauthorized
    }
}
