import Foundation

/// How long each phase of a build took, for `statusmark build --timings` and `statusmark serve --timings`.
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

    /// One line per phase that ran, then the total, aligned: `timings: parse      40.2 ms`.
    public var table: String {
        var total = Duration.zero
        var lines = ""
        for phase in Self.phaseNames {
            guard let duration = durations[phase] else { continue }
            total += duration
            lines += "timings: \(phase.padding(toLength: 8, withPad: " ", startingAt: 0))\(Self.format(duration)) ms\n"
        }
        return lines + "timings: total   \(Self.format(total)) ms\n"
    }

    private static func format(_ duration: Duration) -> String {
        String(format: "%8.1f", duration.milliseconds)
    }
}
