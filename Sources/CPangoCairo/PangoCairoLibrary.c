// Pango and Cairo (with GLib), loaded the first time a PDF is laid out: each function hlspeak
// uses forwards to the real one. libpangocairo brings pango, cairo, gobject and glib, whose
// functions are found through it.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "libpangocairo-1.0.so.0", "libpangocairo-1.0.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "libpangocairo-1.0-0");

const char *hlspeak_open_pangocairo(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, cairo_t *, cairo_create, (cairo_surface_t *target), (target))
HL_FORWARD_VOID(library, cairo_destroy, (cairo_t *cr), (cr))
HL_FORWARD_VOID(library, cairo_move_to, (cairo_t *cr, double x, double y), (cr, x, y))
HL_FORWARD(library, int, cairo_pdf_surface_add_outline,
           (cairo_surface_t *surface, int parent_id, const char *utf8, const char *link_attribs, cairo_pdf_outline_flags_t flags),
           (surface, parent_id, utf8, link_attribs, flags))
HL_FORWARD(library, cairo_surface_t *, cairo_pdf_surface_create, (const char *filename, double width_in_points, double height_in_points),
           (filename, width_in_points, height_in_points))
HL_FORWARD_VOID(library, cairo_pdf_surface_set_metadata, (cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8),
                (surface, metadata, utf8))
HL_FORWARD_VOID(library, cairo_set_source_rgb, (cairo_t *cr, double red, double green, double blue), (cr, red, green, blue))
HL_FORWARD_VOID(library, cairo_show_page, (cairo_t *cr), (cr))
HL_FORWARD(library, const char *, cairo_status_to_string, (cairo_status_t status), (status))
HL_FORWARD_VOID(library, cairo_surface_destroy, (cairo_surface_t *surface), (surface))
HL_FORWARD_VOID(library, cairo_surface_finish, (cairo_surface_t *surface), (surface))
HL_FORWARD(library, cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface))
HL_FORWARD_VOID(library, cairo_tag_begin, (cairo_t *cr, const char *tag_name, const char *attributes), (cr, tag_name, attributes))
HL_FORWARD_VOID(library, cairo_tag_end, (cairo_t *cr, const char *tag_name), (cr, tag_name))
HL_FORWARD_VOID(library, g_free, (gpointer mem), (mem))
HL_FORWARD_VOID(library, g_object_unref, (gpointer object), (object))
HL_FORWARD_VOID(library, pango_cairo_context_set_resolution, (PangoContext *context, double dpi), (context, dpi))
HL_FORWARD(library, PangoLayout *, pango_cairo_create_layout, (cairo_t *cr), (cr))
HL_FORWARD(library, PangoFontMap *, pango_cairo_font_map_get_default, (void), ())
HL_FORWARD_VOID(library, pango_cairo_show_layout_line, (cairo_t *cr, PangoLayoutLine *line), (cr, line))
HL_FORWARD_VOID(library, pango_font_description_free, (PangoFontDescription *desc), (desc))
HL_FORWARD(library, PangoFontDescription *, pango_font_description_new, (void), ())
HL_FORWARD_VOID(library, pango_font_description_set_absolute_size, (PangoFontDescription *desc, double size), (desc, size))
HL_FORWARD_VOID(library, pango_font_description_set_family, (PangoFontDescription *desc, const char *family), (desc, family))
HL_FORWARD_VOID(library, pango_font_description_set_style, (PangoFontDescription *desc, PangoStyle style), (desc, style))
HL_FORWARD_VOID(library, pango_font_description_set_weight, (PangoFontDescription *desc, PangoWeight weight), (desc, weight))
HL_FORWARD(library, const char *, pango_font_family_get_name, (PangoFontFamily *family), (family))
HL_FORWARD_VOID(library, pango_font_map_list_families, (PangoFontMap *fontmap, PangoFontFamily ***families, int *n_families),
                (fontmap, families, n_families))
HL_FORWARD_VOID(library, pango_layout_context_changed, (PangoLayout *layout), (layout))
HL_FORWARD(library, PangoContext *, pango_layout_get_context, (PangoLayout *layout), (layout))
HL_FORWARD(library, PangoLayoutIter *, pango_layout_get_iter, (PangoLayout *layout), (layout))
HL_FORWARD(library, PangoLayoutLine *, pango_layout_get_line_readonly, (PangoLayout *layout, int line), (layout, line))
HL_FORWARD_VOID(library, pango_layout_iter_free, (PangoLayoutIter *iter), (iter))
HL_FORWARD(library, int, pango_layout_iter_get_baseline, (PangoLayoutIter *iter), (iter))
HL_FORWARD_VOID(library, pango_layout_iter_get_line_extents, (PangoLayoutIter *iter, PangoRectangle *ink_rect, PangoRectangle *logical_rect),
                (iter, ink_rect, logical_rect))
HL_FORWARD(library, gboolean, pango_layout_iter_next_line, (PangoLayoutIter *iter), (iter))
HL_FORWARD_VOID(library, pango_layout_set_alignment, (PangoLayout *layout, PangoAlignment alignment), (layout, alignment))
HL_FORWARD_VOID(library, pango_layout_set_font_description, (PangoLayout *layout, const PangoFontDescription *desc), (layout, desc))
HL_FORWARD_VOID(library, pango_layout_set_justify, (PangoLayout *layout, gboolean justify), (layout, justify))
HL_FORWARD_VOID(library, pango_layout_set_line_spacing, (PangoLayout *layout, float factor), (layout, factor))
HL_FORWARD_VOID(library, pango_layout_set_markup, (PangoLayout *layout, const char *markup, int length), (layout, markup, length))
HL_FORWARD_VOID(library, pango_layout_set_width, (PangoLayout *layout, int width), (layout, width))
HL_FORWARD_VOID(library, pango_layout_set_wrap, (PangoLayout *layout, PangoWrapMode wrap), (layout, wrap))
