import Foundation
import HLSpeakKit
import Hummingbird

/// What the workspace refuses, with the status a browser gets and words for people.
enum WorkspaceError: HLSpeakError {
    case noTopic(String)
    case noSection(String, topic: String)
    case noChange(String)
    case notFound(String)
    case missingCSRF
    case formTooLarge(limit: Int)
    case badForm(String)
    case tokenRequired(host: String)
    case tokenFile(path: String, reason: String)
    case unauthorized
    case buildRunning

    /// At start-up (a missing token), a usage error.
    var exitCode: Int32 { ExitStatus.usage }

    var status: HTTPResponse.Status {
        switch self {
        case .noTopic, .noSection, .noChange, .notFound: .notFound
        case .buildRunning: .conflict
        case .missingCSRF: .forbidden
        case .formTooLarge: .contentTooLarge
        case .badForm: .badRequest
        case .unauthorized: .unauthorized
        case .tokenRequired, .tokenFile: .internalServerError
        }
    }

    var description: String {
        switch self {
        case .noTopic(let id):
            "There is no topic called '\(id)' in this library. The library page lists every topic."
        case .noSection(let id, let topic):
            "The topic '\(topic)' has no section called '\(id)'. The topic's page lists its sections."
        case .noChange(let id):
            "There is no plain-language change '\(id)' in this topic any more; the page below shows the review as it is now."
        case .notFound(let path):
            "There is nothing at '\(path)'. Start again from the library page."
        case .missingCSRF:
            "This form was not sent by this workspace (its security token is missing or wrong). Open the page again and resend it."
        case .formTooLarge(let limit):
            "The form was too large (more than \(limit / 1024) KB). Send shorter text."
        case .badForm(let reason):
            "The form could not be read: \(reason)."
        case .tokenRequired(let host):
            "listening on \(host) lets other computers in; give a token with --token-file FILE "
                + "(a file holding a secret of at least 16 characters), or leave --host at 127.0.0.1"
        case .tokenFile(let path, let reason):
            "cannot use the token file \(path): \(reason)"
        case .unauthorized:
            "This workspace needs its access token. Open the address the person running it gave you (it ends in ?token=…)."
        case .buildRunning:
            "A build is already running; its progress is below."
        }
    }
}
