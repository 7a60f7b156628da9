// The child half of speaking a long section on two cores (see SpeechPiece.h).
#include "SpeechPiece.h"

#include <errno.h>
#include <espeak-ng/speak_lib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The child's state: it is a process of its own, so globals are its alone.
static int output = -1;
static int failed = 0;
static int64_t sample_count = 0;
static int64_t *records = NULL;
static size_t record_count = 0, record_capacity = 0;
static char *names = NULL;
static size_t name_bytes = 0, name_capacity = 0;

/// Writes all of `bytes`; 0 if the file would not take them.
static int write_all(const void *bytes, size_t count) {
    const char *next = bytes;
    while (count > 0) {
        ssize_t written = write(output, next, count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return 0;
        next += written;
        count -= (size_t)written;
    }
    return 1;
}

/// Makes room for `more` bytes after `used` in `*buffer`; 0 when memory ran out.
static int reserve(void **buffer, size_t *capacity, size_t used, size_t more) {
    if (used + more <= *capacity) return 1;
    size_t larger = (*capacity ? *capacity * 2 : 4096);
    while (larger < used + more) larger *= 2;
    void *grown = realloc(*buffer, larger);
    if (!grown) return 0;
    *buffer = grown;
    *capacity = larger;
    return 1;
}

static int keep_event(const espeak_EVENT *event) {
    int64_t name_length = -1;
    if (event->type == espeakEVENT_MARK && event->id.name) {
        size_t length = strlen(event->id.name);
        if (!reserve((void **)&names, &name_capacity, name_bytes, length)) return 0;
        memcpy(names + name_bytes, event->id.name, length);
        name_bytes += length;
        name_length = (int64_t)length;
    }
    if (!reserve((void **)&records, &record_capacity, record_count * 5 * sizeof(int64_t), 5 * sizeof(int64_t))) return 0;
    int64_t *record = records + record_count * 5;
    record[0] = event->type;
    record[1] = event->sample;
    record[2] = event->text_position;
    record[3] = event->length;
    record[4] = name_length;
    record_count += 1;
    return 1;
}

static int piece_callback(short *wave, int count, espeak_EVENT *events) {
    if (wave && count > 0) {
        sample_count += count;
        if (!failed && !write_all(wave, (size_t)count * sizeof(short))) failed = 1;
    }
    for (espeak_EVENT *event = events; event && event->type != espeakEVENT_LIST_TERMINATED; event++) {
        switch (event->type) {
        case espeakEVENT_WORD: case espeakEVENT_SENTENCE: case espeakEVENT_END: case espeakEVENT_MARK:
            if (!failed && !keep_event(event)) failed = 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/// As in the parent: every `<audio>` and other URI is refused.
static int refuse_uri(int type, const char *uri, const char *base) {
    (void)type; (void)uri; (void)base;
    return 1;
}

pid_t hlspeak_fork_piece(const char *ssml, unsigned int flags, unsigned int seed, int descriptor) {
    size_t length = strlen(ssml) + 1;
    pid_t pid = fork();
    if (pid != 0) return pid;
    output = descriptor;
    espeak_SetSynthCallback(piece_callback);
    espeak_SetUriCallback(refuse_uri);
    srand(seed);
    espeak_ERROR status = espeak_Synth(ssml, length, 0, POS_CHARACTER, 0, flags, NULL, NULL);
    int64_t counts[3] = { sample_count, (int64_t)record_count, (int64_t)name_bytes };
    int wrote = !failed
        && write_all(records, record_count * 5 * sizeof(int64_t))
        && write_all(names, name_bytes)
        && write_all(counts, sizeof counts);
    _exit(status == EE_OK && wrote ? 0 : 1);
}
