// The target needs a source file; LLVMFuzzerRunDriver itself is in libFuzzer.
#include "CLibFuzzer.h"
