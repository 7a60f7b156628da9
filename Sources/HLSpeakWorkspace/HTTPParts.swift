import Foundation
import HLSpeakKit
import HTTPTypes
import Hummingbird

/// The small pieces of HTTP the workspace needs: forms, cookies, HTML and file responses with
/// `Range` and `ETag`, and running blocking work off the server's threads.
enum HTTPParts {
    /// The largest form accepted (a rewritten sentence is short).
    static let formLimit = 64 * 1024

    /// A URL-encoded form body, at most `formLimit` bytes.
    static func form(_ request: Request) async throws -> [String: String] {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: formLimit)
        } catch {
            throw WorkspaceError.formTooLarge(limit: formLimit)
        }
        return fields(String(buffer: buffer))
    }

    /// `a=1&b=two+words` as a dictionary (the first of a repeated name wins).
    static func fields(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            if result[name] == nil { result[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }

    /// Compares secrets in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The value of cookie `name`.
    static func cookie(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == name { return String(pair[1]).removingPercentEncoding }
            }
        }
        return nil
    }

    static func setCookie(_ name: String, _ value: String) -> String {
        "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""); Path=/; HttpOnly; SameSite=Strict"
    }

    static func html(_ page: WorkspacePage, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: page.html)))
    }

    static func redirect(_ location: String, cookies: [String] = []) -> Response {
        var headers: HTTPFields = [.location: location]
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// A file with its type, `ETag` from its fingerprint, and one byte range when asked.
    static func file(_ url: URL, type: String, etag: String, request: Request, download: String? = nil) throws -> Response {
        var headers: HTTPFields = [.contentType: type, .eTag: "\"\(etag)\"", .acceptRanges: "bytes", .cacheControl: "no-cache"]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        if let match = request.headers[.ifNoneMatch], match.split(separator: ",").contains(where: {
            $0.trimmingCharacters(in: .whitespaces) == "\"\(etag)\"" || $0.trimmingCharacters(in: .whitespaces) == "*"
        }) {
            return Response(status: .notModified, headers: headers)
        }
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        guard let header = request.headers[.range] else {
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        guard let range = byteRange(header, size: data.count) else {
            headers[.contentRange] = "bytes */\(data.count)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
        headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(data.count)"
        return Response(status: .partialContent, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data[range])))
    }

    /// One range of `bytes=…` ("0-99", "100-", "-500"), clamped to the file; nil when it cannot be met.
    static func byteRange(_ header: String, size: Int) -> Range<Int>? {
        guard header.hasPrefix("bytes="), !header.contains(","), size > 0 else { return nil }
        let spec = header.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard spec.count == 2 else { return nil }
        if spec[0].isEmpty {
            guard let suffix = Int(spec[1]), suffix > 0 else { return nil }
            return max(0, size - suffix)..<size
        }
        guard let start = Int(spec[0]), start < size else { return nil }
        let end = spec[1].isEmpty ? size - 1 : min(size - 1, Int(spec[1]) ?? -1)
        guard end >= start else { return nil }
        return start..<(end + 1)
    }

    /// Runs `work` on its own thread: making a file can take seconds, and the server's threads
    /// must keep answering.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}
