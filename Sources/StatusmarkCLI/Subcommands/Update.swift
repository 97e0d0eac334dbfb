public import ArgumentParser
import Foundation
import StatusmarkCore

extension Statusmark {
    /// `statusmark update`: adds an update to an incident or maintenance.
    public struct Update: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Add an update to an incident or maintenance, stamped now.",
            discussion: """
                <incident> is a slug, a unique start of one, or a path. The status is one of investigating, \
                identified, monitoring, update, resolved (maintenance: scheduled, in-progress, verifying, \
                completed). The text is the remaining words, --message-file, or standard input when piped.

                Everything already in the file stays byte for byte; the update goes where the file's order puts \
                it. The changed file is checked as 'statusmark check' would and replaces the old one atomically; \
                when it would have an error, nothing is written. Updating a resolved incident with anything but \
                'update' reopens it and needs --reopen.

                  statusmark update api-errors identified "A bad deploy; we are rolling it back."
                  echo "Error rates are falling." | statusmark update api-errors monitoring
                """)

        @Argument(help: "The incident: slug, unique slug prefix, or path.")
        public var incident: String

        @Argument(help: "The update's status.")
        public var status: String

        @Flag(help: "Allow an update that reopens a resolved incident.")
        public var reopen = false

        @OptionGroup public var posting: PostingOptions

        public init() {}

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            try await posting.post(to: incident, status: .given(status), reopen: reopen, command: "update", console: console)
        }
    }

    /// `statusmark resolve`: closes an incident (Resolved) or a maintenance (Completed).
    public struct Resolve: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Resolve an incident, or complete a maintenance, with a final update stamped now.",
            discussion: """
                Adds a Resolved update (Completed, for a maintenance) exactly as 'statusmark update' does. Without \
                text, it says "This incident has been resolved."

                  statusmark resolve api-errors "Error rates are back to normal."
                """)

        @Argument(help: "The incident: slug, unique slug prefix, or path.")
        public var incident: String

        @OptionGroup public var posting: PostingOptions

        public init() {}

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            try await posting.post(to: incident, status: .closing, reopen: false, command: "resolve", console: console)
        }
    }
}
