import Foundation

/// What `hlspeak list` shows: the topics with their titles, or one topic's sections with their
/// words and spoken time.
public enum TopicListing {
    /// One line per topic file: its id and title, or, when it has errors, the first of them and a
    /// pointer to `check`, which lists them all.
    public static func topics(in content: ContentLibrary) -> [String] {
        let files = content.topicFiles()
        guard !files.isEmpty else { return ["No topics in \(content.directory.path); add a TOPIC.md file there."] }
        return files.map { file in
            let id = file.deletingPathExtension().lastPathComponent
            let reading = content.reader.read(contentsOf: file, file: FilePaths.display(file))
            if let topic = reading.topic, reading.diagnostics.errors.isEmpty {
                return "\(id)  \(topic.title)  (\(topic.sections.count) sections)"
            }
            let first = reading.diagnostics.errors.first.map { error in
                (error.line.map { "\(error.file):\($0)" } ?? error.file) + ": " + error.message
            }
            return "\(id)  (cannot be used: \(first ?? FilePaths.display(file)); 'hlspeak check \(id)' lists every problem)"
        }
    }

    /// The table of `topic`'s sections with the times of `voice` from `voicesFolder`, or (nil) of
    /// the voice its language uses ("default-es"). Without a voices folder and with no voice
    /// named, the times are those of a default voice at 160 words a minute; a named voice needs
    /// the folder, and its absence is the error.
    public static func sections(of topic: Topic, voicesFolder: URL, voice: String?, language: Language) throws -> [String] {
        guard FilePaths.isFolder(voicesFolder) || voice != nil else {
            return sections(of: topic, voice: VoiceProfile(name: VoiceLibrary.defaultVoice, language: language))
        }
        let voices = try VoiceLibrary(directory: voicesFolder)
        return sections(of: topic, voice: try voice.map(voices.profile(named:)) ?? voices.profile(forLanguage: topic.language))
    }

    /// The topic's title, then a table of its sections and subsections: id, title, words and the
    /// time `voice` takes to say them (0:00 for a section with only gaps, which is not spoken).
    public static func sections(of topic: Topic, voice: VoiceProfile) -> [String] {
        let renderer = SpeechRenderer(voice: voice)
        // What is spoken: the readable sections (no gaps, no introductions of lost lists).
        let spoken = Dictionary(topic.readable(voice.language.sentences).allSections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = topic.allSections.map { section in
            (id: String(repeating: "  ", count: section.level - 1) + section.id, section: section)
        }
        let idWidth = max(2, rows.map(\.id.count).max() ?? 0)
        let titleWidth = max(5, rows.map(\.section.title.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String {
            text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
        }
        var lines = ["\(topic.title) (\(topic.id))", pad("id", idWidth) + "  " + pad("title", titleWidth) + "  words  spoken"]
        for row in rows {
            let words = String(row.section.wordCount)
            let seconds = spoken[row.section.id].map { Int(renderer.estimatedDuration(of: $0).rounded()) } ?? 0
            lines.append(pad(row.id, idWidth) + "  " + pad(row.section.title, titleWidth) + "  "
                + String(repeating: " ", count: max(0, 5 - words.count)) + words + "  "
                + String(format: "%d:%02d", seconds / 60, seconds % 60))
        }
        return lines
    }
}
