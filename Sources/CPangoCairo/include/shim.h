#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

/// Opens the library (it is loaded on first use, not when hlspeak starts): NULL when it is
/// open, else a message saying what to install. Its wrapper calls this before anything else.
const char *hlspeak_open_pangocairo(void);
