import Foundation
import StatusmarkCore

/// The files `statusmark init` creates: settings with example components, one example incident from the day
/// before, and a .gitignore.
struct SiteScaffold {
    let title: String
    let baseURL: String
    let now: Date

    func files() -> [(path: String, text: String)] {
        let day = CivilDate(now.addingTimeInterval(-86_400), in: .utc).description
        func at(_ clock: String) -> Date {
            guard case .success(let parsed) = TimestampParser(defaultZone: .utc).parse("\(day) \(clock) UTC") else {
                return now
            }
            return parsed.date
        }
        let example = IncidentDraft(
            title: "Example: elevated API error rates",
            impacts: [ComponentImpact(componentID: "api", level: .partialOutage)],
            summary: "This is an example incident written by `statusmark init`. Delete this file once you have seen how it\nlooks on the site.",
            updates: [
                .init(status: .investigating, date: at("10:00"), markdown: "We are investigating elevated error rates on the API."),
                .init(status: .identified, date: at("10:20"), markdown: "A bad deploy is the cause; we are rolling it back."),
                .init(status: .monitoring, date: at("10:35"), markdown: "The rollback is done and error rates are falling."),
                .init(status: .resolved, date: at("10:50"), markdown: "Error rates are back to normal."),
            ])
        let settings = """
            # The status site's settings. Every key is described in Statusmark's docs/incident-format.md.
            title: \(YAMLScalar.quoted(title))
            # Where the site is published: feeds, the API and the sitemap use it for their links.
            base_url: \(baseURL)
            # Times without a zone, and the days of the uptime bars, are in this zone.
            time_zone: UTC
            description: Live status of our services.

            components:
              - name: API
                id: api
                description: REST API and webhooks
                group: Platform
              - name: Dashboard
                description: The web console
                group: Platform
              - name: Website

            """
        return [
            (path: "statusmark.yml", text: settings),
            (path: "incidents/\(day)-example-incident.md", text: example.render()),
            (path: ".gitignore", text: "# The built site: statusmark build writes it, so it is not kept in git.\npublic/\n"
                + "# The build's lock beside it, and what an interrupted command leaves until the next one removes it.\n"
                + ".*.statusmark-*\n"),
        ]
    }
}
