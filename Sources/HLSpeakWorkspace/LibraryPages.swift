import Foundation
import HLSpeakKit

/// The library, topic and section pages.
struct LibraryPages {
    var library: WorkspaceLibrary
    /// Where `build` writes, for each topic's last build time.
    var buildFolder: URL

    enum Filter: String { case all, problems, review }

    /// Every topic with its sections, words, spoken time, grades, problems, review status and last
    /// build; `filter` keeps those with problems or with changes waiting for review.
    func libraryPage(filter: Filter) -> WorkspacePage {
        var rows = ""
        var shown = 0
        for id in library.content.topicIDs {
            let problems = library.problems(of: id)
            guard let topic = try? library.topic(id) else {
                if filter != .review {
                    shown += 1
                    rows += "<tr><th scope=\"row\">\(escape(id))</th><td colspan=\"6\" class=\"problem\">"
                        + escape(problems.first.map(\.description) ?? "cannot be read") + "</td></tr>\n"
                }
                continue
            }
            let pending = (try? library.review(of: topic).editor.pendingChanges(in: topic.bodySections).count) ?? 0
            if filter == .problems && problems.isEmpty { continue }
            if filter == .review && pending == 0 { continue }
            shown += 1
            let report = try? library.readability(of: topic)
            let spoken = topic.bodySections.compactMap { library.spokenSeconds(of: $0, in: topic) }.reduce(0, +)
            let sections = topic.bodySections.map { "<a href=\"\(path("topics", id, $0.id))\">\(escape($0.title))</a>" }
                .joined(separator: ", ")
            let grades = report.map { report in
                let label = report.scale == .grades ? "" : "INFLESZ "
                return label + "\(grade(report.scale.headline(report.total.before))) → \(grade(report.scale.headline(report.total.approved)))"
            } ?? "–"
            let problemText = problems.isEmpty ? "none"
                : "<span class=\"problem\">\(problems.count)</span>: " + escape(problems.prefix(2).map(\.message).joined(separator: "; "))
            rows += """
            <tr><th scope="row"><a href="\(path("topics", id))">\(escape(topic.title))</a></th>
            <td>\(sections)</td><td>\(topic.wordCount)</td><td>\(clock(spoken))</td><td>\(grades)</td>
            <td>\(problemText)</td><td><a href="\(path("topics", id, "review"))">\(pending == 0 ? "nothing waiting" : "\(pending) waiting")</a></td>
            <td>\(escape(lastBuild(of: id)))</td></tr>

            """
        }
        let filters = [Filter.all, .problems, .review].map { option -> String in
            let label = switch option {
            case .all: "Every topic"
            case .problems: "Topics with problems"
            case .review: "Topics waiting for review"
            }
            return option == filter ? "<li><span aria-current=\"page\">\(label)</span></li>" : "<li><a href=\"/?filter=\(option.rawValue)\">\(label)</a></li>"
        }.joined(separator: "\n")
        let body = """
        <h1>Library</h1>
        <nav aria-label="Filter"><ul class="actions">
        \(filters)
        </ul></nav>
        <div class="table"><table>
        <caption>\(shown) topic\(shown == 1 ? "" : "s") (reading level as written → approved plain language: Flesch-Kincaid grade, target \(grade(ReadabilityReport.gradeTarget)) or lower; for Spanish INFLESZ, target 65 or higher)</caption>
        <thead><tr><th scope="col">Topic</th><th scope="col">Sections</th><th scope="col">Words</th><th scope="col">Spoken</th>
        <th scope="col">Grade</th><th scope="col">Problems</th><th scope="col">Review</th><th scope="col">Last build</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table></div>

        """
        return WorkspacePage(title: "Library", body: body)
    }

