import StatusmarkCore
import StatusmarkVersion

/// `api/v2/statusmark/reliability.json`, a Statusmark extension beside Statuspage's files: for each component,
/// the number of incidents and the times to detect, mitigate and resolve, over the uptime window and all time.
/// A file of its own, so that clients that check Statuspage's shapes strictly never meet an unknown key.
struct ReliabilityResponse: Encodable, Sendable, Equatable {
    struct Figures: Encodable, Sendable, Equatable {
        var incidents: Int
        var timeToDetect: Nullable<DurationStatistics>
        var timeToMitigate: Nullable<DurationStatistics>
        var timeToResolve: Nullable<DurationStatistics>

        init(_ figures: ReliabilityFigures) {
            incidents = figures.incidents
            timeToDetect = Nullable(figures.timeToDetect)
            timeToMitigate = Nullable(figures.timeToMitigate)
            timeToResolve = Nullable(figures.timeToResolve)
        }
    }

    struct Component: Encodable, Sendable, Equatable {
        var id: String
        var name: String
        var window: Figures
        var allTime: Figures
    }

    var page: StatuspagePage
    /// `Statusmark 0.1.0`: Statuspage's own files have no field for it.
    var generator = StatusmarkVersion.generator
    /// How many days the window covers (`uptime_days`), and when it starts.
    var windowDays: Int
    var windowStart: String
    var components: [Component]

    static let path = "api/v2/statusmark/reliability.json"
}
