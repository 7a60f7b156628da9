/// Why an output file or folder could not be written.
public enum OutputError: HLSpeakError, Equatable {
    case cannotCreate(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create '\(path)': \(reason); check the folder exists and you may write to it, "
                + "or choose another place with --output"
        case .writeFailed(let path, let reason):
            "writing '\(path)' failed: \(reason); check there is free disk space, then run the command again"
        }
    }

    public var exitCode: Int32 { ExitStatus.cannotCreate }
}
