#ifndef HLSPEAK_LAZY_LIBRARY_H
#define HLSPEAK_LAZY_LIBRARY_H

#include <stddef.h>

/// A shared library opened the first time one of its functions is called, not when hlspeak
/// starts: the document libraries (Pango and Cairo, liblouis, libzip, libhyphen, libxml2) and
/// the dozens of libraries they bring cost every command ~28 M instructions and ~9 MB of
/// memory to load, and speaking a section to audio uses none of them; libsoxr (with libgomp)
/// only telephone audio uses.
typedef struct hl_lazy_library {
    /// The file names to try, most likely first (the soname of the version built against, then
    /// others), ending with NULL.
    const char *const *names;
    /// The Debian package to install when none opens, for the message.
    const char *package;
    /// Set, under the opening lock, by the first `hl_lazy_library_open`: the handle, or why not.
    void *handle;
    char error[512];
} hl_lazy_library;

#define HL_LAZY_LIBRARY(names, package) { (names), (package), 0, { 0 } }

/// Opens `library` if it is not open yet: NULL when it is open, else a message for people saying
/// what is missing and what to install.
const char *hl_lazy_library_open(hl_lazy_library *library);

/// The function `name` of `library`, opening it first. A library that cannot be opened or lacks
/// the function (another version than hlspeak was built against) ends the program with the
/// message and exit status 69 (unavailable): the Swift wrappers call `hl_lazy_library_open`
/// first and report that as an error, so this is the last guard, not the usual path.
void *hl_lazy_library_symbol(hl_lazy_library *library, const char *name);

/// The real function `name` of `library`, looked up on the first call and kept.
#define HL_RESOLVE(library, name) \
    static __typeof__(&name) real; \
    __typeof__(&name) function = __atomic_load_n(&real, __ATOMIC_ACQUIRE); \
    if (!function) { \
        function = (__typeof__(&name))hl_lazy_library_symbol(&(library), #name); \
        __atomic_store_n(&real, function, __ATOMIC_RELEASE); \
    }

/// A C function of the library, with the prototype its header declares: the first call looks
/// the real one up, later calls go straight to it.
#define HL_FORWARD(library, result, name, parameters, arguments) \
    result (name) parameters { HL_RESOLVE(library, name) return function arguments; }

/// The same for a function that returns nothing.
#define HL_FORWARD_VOID(library, name, parameters, arguments) \
    void (name) parameters { HL_RESOLVE(library, name) function arguments; }

#endif
