// libxml2 is built with ICU here, and its headers would bring in the system's ICU, whose types
// clash with the copy Foundation carries. hlspeak hands libxml2 UTF-8 only, so ICU is not needed.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
