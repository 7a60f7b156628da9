#include "LazyLibrary.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// One lock for opening any of the libraries: each is opened once, by whoever asks first.
static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;

const char *hl_lazy_library_open(hl_lazy_library *library) {
    pthread_mutex_lock(&opening);
    if (!library->handle && !library->error[0]) {
        const char *reason = "no file name given";
        for (const char *const *name = library->names; *name && !library->handle; name++) {
            // RTLD_LOCAL: its symbols stay out of the program's; RTLD_NOW: a broken install shows
            // here, once, rather than in the middle of a document.
            library->handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
            if (!library->handle) reason = dlerror();
        }
        if (!library->handle) {
            snprintf(library->error, sizeof library->error, "cannot load %s (%s); install Debian's %s (make deps does)",
                     library->names[0], reason ? reason : "unknown reason", library->package);
        }
    }
    const char *error = library->handle ? NULL : library->error;
    pthread_mutex_unlock(&opening);
    return error;
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
