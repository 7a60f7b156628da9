import Foundation
import HLSpeakKit

/// The frame of every workspace page, to the standard of hlspeak's own HTML: `lang`, a title
/// naming the page, a skip link, header/nav/main/footer landmarks, one `h1`, black on white,
/// focus outlines, text that reflows at 320 px. Every piece of content text goes through `escape`.
struct WorkspacePage: Sendable {
    var title: String
    var body: String
    /// A small script, for pages that work without it and do more with it.
    var script: String?

    var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) – hlspeak workspace</title>
        <style>\(Self.css)</style>
        </head>
        <body>
        <header>
        <a class="skip" href="#main">Skip to main content</a>
        <p class="brand">hlspeak workspace</p>
        <nav aria-label="Workspace">
        <ul>
        <li><a href="/">Library</a></li>
        <li><a href="/build">Build</a></li>
        </ul>
        </nav>
        </header>
        <main id="main">
        \(body)</main>
        <footer>
        <p>\(escape(HLSpeakVersion.description))</p>
        </footer>
        \(script.map { "<script>\($0)</script>\n" } ?? "")</body>
        </html>

        """
    }

    /// Black on white, links dark blue, large focus outlines, tables that scroll on a phone.
    static let css = """

    html { font-size: 112.5%; }
    body { margin: 0 auto; padding: 1rem; max-width: 60rem; color: #000; background: #fff;
      font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.5; overflow-wrap: anywhere; }
    a { color: #0b3d91; }
    a:focus, button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #000; outline-offset: 2px; }
    .skip { position: absolute; left: -10000px; }
    .skip:focus { position: static; display: inline-block; padding: 0.5rem; background: #fff; }
    header nav ul, .actions { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
    .brand { font-weight: bold; margin: 0; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #000; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    .notice { border: 3px solid #000; padding: 0.5rem 1rem; }
    .problem { font-weight: bold; }
    mark { background: #ffeb3b; color: #000; }
    del { text-decoration: line-through; }
    ins { text-decoration: underline; }
    .change { border-top: 2px solid #000; padding: 0.5rem 0; }
    form.inline { display: inline; }
    button { font: inherit; padding: 0.3rem 0.8rem; border: 2px solid #000; background: #fff; color: #000; }
    textarea, input[type=text] { font: inherit; width: 100%; max-width: 40rem; box-sizing: border-box; }
    select, button { font: inherit; min-height: 2.2rem; min-width: 2.2rem; }
    label { display: block; font-weight: bold; }
    audio { width: 100%; max-width: 40rem; }
    pre { white-space: pre-wrap; border: 1px solid #000; padding: 0.5rem; }
    footer { border-top: 2px solid #000; margin-top: 2rem; font-size: 0.9rem; }

    """
}

/// Text is data, never markup.
func escape(_ text: String) -> String { MarkupEscaping.xml(text) }

/// A URL path of segments (ids and file names), each with anything but unreserved characters
/// percent-encoded.
func path(_ parts: String...) -> String {
    let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return "/" + parts.map { $0.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }.joined(separator: "/")
}

/// "1:38".
func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
}

func grade(_ value: Double) -> String { String(format: "%.1f", value) }
