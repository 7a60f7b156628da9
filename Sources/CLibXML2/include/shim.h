// libxml2 is built with ICU here, and its headers would bring in the system's ICU, whose types
// clash with the copy Foundation carries. hlspeak hands libxml2 UTF-8 only, so ICU is not needed.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// Opens the library (it is loaded on first use, not when hlspeak starts): NULL when it is
/// open, else a message saying what to install. Its wrapper calls this before anything else.
const char *hlspeak_open_libxml2(void);
