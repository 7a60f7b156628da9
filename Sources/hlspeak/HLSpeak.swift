import ArgumentParser
import HLSpeakKit

/// The `hlspeak` command: turns Health Library topics into spoken audio and other formats.
///
/// Every command names itself (`commandName`): left out, ArgumentParser works the name out with
/// `String(describing:)` of the type, whose protocol-conformance lookups cost ~14 M instructions
/// on every run, a third of hlspeak's start-up.
@main
struct HLSpeak: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hlspeak",
        abstract: "Turn Health Library topics into the formats patients ask for.",
        discussion: """
            Examples:
              hlspeak miscarriage --section coping       speak a section
              hlspeak miscarriage -s coping --format all every format side by side
              hlspeak phone-line miscarriage             a phone line with menus
              hlspeak say "Take 500 mg every 4-6 hours"  how text is read aloud
              hlspeak simplify miscarriage -s coping     plain-language suggestions
              hlspeak review miscarriage -s coping       decide what the plain version says
              hlspeak readability miscarriage            reading levels
              hlspeak build                              the whole library
              hlspeak list miscarriage                   a topic's sections
              hlspeak check                              check the content
              hlspeak new sore-throat --title "Sore Throat"  start a topic
              hlspeak voices                             the voices
              hlspeak serve                              the staff workspace in a browser
            """,
        version: HLSpeakVersion.description,
        subcommands: [Speak.self, PhoneLine.self, Serve.self, Say.self, Simplify.self, Review.self, Readability.self, Build.self, ListTopics.self, Check.self, New.self, Import.self, CheckBRF.self, Voices.self, Pronunciations.self],
        defaultSubcommand: Speak.self)

    /// Starts eSpeak NG on another thread first, then parses and runs the command. Most runs
    /// speak (the default command does), and starting the engine (its data and its ~360 voice
    /// files, ~6 ms) then overlaps parsing the command line and reading the library and the
    /// topic, where started once the plan was known the first sentence waited 1–3 ms for it (the
    /// median of `coping` to WAV 0.9–2.5 ms less over 120 and 150 interleaved runs). A command
    /// that never speaks exits without waiting for it.
    static func main() {
        SpeechEngine.shared.startInBackground()
        main(nil)
    }
}
