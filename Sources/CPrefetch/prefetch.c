#include "CPrefetch.h"

void statusmark_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}
