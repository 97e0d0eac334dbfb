import Foundation
import ServiceLifecycle
import StatusmarkCore
import StatusmarkSite

/// Builds the site when the server starts, then rebuilds after each settled batch of edits its
/// ``SourceWatcher`` reports. A good build replaces the served site; a failed one keeps the last good site and
/// adds the diagnostics overlay. Either way, open pages are told to reload.
actor PreviewWatcher: Service {
    let server: PreviewServer
    /// Made once the port is known; `nil` until then.
    private var builder: IncrementalSiteBuilder?
    /// Watched from the start, so that no edit made before or during the first build is missed: a batch that
    /// comes before it is left to the first build, which reads every file.
    private let changes: AsyncStream<SourceChanges>
    private var generation = 0
    private var lastGood: SiteFiles?

    init(server: PreviewServer) {
        self.server = server
        let (watcher, fallback) = server.configuration.makeWatcher()
        if let fallback { server.log("serve: \(fallback); watching by \(watcher.method) instead") }
        changes = watcher.changes()
    }

    /// Called once the server listens: the port is known, so the site can be built with its preview address.
    func start(baseURL: String) async {
        builder = IncrementalSiteBuilder(root: server.configuration.root, baseURL: baseURL)
        await rebuild(changed: [])
    }

    nonisolated func run() async throws {
        let broadcaster = server.broadcaster
        await withGracefulShutdownHandler {
            await cancelWhenGracefulShutdown {
                await withDiscardingTaskGroup { group in
                    group.addTask { await self.watch() }
                    group.addTask { await Self.beat(broadcaster) }
                }
            }
        } onGracefulShutdown: {
            broadcaster.finishAll()
        }
    }

    /// Rebuilds for each batch of changes, once the first build has been made.
    private func watch() async {
        for await batch in changes {
            if Task.isCancelled { return }
            await rebuild(changed: batch.changedPaths)
        }
    }

    /// Keeps open event streams alive through proxies that close quiet connections.
    private static func beat(_ broadcaster: ReloadBroadcaster) async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(15))
            } catch {
                return
            }
            broadcaster.heartbeat()
        }
    }

    /// - Parameter changed: The paths that changed; `nil` when any may have, and every file is read again.
    private func rebuild(changed: [String]?) async {
        guard let builder else { return }
        let started = ContinuousClock.now
        let configuration = server.configuration
        // To the minute, as pages show times: rebuilds within a minute then reuse every unchanged incident page.
        let now = configuration.now ?? Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60)
        generation += 1
        let outcome: IncrementalSiteBuilder.Outcome
        do {
            outcome = try await builder.build(now: now, changed: changed)
        } catch {
            outcome = IncrementalSiteBuilder.Outcome(files: nil, diagnostics: [], failure: "\(error)", rendered: 0, parsed: 0)
        }
        let milliseconds = Self.milliseconds(started.duration(to: .now))
        let what = changed.map { $0.isEmpty ? "" : " after \(Self.describe($0))" } ?? " after changes to the site's files"
        let replaced: PreviewSnapshot?
        if let files = outcome.files {
            lastGood = files
            replaced = server.site.replace(with: PreviewSnapshot(files: files, builtAt: Date(), generation: generation))
            server.log(
                "serve: built\(what) in \(milliseconds) ms (\(outcome.parsed.counted("file")) parsed, "
                    + "\(outcome.rendered.counted("page")) rendered)"
                    + (configuration.logsTimings ? "\n" + builder.timings.table : ""))
        } else {
            var lines = outcome.diagnostics.filter(\.isError).map(Self.line)
            if let failure = outcome.failure { lines.append(failure) }
            let files = lastGood ?? SiteFiles(sorted: [RenderedFile(path: "404.html", text: Self.placeholderPage)])
            replaced = server.site.replace(
                with: PreviewSnapshot(files: files, builtAt: Date(), generation: generation, failure: lines, hasGoodBuild: lastGood != nil))
            server.log(
                "serve: the build\(what) failed in \(milliseconds) ms; still serving the last good site\n"
                    + lines.map { "  \($0)\n" }.joined(), )
        }
        server.broadcaster.reload(generation: generation)
        // The last site's files and this build's own values are freed once the pages are told to reload: tens of
        // thousands of releases that nobody needs to wait for.
        withExtendedLifetime((replaced, outcome)) {}
    }

    /// What a page shows before any build has succeeded: only the overlay.
    static let placeholderPage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head><body></body></html>

        """

    /// `incidents/x.md:3:5: error: message [code]`.
    static func line(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        return "\(place)\(diagnostic.severity == .error ? "error" : "warning"): \(diagnostic.message) [\(diagnostic.code)]"
    }

    static func describe(_ changed: [String]) -> String {
        changed.count == 1 ? "a change to \(changed[0])" : "changes to \(changed.count.counted("file"))"
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.milliseconds)
    }
}
