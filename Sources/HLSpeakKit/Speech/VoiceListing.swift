/// What `hlspeak voices` shows: one line per voice profile with its speed, language, eSpeak NG
/// voice, what speaking with it writes, and its description.
public enum VoiceListing {
    public static func lines(_ voices: VoiceLibrary) -> [String] {
        var rows: [[String]] = [["voice", "speed", "language", "eSpeak NG", "writes", "description"]]
        for name in voices.voiceNames {
            guard let voice = try? voices.profile(named: name) else {
                rows.append([name, "", "", "", "", "(has errors: try 'hlspeak voices --say \"test\" --voice \(name)')"])
                continue
            }
            let writes = voice.phoneCodec.map { "8 kHz \($0.rawValue)" } ?? "22 kHz WAV"
            rows.append([name, "\(voice.wordsPerMinute) wpm", voice.language.tag, voice.espeakVoiceName, writes, voice.description ?? ""])
        }
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, text in
                column == row.count - 1 ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
