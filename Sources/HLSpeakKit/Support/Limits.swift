/// The sizes hlspeak accepts. Each sits far above real content (a topic of 200 sections, a
/// section of 20,000 words, two hours of audio) and far below what would exhaust memory or time;
/// past one, the file is refused with its line and what to do. The README lists them.
public enum Limits {
    /// A topic file: about 400,000 words.
    public static let topicFileBytes = 4_000_000
    /// One line of a topic file (a paragraph is one line in many editors): about 30,000 words.
    public static let lineCharacters = 200_000
    /// Lists in lists, quotes in quotes, emphasis in links…: how deep text may be nested.
    public static let nestingDepth = 16
    /// Headings (sections and subsections) in one topic.
    public static let headings = 1_000
    /// Words in one section, with its subsections (about four hours of speech).
    public static let sectionWords = 40_000
    /// Hours of audio one spoken output may take.
    public static let spokenHours = 6.0
    /// A front-matter value (title, source, disclaimer…).
    public static let frontMatterCharacters = 5_000
    /// A title or heading.
    public static let titleCharacters = 300
    /// Abbreviations in a topic's front matter or in `library.yml`.
    public static let abbreviations = 2_000
    /// `library.yml`, a voice profile.
    public static let settingsFileBytes = 1_000_000
    /// A lexicon, a normaliser table, a word list.
    public static let dataFileBytes = 16_000_000
    /// Entries in a lexicon, rows in a normaliser table or word list.
    public static let dataEntries = 200_000
}
