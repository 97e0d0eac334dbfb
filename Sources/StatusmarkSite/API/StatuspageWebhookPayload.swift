import Foundation
public import StatusmarkCore

/// The body Statuspage's webhooks send for an incident or maintenance update: `meta`, `page` with the page's
/// indicator, and `incident` as the API writes it with all its updates, so that a receiver written for
/// Statuspage reads Statusmark's unchanged.
package enum StatuspageWebhookPayload {
    private struct Meta: Encodable {
        var unsubscribe: Nullable<String>
        var documentation: String
    }

    private struct Page: Encodable {
        var id: String
        var statusIndicator: String
        var statusDescription: String
    }

    private struct Body: Encodable {
        var meta: Meta
        var page: Page
        var incident: StatuspageIncident
    }

    /// The JSON bodies for some records of a model, by slug; a slug the model does not have is left out.
    /// - Parameter documentation: The address `meta.documentation` names: Statuspage's names its webhook docs;
    ///   Statusmark's names the site.
    package static func bodies(
        model: StatusModel, links: SiteLinks, slugs: Set<String>, documentation: String
    ) -> [String: String] {
        let records = model.records
        let selection = StatuspageSelection(model: model)
        let api = StatuspageAPIRenderer(model: model, links: links, selection: selection)
        let status = api.status()
        let page = Page(id: api.page.id, statusIndicator: status.indicator, statusDescription: status.description)
        var bodies: [String: String] = [:]
        for record in records where slugs.contains(record.incident.slug) {
            let body = Body(
                meta: Meta(unsubscribe: Nullable(nil), documentation: documentation), page: page,
                incident: api.incident(record))
            bodies[record.incident.slug] = JSONOutput.encode(body)
        }
        return bodies
    }
}
