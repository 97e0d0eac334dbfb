import Foundation

/// How every JSON file of the site is written: keys in snake_case and sorted, so the same model gives the same
/// bytes; indented, so a diff of two builds reads line by line; slashes unescaped.
enum JSONOutput {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding values made only of strings, numbers, booleans and arrays cannot fail.
        guard let data = try? encoder.encode(value) else { preconditionFailure("JSON encoding failed") }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
