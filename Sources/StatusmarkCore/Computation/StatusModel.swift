public import Foundation

/// Everything a site shows, computed from its files at one moment: the configuration, every incident with its
/// facts (newest first), the current status, and each component's uptime.
public struct StatusModel: Sendable {
    public var configuration: SiteConfiguration
    /// The moment the model describes (`--now`).
    public var now: Date
    /// Incidents and maintenance, newest start first (then by slug).
    public var records: [IncidentRecord]
    public var summary: StatusSummary
    /// Each component's uptime over `uptime_days`, in statusmark.yml order.
    public var uptime: [ComponentUptime]
    /// The words of statusmark.yml's `language`, from the theme's translation files; empty when the builder
    /// was given none (a model that only `check` or an authoring command reads).
    public var translation: Translation

    public init(
        configuration: SiteConfiguration, now: Date, records: [IncidentRecord], summary: StatusSummary,
        uptime: [ComponentUptime], translation: Translation = Translation(tag: "en", messages: [:])
    ) {
        self.configuration = configuration
        self.now = now
        self.records = records
        self.summary = summary
        self.uptime = uptime
        self.translation = translation
    }

    /// When the site last changed: the latest update or postmortem posted by `now`, or `now` when there is none.
    public var lastChange: Date {
        records.lazy.map(\.facts.lastUpdated).filter { $0 <= self.now }.max() ?? now
    }

    /// A record by slug.
    public func record(slug: String) -> IncidentRecord? {
        records.first { $0.incident.slug == slug }
    }
}
