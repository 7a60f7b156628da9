// libsoxr, loaded the first time audio is resampled (telephone audio): each function hlspeak
// uses forwards to the real one. With it come libgomp and its start-up work, which speaking a
// section to WAV or MP3 never needs.
#include "shim.h"
#include "LazyLibrary.h"

static const char *const names[] = { "libsoxr.so.0", "libsoxr.so", NULL };
static hl_lazy_library library = HL_LAZY_LIBRARY(names, "libsoxr0");

const char *hlspeak_open_soxr(void) { return hl_lazy_library_open(&library); }

HL_FORWARD(library, soxr_io_spec_t, soxr_io_spec, (soxr_datatype_t itype, soxr_datatype_t otype), (itype, otype))
HL_FORWARD(library, soxr_quality_spec_t, soxr_quality_spec, (unsigned long recipe, unsigned long flags), (recipe, flags))
HL_FORWARD(library, soxr_t, soxr_create,
           (double input_rate, double output_rate, unsigned num_channels, soxr_error_t *error,
            soxr_io_spec_t const *io_spec, soxr_quality_spec_t const *quality_spec, soxr_runtime_spec_t const *runtime_spec),
           (input_rate, output_rate, num_channels, error, io_spec, quality_spec, runtime_spec))
HL_FORWARD(library, soxr_error_t, soxr_process,
           (soxr_t resampler, soxr_in_t in, size_t ilen, size_t *idone, soxr_out_t out, size_t olen, size_t *odone),
           (resampler, in, ilen, idone, out, olen, odone))
HL_FORWARD_VOID(library, soxr_delete, (soxr_t resampler), (resampler))
HL_FORWARD(library, soxr_error_t, soxr_oneshot,
           (double input_rate, double output_rate, unsigned num_channels, soxr_in_t in, size_t ilen, size_t *idone,
            soxr_out_t out, size_t olen, size_t *odone, soxr_io_spec_t const *io_spec,
            soxr_quality_spec_t const *quality_spec, soxr_runtime_spec_t const *runtime_spec),
           (input_rate, output_rate, num_channels, in, ilen, idone, out, olen, odone, io_spec, quality_spec, runtime_spec))
