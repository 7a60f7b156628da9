// liblouis, loaded the first time braille is made: each function hlspeak uses forwards to the
// real one.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "liblouis.so.20", "liblouis.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "liblouis20");

const char *hlspeak_open_louis(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, int, lou_translateString,
           (const char *tableList, const widechar *inbuf, int *inlen, widechar *outbuf, int *outlen, formtype *typeform,
            char *spacing, int mode),
           (tableList, inbuf, inlen, outbuf, outlen, typeform, spacing, mode))
HL_FORWARD(library, int, lou_backTranslateString,
           (const char *tableList, const widechar *inbuf, int *inlen, widechar *outbuf, int *outlen, formtype *typeform,
            char *spacing, int mode),
           (tableList, inbuf, inlen, outbuf, outlen, typeform, spacing, mode))
HL_FORWARD(library, const void *, lou_getTable, (const char *tableList), (tableList))
