#include <sys/types.h>

/// Forks a child process that speaks `ssml` (eSpeak NG's `espeak_Synth` with `flags`, after
/// `srand(seed)`) with the engine exactly as this process has it set up, and returns its process
/// id (-1 and errno when fork fails). The child writes to `descriptor`, in order: the 16-bit
/// samples as they are made; one record of five int64 values per word, sentence, end and mark
/// event (eSpeak NG's event type, sample, text position, length, and the byte length of its
/// name, or -1); the names, one after another; and three int64 counts (samples, events, name
/// bytes). It leaves with `_exit(0)` only if all of it was spoken and written.
///
/// The child runs only this C code and eSpeak NG: after a fork only the forking thread goes on,
/// and a lock another thread held (the Swift runtime's, Dispatch's) would never be released.
pid_t hlspeak_fork_piece(const char *ssml, unsigned int flags, unsigned int seed, int descriptor);
