// libFuzzer's driver, linked by -sanitize=fuzzer (make fuzz); nothing links it otherwise.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
