/// An Asterisk dialplan (`extensions.conf`) for a phone-line prompt set: the intro plays, the
/// menu waits for a digit, each digit plays its prompt or opens the next menu, 0 repeats, and the
/// standard `i` (invalid) and `t` (timeout) extensions are handled.
struct AsteriskDialplan {
    var manifest: PhoneLineWriter.Manifest
    var codec: AudioFormat

    /// Where the prompts go under Asterisk's sounds folder.
    var soundFolder: String { "hlspeak/\(manifest.topic)" }
    var context: String { "hlspeak-\(manifest.topic)" }

    var text: String {
        var lines = [
            "; Asterisk dialplan for the \"\(manifest.title)\" phone line, written by hlspeak.",
            "; 1. Copy the prompt files to /var/lib/asterisk/sounds/\(soundFolder)/",
            "; 2. Add '#include \"/path/to/this/extensions.conf\"' to /etc/asterisk/extensions.conf",
            "; 3. Send calls to \(context),s,1 and run 'dialplan reload'.",
        ]
        if codec.fileExtension == "wav" && codec.encoding != .wavPCM16 {
            lines.append("; Note: Asterisk plays WAV files only as 16-bit PCM; write these prompts with")
            lines.append("; --codec pcm (or ulaw-raw, alaw-raw, sln) for Asterisk.")
        }
        lines += ["", "[\(context)]", "exten => s,1,Answer()"]
        // Another language is offered first, and its key works during the greeting and in the main menu.
        for choice in manifest.languages { lines.append(" same => n,Background(\(sounds(choice.prefix + "choice")))") }
        lines.append(" same => n,\(manifest.languages.isEmpty ? "Playback" : "Background")(\(sounds("intro")))")
        lines.append(" same => n,Goto(\(context)-menu,s,1)")
        for choice in manifest.languages {
            lines.append("exten => \(choice.key),1,Goto(\(context)-\(choice.prefix.dropLast()),s,1)")
        }
        for choice in manifest.languages {
            lines += ["", "[\(context)-\(choice.prefix.dropLast())]", "exten => s,1,Playback(\(sounds(choice.prefix + "intro")))",
                      " same => n,Goto(\(context)-\(choice.prefix)menu,s,1)"]
        }
        for menu in manifest.menus {
            let prefix = manifest.languages.first { menu.id.hasPrefix($0.prefix) }?.prefix ?? ""
            lines += ["", "[\(context)-\(menu.id)]"]
            lines.append("exten => s,1,Background(\(sounds(menu.id)))")
            lines.append(" same => n,WaitExten(8)")
            for option in menu.options {
                switch option.action {
                case .playSection(let id):
                    lines.append("exten => \(option.key),1,Playback(\(sounds(id)))")
                    lines.append(" same => n,Goto(s,1)")
                case .openMenu(let id):
                    lines.append("exten => \(option.key),1,Goto(\(context)-\(id),s,1)")
                }
            }
            if menu.id == "menu" {
                for choice in manifest.languages {
                    lines.append("exten => \(choice.key),1,Goto(\(context)-\(choice.prefix.dropLast()),s,1)")
                }
            }
            lines.append("exten => 0,1,Goto(s,1)")
            lines.append("exten => i,1,Playback(invalid)")
            lines.append(" same => n,Goto(s,1)")
            let closing = prefix + "closing"
            let hasClosing = manifest.prompts.contains { $0.id == closing }
            lines.append("exten => t,1,\(hasClosing ? "Playback(\(sounds(closing)))" : "NoOp(timeout)")")
            lines.append(" same => n,Hangup()")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The prompt's files, without extensions, joined with '&' when it was split into parts.
    private func sounds(_ id: String) -> String {
        manifest.prompts.filter { $0.id == id }
            .map { "\(soundFolder)/\($0.file.split(separator: ".").dropLast().joined(separator: "."))" }
            .joined(separator: "&")
    }
}
