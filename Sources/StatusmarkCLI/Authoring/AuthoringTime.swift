import ArgumentParser
import Foundation
import StatusmarkCore

/// Reads the times and statuses given to the authoring commands.
enum AuthoringTime {
    /// A time option in any form incident files accept; without a zone, the site's.
    static func parse(_ text: String, option: String, zone: ZoneReference) throws -> Date {
        switch TimestampParser(defaultZone: zone).parse(text) {
        case .success(let parsed): return parsed.date
        case .failure(let error): throw ValidationError("\(option) '\(text)': \(error.message)")
        }
    }

    /// `--at`: when an update was posted, which cannot be later than now.
    static func posted(_ text: String?, now: Date, zone: ZoneReference) throws -> Date? {
        guard let text else { return nil }
        let date = try parse(text, option: "--at", zone: zone)
        if date > now {
            throw ValidationError(
                "--at '\(text)' is later than now (\(HeadingTimestamp.format(now))); an update is stamped when it is posted")
        }
        return date
    }

    /// A status word valid for the kind of file.
    static func status(_ word: String, kind: IncidentKind) throws -> UpdateStatus {
        let valid = UpdateStatus.statuses(for: kind).filter { $0 != .postmortem }
        guard let status = UpdateStatus(word: word), valid.contains(status) else {
            let words = valid.map { $0.title.lowercased().replacingOccurrences(of: " ", with: "-") }
            throw ValidationError("'\(word)' is not a status for \(kind.noun); use \(words.joined(separator: ", "))")
        }
        return status
    }

}

/// The words an update gets when the command line gives none.
enum AuthoringDefaults {
    static func message(for status: UpdateStatus) -> String {
        switch status {
        case .investigating: "We are investigating this issue."
        case .identified: "The issue has been identified and a fix is being implemented."
        case .monitoring: "A fix has been implemented and we are monitoring the results."
        case .resolved: "This incident has been resolved."
        case .scheduled: "This maintenance is scheduled."
        case .inProgress: "The maintenance is in progress."
        case .verifying: "The maintenance is done and we are verifying the results."
        case .completed: "The maintenance has been completed."
        case .update, .postmortem: ""
        }
    }
}
