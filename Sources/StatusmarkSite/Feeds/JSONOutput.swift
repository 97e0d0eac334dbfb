import Foundation

/// How every JSON file of the site is written: keys in snake_case and sorted, so the same model gives the same
/// bytes; indented, so a diff of two builds reads line by line; slashes unescaped.
enum JSONOutput {
    static func encode(_ value: some Encodable) -> String {
        fragment(value) + "\n"
    }

    /// A value's JSON as ``encode(_:)`` writes it, without the final newline: to put into a larger value with
    /// ``document(_:)``, which gives the same text as encoding the whole. The API encodes each incident once this
    /// way, instead of once for each file that lists it, and a rebuild encodes only the incidents that changed.
    static func fragment(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding values made only of strings, numbers, booleans and arrays cannot fail.
        guard let data = try? encoder.encode(value) else { preconditionFailure("JSON encoding failed") }
        return String(decoding: data, as: UTF8.self)
    }

    /// A member of a ``document(_:)``: one value's fragment, or an array of fragments.
    enum Member {
        case value(String)
        case array([String])
    }

    /// A file's bytes as ``encode(_:)`` writes an object of these members, final newline included. The members,
    /// at least one, come sorted by key, as the encoder sorts them, and their keys need no escaping.
    static func document(_ members: [(key: String, member: Member)]) -> [UInt8] {
        precondition(!members.isEmpty, "every file of the API has a page")
        precondition(zip(members, members.dropFirst()).allSatisfy { $0.key < $1.key }, "members sorted by key")
        var bytes: [UInt8] = []
        // The fragments' bytes, and a quarter more for the indentation added to their lines.
        bytes.reserveCapacity(
            members.reduce(16) { total, member in
                switch member.member {
                case .value(let json): total + json.utf8.count * 5 / 4 + 32
                case .array(let elements): elements.reduce(total + 32) { $0 + $1.utf8.count * 5 / 4 + 8 }
                }
            })
        bytes += "{\n".utf8
        for (position, (key, member)) in members.enumerated() {
            if position > 0 { bytes += ",\n".utf8 }
            bytes += "  \"".utf8
            bytes += key.utf8
            bytes += "\" : ".utf8
            switch member {
            case .value(let json):
                append(json, depth: 1, to: &bytes)
            case .array(let elements) where elements.isEmpty:
                bytes += "[\n\n  ]".utf8
            case .array(let elements):
                bytes += "[\n".utf8
                for (index, element) in elements.enumerated() {
                    if index > 0 { bytes += ",\n".utf8 }
                    bytes += "    ".utf8
                    append(element, depth: 2, to: &bytes)
                }
                bytes += "\n  ]".utf8
            }
        }
        bytes += "\n}\n".utf8
        return bytes
    }

    /// A fragment `depth` levels deeper: two spaces a level before each of its lines but the first, and none on
    /// empty lines, as the encoder writes an empty array. A string's line breaks are escaped, so each line is the
    /// encoder's. Over UTF-8 bytes: an API file of fifty incidents is some 500 KB.
    private static func append(_ json: String, depth: Int, to bytes: inout [UInt8]) {
        var json = json
        json.withUTF8 { text in
            var start = 0
            while start < text.count {
                var end = start
                while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
                if start > 0, end > start {
                    for _ in 0..<depth { bytes += [UInt8(ascii: " "), UInt8(ascii: " ")] }
                }
                bytes += UnsafeBufferPointer(rebasing: text[start..<end])
                guard end < text.count else { break }
                bytes.append(UInt8(ascii: "\n"))
                start = end + 1
            }
        }
    }
}
