import Foundation
import Testing

/// `hlspeak import` on saved pages: a topic that passes check, keeps every heading, list item
/// and paragraph of the page body, drops the navigation, carries the credits, and speaks.
@Suite struct ImportCommandLineTests {
    let cli = CommandLineTests()

    struct Page: CustomTestStringConvertible, Sendable {
        var file: String
        var html: String
        var id: String
        var headings: [String]
        var items: [String]
        var paragraphs: [String]
        var absent: [String]
        var front: [String]
        var testDescription: String { file }
    }

    static let pages = [
        Page(file: "sore-throat.html", html: SavedPages.soreThroat, id: "sore-throat",
             headings: ["## What causes it? {#what-causes-it}", "## Home care {#home-care}", "### Soothing the throat {#soothing-the-throat}",
                        "### Medicines {#medicines}", "## When to call {#when-to-call}"],
             items: ["- Dry air.", "   - pollen", "   - dust", "- Smoke & other things in the air.", "1. Have trouble breathing.",
                     "2. Cannot swallow liquids.", "- Medicine: Acetaminophen; How much: As the label says"],
             paragraphs: ["A sore throat is pain or scratchiness in the throat.", "Other causes include:",
                          "gap: an image (A person gargling) was not carried over", "Gargling can ease the pain.",
                          "Call the nurse line at 1-800-555-0199 if you:",
                          "Learn more at [the CDC](https://www.cdc.gov/sore-throat/) or this tool."],
             absent: ["Accept cookies", "Sign in", "Health Library", "Subscribe", "Related topics", "Privacy", "dataLayer", "Valley Clinic</a>"],
             front: ["current_as_of: 2025-07-15", "authors: \"Valley Clinic Staff\"", "reviewed_by: \"Dr. Ana Ruiz, MD\"",
                     "disclaimer: \"This information does not replace the advice of a doctor.\""]),
        Page(file: "bronchitis.htm", html: SavedPages.bronchitis, id: "acute-bronchitis",
             headings: ["## Symptoms {#symptoms}", "## How is it treated? {#how-is-it-treated}", "### Cough medicine {#cough-medicine}",
                        "### Learn more {#learn-more}", "## When should you call your doctor? {#when-should-you-call-your-doctor}"],
             items: ["- A mild fever.", "- Tiredness.", "- [MedlinePlus: Acute Bronchitis](https://medlineplus.gov/acutebronchitis.html)",
                     "- [Email a nurse](mailto:nurse@lakeside.example.org)", "1. Your cough lasts more than 3 weeks.", "2. You cough up blood."],
             paragraphs: ["Acute bronchitis is swelling in the airways of the lungs. It usually gets better in 1-3 wks.",
                          "The main symptom is a cough. You may also have:",
                          "Ask your doctor before you give cough medicine to a child under 4.",
                          "Call 911 if you have severe trouble breathing. Call the clinic at (555) 555-0142 if:"],
             absent: ["Find a Doctor", "Donate", "Share on Facebook", "Print this page", "Privacy Policy", "_paq", "Lake Road"],
             front: ["current_as_of: 2025-03-14", "reviewed_by: \"Lakeside Clinical Review Board\"",
                     "disclaimer: \"This information is not a substitute for professional medical care.\""]),
    ]

