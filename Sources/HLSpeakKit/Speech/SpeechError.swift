/// Why speech could not be made, in words for clinic staff.
public enum SpeechError: HLSpeakError, Equatable {
    case voicesFolderMissing(path: String)
    case unknownVoice(String, available: [String])
    case invalidVoiceProfile(path: String, line: Int?, reason: String)
    case invalidLexicon(path: String, line: Int?, reason: String)
    /// eSpeak NG could not start (its data is missing).
    case engineUnavailable
    /// eSpeak NG does not know the voice a profile names; `setting` is where the profile names it.
    case espeakVoiceNotFound(String, profile: String, setting: String?)
    case synthesisFailed(code: Int32)
    /// The second process that speaks part of a long section side by side could not run.
    case secondProcessFailed(reason: String)

    public var description: String {
        switch self {
        case .voicesFolderMissing(let path):
            return "voices folder '\(path)' does not exist; run hlspeak from the project folder, "
                + "or name the folder with --voices DIR (or HLSPEAK_VOICES)"
        case .unknownVoice(let name, let available):
            let choices = available.isEmpty ? "the voices folder has no profiles (NAME.yml)"
                : "choose one of \(available.joined(separator: ", ")) with --voice NAME"
            return "no voice '\(name)'; \(choices), or add Voices/\(name).yml"
        case .invalidVoiceProfile(let path, let line, let reason):
            return "\(line.map { "\(path):\($0)" } ?? path): \(reason)"
        case .invalidLexicon(let path, let line, let reason):
            return "\(line.map { "\(path):\($0)" } ?? path): \(reason)"
        case .engineUnavailable:
            return "eSpeak NG could not start because its voice data is missing; install it with "
                + "'apt-get install espeak-ng-data', or set ESPEAK_DATA_PATH to the folder that holds espeak-ng-data"
        case .espeakVoiceNotFound(let voice, let profile, let setting):
            return (setting.map { "\($0): " } ?? "") + "eSpeak NG has no voice '\(voice)' (named in voice profile '\(profile)'); "
                + "'espeak-ng --voices=en' lists the English voices, and variants are names such as f3, m2 or klatt"
        case .synthesisFailed(let code):
            return "eSpeak NG failed while speaking (error \(code)); try again, and report it if it repeats"
        case .secondProcessFailed(let reason):
            return "the second process that speaks half of the section failed: \(reason); "
                + "check that the output folder has room and the system allows another process, then try again"
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .voicesFolderMissing: ExitStatus.noInput
        case .unknownVoice: ExitStatus.usage
        case .invalidVoiceProfile, .invalidLexicon, .espeakVoiceNotFound: ExitStatus.dataError
        case .engineUnavailable: ExitStatus.unavailable
        case .synthesisFailed, .secondProcessFailed: ExitStatus.software
        }
    }
}
