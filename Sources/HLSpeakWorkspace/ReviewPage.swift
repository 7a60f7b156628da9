import Foundation
import HLSpeakKit

/// The plain-language review of a topic as forms: every change with its sentence before and
/// after and why, an accept and a reject button, a box to rewrite it, and a sign-off per
/// section. Each form carries the review's version and the CSRF token; it writes the same review
/// file as `hlspeak review`.
struct ReviewPage {
    var library: WorkspaceLibrary
    var csrf: String

    func page(_ topicID: String, reviewer: String, notice: String? = nil, conflict: Bool = false) throws -> WorkspacePage {
        let topic = try library.topic(topicID)
        let (editor, version) = try library.review(of: topic)
        let action = path("topics", topicID, "review")
        func hidden(_ change: String? = nil) -> String {
            "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(csrf))\"><input type=\"hidden\" name=\"version\" value=\"\(escape(version))\">"
                + (change.map { "<input type=\"hidden\" name=\"change\" value=\"\(escape($0))\">" } ?? "")
        }
        var body = """
        <nav aria-label="You are here"><ol class="actions"><li><a href="/">Library</a></li>
        <li><a href="\(path("topics", topicID))">\(escape(topic.title))</a></li><li><span aria-current="page">Review</span></li></ol></nav>
        <h1>Plain-language review: \(escape(topic.title))</h1>

        """
        if let notice {
            body += "<div class=\"notice\" role=\"\(conflict ? "alert" : "status")\"><p>\(escape(notice))</p></div>\n"
        }
        body += """
        <p>Each change is the simplifier's suggestion for one sentence. Accept it, reject it (the
        sentence stays as written), or write your own. Patients get only what you accept or write.
        When a section has nothing left to decide, sign it off.</p>
        <form method="post" action="\(action)">
        \(hidden())<input type="hidden" name="action" value="reviewer">
        <label for="reviewer">Your name and role (recorded with each decision)</label>
        <input type="text" id="reviewer" name="by" value="\(escape(reviewer))" autocomplete="name" required>
        <button type="submit">Use this name</button>
        </form>

        """
        for section in topic.bodySections {
            let changes = editor.version.changes(in: section)
            let state = editor.version.sections[section.id]
            body += "<section aria-labelledby=\"review-\(escape(section.id))\">\n"
                + "<h2 id=\"review-\(escape(section.id))\">\(escape(section.title))</h2>\n"
            if let signOff = state?.signOff, state?.signOffOutdated != true {
                body += "<p>Signed off by \(escape(signOff.by)) on \(escape(signOff.date)).</p>\n"
            }
            if changes.isEmpty { body += "<p>No changes suggested.</p>\n" }
            for change in changes {
                let number = editor.number(of: change)
                let decided = change.decision.map { "\($0.verdict.rawValue) by \($0.by) on \($0.date)" } ?? "waiting for a decision"
                let field = "rewrite-\(number)"
                body += """
                <div class="change" id="change-\(number)">
                <h3>Change \(number) <small>(\(escape(decided)))</small></h3>
                <p><strong>As written:</strong> <del>\(escape(change.original))</del></p>
                <p><strong>Suggested:</strong> <ins>\(escape(change.result))</ins></p>
                \(change.decision?.text.map { "<p><strong>Your sentence:</strong> \(escape($0))</p>\n" } ?? "")\
                \(change.rules.isEmpty ? "" : "<p><strong>Why:</strong> \(escape(change.rules.joined(separator: "; ")))</p>\n")\
                <form class="inline" method="post" action="\(action)">\(hidden(change.id))<input type="hidden" name="by" value="\(escape(reviewer))">
                <button type="submit" name="action" value="accept">Accept change \(number)</button>
                <button type="submit" name="action" value="reject">Reject change \(number)</button>
                </form>
                <form method="post" action="\(action)">\(hidden(change.id))<input type="hidden" name="by" value="\(escape(reviewer))">
                <label for="\(field)">Your own sentence for change \(number)</label>
                <textarea id="\(field)" name="text" rows="2" required>\(escape(change.decision?.text ?? change.result))</textarea>
                <button type="submit" name="action" value="rewrite">Use my sentence for change \(number)</button>
                </form>
                </div>

                """
            }
            body += """
            <form method="post" action="\(action)">\(hidden())<input type="hidden" name="by" value="\(escape(reviewer))">
            <input type="hidden" name="section" value="\(escape(section.id))">
            <button type="submit" name="action" value="signoff">Sign off \(escape(section.title))</button>
            </form>
            </section>

            """
        }
        return WorkspacePage(title: "Review – \(topic.title)", body: body)
    }
}
