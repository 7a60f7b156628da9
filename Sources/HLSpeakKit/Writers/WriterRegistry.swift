/// Every format hlspeak writes, in the order `--format all` writes them.
enum WriterRegistry {
    static let writers: [any OutputWriter.Type] = [
        WAVWriter.self,
        PhoneAudioWriter.self,
        MP3Writer.self,
        LargePrintWriter.self,
        LargePrintTextWriter.self,
        HTMLWriter.self,
        ScreenTextWriter.self,
        BRFWriter.self,
        PEFWriter.self,
        EPUBWriter.self,
        PhoneLineWriter.self,
    ]
}
