/// Appends text to a byte buffer, as it is or escaped for HTML: `&`, `<`, `>`, `"` and `'` become entities, the
/// five characters that can end an element's text or an attribute's value.
enum HTMLEscaping {
    @inline(__always) static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    static func append(_ text: String, escaped: Bool, to output: inout [UInt8]) {
        // A native string's bytes are read where they are; only a string without contiguous storage (bridged
        // from Objective-C) is copied first.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, escaped: escaped, to: &output)
        }
        if done == nil {
            var copy = text
            copy.withUTF8 { append($0, escaped: escaped, to: &output) }
        }
    }

    private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool, to output: inout [UInt8]) {
        guard escaped, bytes.contains(where: needsEscape) else {
            output.append(contentsOf: bytes)
            return
        }
        var start = 0
        for index in bytes.indices where needsEscape(bytes[index]) {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            switch bytes[index] {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(contentsOf: "&#39;".utf8)
            }
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
