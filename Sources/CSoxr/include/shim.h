#include <soxr.h>

/// Opens libsoxr (it is loaded on first use, not when hlspeak starts: WAV and MP3 at eSpeak NG's
/// own rate never resample): NULL when it is open, else a message saying what to install. The
/// resampler calls this before anything else.
const char *hlspeak_open_soxr(void);
