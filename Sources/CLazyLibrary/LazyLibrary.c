#include "LazyLibrary.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// pthread_once has no argument: the library being opened is handed over here, under a lock.
static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;
static hl_lazy_library *being_opened;

static void open_library(void) {
    hl_lazy_library *library = being_opened;
    const char *reason = "no file name given";
    for (const char *const *name = library->names; *name; name++) {
        // RTLD_LOCAL: its symbols stay out of the program's; RTLD_NOW: a broken install shows
        // here, once, rather than in the middle of a document.
        library->handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
        if (library->handle) return;
        reason = dlerror();
    }
    snprintf(library->error, sizeof library->error, "cannot load %s (%s); install Debian's %s (make deps does)",
             library->names[0], reason ? reason : "unknown reason", library->package);
}

const char *hl_lazy_library_open(hl_lazy_library *library) {
    pthread_mutex_lock(&opening);
    being_opened = library;
    int status = pthread_once(&library->once, open_library);
    pthread_mutex_unlock(&opening);
    if (status != 0) {
        snprintf(library->error, sizeof library->error, "cannot load %s (pthread_once failed: %s)",
                 library->names[0], strerror(status));
        return library->error;
    }
    return library->handle ? NULL : library->error;
}

void *hl_lazy_library_symbol(hl_lazy_library *library, const char *name) {
    const char *error = hl_lazy_library_open(library);
    if (error) {
        fprintf(stderr, "hlspeak: %s\n", error);
        exit(69);
    }
    dlerror();
    void *symbol = dlsym(library->handle, name);
    if (!symbol) {
        const char *reason = dlerror();
        fprintf(stderr, "hlspeak: %s has no %s (%s); install the version hlspeak was built with (Debian's %s)\n",
                library->names[0], name, reason ? reason : "not found", library->package);
        exit(69);
    }
    return symbol;
}
