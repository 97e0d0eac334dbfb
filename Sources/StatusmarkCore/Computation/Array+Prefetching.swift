extension Array {
    /// What `map` gives, for a pass over ten thousand records: each element's object, as `object` names it, is
    /// asked for (``MemoryHint``) a few elements ahead of the one transformed, so that the transform's retains do
    /// not wait for memory one after another.
    @inlinable
    package func map<T>(prefetching object: (Element) -> ObjectIdentifier?, _ transform: (Element) -> T) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for index in indices {
            prefetch(at: index + MemoryHint.distance, object)
            result.append(transform(self[index]))
        }
        return result
    }

    /// What `compactMap` gives, asking for the elements' objects ahead as ``map(prefetching:_:)`` does.
    @inlinable
    package func compactMap<T>(prefetching object: (Element) -> ObjectIdentifier?, _ transform: (Element) -> T?) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for index in indices {
            prefetch(at: index + MemoryHint.distance, object)
            if let value = transform(self[index]) { result.append(value) }
        }
        return result
    }

    @inlinable
    func prefetch(at index: Int, _ object: (Element) -> ObjectIdentifier?) {
        guard index < count, let ahead = object(self[index]) else { return }
        MemoryHint.prefetch(ahead)
    }
}
