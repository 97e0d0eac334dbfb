#ifndef STATUSMARK_C_PREFETCH_H
#define STATUSMARK_C_PREFETCH_H

/// Asks the processor to start bringing the cache line at `address` in, to be written, and returns at once. Any
/// address may be given, null included: a prefetch never faults.
void statusmark_prefetch_for_write(const void *address);

#endif
