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
    /// written as JSONEncoder writes them (``CompactJSON``), the words after them as they are (``SearchWords``).
    func entry(_ record: IncidentRecord, url: String, day: String, configuration: SiteConfiguration) -> [UInt8] {
        let incident = record.incident
        let indexes = incident.impacts.compactMap { impact in
            configuration.components.firstIndex { $0.id == impact.componentID }
        }
        var texts = [incident.title, incident.summaryMarkdown] + incident.updates.map(\.markdown)
        if let postmortem = incident.postmortem { texts.append(postmortem.markdown) }
        texts += indexes.map { configuration.components[$0].name }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for field in [incident.title, url, day] {
            CompactJSON.append(field, to: &bytes)
            bytes.append(UInt8(ascii: ","))
        }
        CompactJSON.append(indexes, to: &bytes)
        bytes += Array(#",""#.utf8)
        SearchWords.append(texts, separator: UInt8(ascii: " "), to: &bytes)
        bytes += Array(#""]"#.utf8)
        return bytes
    }

    /// The index: `{"components":[…],"incidents":[…]}` with the entries in the order given.
    func render(components: [String], entries: [[UInt8]]) -> [UInt8] {
        var bytes = Array(#"{"components":["#.utf8)
        for (index, name) in components.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CompactJSON.append(name, to: &bytes)
        }
        bytes += Array(#"],"incidents":["#.utf8)
        bytes.reserveCapacity(entries.reduce(bytes.count + 3) { $0 + $1.count + 1 })
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += entry
        }
        bytes += Array("]}\n".utf8)
        return bytes
    }
}
