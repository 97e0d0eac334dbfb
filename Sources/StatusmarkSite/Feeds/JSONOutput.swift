import Foundation

/// How every JSON file of the site is written: keys in snake_case and sorted, so the same model gives the same
/// bytes; indented, so a diff of two builds reads line by line; slashes unescaped.
enum JSONOutput {
    static func encode(_ value: some Encodable) -> String {
        fragment(value) + "\n"
    }

    /// A value's JSON as ``encode(_:)`` writes it, without the final newline: to put into a larger value with
    /// ``object(_:)`` or ``array(_:)``, which give the same text as encoding the whole. The API encodes each
    /// incident once this way, instead of once for each file that lists it.
    static func fragment(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding values made only of strings, numbers, booleans and arrays cannot fail.
        guard let data = try? encoder.encode(value) else { preconditionFailure("JSON encoding failed") }
        return String(decoding: data, as: UTF8.self)
    }

    /// An object of members given as JSON fragments, in the order given: sorted by key, as ``encode(_:)`` sorts
    /// them, and with keys that need no escaping.
    static func object(_ members: [(key: String, json: String)]) -> String {
        guard !members.isEmpty else { return "{\n\n}" }
        return "{\n" + members.map { "  \"\($0.key)\" : " + indented($0.json) }.joined(separator: ",\n") + "\n}"
    }

    /// An array of elements given as JSON fragments.
    static func array(_ elements: [String]) -> String {
        guard !elements.isEmpty else { return "[\n\n]" }
        return "[\n" + elements.map { "  " + indented($0) }.joined(separator: ",\n") + "\n]"
    }

    /// A fragment one level deeper: two spaces before each of its lines but the first, and none on empty lines,
    /// as the encoder writes an empty array. A string's line breaks are escaped, so each line is the encoder's.
    /// Over UTF-8 bytes: an API file of fifty incidents is some 150 KB.
    private static func indented(_ json: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.utf8.count + json.utf8.count / 8)
        var previous: UInt8 = 0
        for byte in json.utf8 {
            if previous == UInt8(ascii: "\n"), byte != UInt8(ascii: "\n") { bytes += [UInt8(ascii: " "), UInt8(ascii: " ")] }
            bytes.append(byte)
            previous = byte
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
