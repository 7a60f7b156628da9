import ArgumentParser

/// The `hlspeak` command: turns Health Library topics into spoken audio and other formats.
@main
struct HLSpeak: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hlspeak",
        abstract: "Turn Health Library topics into the formats patients ask for.",
        discussion: """
            Examples:
              hlspeak miscarriage --section coping     speak one section to out/miscarriage/coping.wav
              hlspeak miscarriage                      speak every section, one file each
              hlspeak miscarriage -s coping --script   show what would be spoken (SSML)
              hlspeak list                             list the topics
              hlspeak list miscarriage                 list a topic's sections
              hlspeak check                            check every content file
            """,
        subcommands: [Speak.self, PhoneLine.self, Say.self, Simplify.self, Readability.self, Build.self, ListTopics.self, Check.self, CheckBRF.self],
        defaultSubcommand: Speak.self)
}