    func lastBuild(of id: String) -> String {
        let manifest = buildFolder.appendingPathComponent(id).appendingPathComponent("manifest.json")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: manifest.path),
              let date = attributes[.modificationDate] as? Date else { return "never" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// A topic's sections with their figures, and where to go next.
    func topicPage(_ id: String) throws -> WorkspacePage {
        let topic = try library.topic(id)
        let report = try? library.readability(of: topic)
        var rows = ""
        for section in topic.allSections where !section.isCredits {
            let row = report?.sections.first { $0.id == section.id }
            let spoken = library.spokenSeconds(of: section, in: topic).map(clock) ?? "–"
            let grades = row.map { row in
                let scale = report?.scale ?? .grades
                return (scale == .grades ? "" : "INFLESZ ") + "\(grade(scale.headline(row.before))) → \(grade(scale.headline(row.approved)))"
            } ?? "–"
            let misses = row.map { $0.misses.isEmpty ? "meets the targets" : $0.misses.joined(separator: "; ") } ?? "–"
            rows += "<tr><th scope=\"row\"><a href=\"\(path("topics", id, section.id))\">\(escape(section.title))</a></th>"
                + "<td>\(section.wordCount)</td><td>\(spoken)</td><td>\(grades)</td><td>\(escape(misses))</td></tr>\n"
        }
        let problems = library.problems(of: id)
        let problemList = problems.isEmpty ? "<p>No problems: <code>hlspeak check</code> finds nothing.</p>\n"
            : "<ul>\n" + problems.map { "<li class=\"problem\">\(escape($0.description))</li>\n" }.joined() + "</ul>\n"
        let body = """
        <h1>\(escape(topic.title))</h1>
        <ul class="actions">
        <li><a href="\(path("topics", id, "review"))">Review plain language</a></li>
        <li><a href="\(path("topics", id, "phone-line"))">Phone line</a></li>
        </ul>
        <h2>Sections</h2>
        <div class="table"><table>
        <caption>Reading level as written → approved plain language (grade, or INFLESZ for Spanish)</caption>
        <thead><tr><th scope="col">Section</th><th scope="col">Words</th><th scope="col">Spoken</th><th scope="col">Grade</th><th scope="col">Targets</th></tr></thead>
        <tbody>
        \(rows)</tbody>
        </table></div>
        <h2>Problems</h2>
        \(problemList)
        """
        return WorkspacePage(title: topic.title, body: body)
    }

    /// One section as patients get it, with its grades, hard sentences marked, players and
    /// every format to download.
    func sectionPage(_ topicID: String, _ sectionID: String, plain: Bool) throws -> WorkspacePage {
        let topic = try library.topic(topicID)
        let section = try library.section(sectionID, of: topic)
        let shown = plain ? try library.exporter.readableTopic(topicID, plain: true) : topic
        let text = shown.allSections.first { $0.id == sectionID } ?? section
        let (editor, _) = try library.review(of: topic)
        let language = try library.content.language(of: topic)
        let report = PlainReviewReport(editor: editor, meter: try ReadabilityMeter(language: language),
                                       words: library.exporter.plainWords(for: language))
        let hard = plain ? [] : report.hardSentences(in: [section]).map(\.sentence.original)
        var paragraphs = ""
        for line in SectionText.lines(text.blocks, bullet: "• ") where !line.isEmpty {
            var html = escape(line)
            for sentence in hard where html.contains(escape(sentence)) {
                html = html.replacingOccurrences(of: escape(sentence), with: "<mark>\(escape(sentence))</mark>")
            }
            paragraphs += "<p>\(html)</p>\n"
        }
        for subsection in text.subsections {
            paragraphs += "<h3>\(escape(subsection.title))</h3>\n"
                + SectionText.lines(subsection.blocks, bullet: "• ").filter { !$0.isEmpty }.map { "<p>\(escape($0))</p>\n" }.joined()
        }
        let row = (try? library.readability(of: topic))?.sections.first { $0.id == sectionID }
        let grades = row.map { row in
            """
            <ul>
            <li>As written: grade \(grade(row.before.fleschKincaidGrade)), SMOG \(grade(row.before.smog)), INFLESZ \(grade(row.before.szigrisztPazos)), \(grade(row.before.wordsPerSentence)) words a sentence</li>
            <li>Plain language, approved: grade \(grade(row.approved.fleschKincaidGrade)), SMOG \(grade(row.approved.smog)), INFLESZ \(grade(row.approved.szigrisztPazos))</li>
            <li>\(row.misses.isEmpty ? "Meets every target." : "Misses: " + escape(row.misses.joined(separator: "; ")))</li>
            </ul>

            """
        } ?? "<p>Not measured.</p>\n"
        let base = path("audio", topicID, sectionID)
        let plainQuery = plain ? "?plain=1" : ""
        let players = """
        <h3 id="listen-wav">Listen (as patients hear it)</h3>
        <audio controls preload="metadata" aria-labelledby="listen-wav">
        <source src="\(base)/wav\(plainQuery)" type="audio/wav">
        <track kind="captions" src="\(base)/wav.vtt\(plainQuery)" srclang="en" label="English" default>
        <p><a href="\(base)/wav\(plainQuery)">Download the audio</a></p>
        </audio>
        <h3 id="listen-phone">Listen on the phone line (8 kHz)</h3>
        <audio controls preload="none" aria-labelledby="listen-phone">
        <source src="\(base)/phone?codec=pcm\(plain ? "&amp;plain=1" : "")" type="audio/wav">
        <track kind="captions" src="\(base)/phone.vtt?codec=pcm\(plain ? "&amp;plain=1" : "")" srclang="en" label="English" default>
        <p><a href="\(base)/phone?codec=pcm">Download the phone audio</a></p>
        </audio>

        """
        let downloads = [("large-print", "Large-print PDF"), ("html", "Web page"), ("text", "Screen-reader text"),
                         ("large-print-text", "Large-print text"), ("brf", "Braille (BRF)"), ("pef", "Braille (PEF)"),
                         ("epub", "Read-along book (EPUB)"), ("mp3", "Audio (MP3)"), ("wav", "Audio (WAV)"),
                         ("phone", "Phone audio (mu-law WAV)")]
            .map { "<li><a href=\"\(path("files", topicID, sectionID, $0.0))\(plainQuery)\">\($0.1)</a></li>\n" }.joined()
        let versions = plain
            ? "<p>Showing the approved plain-language version. <a href=\"\(path("topics", topicID, sectionID))\">Show the text as written</a>.</p>"
            : "<p>Showing the text as written. <a href=\"\(path("topics", topicID, sectionID))?plain=1\">Show the approved plain-language version</a>.</p>"
        let body = """
        <nav aria-label="You are here"><ol class="actions"><li><a href="/">Library</a></li>
        <li><a href="\(path("topics", topicID))">\(escape(topic.title))</a></li><li><span aria-current="page">\(escape(section.title))</span></li></ol></nav>
        <h1>\(escape(section.title))</h1>
        \(versions)
        <h2>Reading level</h2>
        \(grades)<h2>Audio</h2>
        \(players)<h2>Downloads</h2>
        <ul>
        \(downloads)</ul>
        <h2>Text</h2>
        \(hard.isEmpty ? "" : "<p>Sentences still hard to read are <mark>marked</mark>; rewrite them on the review page.</p>\n")\(paragraphs)
        """
        return WorkspacePage(title: "\(section.title) – \(topic.title)", body: body)
    }
}
