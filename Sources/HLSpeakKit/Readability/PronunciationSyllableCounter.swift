import Foundation

/// Counts syllables from how eSpeak NG pronounces a word (its vowel phonemes), with a spelling
/// rule for words eSpeak NG cannot say. Results are cached per word.
public final class PronunciationSyllableCounter: SyllableCounter, @unchecked Sendable {
    private let voice: VoiceProfile
    private let cache = NSLock()
    private var counts: [String: Int] = [:]

    public init(voice: VoiceProfile) {
        self.voice = voice
    }

    /// The syllables in `word`. A word with digits (a number, a phone number) counts as one: how
    /// long it is to say is not what makes text hard to read.
    public func syllables(in word: String) -> Int {
        if word.contains(where: \.isNumber) { return 1 }
        let key = word.lowercased()
        cache.lock()
        if let known = counts[key] { cache.unlock(); return known }
        cache.unlock()
        let count = (try? Self.fromPhonemes(SpeechEngine.shared.phonemes(for: key, voice: voice, separated: true)))
            .flatMap { $0 > 0 ? $0 : nil } ?? SpellingSyllables.count(key)
        cache.lock()
        counts[key] = count
        cache.unlock()
        return count
    }

    /// eSpeak NG's phonemes, separated by `_`: each vowel phoneme (a, e, i, o, u, A, E, I, O, U,
    /// V, 0, 3 or @ first, so diphthongs and syllabic "@L" count once) is a syllable.
    static func fromPhonemes(_ phonemes: String) -> Int {
        let vowelStarts: Set<Character> = ["a", "e", "i", "o", "u", "A", "E", "I", "O", "U", "V", "0", "3", "@"]
        return phonemes.split(whereSeparator: { $0 == "_" || $0 == " " }).count { phoneme in
            let name = phoneme.drop { "',%=:;!".contains($0) }
            return name.first.map(vowelStarts.contains) ?? false
        }
    }
}
