public import Foundation

/// A time zone as written in a site or a timestamp: a fixed offset from UTC, or a region with daylight-saving
/// rules from the IANA database.
public enum ZoneReference: Sendable, Hashable {
    /// A fixed offset east of UTC, in seconds (`UTC` is 0, `CEST` is 7200).
    case fixed(offsetSeconds: Int)
    /// An IANA region such as `Europe/Berlin`.
    case region(TimeZone)

    /// UTC.
    public static let utc = ZoneReference.fixed(offsetSeconds: 0)

    /// The zone for an IANA identifier, `UTC`/`GMT`/`Z`, or an offset such as `+02:00`; `nil` when it is none.
    public init?(identifier: String) {
        switch TimestampZoneParser.parse(identifier) {
        case .success(let zone): self = zone
        case .failure: return nil
        }
    }
}

/// How a local wall-clock time maps onto real instants in a zone.
public enum LocalTimeResolution: Sendable, Hashable {
    /// Exactly one instant, in seconds since 1970.
    case unique(Int)
    /// The clock skipped this time (the spring-forward gap).
    case skipped
    /// The clock showed this time twice (the fall-back hour): the earlier and the later instant.
    case repeated(Int, Int)
}

extension ZoneReference {
    /// The offset from UTC, in seconds, in force at an instant.
    public func offset(at instant: Int) -> Int {
        switch self {
        case .fixed(let seconds): seconds
        case .region(let zone): zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        }
    }

    /// The instants at which the clocks of this zone showed a local time, given in seconds since 1970 as if the
    /// local time were UTC.
    public func resolve(localSeconds local: Int) -> LocalTimeResolution {
        switch self {
        case .fixed(let seconds):
            return .unique(local - seconds)
        case .region:
            // The offset in force a day either side brackets every real transition.
            let candidates = Set([offset(at: local - 86_400), offset(at: local + 86_400)])
                .map { local - $0 }
                .filter { local - offset(at: $0) == $0 }
                .sorted()
            switch candidates.count {
            case 0: return .skipped
            case 1: return .unique(candidates[0])
            default: return .repeated(candidates[0], candidates[candidates.count - 1])
            }
        }
    }

    /// The calendar date in this zone at an instant.
    public func civilDate(at instant: Int) -> CivilDate {
        let local = instant + offset(at: instant)
        return CivilDate(daysSinceEpoch: floorDivide(local, 86_400))
    }

    /// The instant at which a calendar day begins in this zone (the first instant whose local date is `date`).
    public func startOfDay(_ date: CivilDate) -> Int {
        let local = date.daysSinceEpoch * 86_400
        switch resolve(localSeconds: local) {
        case .unique(let instant): return instant
        case .repeated(let earlier, _): return earlier
        case .skipped:
            // Midnight itself was skipped (some zones change at 00:00): the day starts when the clock jumps.
            let before = local - offset(at: local - 86_400)
            return before
        }
    }

    /// A short label for messages: `UTC`, `+02:00` or `Europe/Berlin`.
    public var label: String {
        switch self {
        case .fixed(0): return "UTC"
        case .fixed(let seconds): return ZoneReference.offsetLabel(seconds)
        case .region(let zone): return zone.identifier
        }
    }

    /// `+02:00`, `-05:30`.
    public static func offsetLabel(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "\(sign)\(CivilDate.pad(minutes / 60, 2)):\(CivilDate.pad(minutes % 60, 2))"
    }
}

/// Integer division rounding towards negative infinity.
package func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
