import Foundation
import StatusmarkCore

/// `maintenance.ics`: every planned maintenance as an iCalendar (RFC 5545) event, for calendar subscriptions.
///
/// Events have stable UIDs (`<slug>@<host>`), UTC times, the affected components as RESOURCES and in the
/// description, and a SEQUENCE that grows with each update, so a calendar replaces an event whose window moved.
struct CalendarRenderer: Sendable {
    let links: SiteLinks

    func render(_ model: StatusModel, describe: (IncidentRecord) -> String) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Statusmark//Statusmark//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(model.translation.text("feeds.calendar_name", ["site": model.configuration.title])),
            "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
        ]
        let maintenance = model.records
            .compactMap { record -> (record: IncidentRecord, start: Date, end: Date)? in
                guard record.incident.kind == .maintenance, let start = record.incident.scheduledStart,
                    let end = record.incident.scheduledEnd
                else { return nil }
                return (record, start, end)
            }
            .sorted { ($0.start, $0.record.incident.slug) < ($1.start, $1.record.incident.slug) }
        for (record, start, end) in maintenance {
            let incident = record.incident
            let url = links.absolute(links.incident(incident.slug))
            lines += [
                "BEGIN:VEVENT",
                "UID:\(Self.text("\(incident.slug)@\(links.host)"))",
                "DTSTAMP:\(InstantFormat.iCalendar(record.facts.lastUpdated))",
                "LAST-MODIFIED:\(InstantFormat.iCalendar(record.facts.lastUpdated))",
                "SEQUENCE:\(max(0, incident.updates.count - 1))",
                "DTSTART:\(InstantFormat.iCalendar(start))",
                "DTEND:\(InstantFormat.iCalendar(end))",
                "SUMMARY:" + Self.text(incident.title),
                "DESCRIPTION:" + Self.text(describe(record)),
                "URL:" + url,
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
                "CATEGORIES:MAINTENANCE",
            ]
            let names = incident.impacts.map { model.configuration.component(id: $0.componentID)?.name ?? $0.componentID }
            if !names.isEmpty { lines.append("RESOURCES:" + names.map(Self.text).joined(separator: ",")) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped.
    static func text(_ value: String) -> String {
        ASCIIEscaper.escape(value) { byte in
            switch byte {
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: ";"): "\\;"
            case UInt8(ascii: ","): "\\,"
            case UInt8(ascii: "\n"): "\\n"
            case UInt8(ascii: "\t"): nil
            case ..<0x20: ""
            default: nil
            }
        }
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let utf8 = line.utf8
        guard utf8.count > 75 else { return line }
        var folded: [UInt8] = []
        folded.reserveCapacity(utf8.count + utf8.count / 24)
        var width = 0
        for byte in utf8 {
            // A character's first byte says how many bytes it takes; the others (10xxxxxx) follow it.
            if byte & 0xC0 != 0x80 {
                let size = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                // The first line holds 75 octets; each continuation line starts with a space and holds 74 more.
                if width + size > 75 {
                    folded.append(contentsOf: "\r\n ".utf8)
                    width = 1
                }
                width += size
            }
            folded.append(byte)
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
