// libxml2, loaded the first time a web page is imported: each function hlspeak uses forwards to
// the real one.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "libxml2.so.2", "libxml2.so.16", "libxml2.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "libxml2");

const char *hlspeak_open_libxml2(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, htmlDocPtr, htmlReadMemory, (const char *buffer, int size, const char *URL, const char *encoding, int options),
           (buffer, size, URL, encoding, options))
HL_FORWARD(library, xmlNodePtr, xmlDocGetRootElement, (const xmlDoc *doc), (doc))
HL_FORWARD_VOID(library, xmlFreeDoc, (xmlDocPtr cur), (cur))
HL_FORWARD(library, xmlChar *, xmlNodeGetContent, (const xmlNode *cur), (cur))
