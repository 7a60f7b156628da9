import CSndfile
import Foundation

/// The one place that talks to libsndfile: writes and reads audio files.
public enum SoundFile {
    /// The encodings hlspeak writes.
    public enum Encoding: Hashable, Sendable {
        /// RIFF WAV, 16-bit signed PCM.
        case wavPCM16

        var format: Int32 {
            switch self {
            case .wavPCM16: Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)
            }
        }
    }

    /// Writes `audio` to `url` atomically (temporary name, then rename).
    public static func write(_ audio: AudioBuffer, to url: URL, as encoding: Encoding = .wavPCM16) throws {
        try AtomicFile.write(to: url) { temporary in
            var info = SF_INFO()
            info.samplerate = Int32(audio.sampleRate)
            info.channels = 1
            info.format = encoding.format
            guard let file = sf_open(temporary.path, Int32(SFM_WRITE), &info) else {
                let reason = String(cString: sf_strerror(nil))
                throw OutputError.cannotCreate(path: url.path, reason: reason)
            }
            let written = audio.samples.withUnsafeBufferPointer { buffer in
                sf_write_short(file, buffer.baseAddress, sf_count_t(buffer.count))
            }
            let reason = String(cString: sf_strerror(file))
            let closed = sf_close(file)
            guard written == audio.samples.count, closed == 0 else {
                throw AudioError.encodingFailed(path: url.path, reason: reason)
            }
        }
    }

    /// Reads a mono file as 16-bit samples.
    public static func read(_ url: URL) throws(AudioError) -> AudioBuffer {
        var info = SF_INFO()
        guard let file = sf_open(url.path, Int32(SFM_READ), &info) else {
            throw .cannotRead(path: url.path, reason: String(cString: sf_strerror(nil)))
        }
        defer { sf_close(file) }
        guard info.channels == 1 else {
            throw .cannotRead(path: url.path, reason: "it has \(info.channels) channels; hlspeak reads mono files")
        }
        var samples = [Int16](repeating: 0, count: Int(info.frames))
        let read = samples.withUnsafeMutableBufferPointer { buffer in
            sf_read_short(file, buffer.baseAddress, sf_count_t(buffer.count))
        }
        return AudioBuffer(samples: Array(samples.prefix(Int(read))), sampleRate: Int(info.samplerate))
    }
}
