public import ArgumentParser
import Foundation
import StatusmarkCore

/// What `update` and `resolve` share: the text (words, a file, or piped input), `--at`, the site and the clock.
public struct PostingOptions: ParsableArguments {
    @Argument(help: "The update's text (quote it, or write it after --).")
    public var message: [String] = []

    @Option(help: ArgumentHelp("Read the text from a file ('-' for standard input).", valueName: "file"))
    public var messageFile: String?

    @Option(help: ArgumentHelp("When the update was posted, instead of now.", valueName: "time"))
    public var at: String?

    @OptionGroup public var project: ProjectOptions
    @OptionGroup public var clock: ClockOptions

    public init() {}

    /// Posts the update these options describe to an incident.
    func post(to incident: String, status: UpdatePoster.Status, reopen: Bool, command: String, console: Console) async throws {
        let session = try AuthoringSession(root: try project.locate(), console: console)
        let now = try clock.resolve(environment: console.environment)
        let text = try MessageInput(words: message, file: messageFile, standardInput: console.readStandardInput).read()
        let posted = try AuthoringTime.posted(at, now: now, zone: session.configuration.timeZone)
        try await UpdatePoster(session: session, now: now)
            .post(to: incident, status: status, message: text, at: posted, reopen: reopen, command: command)
    }
}
