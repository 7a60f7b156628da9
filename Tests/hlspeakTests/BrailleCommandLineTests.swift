import Foundation
import Testing

/// Braille end to end.
@Suite struct BrailleCommandLineTests {
    let cli = CommandLineTests()

    @Test func brfIsWrittenAndPassesCheckBRF() throws {
        let folder = try cli.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coping.brf")
        let result = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "-o", file.path])
        #expect(result.status == 0, "\(result.standardError)")
        let check = try cli.run(["check-brf", file.path])
        #expect(check.status == 0)
        #expect(check.standardOutput.contains("ok"))
        try "TOO LONG A LINE FOR ANY EMBOSSER PAGE OF FORTY CELLS\r\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try cli.run(["check-brf", file.path])
        #expect(bad.status == 65)
        #expect(bad.standardOutput.contains("more than 40"))
        #expect(bad.standardOutput.contains("form feed"))
    }

    @Test func badBrailleOptionsSayWhatToChange() throws {
        let grade = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "--braille-grade", "3"])
        #expect(grade.status == 64)
        #expect(grade.standardError.contains("--braille-grade"))
        let small = try cli.run(["miscarriage", "-s", "coping", "--format", "brf", "--cells", "12", "-o", "/tmp/x.brf"])
        #expect(small.status == 64)
        #expect(small.standardError.contains("20 cells"))
    }
}
