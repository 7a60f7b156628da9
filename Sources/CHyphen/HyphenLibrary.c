// libhyphen, loaded the first time syllables are counted: each function hlspeak uses forwards to
// the real one.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "libhyphen.so.0", "libhyphen.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "libhyphen0");

const char *hlspeak_open_hyphen(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, HyphenDict *, hnj_hyphen_load, (const char *fn), (fn))
HL_FORWARD_VOID(library, hnj_hyphen_free, (HyphenDict *dict), (dict))
HL_FORWARD(library, int, hnj_hyphen_hyphenate3,
           (HyphenDict *dict, const char *word, int word_size, char *hyphens, char *hyphword, char ***rep, int **pos, int **cut,
            int lhmin, int rhmin, int clhmin, int crhmin),
           (dict, word, word_size, hyphens, hyphword, rep, pos, cut, lhmin, rhmin, clhmin, crhmin))
