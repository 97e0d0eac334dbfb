public import ArgumentParser
import Foundation
import StatusmarkCore
import StatusmarkNotify
import StatusmarkSite
import StatusmarkVersion

extension Statusmark {
    /// `statusmark notify`: sends what the new site adds to the live one to chat, webhooks and email.
    public struct Notify: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Send the site's new updates to the channels statusmark.yml names (Slack, Teams, email, …).",
            discussion: """
                Compares the site about to be published with the live one (its API at base_url, or --since) and \
                sends every update, postmortem and maintenance the live site did not show. Run it around the \
                deploy: '--deploy CMD' reads the live site, runs the deploy, and sends only when it succeeded; or \
                '--save-live FILE' before the deploy and '--since FILE' after it. A failed deploy then sends \
                nothing, and a run after a successful one finds nothing new. Secrets come from the environment \
                variables statusmark.yml names. Exits 0 when every channel took its messages, 1 when any failed \
                or the site has an error, the deploy's code when it failed, and 64 on a usage error.
                """)

        @OptionGroup public var project: ProjectOptions
        @OptionGroup public var clock: ClockOptions
        @OptionGroup public var publishing: BaseURLOptions

        @Option(help: ArgumentHelp("Read the live site, run this shell command (the deploy), and send only when it exits 0.", valueName: "command"))
        public var deploy: String?

        @Option(help: ArgumentHelp("Compare with this live state instead of the site at base_url: a file --save-live wrote, or a folder holding a published site's api/v2/.", valueName: "path"))
        public var since: String?

        @Option(help: ArgumentHelp("Only save the live site's state to this file, for --since after the deploy, and send nothing.", valueName: "file"))
        public var saveLive: String?

        @Flag(help: "Print exactly what would be sent to each channel, and send nothing (nor run --deploy).")
        public var dryRun = false

        @Option(name: .customLong("channel"), help: ArgumentHelp("Send to this channel only, by its name (repeatable).", valueName: "name"))
        public var channels: [String] = []

        @Option(help: ArgumentHelp("How many seconds a channel keeps retrying a message that failed for a passing reason (a timeout, 429, 5xx).", valueName: "seconds"))
        public var retryFor: Int = 60

        public init() {}

        public func validate() throws {
            let modes = [deploy, since, saveLive].compactMap { $0 }.count
            guard modes == 1 else {
                throw ValidationError(
                    modes == 0
                        ? "say when the live site is read: --deploy 'CMD' (read, deploy, then send), or --save-live FILE before the deploy and --since FILE after it"
                        : "use one of --deploy, --since and --save-live")
            }
            guard (0...3600).contains(retryFor) else { throw ValidationError("--retry-for must be from 0 to 3600 seconds") }
        }

        public func run() async throws {
            try await run(console: .standard)
        }

        package func run(console: Console) async throws {
            let root = try project.locate()
            let now = try clock.resolve(environment: console.environment)
            let result = try await SiteBuilder(now: now, baseURL: publishing.baseURL).build(root: root)
            guard !result.diagnostics.hasErrors, let model = result.model,
                let links = model.configuration.baseURL.flatMap(SiteLinks.init(baseURL:))
            else {
                DiagnosticPrinter(format: .text, color: .auto, console: console)
                    .print(result.diagnostics, sources: result.sources, themeSources: result.themeSources)
                console.writeError("notify: the site has errors; nothing was sent\n")
                throw ExitCode.failure
            }
            let configured = model.configuration.notify
            for name in channels where !configured.channels.contains(where: { $0.name == name }) {
                let names = configured.channels.map { "'\($0.name)'" }.joined(separator: ", ")
                throw ValidationError("statusmark.yml has no channel '\(name)'\(names.isEmpty ? "" : "; its channels are \(names)")")
            }
            let chosen = configured.channels.filter { channels.isEmpty || channels.contains($0.name) }
            let policy = RetryPolicy(limit: .seconds(retryFor))
            let userAgent = "Statusmark/\(StatusmarkVersion.number)"
            let source: LiveSource = since.map { .path(Self.url($0)) } ?? .site(baseURL: links.baseURL)
            let live: LiveSnapshot
            do {
                live = try await source.read(userAgent: userAgent, policy: policy)
            } catch {
                console.writeError("notify: cannot read the live site: \(error.reason); nothing was sent\n")
                throw ExitCode.failure
            }
            if let saveLive {
                try live.encoded().write(to: Self.url(saveLive), options: .atomic)
                let counts = "\((live.incidents ?? []).count.counted("incident")) and \((live.maintenance ?? []).count) maintenance"
                console.writeOut(
                    "notify: saved the live state to \(saveLive)"
                        + (live.isUnpublished ? " (the site is not published yet)\n" : " (\(counts))\n"))
                return
            }
            let plan = AnnouncementPlanner(now: now, maxAge: configured.maxAge).plan(model.records, live: live)
            let (deliveries, secrets) = DeliveryBuilder(
                model: model, links: links, environment: console.environment, root: root, userAgent: userAgent
            ).deliveries(for: plan, channels: chosen)
            let out = RedactingConsole(console: console, secrets: secrets)
            if chosen.isEmpty {
                out.line("notify: statusmark.yml names no channels under notify.channels; nothing is sent (docs/notify.md)")
            }
            report(plan, channels: chosen.count, to: out)
            if dryRun {
                printDryRun(deliveries, chosen, to: out)
                return
            }
            if let deploy {
                let code = Self.runShell(deploy)
                guard code == 0 else {
                    out.error("notify: the deploy failed (exit \(code)); nothing was sent\n")
                    throw ExitCode(code)
                }
            }
            let notifier = Notifier(policy: policy) { channel, key, failure, wait in
                out.error("notify: \(channel): \(key): \(failure.reason); trying again in \(Self.seconds(wait))\n")
            }
            let reports = await notifier.send(deliveries)
            var failed = false
            for report in reports {
                let sent = report.sent.isEmpty ? "nothing to send" : "sent \(report.sent.count): \(report.sent.joined(separator: ", "))"
                guard let failure = report.failure else {
                    if !report.sent.isEmpty || !plan.announcements.isEmpty {
                        out.line("notify: \(report.channel) (\(report.type)): \(sent)")
                    }
                    continue
                }
                failed = true
                var line = "notify: \(report.channel) (\(report.type)): failed"
                if let key = failure.key { line += " at \(key)" }
                line += ": \(failure.reason)"
                if !report.sent.isEmpty { line += "; sent \(report.sent.joined(separator: ", "))" }
                if failure.notTried > 0 { line += "; \(failure.notTried.counted("message")) not tried" }
                out.error(line + "\n")
            }
            if failed {
                out.error("notify: a channel failed; a run with --since and the state before this deploy, and --channel, sends again\n")
                throw ExitCode.failure
            }
        }
    }
}

