import Foundation
import StatusmarkCore
/// A `{{> name}}` or `{{< name}}` tag in a template: the partial or parent it names, and where.
struct PartialReference: Sendable, Hashable {
    var name: String
    var line: Int
    var column: Int
}

extension PartialReference {
    /// Every partial and parent tag in a template's text. Tags that name a partial dynamically (`{{>*name}}`)
    /// are left out: their target is only known at render time.
    static func all(in text: String) -> [PartialReference] {
        var references: [PartialReference] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "{", text[index...].hasPrefix("{{>") || text[index...].hasPrefix("{{<") {
                let nameStart = text.index(index, offsetBy: 3)
                if let close = text[nameStart...].range(of: "}}") {
                    let raw = text[nameStart..<close.lowerBound]
                    let name = raw.trimmingWhitespace()
                    if !name.isEmpty, !name.hasPrefix("*") {
                        let leading = raw.prefix { $0 == " " || $0 == "\t" }.count
                        references.append(PartialReference(name: name, line: line, column: column + 3 + leading))
                    }
                }
            }
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return references
    }
}