    @Test(arguments: pages)
    func aSavedPageBecomesATopicThatChecksAndSpeaks(page: Page) throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try page.html.write(to: folder.appendingPathComponent(page.file), atomically: true, encoding: .utf8)
        let result = try cli.run(["import", page.file], in: folder)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("dropped:"), "it says what it dropped")
        let topic = try String(contentsOf: folder.appendingPathComponent("Content/\(page.id).md"), encoding: .utf8)
        let lines = Set(topic.split(separator: "\n").map(String.init))
        for heading in page.headings { #expect(lines.contains(heading), "heading \(heading) in\n\(topic)") }
        for item in page.items { #expect(lines.contains(item), "item \(item) in\n\(topic)") }
        for paragraph in page.paragraphs { #expect(topic.contains(paragraph), "paragraph \(paragraph) in\n\(topic)") }
        for furniture in page.absent { #expect(!topic.contains(furniture), "\(furniture) was dropped") }
        for field in page.front { #expect(lines.contains(field), "front matter \(field) in\n\(topic)") }
        let check = try cli.run(["check", page.id], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)")
        let section = try #require(page.headings.first.flatMap { $0.split(separator: "#").last?.dropLast() }.map(String.init))
        let spoken = try cli.run([page.id, "-s", section, "-o", "\(section).wav"], in: folder)
        #expect(spoken.status == 0, "\(spoken.standardError)")
        #expect((try Data(contentsOf: folder.appendingPathComponent("\(section).wav"))).count > 20_000)
    }

    @Test func pageTextIsNeverMarkup() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<html><body><main><h1>Tricky</h1><h2>Stars {#x} and *marks*</h2><p>Use &lt;b&gt;this&lt;/b&gt; [not a link](x) # 5 *now*.</p>"
            + "<p>1. Not a list</p><p>- not a bullet</p></main></body></html>"
        try html.write(to: folder.appendingPathComponent("tricky.html"), atomically: true, encoding: .utf8)
        #expect(try cli.run(["import", "tricky.html"], in: folder).status == 0)
        let text = try cli.run(["tricky", "--format", "text", "-o", "tricky.txt"], in: folder)
        #expect(text.status == 0, "\(text.standardError)")
        let out = try String(contentsOf: folder.appendingPathComponent("tricky.txt"), encoding: .utf8)
        #expect(out.contains("Use <b>this</b> [not a link](x) # 5 *now*."), "\(out)")
        #expect(out.contains("1. Not a list") && out.contains("- not a bullet"), "\(out)")
        #expect(out.contains("Stars {#x} and *marks*"), "\(out)")
    }

    @Test func anExistingTopicIsNeverOverwritten() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<html><body><h1>Miscarriage</h1><h2>A</h2><p>B.</p></body></html>"
            .write(to: folder.appendingPathComponent("m.html"), atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: folder.appendingPathComponent("Content/miscarriage.md"))
        let result = try cli.run(["import", "m.html"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError.contains("already exists"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("Content/miscarriage.md")) == before)
    }

    /// A Spanish library's pages and new topics are Spanish topics: the library's language, not
    /// English, names them and gives the words hlspeak adds.
    @Test func pagesAndNewTopicsTakeTheLibrarysLanguage() throws {
        let folder = try cli.scratch(topics: [])
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("Content/library.yml")
        try (try String(contentsOf: settings, encoding: .utf8) + "language: es-US\n").write(to: settings, atomically: true, encoding: .utf8)
        try "<html><body><h1>Dolor de garganta</h1><p>Es un dolor en la garganta.</p><h2>Cuidados</h2><p>Tome agua.</p></body></html>"
            .write(to: folder.appendingPathComponent("dolor.html"), atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", "dolor.html"], in: folder)
        #expect(imported.status == 0, "\(imported.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("Content/dolor-de-garganta.md"), encoding: .utf8)
        #expect(page.contains("language: es-US") && page.contains("## Resumen"), "\(page)")
        #expect(try cli.run(["new", "gripe", "--title", "La gripe"], in: folder).status == 0)
        let new = try String(contentsOf: folder.appendingPathComponent("Content/gripe.md"), encoding: .utf8)
        #expect(new.contains("language: es-US"), "\(new)")
    }

    @Test func aFolderWithoutPagesIsAnErrorThatSaysSo() throws {
        let folder = try cli.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("saved"), withIntermediateDirectories: true)
        let result = try cli.run(["import", "saved"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError.contains("has no saved web pages"), "\(result.standardError)")
    }
}
