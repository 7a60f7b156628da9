import Foundation

/// Finishes a tagged PDF from Cairo 1.16 with what Cairo cannot write and PDF/UA-1 asks for,
/// through libqpdf: page furniture (the running header, the footer, page numbers, all drawn
/// outside any structure element) marked as Artifacts, the document language, the title shown
/// instead of the file name, and XMP metadata declaring PDF/UA-1 with the title and language.
enum PDFUAFinisher {
    struct Failure: Error { var reason: String }

    /// `hlspeak_pdf_finish` and `hlspeak_pdf_untagged_text` (Sources/CQPDF), from the library
    /// libHLSpeakQPDF.so beside the program (or in ../lib/hlspeak when installed), opened the
    /// first time a PDF is finished: libqpdf and what it brings are not loaded by commands that
    /// make no PDF.
    private typealias Finish = @convention(c) (UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                               UnsafePointer<CChar>?, Int, UnsafeMutablePointer<CChar>?, Int) -> Int32
    private typealias Untagged = @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<Int32>?, Int32,
                                                 UnsafeMutablePointer<CChar>?, Int) -> Int32

    private struct Library: @unchecked Sendable {
        var finish: Finish
        var untagged: Untagged
    }

    /// A library that is missing or not hlspeak's is `PrintError.libraryMissing`, which says what
    /// to install; nothing about the disk or the PDF is wrong then.
    private static let library: Result<Library, PrintError> = {
        let folder = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [folder.appendingPathComponent("libHLSpeakQPDF.so"),
                          folder.deletingLastPathComponent().appendingPathComponent("lib/hlspeak/libHLSpeakQPDF.so")]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.path) {
            guard let handle = dlopen(candidate.path, RTLD_NOW | RTLD_LOCAL) else {
                return .failure(.libraryMissing("\(candidate.path) cannot be loaded ("
                    + (dlerror().map { String(cString: $0) } ?? "unknown reason") + "); " + reinstall))
            }
            guard let finish = dlsym(handle, "hlspeak_pdf_finish"), let untagged = dlsym(handle, "hlspeak_pdf_untagged_text") else {
                return .failure(.libraryMissing("\(candidate.path) is not hlspeak's PDF library; " + reinstall))
            }
            return .success(Library(finish: unsafeBitCast(finish, to: Finish.self), untagged: unsafeBitCast(untagged, to: Untagged.self)))
        }
        return .failure(.libraryMissing("libHLSpeakQPDF.so, which finishes PDFs, is missing (looked in "
            + "\(candidates.map(\.path).joined(separator: ", "))); " + reinstall))
    }()

    private static let reinstall = "build it with 'swift build --product HLSpeakQPDF' or install hlspeak again ('make install')"


    /// Rewrites the PDF at `url` in place (through a sibling temporary file).
    static func apply(to url: URL, title: String, author: String?, language: String) throws {
        let finished = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).ua")
        defer { try? FileManager.default.removeItem(at: finished) }
        let packet = Array(xmp(title: title, author: author, language: language).utf8)
        var reason = [CChar](repeating: 0, count: 512)
        let finish = try library.get().finish
        let status = packet.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { xmp in
                finish(url.path, finished.path, language, xmp.baseAddress, xmp.count, &reason, reason.count)
            }
        }
        guard status == 0 else { throw Failure(reason: text(reason)) }
        guard rename(finished.path, url.path) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
    }

    /// How many text objects each page draws outside any tag or artifact (none, once finished).
    static func untaggedText(in url: URL) throws -> [Int] {
        var reason = [CChar](repeating: 0, count: 512)
        var counts = [Int32](repeating: 0, count: 1000)
        let pages = try library.get().untagged(url.path, &counts, Int32(counts.count), &reason, reason.count)
        guard pages >= 0 else { throw Failure(reason: text(reason)) }
        return counts.prefix(Int(pages)).map(Int.init)
    }

    private static func text(_ reason: [CChar]) -> String {
        String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The XMP packet: PDF/UA identification, title, language and author (text escaped).
    static func xmp(title: String, author: String?, language: String) -> String {
        let creator = author.map {
            "   <dc:creator><rdf:Seq><rdf:li>\(MarkupEscaping.xml($0))</rdf:li></rdf:Seq></dc:creator>\n"
        } ?? ""
        return """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
           <pdfuaid:part>1</pdfuaid:part>
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(MarkupEscaping.xml(title))</rdf:li></rdf:Alt></dc:title>
           <dc:language><rdf:Bag><rdf:li>\(MarkupEscaping.xml(language))</rdf:li></rdf:Bag></dc:language>
        \(creator)   <dc:format>application/pdf</dc:format>
           <xmp:CreatorTool>hlspeak</xmp:CreatorTool>
           <xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>
           <xmp:ModifyDate>2000-01-01T00:00:00Z</xmp:ModifyDate>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>
        """
    }
}
