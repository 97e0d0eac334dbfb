/// Short texts of numbers and ASCII, such as `2025-07-16T07:58:00Z` or `16 Jul 2025`, written straight into a
/// string's own storage. Pages show tens of thousands of dates and clocks a build; string interpolation makes a
/// string per piece and copies them together.
struct ASCIIText {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The text that `write` appends. Its length must not exceed `capacity`; up to 15 bytes are stored in the
    /// string itself, with no allocation.
    static func make(capacity: Int, _ write: (inout ASCIIText) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var text = ASCIIText(buffer: buffer)
            write(&text)
            return text.count
        }
    }

    /// How many bytes `append(_:width:)` writes for a value: its digits and sign, or `width`.
    static func length(of value: Int, width: Int = 1) -> Int {
        max(digitCount(value.magnitude) + (value < 0 ? 1 : 0), width)
    }

    private static func digitCount(_ value: UInt) -> Int {
        var digits = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "ASCIIText: more bytes than its capacity")
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// A number in decimal, made `width` long with zeros in front, as `String(value)` padded by `CivilDate.pad`.
    mutating func append(_ value: Int, width: Int = 1) {
        let digits = Self.digitCount(value.magnitude)
        let written = digits + (value < 0 ? 1 : 0)
        for _ in written..<max(written, width) { append(UInt8(ascii: "0")) }
        if value < 0 { append(UInt8(ascii: "-")) }
        precondition(count + digits <= buffer.count, "ASCIIText: more bytes than its capacity")
        var rest = value.magnitude
        var position = count + digits - 1
        repeat {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            position -= 1
        } while rest > 0
        count += digits
    }
}
