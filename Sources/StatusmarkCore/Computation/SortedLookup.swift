/// Finds elements of an array sorted by a string key, for keys asked in ascending order: one pass over the array
/// for all the questions, with no hashing.
///
/// The preview server's rebuilds take ten thousand files, parse results and pages from the last build, by path.
/// Both lists are sorted by path, so walking them side by side replaces a dictionary made and hashed on every
/// rebuild. Asking out of order is safe but finds less: an element passed over is not found again.
package struct SortedLookup<Element> {
    @usableFromInline let elements: [Element]
    @usableFromInline let key: (Element) -> String
    @usableFromInline var index = 0

    /// - Parameter elements: Sorted by `key`, ascending, as `String`'s `<` orders them.
    @inlinable
    package init(_ elements: [Element], key: @escaping (Element) -> String) {
        self.elements = elements
        self.key = key
    }

    /// The element whose key is `key`, or `nil`; passes over every element with a smaller key.
    @inlinable
    package mutating func next(_ key: String) -> Element? {
        while index < elements.count {
            let found = self.key(elements[index])
            if found == key {
                index += 1
                return elements[index - 1]
            }
            if key < found { return nil }
            index += 1
        }
        return nil
    }
}

extension SortedLookup where Element == String {
    /// Strings found by themselves: `next(path)` tells whether a sorted list holds the path.
    @inlinable
    package init(_ strings: [String]) {
        self.init(strings) { $0 }
    }
}
