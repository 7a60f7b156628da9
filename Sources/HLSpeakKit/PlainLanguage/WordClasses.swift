import Foundation

/// The kinds of words the simplifier must recognise in a language, read from its `words.tsv`
/// (the `plain.` keys): what a change must keep (negations, numbers in words, words of time), how
/// an article agrees with the word after it, and which words name or define a term. The guard rail
/// and the word matcher work the same in every language; only these lists differ. A language
/// without the keys gets empty lists: no article is changed, and only digits, protected terms and
/// set-apart runs are guarded.
struct WordClasses: Hashable, Sendable {
    var negations: Set<String> = []
    /// Endings that make a word a negation ("n't").
    var negationEndings: [String] = []
    /// The negation a contraction stands for ("not", for "doesn't" and "cannot"), and the words
    /// that contract it without an ending.
    var contractedNegation: String?
    var contractedWords: Set<String> = []
    /// Words after which a negation denies nothing ("not only … but also").
    var negationAffirming: Set<String> = []
    var numberWords: Set<String> = []
    /// Number words that can stand for a thing ("have one to see if"), after which a function word
    /// is no unit.
    var pronounNumbers: Set<String> = []
    var functionWords: Set<String> = []
    var timeWords: Set<String> = []
    var articles: Articles?
    /// Phrases that name the term after them ("called", "known as"), as lists of words.
    var naming: [[String]] = []
    /// Words that define the term before them ("means").
    var defining: Set<String> = []
    /// Verbs that are never nouns or describing words ("require", "evaluate").
    var onlyVerbs: Set<String> = []
    /// Verbs that take no object, whose "-ing" word before a noun describes it ("remaining tissue").
    var noObjectVerbs: Set<String> = []
    /// Verbs that say little when said twice ("have", "make").
    var lightVerbs: Set<String> = []
    /// Words that compare the adverb after them ("more", "most").
    var comparing: Set<String> = []
    /// The forms of "have", after which an "-ing" word among things is a thing.
    var having: Set<String> = []
    /// Words that lead a series of examples ("such as", "including").
    var seriesLeads: Set<String> = []
    /// Words of quantity ("enough") and the measures they never come before ("amounts").
    var quantityWords: Set<String> = []
    var measureNouns: Set<String> = []
    /// Words that name an illness ("glaucoma", "disease"), the endings of illness names ("-itis"),
    /// words with such an ending that name none ("diagnosis"), and the things an illness word may
    /// describe ("cancer drugs").
    var illnessWords: Set<String> = []
    var illnessEndings: [String] = []
    var illnessNot: Set<String> = []
    var illnessThings: Set<String> = []

    /// The indefinite article, the form it takes before a vowel ("a", "an"), and the letters that
    /// count as one there.
    struct Articles: Hashable, Sendable {
        var plain: String
        var beforeVowel: String
        var vowels: Set<Character>
    }

    init() {}

    init(_ tables: LanguageTables) {
        negations = tables.list("plain.negations")
        negationEndings = Array(tables.list("plain.negation-endings"))
        contractedNegation = tables.words["plain.contracted-negation"]
        contractedWords = tables.list("plain.contracted-words")
        negationAffirming = tables.list("plain.negation-affirming")
        numberWords = tables.list("plain.number-words")
        pronounNumbers = tables.list("plain.pronoun-numbers")
        functionWords = tables.list("plain.function-words")
        timeWords = tables.list("plain.time-words")
        if let plain = tables.words["plain.article"], let beforeVowel = tables.words["plain.article-before-vowel"] {
            articles = Articles(plain: plain, beforeVowel: beforeVowel, vowels: Set(tables.list("plain.article-vowels").compactMap(\.first)))
        }
        naming = (tables.words["plain.naming"] ?? "").split(separator: ",")
            .map { $0.split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
        defining = tables.list("plain.defining")
        onlyVerbs = tables.list("plain.only-verbs")
        noObjectVerbs = tables.list("plain.no-object-verbs")
        lightVerbs = tables.list("plain.light-verbs")
        comparing = tables.list("plain.comparing")
        having = tables.list("plain.having")
        seriesLeads = tables.list("plain.series-leads")
        quantityWords = tables.list("plain.quantity-words")
        measureNouns = tables.list("plain.measure-nouns")
        illnessWords = tables.list("plain.illness-words")
        illnessEndings = Array(tables.list("plain.illness-endings"))
        illnessNot = tables.list("plain.illness-not")
        illnessThings = tables.list("plain.illness-things")
    }

    /// Whether `word` (lower case) names an illness: "glaucoma", "bronchitis".
    func namesIllness(_ word: String) -> Bool {
        illnessWords.contains(word) || !illnessNot.contains(word) && illnessEndings.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// Whether `word` (lower case) denies: "not", "never", "doesn't".
    func isNegation(_ word: String) -> Bool {
        negations.contains(word) || negationEndings.contains(where: word.hasSuffix)
    }

    /// `word` with a contracted negation written out: "doesn't" and "cannot" are "not".
    func uncontracted(_ word: String) -> String {
        guard let contractedNegation, contractedWords.contains(word) || negationEndings.contains(where: word.hasSuffix) else { return word }
        return contractedNegation
    }

    /// The article `plain` needs after `article` ("a", "an"): nil when `article` is none, or the
    /// language's articles do not change.
    func article(_ article: String, before plain: String) -> String? {
        guard let articles, let letter = plain.lowercased().first,
              [articles.plain, articles.beforeVowel].contains(article.lowercased()) else { return nil }
        return articles.vowels.contains(letter) ? articles.beforeVowel : articles.plain
    }
}
