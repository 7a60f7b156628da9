import CPangoCairo
import Foundation

/// Why a PDF could not be made.
public enum PrintError: HLSpeakError, Equatable {
    case fontMissing(String)
    case sizeOutOfRange(Int)
    case renderingFailed(path: String, reason: String)
    /// Pango and Cairo could not be loaded (they are opened when the first PDF is made).
    case libraryMissing(String)

    public var description: String {
        switch self {
        case .fontMissing(let family):
            "the large-print font '\(family)' is not installed; install it with 'apt-get install fonts-tiresias' (make demo does)"
        case .sizeOutOfRange(let size):
            "--size \(size) is outside \(LargePrintStyle.sizes.lowerBound) to \(LargePrintStyle.sizes.upperBound) points; "
                + "large print is 18 by default"
        case .renderingFailed(let path, let reason):
            "the PDF '\(path)' could not be written (\(reason)); check there is free disk space and that you may "
                + "write to the folder, then run it again"
        case .libraryMissing(let message):
            message
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .fontMissing: ExitStatus.unavailable
        case .sizeOutOfRange: ExitStatus.usage
        case .renderingFailed: ExitStatus.cannotCreate
        case .libraryMissing: ExitStatus.unavailable
        }
    }
}

/// A block of text laid out by Pango: its lines and their heights, ready to draw whole or in
/// part. Owns the PangoLayout.
final class TextBlock {
    fileprivate let layout: OpaquePointer
    /// Each line's top (from the block's top) and height, in points.
    let lines: [(top: Double, height: Double, baseline: Double)]

    fileprivate init(layout: OpaquePointer) {
        self.layout = layout
        var lines: [(Double, Double, Double)] = []
        let iterator = pango_layout_get_iter(layout)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / Double(PANGO_SCALE)
            lines.append((Double(logical.y) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE), baseline))
        } while pango_layout_iter_next_line(iterator) != 0
        pango_layout_iter_free(iterator)
        self.lines = lines
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// The height of lines `range`, from the first's top to the last's bottom.
    func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }
}

/// The one place that talks to Pango and Cairo: a tagged PDF being drawn page by page.
final class PDFCanvas {
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    let width: Double
    let height: Double

    init(path: String, width: Double, height: Double) {
        self.width = width
        self.height = height
        surface = cairo_pdf_surface_create(path, width, height)
        cairo = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// Checks that fontconfig has `family`, rather than quietly drawing in a substitute.
    /// Loads Pango and Cairo if they are not loaded yet; call before anything else here.
    static func open() throws(PrintError) {
        if let message = hlspeak_open_pangocairo() { throw .libraryMissing(String(cString: message)) }
    }

    static func hasFont(_ family: String) -> Bool {
        guard let map = pango_cairo_font_map_get_default() else { return false }
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(map, &families, &count)
        defer { g_free(families) }
        return (0..<Int(count)).contains { index in
            guard let entry = families?[index], let name = pango_font_family_get_name(entry) else { return false }
            return String(cString: name) == family
        }
    }

    /// Lays out Pango `markup` (already escaped) in `font` at `size` points, `width` wide.
    func layout(markup: String, font: String, size: Double, bold: Bool, width: Double, lineSpacing: Double) -> TextBlock {
        let layout = pango_cairo_create_layout(cairo)!
        // Pango assumes 96 dpi; a PDF's unit is the point (72 per inch).
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        pango_layout_set_justify(layout, 0)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        pango_layout_set_markup(layout, markup, -1)
        return TextBlock(layout: layout)
    }

    /// Draws lines `range` of `block` with the first line's top at `y`.
    func draw(_ block: TextBlock, lines range: Range<Int>, x: Double, y: Double) {
        guard let first = range.first else { return }
        cairo_set_source_rgb(cairo, 0, 0, 0)
        for index in range {
            guard let line = pango_layout_get_line_readonly(block.layout, Int32(index)) else { continue }
            cairo_move_to(cairo, x, y + block.lines[index].baseline - block.lines[first].top)
            pango_cairo_show_layout_line(cairo, line)
        }
    }

    func beginTag(_ name: String, attributes: String = "") { cairo_tag_begin(cairo, name, attributes) }
    func endTag(_ name: String) { cairo_tag_end(cairo, name) }

    /// A bookmark to `page` (1-based) at `y` points from the top.
    func addBookmark(_ title: String, page: Int, y: Double) {
        let link = "page=\(page) pos=[\(72) \(Int(y))]"
        _ = cairo_pdf_surface_add_outline(surface, Int32(CAIRO_PDF_OUTLINE_ROOT), title, link, CAIRO_PDF_OUTLINE_FLAG_OPEN)
    }

    func setTitle(_ title: String, author: String?) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        if let author { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "hlspeak")
        // A fixed date, so the same content always gives the same bytes.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z")
    }

    func nextPage() { cairo_show_page(cairo) }

    /// Writes the file; throws with Cairo's reason if anything went wrong.
    func finish(path: String) throws(PrintError) {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .renderingFailed(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
