/// A component's uptime over a window of days, day by day.
public struct ComponentUptime: Sendable, Hashable {
    /// One day of the window, in the site's time zone.
    public struct Day: Sendable, Hashable {
        public var date: CivilDate
        /// Seconds of the day the component was counted (0 before its start date, and less today).
        public var observedSeconds: Int
        public var majorOutageSeconds: Int
        public var partialOutageSeconds: Int
        /// The worst level any incident or maintenance gave the component that day.
        public var worst: ComponentStatus
        /// The incidents and maintenance that touched the component that day, by start.
        public var incidents: [String]
        public var uptime: UptimePercentage?

        /// Whether the day counts (the component existed and the day has begun).
        public var hasData: Bool { observedSeconds > 0 }
    }

    public var componentID: String
    /// The days of the window, oldest first.
    public var days: [Day]
    public var observedSeconds: Int
    public var majorOutageSeconds: Int
    public var partialOutageSeconds: Int
    public var uptime: UptimePercentage?
}
