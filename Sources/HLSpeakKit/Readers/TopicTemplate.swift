/// The topic file `hlspeak new` writes: every front-matter field explained in a comment, two
/// sections, a list and a phone number, all in words that say what to replace them with, so staff
/// start from a file that passes `check` and never from medical text nobody wrote.
enum TopicTemplate {
    /// A new topic `id` titled `title`, written in `language` (a tag such as en-US), dated
    /// `today` (YYYY-MM-DD).
    static func text(id: String, title: String, language: String, today: String) -> String {
        let title = title.replacingOccurrences(of: "\"", with: "'")
        return """
            ---
            # The title patients see at the top of every format. Quotes keep a ':' in it safe.
            title: "\(title)"
            # The language the topic is written in.
            language: \(language)
            # Credits, read and printed at the end of every format. Replace each value, or delete
            # the lines your clinic does not use.
            source: "Replace with where this text comes from"
            authors: "Replace with the writers' names"
            reviewed_by: "Replace with the clinician who reviewed it"
            # The date the content was last reviewed, as YYYY-MM-DD.
            current_as_of: \(today)
            # Abbreviations said in full where they first appear ("BP: blood pressure").
            abbreviations:
              ABBR: replace with what it stands for
            ---

            # \(title)

            <!-- Each '## Heading {#id}' starts a section. The id (lower-case letters, digits and
                 dashes) names its files and is what 'hlspeak \(id) --section ID' asks for. Write
                 short sentences. Where the source lost text, put a comment like this one on its own
                 line, starting 'gap:' and saying what was lost: patients are told, nothing is
                 invented. -->

            ## Overview {#overview}

            Replace this paragraph with what the condition is, in two or three short sentences.

            ## When to call {#when-to-call}

            Replace this line with when to call, then list the signs:

            - Replace with the first sign to watch for.
            - Replace with the second sign.

            Call the clinic at 555-0100 if you have questions.

            """
    }
}
