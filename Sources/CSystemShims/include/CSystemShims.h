#ifndef STATUSMARK_C_SYSTEM_SHIMS_H
#define STATUSMARK_C_SYSTEM_SHIMS_H

/// Swaps two paths in one step, so that neither is ever missing: Linux's renameat2(RENAME_EXCHANGE) and macOS's
/// renamex_np(RENAME_SWAP). Returns 0 on success, or -1 with errno set (ENOSYS or EINVAL where the system or
/// file system cannot swap; the caller then falls back to two renames).
int statusmark_exchange_paths(const char *first, const char *second);

#endif
