import Foundation
import Testing
@testable import HLSpeakKit

/// The build cache names outputs by SHA-256 fingerprints: the digests must be the standard's,
/// however the bytes arrive.
@Suite struct SHA256Tests {
    private func digest(_ parts: [String]) -> String {
        var hash = SHA256()
        for part in parts { hash.update(part) }
        return hash.hexDigest()
    }

    @Test func matchesTheStandardsExamples() {
        #expect(digest([""]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest(["abc"]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest(["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"])
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(digest([String(repeating: "a", count: 1_000_000)])
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func givesTheSameDigestHoweverTheBytesArrive() {
        let text = (0..<700).map { "line \($0) é\n" }.joined()
        let whole = digest([text])
        // Pieces of every length across block edges, as text, as bytes one by one, and as Data.
        for size in [1, 3, 63, 64, 65, 200] {
            var pieces: [String] = []
            var rest = Substring(text)
            while !rest.isEmpty { pieces.append(String(rest.prefix(size))); rest = rest.dropFirst(size) }
            #expect(digest(pieces) == whole, "pieces of \(size)")
        }
        var byteByByte = SHA256()
        byteByByte.update(text.utf8.lazy.map { $0 })
        #expect(byteByByte.hexDigest() == whole)
        var data = SHA256()
        data.update(Data(text.utf8))
        #expect(data.hexDigest() == whole)
    }
}
