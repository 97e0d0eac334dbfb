public import ArgumentParser
import Foundation
import StatusmarkCore

/// `--now`: the moment to build for, so builds can be reproduced.
public struct ClockOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The current time for ongoing incidents and uptime, such as 2025-09-19T14:00:00Z.",
            discussion: "Defaults to SOURCE_DATE_EPOCH (seconds since 1970) when set, else the clock.",
            valueName: "time"))
    public var now: String?

    public init() {}

    public mutating func validate() throws {
        if let now, case .failure(let error) = Self.parse(now) {
            throw ValidationError("--now '\(now)': \(error.message)")
        }
    }

    /// `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
    func resolve(environment: [String: String]) throws -> Date {
        if let now, case .success(let parsed) = Self.parse(now) { return parsed.date }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970; found '\(epoch)'")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date()
    }

    private static func parse(_ text: String) -> Result<ParsedTimestamp, TimestampError> {
        TimestampParser(defaultZone: .utc).parse(text)
    }
}
