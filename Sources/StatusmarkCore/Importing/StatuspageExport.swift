import Foundation

/// The parts of Statuspage's public API v2 responses (`incidents.json`, `summary.json`, `components.json`,
/// `scheduled-maintenances.json`) that an import reads. Every field is optional, so one decoder reads any of them.
struct StatuspageExport: Decodable {
    struct Page: Decodable {
        var name: String?
        var url: String?
        var timeZone: String?
    }

    struct Component: Decodable {
        var id: String?
        var name: String
        var description: String?
        var group: Bool?
        var groupId: String?
        /// The day the component was first shown: `2021-06-01`.
        var startDate: String?
    }

    /// A component an update changed, with its level before and after: how older payloads, which have no
    /// incident-level `components`, name the components at all.
    struct AffectedComponent: Decodable {
        var code: String?
        var name: String?
        var oldStatus: String?
        var newStatus: String?
    }

    struct Update: Decodable {
        var status: String?
        var body: String?
        var createdAt: String?
        var displayAt: String?
        var affectedComponents: [AffectedComponent]?

        /// The components the update changed. Statuspage writes an update that changed none as one entry with
        /// only a name, "No components were affected by this update.": an entry with neither `code` nor
        /// `new_status` names no component.
        var changedComponents: [AffectedComponent] {
            (affectedComponents ?? []).filter { $0.code != nil || $0.newStatus != nil }
        }
    }

    struct Incident: Decodable {
        var id: String?
        var name: String
        var status: String?
        var impact: String?
        var createdAt: String?
        var startedAt: String?
        var resolvedAt: String?
        var scheduledFor: String?
        var scheduledUntil: String?
        var incidentUpdates: [Update]?
        var components: [Component]?
        var postmortemBody: String?
        var postmortemPublishedAt: String?
    }

    var page: Page?
    var components: [Component]?
    var incidents: [Incident]?
    var scheduledMaintenances: [Incident]?

    static func decode(_ data: Data) throws -> StatuspageExport {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(StatuspageExport.self, from: data)
    }
}
