// libzip, loaded the first time a book is written or read: each function hlspeak uses forwards
// to the real one.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "libzip.so.4", "libzip.so.5", "libzip.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "libzip4");

const char *hlspeak_open_zip(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, int, zip_close, (zip_t *archive), (archive))
HL_FORWARD_VOID(library, zip_discard, (zip_t *archive), (archive))
HL_FORWARD_VOID(library, zip_error_fini, (zip_error_t *error), (error))
HL_FORWARD_VOID(library, zip_error_init_with_code, (zip_error_t *error, int code), (error, code))
HL_FORWARD(library, const char *, zip_error_strerror, (zip_error_t *error), (error))
HL_FORWARD(library, int, zip_fclose, (zip_file_t *file), (file))
HL_FORWARD(library, zip_int64_t, zip_file_add, (zip_t *archive, const char *name, zip_source_t *source, zip_flags_t flags),
           (archive, name, source, flags))
HL_FORWARD(library, int, zip_file_set_mtime, (zip_t *archive, zip_uint64_t index, time_t mtime, zip_flags_t flags),
           (archive, index, mtime, flags))
HL_FORWARD(library, zip_file_t *, zip_fopen_index, (zip_t *archive, zip_uint64_t index, zip_flags_t flags), (archive, index, flags))
HL_FORWARD(library, zip_int64_t, zip_fread, (zip_file_t *file, void *buffer, zip_uint64_t length), (file, buffer, length))
HL_FORWARD(library, zip_int64_t, zip_get_num_entries, (zip_t *archive, zip_flags_t flags), (archive, flags))
HL_FORWARD(library, zip_t *, zip_open, (const char *path, int flags, int *error), (path, flags, error))
HL_FORWARD(library, int, zip_set_file_compression, (zip_t *archive, zip_uint64_t index, zip_int32_t method, zip_uint32_t level),
           (archive, index, method, level))
HL_FORWARD(library, zip_source_t *, zip_source_buffer, (zip_t *archive, const void *data, zip_uint64_t length, int free),
           (archive, data, length, free))
HL_FORWARD_VOID(library, zip_source_free, (zip_source_t *source), (source))
HL_FORWARD(library, int, zip_stat_index, (zip_t *archive, zip_uint64_t index, zip_flags_t flags, zip_stat_t *stat),
           (archive, index, flags, stat))
HL_FORWARD_VOID(library, zip_stat_init, (zip_stat_t *stat), (stat))
HL_FORWARD(library, const char *, zip_strerror, (zip_t *archive), (archive))
