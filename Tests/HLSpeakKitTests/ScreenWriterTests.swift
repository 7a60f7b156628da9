import Foundation
import Testing
@testable import HLSpeakKit

/// Screen-reader HTML and text, checked on the documents written.
@Suite struct ScreenWriterTests {
    static func library() throws -> LibraryInfo { try ContentLibrary(directory: TestSupport.contentFolder).info }

    /// The heading levels of an HTML page, in order.
    static func headingLevels(_ html: String) -> [Int] {
        html.matches(of: try! Regex(#"<h([1-6])[ >]"#)).compactMap { Int($0.output[1].substring ?? "") }
    }

    @Test func telephoneLinksDialWhatTheNumberIs() {
        let numbers = PhoneNumberDetector(language: TestSupport.english).runs(in: "Call 988, 911, (555) 123-4567 or 1-833-852-6262.").compactMap { run -> PhoneNumber? in
            if case .phone(let number) = run { number } else { nil }
        }
        #expect(numbers.map(HTMLWriter.dialString) == ["988", "911", "+15551234567", "+18338526262"])
    }

    @Test func sectionPageHasLanguageTitleOneH1AndLandmarks() throws {
        let topic = try TestSupport.miscarriage()
        for section in topic.readable(TestSupport.sentences).sections {
            let html = HTMLWriter().page(for: try TestSupport.document(topic, [section.id], library: try Self.library()))
            #expect(html.contains("<html lang=\"en-US\">"))
            #expect(html.contains("<title>\(section.title) – Miscarriage – Health Library</title>"))
            let levels = Self.headingLevels(html)
            #expect(levels.filter { $0 == 1 }.count == 1, "\(section.id)")
            #expect(levels.first == 1)
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(section.id): h\(previous) then h\(next)")
            }
            for landmark in ["<header>", "<main id=\"main\">", "href=\"#main\""] {
                #expect(html.contains(landmark), "\(section.id)")
            }
            // The credits close every page in its footer; the Credits page is the credits itself.
            #expect(html.contains("<footer>\n<h2>Credits</h2>") == !section.isCredits, "\(section.id)")
        }
    }

    @Test func topicPageHasEverySectionAndRealLists() throws {
        let html = HTMLWriter().page(for: try TestSupport.document(try TestSupport.miscarriage(), library: try Self.library()))
        for id in ["overview", "symptoms", "exams", "treatment", "self-care", "coping"] {
            #expect(html.contains("<h2 id=\"\(id)\">"))
        }
        // A section the source lost says so instead of vanishing.
        let risk = html.components(separatedBy: "<h2 id=\"risk\">").dropFirst().first ?? ""
        #expect(risk.prefix(900).contains("Part of this section is not available in this format."), "\(risk.prefix(900))")
        #expect(html.components(separatedBy: "<ul>").count - 1 == 3)
        #expect(!html.contains("include:</p>\n<h"), "no list introduction without its list")
        #expect(!html.contains("Things that may increase your risk"))
    }

    @Test func sectionPagePlaysItsAudioWithCaptionsAndLinksToItsNeighbours() throws {
        let topic = try TestSupport.miscarriage()
        let html = HTMLWriter().page(for: try TestSupport.document(topic, ["symptoms"], library: try Self.library()))
        let player = try #require(html.components(separatedBy: "<audio ").dropFirst().first?.components(separatedBy: "</audio>").first)
        #expect(player.contains("<source src=\"symptoms.mp3\" type=\"audio/mpeg\">"))
        #expect(player.contains("<source src=\"symptoms.wav\" type=\"audio/wav\">"))
        #expect(player.contains("<track kind=\"captions\" src=\"symptoms.mp3.vtt\" srclang=\"en\" label=\"English\" default>"))
        #expect(html.contains("<li><a href=\"miscarriage.html\">Miscarriage</a></li>"), "breadcrumb from the topic")
        #expect(html.contains("<a rel=\"prev\" href=\"risk.html\">Previous section: What Increases Your Risk</a>"))
        #expect(html.contains("<a rel=\"next\" href=\"exams.html\">Next section: Exams and Tests</a>"))
        // The plain version's page plays the plain version's audio.
        let plain = try Exporter(content: try ContentLibrary(directory: TestSupport.contentFolder), voices: nil)
            .readableTopic("miscarriage", plain: true)
        let plainPage = HTMLWriter().page(for: try TestSupport.document(plain, ["symptoms"], library: try Self.library()))
        #expect(plainPage.contains("<source src=\"symptoms.plain.mp3\"") && plainPage.contains("href=\"exams.plain.html\""))
        // The topic page: a table of contents, and a player in every section.
        let topicPage = HTMLWriter().page(for: try TestSupport.document(topic, library: try Self.library()))
        let contents = topicPage.components(separatedBy: "<nav class=\"contents\"").dropFirst().first?.components(separatedBy: "</nav>").first ?? ""
        #expect(contents.components(separatedBy: "<li><a href=\"#").count - 1 == topic.bodySections.count)
        #expect(topicPage.components(separatedBy: "<audio ").count - 1 == topic.bodySections.count)
    }

    @Test func hyphenatedWordsAndNumbersWithUnitsStayOnOneLine() throws {
        let html = HTMLWriter().page(for: try TestSupport.document(try TestSupport.miscarriage(), library: try Self.library()))
        #expect(html.contains("<span class=\"nobreak\"><abbr title=\"Rhesus factor\">Rh</abbr>-negative</span>"),
                "the marked abbreviation and the rest of its word")
        #expect(html.contains("<span class=\"nobreak\">20 weeks.</span>"))
        #expect(html.contains(".nobreak { white-space: nowrap; }"))
        #expect(!html.contains("<span class=\"nobreak\">1-833"), "a phone number is a link of its own")
    }

