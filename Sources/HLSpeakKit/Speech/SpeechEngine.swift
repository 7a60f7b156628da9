import CEspeakNG
import CSpeechPiece
import Foundation
import Synchronization

/// The audio and timing eSpeak NG produced for one piece of SSML.
public struct Synthesis: Sendable {
    /// Mono 16-bit samples (empty when they were streamed to `onAudio` instead).
    public var samples: [Int16]
    /// How many samples were made (also when they were streamed).
    public var sampleCount: Int
    public var sampleRate: Int
    /// Word and sentence events with their sample offsets, for captions and splitting.
    public var events: [SpeechEvent]
}

/// A moment eSpeak NG reported while speaking.
public struct SpeechEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case word, sentence, end, mark
    }

    public var kind: Kind
    /// Sample index from the start of this synthesis.
    public var sample: Int
    /// 1-based position in the SSML text, counted in Unicode scalars.
    public var textPosition: Int
    /// The word's length in characters (word events).
    public var length: Int
    /// The mark's name (mark events).
    public var name: String?
}

/// The one owner of eSpeak NG. The library keeps global state and crashes if two threads speak at
/// once, so every call goes through this object's lock; parallel work uses several processes.
///
/// It starts the engine in synchronous mode on first use, refuses every `<audio>` and other URI
/// in SSML (eSpeak NG 1.51 would otherwise open any file and run a shell command), and sets the
/// voice's parameters before each synthesis.
public final class SpeechEngine: Sendable {
    /// The process's only engine.
    public static let shared = SpeechEngine()

    private struct State {
        var sampleRate: Int32 = 0
        var voiceName: String?
        /// eSpeak NG 1.51 sets up part of its state on the first synthesis: many
        /// espeak_TextToPhonemes calls before any synthesis left the first real one speaking far
        /// too fast (41 s instead of 97 s). `phonemes` speaks a throwaway word first if needed.
        var hasSynthesized = false
        /// The voice names and variants installed, read on first use.
        var installed: InstalledVoices?
    }

    /// What eSpeak NG has installed: the names `SetVoiceByName` may be given, and the variants.
    struct InstalledVoices {
        /// Language codes, voice file names and identifiers, lower-cased.
        var voices: Set<String>
        /// Variant file names from `voices/!v`.
        var variants: Set<String>
    }

    private let state = Mutex(State())

    private init() {}

    /// True until this process's engine has spoken: eSpeak NG carries state from one synthesis
    /// to the next (its pitch flutter and formant filters go on where they stopped), so only a
    /// fresh engine gives the same samples for the same text.
    public var isFresh: Bool { state.withLock { !$0.hasSynthesized } }

    /// Starts eSpeak NG on another thread (it reads its data and lists its ~360 voice files, for
    /// about 6–10 ms), so that overlaps reading the topic; the first synthesis waits for it. The
    /// command line starts it first thing; planning a spoken output starts it too, for programs
    /// that embed the library. A second call finds it started.
    public func startInBackground() {
        DispatchQueue.global(qos: .userInitiated).async {
            self.state.withLock { state in
                guard (try? Self.start(&state)) != nil else { return }
                _ = Self.installed(&state)
            }
        }
    }

    /// The engine's sample rate (22 050 Hz for eSpeak NG 1.51), starting the engine if needed.
    public func sampleRate() throws(SpeechError) -> Int {
        try state.withLock { state throws(SpeechError) -> Int in
            try Self.start(&state)
            return Int(state.sampleRate)
        }
    }

    /// Speaks `ssml` with `voice` and returns the samples and events. `onAudio`, if given,
    /// receives the samples instead, chunk by chunk as they are made, on the synthesising thread;
    /// a chunk is eSpeak NG's own buffer, valid only during the call (copy what you keep).
    public func synthesize(ssml: String, voice: VoiceProfile, onAudio: ((UnsafeBufferPointer<Int16>) -> Void)? = nil)
        throws(SpeechError) -> Synthesis {
        var kept: [Int16] = []
        // One piece: spoken here, no child and no scratch file.
        var synthesis = try synthesize(pieces: [ssml], voice: voice, scratchFolder: FileManager.default.temporaryDirectory,
                                       onAudio: onAudio ?? { kept.append(contentsOf: $0) })[0]
        synthesis.samples = kept
        return synthesis
    }

