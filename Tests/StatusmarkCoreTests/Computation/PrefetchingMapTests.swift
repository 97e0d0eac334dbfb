@testable import StatusmarkCore
import Testing

/// The maps that ask for objects ahead give what `map` and `compactMap` give, for arrays shorter and longer than
/// the distance they look ahead, with objects and without.
@Suite struct PrefetchingMapTests {
    final class Box: Sendable {
        let value: Int?
        init(_ value: Int?) { self.value = value }
    }

    @Test func giveWhatMapAndCompactMapGive() {
        var generator = SeededGenerator(seed: 41)
        for size in [0, 1, MemoryHint.distance - 1, MemoryHint.distance, MemoryHint.distance + 1, 300] {
            let boxes = (0..<size).map { _ in Box(generator.next() % 3 == 0 ? nil : Int(generator.next() % 1000)) }
            // Some elements name no object to ask for.
            let object = { (box: Box) in box.value == 7 ? nil : ObjectIdentifier(box) }
            #expect(boxes.map(prefetching: object, \.value) == boxes.map(\.value), "\(size) elements")
            #expect(boxes.compactMap(prefetching: object, \.value) == boxes.compactMap(\.value), "\(size) elements")
        }
    }
}
