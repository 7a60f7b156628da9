/// A written word of the spoken text and when it is heard in the finished audio (after
/// levelling and trimming): the one list of word timings that read-along books, web pages and
/// captions use.
public struct TimedWord: Hashable, Sendable, Codable {
    /// The sentence of the script it belongs to (its index in the audio file's sentences).
    public var sentence: Int
    /// Where the word is in the sentence's text, in characters.
    public var range: Range<Int>
    /// First and last sample of the word in the audio file (the end is where the next word
    /// begins, or the end of the sound).
    public var start: Int
    public var end: Int

    public init(sentence: Int, range: Range<Int>, start: Int, end: Int) {
        self.sentence = sentence
        self.range = range
        self.start = start
        self.end = end
    }
}

/// A word eSpeak NG reported speaking: its text as spoken and the sample where it began.
struct SpokenWordEvent: Hashable, Sendable {
    var sentence: Int
    var text: String
    var sample: Int
}
