public import Foundation
import StatusmarkSite

/// What the published site showed before this deploy: the incidents and maintenance its API listed, with the
/// times of their updates. `notify` announces what the new site adds to it.
public struct LiveSnapshot: Sendable, Equatable {
    /// One incident or maintenance as the live API listed it.
    public struct Record: Sendable, Equatable {
        /// The API's id: the record's slug.
        public var id: String
        /// When it started, as `started_at` (or `created_at`) gives it.
        public var start: Date?
        /// The instants of its updates, in any order.
        public var updateTimes: [Date]
        public var hasPostmortem: Bool

        public init(id: String, start: Date?, updateTimes: [Date], hasPostmortem: Bool) {
            self.id = id
            self.start = start
            self.updateTimes = updateTimes
            self.hasPostmortem = hasPostmortem
        }
    }

    /// The incidents `incidents.json` listed; `nil` when the live site had no such file (a first publish).
    public var incidents: [Record]?
    /// The maintenance `scheduled-maintenances.json` listed; `nil` when it had none.
    public var maintenance: [Record]?

    public init(incidents: [Record]?, maintenance: [Record]?) {
        self.incidents = incidents
        self.maintenance = maintenance
    }

    /// A site that has not been published yet: nothing is announced against it.
    public static let unpublished = LiveSnapshot(incidents: nil, maintenance: nil)

    /// Whether the live site listed nothing at all.
    public var isUnpublished: Bool { incidents == nil && maintenance == nil }
}

extension LiveSnapshot {
    /// The error of a live file that is not the API's JSON.
    public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var problem: String
        public var description: String { "\(file) is not a Statuspage API response: \(problem)" }
    }

    /// Reads the two files of a published site's API; a `nil` file was not there.
    public static func decode(incidents: Data?, maintenance: Data?) throws(FormatError) -> LiveSnapshot {
        LiveSnapshot(
            incidents: try incidents.map { data throws(FormatError) in
                try records(in: data, file: "api/v2/incidents.json", key: \.incidents)
            },
            maintenance: try maintenance.map { data throws(FormatError) in
                try records(in: data, file: "api/v2/scheduled-maintenances.json", key: \.scheduledMaintenances)
            })
    }

    /// Reads one file holding `incidents`, `scheduled_maintenances` or both, as `notify --save-live` writes it
    /// and Statuspage's `summary.json` has them. A list the file does not hold is `nil`.
    public static func decode(snapshot data: Data, file: String) throws(FormatError) -> LiveSnapshot {
        let response = try response(data, file: file)
        return LiveSnapshot(
            incidents: response.incidents.map { $0.map(Record.init) },
            maintenance: response.scheduledMaintenances.map { $0.map(Record.init) })
    }

    /// The file `--save-live` writes: both lists, with what `notify` compares and nothing more.
    public func encoded() -> Data {
        func list(_ records: [Record]?) -> [Response.Incident]? {
            records?.map { record in
                Response.Incident(
                    id: record.id, startedAt: record.start.map(InstantFormat.rfc3339), createdAt: nil,
                    postmortemBody: record.hasPostmortem ? "" : nil,
                    incidentUpdates: record.updateTimes.map { Response.Update(createdAt: InstantFormat.rfc3339($0)) })
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let response = Response(incidents: list(incidents), scheduledMaintenances: list(maintenance))
        // Strings, arrays and optionals only: encoding cannot fail.
        return (try? encoder.encode(response)).map { $0 + Data("\n".utf8) } ?? Data()
    }
}

private extension LiveSnapshot {
    struct Response: Codable {
        struct Update: Codable {
            var createdAt: String
        }

        struct Incident: Codable {
            var id: String
            var startedAt: String?
            var createdAt: String?
            var postmortemBody: String?
            var incidentUpdates: [Update]?
        }

        var incidents: [Incident]?
        var scheduledMaintenances: [Incident]?
    }

    static func response(_ data: Data, file: String) throws(FormatError) -> Response {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Response.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.keyNotFound(_, context), let DecodingError.dataCorrupted(context)
        {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            throw FormatError(file: file, problem: path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)")
        } catch {
            throw FormatError(file: file, problem: "\(error)")
        }
    }

    static func records(
        in data: Data, file: String, key: KeyPath<Response, [Response.Incident]?>
    ) throws(FormatError) -> [Record] {
        let response = try response(data, file: file)
        guard let list = response[keyPath: key] else {
            throw FormatError(file: file, problem: "it has no list of \(key == \Response.incidents ? "incidents" : "scheduled_maintenances")")
        }
        return list.map(Record.init)
    }
}

private extension LiveSnapshot.Record {
    init(_ incident: LiveSnapshot.Response.Incident) {
        self.init(
            id: incident.id, start: (incident.startedAt ?? incident.createdAt).flatMap(LiveSnapshot.date),
            updateTimes: (incident.incidentUpdates ?? []).compactMap { LiveSnapshot.date($0.createdAt) },
            hasPostmortem: incident.postmortemBody != nil)
    }
}

extension LiveSnapshot {
    /// An ISO 8601 instant as Statuspage writes them (`2025-07-16T07:58:00.000Z`, `…-04:00`), with or without
    /// fractional seconds, to the whole second.
    static func date(_ text: String) -> Date? {
        let formats: [Date.ISO8601FormatStyle] = [
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .colon),
            .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .colon),
            .iso8601.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted),
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted),
        ]
        for format in formats {
            if let date = try? format.parse(text) { return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) }
        }
        return nil
    }
}
