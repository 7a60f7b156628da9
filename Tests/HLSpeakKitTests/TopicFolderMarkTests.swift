import Foundation
import Testing
@testable import HLSpeakKit

/// Which topic a folder of outputs belongs to.
@Suite struct TopicFolderMarkTests {
    /// Two runs of different topics into one new folder: the first to claim it has it, before
    /// either writes anything, so the second stops instead of replacing the first one's credits.
    @Test func theFirstRunToClaimANewFolderHasIt() throws {
        let base = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("handouts/new", isDirectory: true)
        let claim = try #require(try TopicFolderMark.claim(folder, for: "miscarriage"))
        #expect(TopicFolderMark.topic(in: folder) == "miscarriage")
        #expect(throws: ExportError.self) { try TopicFolderMark.claim(folder, for: "asthma") }
        #expect(try TopicFolderMark.claim(folder, for: "miscarriage") == nil, "already the topic's: nothing to give up")
        claim.release()
        #expect(!FileManager.default.fileExists(atPath: folder.path), "a folder made for nothing is taken away")
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("handouts").path), "and the parent it made too")
        #expect(FileManager.default.fileExists(atPath: base.path), "but not a folder that was there")
        try #require(try TopicFolderMark.claim(folder, for: "asthma")).keep()
        #expect(TopicFolderMark.topic(in: folder) == "asthma")
    }

    /// A build's topic folder holds a manifest, not a mark: it is its topic's all the same.
    @Test func aBuildsTopicFolderBelongsToItsTopic() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var manifest = TopicManifest()
        manifest.planned = ["miscarriage/coping.txt"]
        try manifest.save(to: folder)
        #expect(TopicFolderMark.topic(in: folder) == "miscarriage")
        #expect(throws: ExportError.self) { try TopicFolderMark.check(folder, for: "asthma") }
    }
}
