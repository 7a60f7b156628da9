import Foundation

/// Outputs that say the same words in the same voice at the same rate (the WAV and MP3 of one
/// section) are made from one synthesis: the first of a group is spoken, the rest are written
/// from its samples, byte for byte what each would be alone.
extension Exporter {
    /// `items` in groups that can share one synthesis, in their first order; `request` gives each
    /// item's request. Requests that do not resolve stay alone (making them reports why).
    func groupedBySpeech<Item>(_ items: [Item], request: (Item) -> ExportRequest) -> [[Item]] {
        var groups: [[Item]] = []
        var keys: [SpeechKey?] = []
        for item in items {
            let key = speechKey(request(item))
            if let key, let index = keys.firstIndex(of: key) {
                groups[index].append(item)
            } else {
                groups.append([item])
                keys.append(key)
            }
        }
        return groups
    }

    /// What must be equal for two requests to share speech; nil for requests that speak nothing.
    private func speechKey(_ request: ExportRequest) -> SpeechKey? {
        // Writers of one section are the spoken ones: asked of the scope, not with a cast, which
        // costs the runtime a search of every conformance in the program the first time.
        guard let resolved = try? resolve(request), resolved.writer.scope == .oneSection,
              let voice = resolved.voice, let audio = resolved.audio else { return nil }
        return SpeechKey(topic: request.topic, sections: request.sections, plain: request.plain, voice: voice.name,
                         sampleRate: audio.sampleRate, bandLimit: audio.bandLimit)
    }

    private struct SpeechKey: Hashable {
        var topic: String
        var sections: [String]
        var plain: Bool
        var voice: String
        var sampleRate: Int?
        var bandLimit: Double?
    }

    /// Makes a group of outputs that share speech (or one output of any kind); one result each.
    public func export(_ group: [PlannedExport]) throws -> [WrittenOutput] {
        let outputs = try exportUnremembered(group)
        remember(group, outputs)
        return outputs
    }

    private func exportUnremembered(_ group: [PlannedExport]) throws -> [WrittenOutput] {
        guard let first = group.first else { return [] }
        guard group.count > 1 else { return [try export(first.request, to: first.destination)] }
        let resolved = try group.map { try resolve($0.request) }
        if !SpeechEngine.shared.isFresh, let freshProcess {
            return try exportInFreshProcess(group, command: freshProcess)
        }
        let files = zip(resolved, group).map { location(of: $0, at: $1.destination) }
        for file in files { try AtomicFile.makeFolder(file.deletingLastPathComponent()) }
        let companions = zip(resolved, files).dropFirst().map { (format: $0.audio!, destination: $1) }
        return try SpokenAudioWriter(resolved[0]).write(try document(for: resolved[0]), to: files[0], alongside: Array(companions))
    }
}
