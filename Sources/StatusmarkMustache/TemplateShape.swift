/// The keys of one kind of object, in the order its values are stored: made once per kind (a view model type
/// has one), it maps each key's number to the slot of its value.
public final class TemplateShape: Sendable {
    /// The key names, in slot order.
    public let keys: [String]
    /// For each key number up to the largest this shape has, the slot of its value, or -1.
    private let slots: [Int32]

    public init(_ keys: [String]) {
        self.keys = keys
        let numbers = keys.map(TemplateKeys.number(of:))
        var slots = [Int32](repeating: -1, count: (numbers.max() ?? -1) + 1)
        for (slot, number) in numbers.enumerated() where slots[number] < 0 {
            slots[number] = Int32(slot)
        }
        self.slots = slots
    }

    /// The slot of the key with this number, or `nil` when the shape has no such key.
    @inline(__always) func slot(of key: Int) -> Int? {
        guard key < slots.count else { return nil }
        let slot = slots[key]
        return slot < 0 ? nil : Int(slot)
    }
}
