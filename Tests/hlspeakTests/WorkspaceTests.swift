import Foundation
import Testing
@testable import HLSpeakWorkspace

/// The workspace's own rules, without a server: what an address may name, how forms and byte
/// ranges are read, when a token is needed. (scripts/workspace-check drives the real server in a
/// browser and attacks it over HTTP.)
@Suite struct WorkspaceTests {
    @Test func onlyPlainIdsNameTopicsAndSections() {
        for good in ["miscarriage", "self-care", "sore_throat2"] { #expect(WorkspaceLibrary.isSafeName(good), "\(good)") }
        for bad in ["", "..", "../etc", "a/b", "a%2Fb", "coping\u{0}", "miscarriage.md", "ünïcode", String(repeating: "a", count: 121)] {
            #expect(!WorkspaceLibrary.isSafeName(bad), "\(bad)")
        }
    }

    @Test func formsDecodePlusAndPercentAndKeepTheFirstOfARepeatedName() {
        let form = HTTPParts.fields("by=Ana+Ruiz%2C+RN&text=50%25+%26+more&by=Mallory&empty=")
        #expect(form == ["by": "Ana Ruiz, RN", "text": "50% & more", "empty": ""])
    }

    @Test func byteRangesAreClampedOrRefused() {
        #expect(HTTPParts.byteRange("bytes=0-99", size: 1000) == 0..<100)
        #expect(HTTPParts.byteRange("bytes=900-", size: 1000) == 900..<1000)
        #expect(HTTPParts.byteRange("bytes=-100", size: 1000) == 900..<1000)
        #expect(HTTPParts.byteRange("bytes=990-2000", size: 1000) == 990..<1000)
        for refused in ["bytes=1000-", "bytes=5-1", "bytes=0-1,5-6", "items=0-1", "bytes=-0", "bytes=a-b"] {
            #expect(HTTPParts.byteRange(refused, size: 1000) == nil, "\(refused)")
        }
    }

    @Test func anyAddressButLoopbackNeedsAToken() throws {
        for host in ["127.0.0.1", "::1", "localhost", "127.0.0.2"] { try Workspace.check(host: host, token: nil) }
        #expect(throws: WorkspaceError.self) { try Workspace.check(host: "0.0.0.0", token: nil) }
        #expect(throws: WorkspaceError.self) { try Workspace.check(host: "192.168.1.5", token: "") }
        try Workspace.check(host: "0.0.0.0", token: "correct-horse-battery-staple")
    }

    @Test func tokensCompareWhole() {
        #expect(HTTPParts.same("abc", "abc"))
        #expect(!HTTPParts.same("abc", "abd") && !HTTPParts.same("abc", "abcd") && !HTTPParts.same("", "a"))
    }
}
