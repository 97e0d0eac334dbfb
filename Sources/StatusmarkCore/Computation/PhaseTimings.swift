import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long each phase of a build took, on the clock and in CPU time, for `statusmark build --timings` and
/// `statusmark serve --timings`.
public struct PhaseTimings: Sendable, Equatable {
    public static let phaseNames = ["read", "parse", "compute", "render", "write"]

    /// Each phase's duration, by name; phases that did not run are absent.
    public var durations: [String: Duration] = [:]
    /// The CPU time the process spent during each phase, on all its threads: a phase that keeps two cores busy
    /// for 0.5 s takes 1 s. Phases run one after another, so this is the phase's own.
    public var cpuTimes: [String: Duration] = [:]

    public init() {}

    /// Runs `work`, adding its duration to the phase.
    nonisolated(nonsending) public mutating func measure<T>(
        _ phase: String, _ work: () async throws -> T
    ) async rethrows -> T {
        let clock = ContinuousClock()
        let started = clock.now
        let startedCPU = Self.processCPUTime()
        defer {
            durations[phase, default: .zero] += started.duration(to: clock.now)
            cpuTimes[phase, default: .zero] += Self.processCPUTime() - startedCPU
        }
        return try await work()
    }

    public mutating func merge(_ other: PhaseTimings) {
        for (phase, duration) in other.durations { durations[phase, default: .zero] += duration }
        for (phase, duration) in other.cpuTimes { cpuTimes[phase, default: .zero] += duration }
    }

    /// The CPU time of every thread of this process so far.
    static func processCPUTime() -> Duration {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return .zero }
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    /// One line per phase that ran, then the total, aligned: `timings: parse      40.2 ms     75.1 ms CPU`.
    public var table: String {
        var total = Duration.zero
        var totalCPU = Duration.zero
        var lines = ""
        for phase in Self.phaseNames {
            guard let duration = durations[phase] else { continue }
            let cpu = cpuTimes[phase] ?? .zero
            total += duration
            totalCPU += cpu
            lines += "timings: \(phase.padding(toLength: 8, withPad: " ", startingAt: 0))\(Self.format(duration)) ms"
                + "  \(Self.format(cpu)) ms CPU\n"
        }
        return lines + "timings: total   \(Self.format(total)) ms  \(Self.format(totalCPU)) ms CPU\n"
    }

    private static func format(_ duration: Duration) -> String {
        String(format: "%8.1f", duration.milliseconds)
    }
}
