import Foundation

/// The SHA-256 of some bytes, worked out the first time it is asked for and then kept. Language
/// data is read for every request but fingerprinted only by a build, so what was read is kept
/// here and hashed only when a build asks (speaking one section never does).
final class LazyDigest: Hashable, @unchecked Sendable {
    private let lock = NSLock()
    /// The bytes to hash, in order; emptied once hashed.
    private var pieces: [[UInt8]]
    private var digest: String?

    init(_ pieces: [[UInt8]]) {
        self.pieces = pieces
    }

    /// The digest as 64 lower-case hex digits.
    var hexDigest: String {
        lock.withLock {
            if let digest { return digest }
            var hash = SHA256()
            for piece in pieces { hash.update(piece) }
            let made = hash.hexDigest()
            digest = made
            pieces = []
            return made
        }
    }

    static func == (left: LazyDigest, right: LazyDigest) -> Bool {
        left === right || left.hexDigest == right.hexDigest
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hexDigest)
    }
}