    /// Speaks `pieces` as one stream of audio, each piece by a fresh copy of the engine as it
    /// stands now: the first in this process, the others at the same time in child processes
    /// forked from it, on other cores (eSpeak NG has one engine per process). So the samples are
    /// the same whether there is one core or several. `onAudio` receives every piece's samples
    /// in order: the first's as they are made, each other's, from the unlinked file in
    /// `scratchFolder` its child wrote, once the pieces before it are done. Returns one
    /// `Synthesis` per piece, its events counted from the piece's own first sample.
    func synthesize(pieces: [String], voice: VoiceProfile, scratchFolder: URL,
                    onAudio: @escaping (UnsafeBufferPointer<Int16>) -> Void) throws(SpeechError) -> [Synthesis] {
        try state.withLock { state throws(SpeechError) -> [Synthesis] in
            try Self.start(&state)
            try Self.apply(voice, to: &state)
            state.hasSynthesized = true
            // A child not collected (this process failed first) is stopped when it is let go.
            var children: [ForkedPiece] = []
            for piece in pieces.dropFirst() {
                children.append(try ForkedPiece(scratchFolder: scratchFolder) { descriptor in
                    piece.withCString { hlspeak_fork_piece($0, Self.flags, Self.seed(for: piece), descriptor) }
                })
            }
            let sink = SynthesisSink(onAudio: onAudio)
            let status = Self.speak(pieces.first ?? "", into: sink)
            guard status == EE_OK else { throw .synthesisFailed(code: status.rawValue) }
            var made = [Synthesis(samples: [], sampleCount: sink.sampleCount, sampleRate: Int(state.sampleRate), events: sink.events)]
            while !children.isEmpty {
                let child = children.removeFirst()
                let (count, events) = try child.collect(kind: { Self.kind(of: espeak_EVENT_TYPE(UInt32(clamping: $0))) }, onAudio: onAudio)
                made.append(Synthesis(samples: [], sampleCount: count, sampleRate: Int(state.sampleRate), events: events))
            }
            return made
        }
    }

    /// How every text is given to eSpeak NG: UTF-8 SSML, with the pause after the last sentence.
    private static let flags = UInt32(espeakCHARS_UTF8) | UInt32(espeakSSML) | UInt32(espeakENDPAUSE)

    /// Speaks `ssml` into `sink` with the engine as it is set up; call it under the engine's lock.
    private static func speak(_ ssml: String, into sink: SynthesisSink) -> espeak_ERROR {
        // eSpeak NG's noise comes from the C library's rand(): seeding it from the text makes
        // the same text give the same samples, whichever process speaks it.
        srand(seed(for: ssml))
        return withExtendedLifetime(sink) {
            ssml.withCString { text in
                espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, flags, nil,
                             Unmanaged.passUnretained(sink).toOpaque())
            }
        }
    }

    /// eSpeak NG's phonemes for plain `text` (its `-x` notation), for pronunciation tests and
    /// syllable counts; `separated` puts `_` between phonemes.
    public func phonemes(for text: String, voice: VoiceProfile, separated: Bool = false) throws(SpeechError) -> String {
        try state.withLock { state throws(SpeechError) -> String in
            try Self.start(&state)
            try Self.apply(voice, to: &state)
            if !state.hasSynthesized {
                let discard = SynthesisSink(onAudio: { _ in })
                withExtendedLifetime(discard) {
                    _ = espeak_Synth("a", 2, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8), nil,
                                     Unmanaged.passUnretained(discard).toOpaque())
                }
                state.hasSynthesized = true
            }
            var clauses: [String] = []
            text.withCString { start in
                var pointer: UnsafeRawPointer? = UnsafeRawPointer(start)
                while pointer != nil {
                    let mode = separated ? Int32(UInt8(ascii: "_")) << 8 : 0
                    guard let phonemes = espeak_TextToPhonemes(&pointer, espeakCHARS_UTF8, mode) else { break }
                    clauses.append(String(cString: phonemes))
                }
            }
            return clauses.joined(separator: " ")
        }
    }

    /// The events hlspeak keeps, by eSpeak NG's type (the others are internal).
    fileprivate static func kind(of type: espeak_EVENT_TYPE) -> SpeechEvent.Kind? {
        switch type {
        case espeakEVENT_WORD: .word
        case espeakEVENT_SENTENCE: .sentence
        case espeakEVENT_END: .end
        case espeakEVENT_MARK: .mark
        default: nil
        }
    }

    /// FNV-1a of the text: stable across processes, unlike `hashValue`.
    static func seed(for text: String) -> UInt32 {
        text.utf8.reduce(2_166_136_261 as UInt32) { ($0 ^ UInt32($1)) &* 16_777_619 }
    }

    private static func start(_ state: inout State) throws(SpeechError) {
        guard state.sampleRate == 0 else { return }
        // 500 ms buffers: fewer, larger callbacks than the default 60 ms.
        let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, nil, Int32(espeakINITIALIZE_DONT_EXIT))
        guard rate > 0 else { throw .engineUnavailable }  // 1.51 returns 0, not -1, on failure
        espeak_SetSynthCallback(synthesisCallback)
        espeak_SetUriCallback(refuseURI)
        state.sampleRate = rate
    }

    /// True when eSpeak NG has voice `name` (`en-us`) and, if given, `variant` (`f3`) installed.
    public func hasVoice(_ name: String, variant: String?) throws(SpeechError) -> Bool {
        try state.withLock { state throws(SpeechError) -> Bool in
            try Self.start(&state)
            let installed = Self.installed(&state)
            return installed.voices.contains(name.lowercased()) && variant.map(installed.variants.contains) ?? true
        }
    }

    private static func installed(_ state: inout State) -> InstalledVoices {
        if let known = state.installed { return known }
        var voices: Set<String> = []
        if var list = espeak_ListVoices(nil) {
            while let voice = list.pointee {
                if let identifier = voice.pointee.identifier.map({ String(cString: $0).lowercased() }) {
                    voices.insert(identifier)
                    // Cut at the byte: a character split of ~130 names cost 0.5 M instructions a start.
                    voices.insert(identifier.utf8.split(separator: UInt8(ascii: "/")).last.map { String(Substring($0)) } ?? "")
                }
                // Pairs of a priority byte and a language name, ending with a zero byte.
                if var language = voice.pointee.languages {
                    while language.pointee != 0 {
                        let name = String(cString: language + 1)
                        voices.insert(name.lowercased())
                        language += 1 + name.utf8.count + 1
                    }
                }
                list += 1
            }
        }
        var dataPath: UnsafePointer<CChar>?
        _ = espeak_Info(&dataPath)
        let variantFolder = dataPath.map { String(cString: $0) + "/voices/!v" } ?? ""
        let variants = Set((try? FileManager.default.contentsOfDirectory(atPath: variantFolder)) ?? [])
        let installed = InstalledVoices(voices: voices, variants: variants)
        state.installed = installed
        return installed
    }

    private static func apply(_ voice: VoiceProfile, to state: inout State) throws(SpeechError) {
        // eSpeak NG joins the name onto its voices folder and formats it into a fixed buffer
        // unchecked: only installed names reach it.
        let installed = installed(&state)
        guard installed.voices.contains(voice.espeakVoice.lowercased()), voice.espeakVoice.count <= 40,
              voice.variant.map({ installed.variants.contains($0) && $0.count <= 30 }) ?? true else {
            throw .espeakVoiceNotFound(voice.espeakVoiceName, profile: voice.name, setting: voice.voiceSetting)
        }
        if state.voiceName != voice.espeakVoiceName {
            guard espeak_SetVoiceByName(voice.espeakVoiceName) == EE_OK else {
                state.voiceName = nil
                throw .espeakVoiceNotFound(voice.espeakVoiceName, profile: voice.name, setting: voice.voiceSetting)
            }
            state.voiceName = voice.espeakVoiceName
        }
        espeak_SetParameter(espeakRATE, Int32(voice.wordsPerMinute), 0)
        espeak_SetParameter(espeakPITCH, Int32(voice.pitch), 0)
        espeak_SetParameter(espeakVOLUME, Int32(voice.volume), 0)
        espeak_SetParameter(espeakWORDGAP, Int32(voice.wordGapMilliseconds / 10), 0)
    }
}