    @Test func phoneNumbersAreTelLinksReadAsDigits() throws {
        let topic = try TestSupport.miscarriage()
        let html = HTMLWriter().page(for: try TestSupport.document(topic, ["coping"], library: try Self.library()))
        #expect(html.contains("<a class=\"tel\" href=\"tel:+18338526262\"><span aria-hidden=\"true\">1-833-TLC-MAMA (1-833-852-6262)</span><span class=\"visually-hidden\">1, 8 3 3, 8 5 2, 6 2 6 2, T L C, M A M A</span></a>"))
    }

    @Test func contentIsEscapedAndAbbreviationsMarked() throws {
        let reading = TestSupport.read("---\ntitle: T\nabbreviations:\n  BP: blood pressure\n---\n## A\n\nCheck BP <script>alert(1)</script> & \"quotes\".\n")
        let topic = try reading.get(file: "t.md")
        let html = HTMLWriter().page(for: try TestSupport.document(topic, [topic.sections[0].id]))
        #expect(html.contains("<abbr title=\"blood pressure\">BP</abbr>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script>"))
    }

    /// A combining mark after "&", "<" or a quote makes one `Character` of the two; the escaper
    /// still escapes the markup character (it works on scalars), so no mark can smuggle markup in.
    @Test func aCombiningMarkCannotHideAMarkupCharacter() {
        let text = "a &\u{301} <\u{301}b>\u{301} \"\u{301}"
        #expect(MarkupEscaping.xml(text).unicodeScalars.elementsEqual("a &amp;\u{301} &lt;\u{301}b&gt;\u{301} &quot;\u{301}".unicodeScalars))
        #expect(MarkupEscaping.ssmlText(text).unicodeScalars.elementsEqual("a &amp;\u{301} &lt;\u{301}b&gt;\u{301} \"\u{301}".unicodeScalars))
        #expect(MarkupEscaping.webVTT("-->\u{301}\n\nnext").unicodeScalars.elementsEqual("--&gt;\u{301} next".unicodeScalars))
        #expect(MarkupEscaping.xml("soft\u{AD}hyphen í") == "softhyphen í")
    }

    @Test func plainTextFollowsTheTechniques() throws {
        let topic = try TestSupport.miscarriage()
        for width in [80, 40] {
            let text = ScreenTextWriter(width: width).text(for: try TestSupport.document(topic))
            let lines = text.components(separatedBy: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "width \(width)")
            // Headings: two blank lines before, one after.
            for title in ["Overview", "What causes it?", "Coping With Grief", "Credits"] {
                let index = try #require(lines.firstIndex(of: title), "\(title)")
                #expect(lines[index - 1].isEmpty && lines[index - 2].isEmpty && !lines[index - 3].isEmpty, "\(title)")
                #expect(lines[index + 1].isEmpty, "\(title): one blank line after")
                #expect(!lines[index + 2].isEmpty || (lines[index + 3].first?.isUppercase == true), "\(title)")
            }
            #expect(!text.contains("\n\n\n\n"), "never more than two blank lines")
            let markers = Set(lines.filter { $0.hasPrefix("-") || $0.hasPrefix("*") || $0.hasPrefix("•") }.map { String($0.prefix(2)) })
            #expect(markers == ["- "])
            let decorative = CharacterSet(charactersIn: "─│┌┐└┘├┤═║•▪■►©&%~°\t")
            #expect(text.unicodeScalars.allSatisfy { !decorative.contains($0) })
            #expect(!text.contains("...") && !text.contains("***") && !text.contains("==="))
        }
    }

    @Test func symbolsAreWrittenOut() {
        #expect(ScreenTextWriter.plain("A fever of 100.4°F & 50% more, © 2025", in: TestSupport.english)
            == "A fever of 100.4 degrees Fahrenheit and 50 percent more, copyright 2025")
        #expect(ScreenTextWriter.plain("Mail help@clinic.org (≥18 years) • 24 hours", in: TestSupport.english)
            == "Mail help@clinic.org (greater than or equal to 18 years) - 24 hours")
    }

    /// Speech and screen text take a symbol's words from the one table, so they agree.
    @Test func symbolsReadTheSameInSpeechAndScreenText() {
        let language = TestSupport.english
        for (symbol, words) in language.tables.symbols where language.tables.symbolsWrittenOut.contains(symbol) && symbol != "°" {
            let written = "a score \(symbol) 5"
            #expect(ScreenTextWriter.plain(written, in: language).contains(words), "screen text of \(symbol)")
            #expect(language.normalizer.spokenText(written).contains(words), "speech of \(symbol)")
        }
    }

    @Test func phoneNumbersAreNotSplitAcrossLines() throws {
        let section = Section(id: "s", title: "S", blocks: [.paragraph(Paragraph(PhoneNumberDetector(language: TestSupport.english).runs(
            in: "For help at any hour of the day or night you can call (555) 555-0199 and ask.")))])
        let text = ScreenTextWriter(width: 40).text(for: try TestSupport.document(Topic(id: "t", title: "T", sections: [section]), ["s"]))
        #expect(text.components(separatedBy: "\n").contains { $0.contains("(555)\u{00A0}555-0199") })
    }
}
