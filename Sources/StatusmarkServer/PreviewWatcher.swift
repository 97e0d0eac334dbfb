import Foundation
import ServiceLifecycle
import StatusmarkCore
import StatusmarkSite

/// Builds the site when the server starts, then polls the site's files and rebuilds once they have stayed
/// unchanged for the debounce interval. A good build replaces the served site; a failed one keeps the last good
/// site and adds the diagnostics overlay. Either way, open pages are told to reload.
actor PreviewWatcher: Service {
    let server: PreviewServer
    private var fingerprint = SourceFingerprint(entries: [:])
    /// Made once the port is known; `nil` until then.
    private var builder: IncrementalSiteBuilder?
    private var generation = 0
    private var lastGood: [String: [UInt8]]?

    init(server: PreviewServer) {
        self.server = server
    }

    /// Called once the server listens: the port is known, so the site can be built with its preview address.
    func start(baseURL: String) async {
        builder = IncrementalSiteBuilder(root: server.configuration.root, baseURL: baseURL)
        fingerprint = SourceFingerprint.scan(root: server.configuration.root)
        await rebuild(changed: [])
    }

    nonisolated func run() async throws {
        let broadcaster = server.broadcaster
        await withGracefulShutdownHandler {
            await cancelWhenGracefulShutdown { await self.watch() }
        } onGracefulShutdown: {
            broadcaster.finishAll()
        }
    }

    private func watch() async {
        let configuration = server.configuration
        var sinceHeartbeat = Duration.zero
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: configuration.pollInterval)
            } catch {
                return
            }
            sinceHeartbeat += configuration.pollInterval
            if sinceHeartbeat >= .seconds(15) {
                server.broadcaster.heartbeat()
                sinceHeartbeat = .zero
            }
            guard builder != nil else { continue }
            var current = SourceFingerprint.scan(root: configuration.root)
            guard current != fingerprint else { continue }
            // Wait for the edits to settle: an editor's save, or a `git checkout` of many files.
            while !Task.isCancelled {
                try? await Task.sleep(for: configuration.debounce)
                let again = SourceFingerprint.scan(root: configuration.root)
                if again == current { break }
                current = again
            }
            let changed = current.changes(since: fingerprint)
            fingerprint = current
            await rebuild(changed: changed)
        }
    }

    private func rebuild(changed: [String]) async {
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
        let what = changed.isEmpty ? "" : " after \(Self.describe(changed))"
        if let files = outcome.files {
            lastGood = files
            server.site.replace(with: PreviewSnapshot(files: files, builtAt: Date(), generation: generation))
            server.log(
                "serve: built\(what) in \(milliseconds) ms (\(outcome.parsed.counted("file")) parsed, "
                    + "\(outcome.rendered.counted("page")) rendered)"
                    + (configuration.logsTimings ? "\n" + builder.timings.table : ""))
        } else {
            var lines = outcome.diagnostics.filter(\.isError).map(Self.line)
            if let failure = outcome.failure { lines.append(failure) }
            let files = lastGood ?? ["404.html": Array(Self.placeholderPage.utf8)]
            server.site.replace(
                with: PreviewSnapshot(files: files, builtAt: Date(), generation: generation, failure: lines, hasGoodBuild: lastGood != nil))
            server.log(
                "serve: the build\(what) failed in \(milliseconds) ms; still serving the last good site\n"
                    + lines.map { "  \($0)\n" }.joined(), )
        }
        server.broadcaster.reload(generation: generation)
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
