import Foundation
import StatusmarkCore

/// `history/search.json`, the index the history page's search box reads: the components' names, and for each
/// incident, maintenance and notice in the history's order its title, link, start day, the indexes of the
/// components it affects, and the words of its title, updates, postmortem and components (``SearchWords``).
///
/// Each incident's entry is a JSON fragment of its own, so that the preview's memo keeps it by record and a
/// rebuild joins ten thousand fragments instead of encoding them again.
struct SearchIndexRenderer: Sendable {
    static let path = "history/search.json"

    /// One incident's entry, `["Title","/incidents/x/","18 Sep 2025",[0,3],"word word …"]`: the first four
    /// encoded by JSONEncoder, the words written after them as they are (``SearchWords``).
    func entry(_ record: IncidentRecord, url: String, day: String, configuration: SiteConfiguration) -> [UInt8] {
        let incident = record.incident
        let indexes = incident.impacts.compactMap { impact in
            configuration.components.firstIndex { $0.id == impact.componentID }
        }
        var texts = [incident.title, incident.summaryMarkdown] + incident.updates.map(\.markdown)
        if let postmortem = incident.postmortem { texts.append(postmortem.markdown) }
        texts += indexes.map { configuration.components[$0].name }
        var bytes = Self.json(Head(title: incident.title, url: url, day: day, components: indexes))
        bytes.removeLast()  // the head's closing bracket
        bytes += Array(#",""#.utf8)
        SearchWords.append(texts, separator: UInt8(ascii: " "), to: &bytes)
        bytes += Array(#""]"#.utf8)
        return bytes
    }

    /// An entry's fields before its words, encoded as an array.
    private struct Head: Encodable {
        var title: String
        var url: String
        var day: String
        var components: [Int]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(title)
            try container.encode(url)
            try container.encode(day)
            try container.encode(components)
        }
    }

    /// The index: `{"components":[…],"incidents":[…]}` with the entries in the order given.
    func render(components: [String], entries: [[UInt8]]) -> [UInt8] {
        var bytes = Array(#"{"components":"#.utf8) + Self.json(components) + Array(#","incidents":["#.utf8)
        bytes.reserveCapacity(entries.reduce(bytes.count + 3) { $0 + $1.count + 1 })
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += entry
        }
        bytes += Array("]}\n".utf8)
        return bytes
    }

    private static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Strings, numbers and arrays of them always encode.
        guard let data = try? encoder.encode(value) else { preconditionFailure("JSON encoding failed") }
        return Array(data)
    }
}
