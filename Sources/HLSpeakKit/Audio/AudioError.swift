/// Why an audio file could not be read or encoded.
public enum AudioError: HLSpeakError, Equatable {
    case cannotRead(path: String, reason: String)
    case encodingFailed(path: String, reason: String)
    case processingFailed(step: String, reason: String)
    /// A library audio needs (libsoxr, to resample) could not be loaded: what to install.
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            "cannot read audio file '\(path)': \(reason)"
        case .encodingFailed(let path, let reason):
            "writing audio to '\(path)' failed: \(reason); check there is free disk space, then run the command again"
        case .processingFailed(let step, let reason):
            "audio \(step) failed: \(reason); report this with the command you ran"
        case .libraryMissing(let message):
            message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .cannotRead: ExitStatus.noInput
        case .encodingFailed: ExitStatus.cannotCreate
        case .processingFailed: ExitStatus.software
        case .libraryMissing: ExitStatus.unavailable
        }
    }
}