private extension Statusmark.Notify {
    /// Prints what the plan holds: a count of news, or why there is none.
    func report(_ plan: AnnouncementPlan, channels: Int, to out: RedactingConsole) {
        if plan.unpublished {
            out.line("notify: the live site lists no incidents or maintenance yet (a first publish?): nothing is announced")
        } else if plan.announcements.isEmpty {
            out.line("notify: nothing new since the live site")
        } else {
            out.line("notify: \(plan.announcements.count.counted("new update")) for \(channels.counted("channel"))")
        }
        if plan.tooOld > 0 {
            out.line("notify: \(plan.tooOld.counted("update")) older than notify.max_age not announced")
        }
    }

    func printDryRun(_ deliveries: [ChannelDelivery], _ channels: [NotifyChannel], to out: RedactingConsole) {
        for (delivery, channel) in zip(deliveries, channels) {
            var target: String
            if let email = channel.email {
                let to = email.list ?? email.recipients.joined(separator: ", ")
                target = "\(email.host):\(email.port) (STARTTLS) to \(to)"
            } else {
                target = "the URL in $\(channel.urlVariable ?? "")"
            }
            if case .failure(let failure) = delivery.transport { target += " — a real run would fail: \(failure.reason)" }
            out.line("== \(delivery.channel) (\(delivery.type)): \(delivery.payloads.count.counted("message")) to \(target)")
            for item in delivery.payloads {
                out.line("-- \(item.key)")
                out.write(item.payload.text)
            }
        }
    }

    static func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL
    }

    static func seconds(_ duration: Duration) -> String {
        let seconds = duration.milliseconds.rounded() / 1000
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }

    /// Runs a command with `/bin/sh -c`, its output and input the terminal's; its exit code (128 + the signal
    /// when a signal ended it).
    static func runShell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        do {
            try process.run()
        } catch {
            return 127
        }
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
