#ifndef STATUSMARK_CLIBFUZZER_H
#define STATUSMARK_CLIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for a program with a main of its own: parses libFuzzer's flags from argv, then calls
/// `callback` with each input. Defined in libFuzzer, which -sanitize=fuzzer links in.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
