import StatusmarkCore
import Testing
@testable import StatusmarkSite

/// The preview memo's table: what a build did not use falls away at the next, and a lookup by position finds what
/// a lookup by key finds, wherever the keys have moved.
@Suite struct MemoTableTests {
    @Test func keepsWhatTheLastBuildUsedAndDropsTheRest() {
        var table = MemoTable<String, Int>()
        table.advance()
        table.store(1, for: "a")
        table.store(2, for: "b")
        table.advance()
        #expect(table.value(for: "a") == 1)
        table.advance()
        // "b" was not used by the build before this one.
        #expect(table.value(for: "a") == 1)
        #expect(table.value(for: "b") == nil)
    }

    @Test func findsByPositionWhatMovedAndNothingThatIsGone() {
        var table = MemoTable<String, String>()
        table.advance()
        for (position, key) in ["a", "b", "c"].enumerated() { table.store(key.uppercased(), for: key, at: position) }
        table.advance()
        // A key inserted in front moves every other one position on: each is found by its key.
        #expect(table.value(for: "new", at: 0) == nil)
        table.store("NEW", for: "new", at: 0)
        #expect(table.value(for: "a", at: 1) == "A")
        #expect(table.value(for: "c", at: 2) == "C")
        table.advance()
        // "b" was dropped and its slot may be taken by another key: the position it stood at finds nothing for it.
        table.store("D", for: "d", at: 3)
        #expect(table.value(for: "b", at: 2) == nil)
        #expect(table.value(for: "a", at: 1) == "A")
        #expect(table.value(for: "new", at: 0) == "NEW")
    }

    /// Random builds of random keys in random orders, some looked up by position (for the value, a part of it, or
    /// whether there is one) and some by key only, each miss stored: every lookup gives what a dictionary that forgets what the last build did not use gives.
    @Test func agreesWithADictionaryOverRandomBuilds() {
        var random = SeededGenerator(seed: 23)
        var table = MemoTable<Int, Int>()
        var expected: [Int: (value: Int, build: Int)] = [:]
        var build = 0
        var made = 0
        for _ in 0..<300 {
            table.advance()
            expected = expected.filter { $0.value.build == build }
            build += 1
            let keys = (0..<Int.random(in: 0...24, using: &random)).map { _ in Int.random(in: 0..<40, using: &random) }
            // By key only, by position, by position for a part of the value, or only whether there is one.
            let lookup = Int.random(in: 0..<4, using: &random)
            let byPosition = lookup > 0
            for (position, key) in keys.enumerated() {
                let found: Int? =
                    switch lookup {
                    case 0: table.value(for: key)
                    case 1: table.value(for: key, at: position)
                    case 2: table.value(for: key, at: position) { -$0 }.map { -$0 }
                    default: table.contains(key, at: position) ? expected[key]?.value ?? -1 : nil
                    }
                #expect(found == expected[key]?.value, "key \(key) at \(position) in build \(build)")
                if found == nil {
                    made += 1
                    if byPosition { table.store(made, for: key, at: position) } else { table.store(made, for: key) }
                    expected[key] = (made, build)
                } else {
                    expected[key]?.build = build
                }
            }
        }
    }

    /// A prefetch is a hint, not a use: an entry that a build only prefetched falls away as one it never looked at,
    /// and the lookups after prefetches give what they would give without them. Positions with no entry and
    /// positions past the end are asked for too.
    @Test func aPrefetchIsNotAUse() {
        final class Box: Sendable {
            let value: Int
            init(_ value: Int) { self.value = value }
        }
        var table = MemoTable<String, Box>()
        table.advance()
        for (position, key) in ["a", "b", "c"].enumerated() { table.store(Box(position), for: key, at: position) }
        table.advance()
        for position in 0..<6 { table.prefetch(at: position) }
        #expect(table.value(for: "a", at: 0)?.value == 0)
        #expect(table.value(for: "c", at: 2)?.value == 2)
        table.advance()
        for position in 0..<6 { table.prefetch(at: position) }
        // "b" was only prefetched by the last build.
        #expect(table.value(for: "b", at: 1) == nil)
        #expect(table.value(for: "a", at: 0)?.value == 0)
        #expect(table.value(for: "c", at: 2)?.value == 2)
    }
}
