import StatusmarkCore

/// One stage's remembered results, by the stage's input: what this build and the last build used. Each entry
/// carries the number of the last build that used it; when a build starts (``advance()``), entries the last
/// build did not use are dropped, so the table never holds more than two builds' results and needs no eviction
/// policy.
///
/// Entries live in slots, found by key: a hit costs one hash and marks its slot in place, and finding the
/// entries to drop passes over the slots' build numbers only, so that neither rebuilds a dictionary of ten
/// thousand results after each edit.
///
/// A caller that looks up its inputs in the same order every build (the files in path order, the records in the
/// model's) gives each lookup its position: the slot found at that position by the last build is tried first, by
/// comparing its key, so that a rebuild in which most inputs stand where they stood reads two arrays in order
/// instead of probing a dictionary of ten thousand keys at random. The key decides either way.
struct MemoTable<Key: Hashable, Value> {
    private var slots: [Key: Int] = [:]
    private var keys: [Key?] = []
    private var values: [Value?] = []
    /// The last build that used each slot.
    private var builds: [Int] = []
    private var free: [Int] = []
    private var build = 0
    /// How many slots this build has used: when it is every occupied slot, none is left to drop.
    private var used = 0
    /// The slot used at each position by this build and by the last (-1 where none was).
    private var positions: [Int] = []
    private var lastPositions: [Int] = []

    /// The result remembered for `key`, marked as used by this build.
    mutating func value(for key: Key) -> Value? {
        guard let slot = slots[key] else { return nil }
        mark(slot)
        return values[slot]
    }

    /// The result remembered for `key`, looked up first where the last build used it at `position`.
    mutating func value(for key: Key, at position: Int) -> Value? {
        usedSlot(for: key, at: position).flatMap { values[$0] }
    }

    /// A part of the result remembered for `key`, read in place, looked up as ``value(for:at:)`` looks it up. A
    /// pass that needs only the part does not copy the rest, whose references it would retain.
    mutating func value<Part>(for key: Key, at position: Int, _ part: (Value) -> Part) -> Part? {
        guard let slot = usedSlot(for: key, at: position) else { return nil }
        return values.withUnsafeBufferPointer { values in values[slot].map(part) }
    }

    /// Whether a result is remembered for `key`, marked as used by this build, looked up as
    /// ``value(for:at:)`` looks it up.
    mutating func contains(_ key: Key, at position: Int) -> Bool {
        usedSlot(for: key, at: position) != nil
    }

    /// Stores a result made at `position`, where the next build looks for it first.
    mutating func store(_ value: Value, for key: Key, at position: Int) {
        note(store(value, for: key), at: position)
    }

    /// The result remembered for `key`, without marking it, for workers that look up on several cores at once
    /// (what they take is stored again, which marks it).
    func peek(_ key: Key) -> Value? {
        slots[key].flatMap { values[$0] }
    }

    /// - Returns: The slot it is stored in.
    @discardableResult
    mutating func store(_ value: Value, for key: Key) -> Int {
        if let slot = slots[key] {
            values[slot] = value
            mark(slot)
            return slot
        }
        let slot: Int
        if let reused = free.popLast() {
            slot = reused
            keys[slot] = key
            values[slot] = value
            builds[slot] = build
        } else {
            slot = keys.count
            keys.append(key)
            values.append(value)
            builds.append(build)
        }
        slots[key] = slot
        used += 1
        return slot
    }

    /// Starts a build: drops what the last build did not use.
    mutating func advance() {
        swap(&positions, &lastPositions)
        positions.removeAll(keepingCapacity: true)
        if used < slots.count {
            for slot in builds.indices where builds[slot] != build {
                guard let key = keys[slot] else { continue }
                slots[key] = nil
                keys[slot] = nil
                values[slot] = nil
                free.append(slot)
            }
        }
        build += 1
        used = 0
    }

    /// Forgets everything, when what every result depends on changed.
    mutating func removeAll() {
        self = MemoTable()
    }

    /// The slot of `key`, tried first where the last build used it at `position`, marked and noted as used there.
    private mutating func usedSlot(for key: Key, at position: Int) -> Int? {
        let remembered = position < lastPositions.count ? lastPositions[position] : -1
        guard let slot = remembered >= 0 && keys[remembered] == key ? remembered : slots[key] else { return nil }
        mark(slot)
        note(slot, at: position)
        return slot
    }

    private mutating func note(_ slot: Int, at position: Int) {
        if position >= positions.count {
            positions.append(contentsOf: repeatElement(-1, count: position - positions.count + 1))
        }
        positions[position] = slot
    }

    private mutating func mark(_ slot: Int) {
        guard builds[slot] != build else { return }
        builds[slot] = build
        used += 1
    }
}

extension MemoTable where Value: AnyObject {
    /// Starts bringing into the cache the result the last build used at `position`: a pass that looks its inputs
    /// up in order asks for the one ``MemoryHint/distance`` places ahead of the one it looks up.
    func prefetch(at position: Int) {
        guard position < lastPositions.count else { return }
        let slot = lastPositions[position]
        guard slot >= 0 else { return }
        // An optional reference is one pointer, null for none. Read as a pointer, it is not retained: a retain
        // would wait for the very memory asked for.
        values.withUnsafeBytes { bytes in
            MemoryHint.prefetch(bytes.load(fromByteOffset: slot * MemoryLayout<Value?>.stride, as: UnsafeRawPointer?.self))
        }
    }
}

extension MemoTable: Sendable where Key: Sendable, Value: Sendable {}

extension MemoTable {
    /// What `make` makes from `input`: the result remembered for `key` when it was made from an equal input, else
    /// `make`'s, remembered with its input.
    mutating func value<Input: Equatable, Made>(
        for key: Key, input: Input, _ make: () -> Made
    ) -> Made where Value == MemoInput<Input, Made> {
        if let earlier = value(for: key), earlier.input == input { return earlier.made }
        let made = make()
        store(MemoInput(input: input, made: made), for: key)
        return made
    }
}

/// A result with the input it was made from, for ``MemoTable/value(for:input:_:)``.
struct MemoInput<Input: Equatable, Made> {
    var input: Input
    var made: Made
}

extension MemoInput: Sendable where Input: Sendable, Made: Sendable {}
