import CPrefetch

/// A hint for the passes that visit every record of a large site in order.
///
/// Ten thousand incidents' objects lie scattered over a heap far larger than the processor's cache, so a pass
/// that retains or reads each one waits for memory at each; and a retain is an atomic instruction, which lets
/// no later load start while it waits, so the waits add up one after another. Asking for the object a few
/// steps ahead lets those waits overlap. A hint changes no result: a pass without it does the same work, slower.
@usableFromInline package enum MemoryHint {
    /// How many steps ahead a pass asks for an object: enough to cover a wait for memory at a few nanoseconds a
    /// step, and few enough that what was asked for is still in the cache when it is reached.
    @usableFromInline package static let distance = 8

    /// Starts bringing the object into the cache and returns at once.
    @usableFromInline
    package static func prefetch(_ object: ObjectIdentifier) {
        prefetch(UnsafeRawPointer(bitPattern: UInt(bitPattern: object)))
    }

    /// Starts bringing the memory at `address` into the cache and returns at once; `nil` does nothing.
    @usableFromInline
    package static func prefetch(_ address: UnsafeRawPointer?) {
        statusmark_prefetch_for_write(address)
    }
}
