import CSndfile
import Foundation

/// The one place that talks to libsndfile: encodes and decodes audio files.
public enum SoundFile {
    /// A container and sample encoding libsndfile writes.
    public enum Encoding: String, Hashable, Sendable, CaseIterable {
        /// RIFF WAV, 16-bit signed PCM (format tag 1).
        case wavPCM16 = "wav-pcm16"
        /// RIFF WAV, G.711 mu-law (format tag 7): Cisco, Avaya, Amazon Connect.
        case wavMuLaw = "wav-ulaw"
        /// RIFF WAV, G.711 A-law (format tag 6).
        case wavALaw = "wav-alaw"
        /// Headerless G.711 mu-law (Asterisk `.ulaw`).
        case rawMuLaw = "raw-ulaw"
        /// Headerless G.711 A-law (Asterisk `.alaw`).
        case rawALaw = "raw-alaw"
        /// Headerless 16-bit little-endian PCM (Asterisk `.sln`).
        case rawPCM16 = "raw-sln16"
        /// MPEG-1/2 Layer III (MP3), for web players and Twilio.
        case mp3 = "mp3"

        var format: Int32 {
            let format: Int = switch self {
            case .wavPCM16: SF_FORMAT_WAV | SF_FORMAT_PCM_16
            case .wavMuLaw: SF_FORMAT_WAV | SF_FORMAT_ULAW
            case .wavALaw: SF_FORMAT_WAV | SF_FORMAT_ALAW
            case .rawMuLaw: SF_FORMAT_RAW | SF_FORMAT_ULAW
            case .rawALaw: SF_FORMAT_RAW | SF_FORMAT_ALAW
            case .rawPCM16: SF_FORMAT_RAW | SF_FORMAT_PCM_16 | SF_ENDIAN_LITTLE
            case .mp3: SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III
            }
            return Int32(format)
        }

        /// Bytes per sample of the encoded audio (0 for compressed formats).
        public var bytesPerSample: Int {
            switch self {
            case .wavPCM16, .rawPCM16: 2
            case .wavMuLaw, .wavALaw, .rawMuLaw, .rawALaw: 1
            case .mp3: 0
            }
        }
    }

    /// Writes `audio` to `url` atomically (temporary name, then rename). Samples beyond full
    /// scale are clamped rather than wrapped around.
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
            // Rounded and clamped here, so nothing wraps around; libsndfile encodes the 16-bit samples.
            var written = 0
            var shorts = [Int16](repeating: 0, count: 16_384)
            audio.samples.withUnsafeBufferPointer { source in
                shorts.withUnsafeMutableBufferPointer { chunk in
                    for start in stride(from: 0, to: source.count, by: chunk.count) {
                        let count = min(chunk.count, source.count - start)
                        for index in 0..<count {
                            let scaled = min(32767, max(-32768, source[start + index] * 32768))
                            // Adding 1.5·2^23 rounds to the nearest integer, which lands in the low
                            // bits of the float: a branch-free conversion the compiler vectorises.
                            chunk[index] = Int16(truncatingIfNeeded: (scaled + 12_582_912).bitPattern)
                        }
                        written += Int(sf_write_short(file, chunk.baseAddress, sf_count_t(count)))
                    }
                }
            }
            let reason = String(cString: sf_strerror(file))
            let closed = sf_close(file)
            guard written == audio.samples.count, closed == 0 else {
                throw AudioError.encodingFailed(path: url.path, reason: reason)
            }
        }
    }

    /// Reads a mono file; `rawRate` and `rawEncoding` describe a headerless file.
    public static func read(_ url: URL, rawRate: Int? = nil, rawEncoding: Encoding? = nil) throws(AudioError)
        -> AudioBuffer {
        var info = SF_INFO()
        if let rawRate, let rawEncoding {
            info.samplerate = Int32(rawRate)
            info.channels = 1
            info.format = rawEncoding.format
        }
        guard let file = sf_open(url.path, Int32(SFM_READ), &info) else {
            throw .cannotRead(path: url.path, reason: String(cString: sf_strerror(nil)))
        }
        defer { sf_close(file) }
        guard info.channels == 1 else {
            throw .cannotRead(path: url.path, reason: "it has \(info.channels) channels; hlspeak reads mono files")
        }
        var samples = [Float](repeating: 0, count: max(0, Int(info.frames)))
        let read = samples.withUnsafeMutableBufferPointer { buffer in
            sf_read_float(file, buffer.baseAddress, sf_count_t(buffer.count))
        }
        return AudioBuffer(samples: Array(samples.prefix(Int(read))), sampleRate: Int(info.samplerate))
    }
}
