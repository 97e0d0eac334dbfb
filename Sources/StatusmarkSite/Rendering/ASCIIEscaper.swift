/// Rewrites the ASCII bytes of a text that a format gives a meaning to (`<` in HTML, `;` in iCalendar), working on
/// UTF-8 bytes: the HTML, XML and iCalendar escapes run over every value of a 10,000-page site, and appending
/// `Unicode.Scalar`s one at a time was a large part of a rebuild's time. Text with nothing to rewrite, the common
/// case, is returned as it is, without a copy.
enum ASCIIEscaper {
    /// - Parameter replacement: For each byte, `nil` to keep it, or what to write instead (`""` drops it). Only
    ///   ASCII bytes are offered: a byte of a multi-byte character is always kept.
    @inline(__always)
    static func escape(_ text: String, _ replacement: (UInt8) -> StaticString?) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        bytes.append(contentsOf: utf8[..<first])
        for byte in utf8[first...] {
            if byte < 0x80, let replaced = replacement(byte) {
                replaced.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