/// Hands one synthesis's samples on and collects its events; reached from the C callback through
/// `user_data`.
private final class SynthesisSink {
    var sampleCount = 0
    var events: [SpeechEvent] = []
    let onAudio: (UnsafeBufferPointer<Int16>) -> Void

    init(onAudio: @escaping (UnsafeBufferPointer<Int16>) -> Void) { self.onAudio = onAudio }
}

/// eSpeak NG's synthesis callback: samples on through the sink, events into it; 0 means go on.
private func synthesisCallback(_ wave: UnsafeMutablePointer<Int16>?, _ count: Int32,
                               _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard var event = events, let userData = event.pointee.user_data else { return 0 }
    let sink = Unmanaged<SynthesisSink>.fromOpaque(userData).takeUnretainedValue()
    if let wave, count > 0 {
        let chunk = UnsafeBufferPointer(start: wave, count: Int(count))
        sink.sampleCount += chunk.count
        sink.onAudio(chunk)  // eSpeak NG's buffer: the consumer copies what it keeps
    }
    while event.pointee.type != espeakEVENT_LIST_TERMINATED {
        if let kind = SpeechEngine.kind(of: event.pointee.type) {
            let name = kind == .mark ? event.pointee.id.name.map { String(cString: $0) } : nil
            sink.events.append(SpeechEvent(kind: kind, sample: Int(event.pointee.sample),
                                           textPosition: Int(event.pointee.text_position),
                                           length: Int(event.pointee.length), name: name))
        }
        event += 1
    }
    return 0
}

/// Refuses every URI in SSML (`<audio src>`): eSpeak NG then speaks the element's text instead
/// of opening the file.
private func refuseURI(_ type: Int32, _ uri: UnsafePointer<CChar>?, _ base: UnsafePointer<CChar>?) -> Int32 {
    1
}
