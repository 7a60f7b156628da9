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
}
