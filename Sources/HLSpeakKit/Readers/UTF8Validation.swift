import Foundation

/// Finds the first byte that is not valid UTF-8, so the checker can name the file and offset.
enum UTF8Validation {
    /// The byte offset of the first invalid sequence, or nil when all of `data` is valid UTF-8.
    /// Read as raw bytes: `Data`'s own iterator costs ~55 instructions a byte.
    static func firstInvalidOffset(in data: Data) -> Int? {
        data.withUnsafeBytes { firstInvalidOffset(in: $0) }
    }

    /// The byte offset of the first invalid sequence, or nil when all of `bytes` is valid UTF-8.
    static func firstInvalidOffset<Bytes: Sequence>(in bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
