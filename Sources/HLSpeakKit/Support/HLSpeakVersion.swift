/// hlspeak's version, shown by `--version` and part of every build fingerprint (a new version
/// remakes every output).
public enum HLSpeakVersion {
    public static let number = "0.3.0"
    public static let description = "hlspeak \(number) (eSpeak NG 1.51 through its C API)"
}
