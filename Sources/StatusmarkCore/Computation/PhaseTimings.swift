/// How long each phase of a build took, for `statusmark build --timings`.
public struct PhaseTimings: Sendable, Equatable {
    public static let phaseNames = ["read", "parse", "compute", "render", "write"]

    /// Each phase's duration, by name; phases that did not run are absent.
    public var durations: [String: Duration] = [:]

    public init() {}

    /// Runs `work`, adding its duration to the phase.
    nonisolated(nonsending) public mutating func measure<T>(
        _ phase: String, _ work: () async throws -> T
    ) async rethrows -> T {
        let clock = ContinuousClock()
        let started = clock.now
        defer { durations[phase, default: .zero] += started.duration(to: clock.now) }
        return try await work()
    }

    public mutating func merge(_ other: PhaseTimings) {
        for (phase, duration) in other.durations { durations[phase, default: .zero] += duration }
    }
}
