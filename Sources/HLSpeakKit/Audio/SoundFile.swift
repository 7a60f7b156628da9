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
        try AtomicFile.write(to: url) { temporary in try encode(audio, to: temporary, as: encoding, naming: url) }
    }

    /// Encodes `audio` into the new file `path`; `naming` is the file messages name.
    static func encode(_ audio: AudioBuffer, to path: URL, as encoding: Encoding, naming: URL) throws {
        let writer = try SoundFileWriter(path, encoding: encoding, sampleRate: audio.sampleRate, naming: naming)
        try audio.samples.withUnsafeBufferPointer { try writer.write($0) }
        try writer.close()
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

/// Encodes audio into a new file as it comes, chunk by chunk. libsndfile writes through callbacks
/// of ours, so a write the disk refuses (full, or gone) is an error here, even inside the MP3
/// encoder, which does not report one itself. Samples beyond full scale are clamped, never
/// wrapped around.
final class SoundFileWriter: SampleSink {
    private let file: OpaquePointer
    private var isClosed = false
    private let sink: FileSink
    private let naming: URL
    private var shorts = [Int16](repeating: 0, count: 16_384)
    private var expected = 0
    private var written = 0

    init(_ path: URL, encoding: SoundFile.Encoding, sampleRate: Int, naming: URL) throws {
        let descriptor = open(path.path, O_RDWR | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError.cannotCreate(path: naming.path, reason: String(cString: strerror(errno)))
        }
        sink = FileSink(descriptor: descriptor)
        self.naming = naming
        var info = SF_INFO()
        info.samplerate = Int32(sampleRate)
        info.channels = 1
        info.format = encoding.format
        var io = FileSink.callbacks
        guard let file = sf_open_virtual(&io, Int32(SFM_WRITE), &info, Unmanaged.passUnretained(sink).toOpaque()) else {
            throw OutputError.cannotCreate(path: naming.path, reason: String(cString: sf_strerror(nil)))
        }
        self.file = file
    }

    deinit {
        if !isClosed {  // a write failed: let go of the file (the caller deletes it)
            sf_close(file)
            Foundation.close(sink.descriptor)
        }
    }

    func write(_ samples: UnsafeBufferPointer<Float>) throws {
        expected += samples.count
        let file = self.file
        var written = 0
        shorts.withUnsafeMutableBufferPointer { chunk in
            for start in stride(from: 0, to: samples.count, by: chunk.count) {
                let count = min(chunk.count, samples.count - start)
                SampleMath.int16(UnsafeBufferPointer(rebasing: samples[start..<(start + count)]), into: chunk)
                written += Int(sf_write_short(file, chunk.baseAddress, sf_count_t(count)))
            }
        }
        self.written += written
        if let failure = sink.failure { throw OutputError.writeFailed(path: naming.path, reason: failure) }
    }

    /// Writes 16-bit samples as they are.
    func write(shorts samples: UnsafeBufferPointer<Int16>) throws {
        expected += samples.count
        written += Int(sf_write_short(file, samples.baseAddress, sf_count_t(samples.count)))
        if let failure = sink.failure { throw OutputError.writeFailed(path: naming.path, reason: failure) }
    }

    /// Finishes the file (headers, the encoder's last frames) and closes it.
    func close() throws {
        let reason = String(cString: sf_strerror(file))
        let closed = sf_close(file)
        Foundation.close(sink.descriptor)
        isClosed = true
        if let failure = sink.failure {
            throw OutputError.writeFailed(path: naming.path, reason: failure)
        }
        guard written == expected, closed == 0 else {
            throw AudioError.encodingFailed(path: naming.path, reason: reason)
        }
    }
}

/// The file libsndfile writes into, through our own calls, so that every refused write is seen:
/// the first failure is kept, and every write after it is refused too.
private final class FileSink {
    let descriptor: Int32
    var failure: String?
    /// Up to where the kernel was asked to start writing the file out to disk.
    var startedOut: off_t = 0
    /// How much is written before the kernel is asked to start writing it out: the rename that
    /// puts a finished file in place of an old one makes ext4 write out every byte still only in
    /// memory first (a 3 MB WAV: 6–20 ms on the test machine), while data asked for earlier goes
    /// out as the rest of the file is still being made (2–4 ms left; 5 ms less per WAV).
    static let writeOutEvery: off_t = 256 * 1024

    init(descriptor: Int32) { self.descriptor = descriptor }

    static var callbacks: SF_VIRTUAL_IO {
        SF_VIRTUAL_IO(
            get_filelen: { data in
                var info = stat()
                return fstat(fileSink(data).descriptor, &info) == 0 ? sf_count_t(info.st_size) : -1
            },
            seek: { offset, whence, data in sf_count_t(lseek(fileSink(data).descriptor, off_t(offset), whence)) },
            read: { buffer, count, data in
                guard let buffer else { return 0 }
                return sf_count_t(max(0, Foundation.read(fileSink(data).descriptor, buffer, Int(count))))
            },
            write: { buffer, count, data in
                let sink = fileSink(data)
                guard sink.failure == nil, let buffer else { return 0 }
                var done = 0
                while done < Int(count) {
                    let written = Foundation.write(sink.descriptor, buffer + done, Int(count) - done)
                    guard written > 0 else {
                        sink.failure = String(cString: strerror(written < 0 ? errno : ENOSPC))
                        return sf_count_t(done)
                    }
                    done += written
                }
                sink.startWritingOut()
                return count
            },
            tell: { data in sf_count_t(lseek(fileSink(data).descriptor, 0, SEEK_CUR)) })
    }

    /// Asks the kernel to start writing out what was written since the last time, once there is
    /// `writeOutEvery` of it: advice (POSIX_FADV_DONTNEED starts the write-out of dirty pages on
    /// Linux and keeps them), so nothing here can fail the file.
    func startWritingOut() {
        let end = lseek(descriptor, 0, SEEK_CUR)
        guard end - startedOut >= Self.writeOutEvery else { return }
        _ = posix_fadvise(descriptor, startedOut, end - startedOut, POSIX_FADV_DONTNEED)
        startedOut = end
    }

}

/// The sink behind libsndfile's `user_data`.
private func fileSink(_ data: UnsafeMutableRawPointer?) -> FileSink {
    Unmanaged<FileSink>.fromOpaque(data!).takeUnretainedValue()
}
