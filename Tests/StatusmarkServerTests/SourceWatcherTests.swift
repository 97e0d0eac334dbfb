import Foundation
import StatusmarkTestSupport
import Testing
@testable import StatusmarkServer

/// The preview's watchers, on a real folder: what they report for the edits editors, `git` and people make, and
/// what they leave out. Each test runs with inotify and with polling, which must agree.
@Suite struct SourceWatcherTests {
    enum Method: String, CaseIterable, Sendable {
        case inotify
        case polling
    }

    /// The batches a watcher reported, in order, collected by a task of their own.
    final class Reported: @unchecked Sendable {
        private let lock = NSLock()
        private var batches: [SourceChanges] = []

        func append(_ batch: SourceChanges) { lock.withLock { batches.append(batch) } }
        func takeFirst() -> SourceChanges? { lock.withLock { batches.isEmpty ? nil : batches.removeFirst() } }
    }

    /// A site folder with one incident in incidents/2025/, and a watcher of it.
    struct WatchedSite {
        let folder: TemporaryDirectory
        let root: URL
        let watcher: any SourceWatcher
        let reported = Reported()
        let listening: Task<Void, Never>

        /// - Parameter debounce: Long enough that the writes of one save, a few milliseconds apart, stay one batch
        ///   on a busy machine.
        init(_ method: Method, debounce: Duration = .milliseconds(150)) throws {
            folder = try TemporaryDirectory()
            root = folder.url.appendingPathComponent("site")
            try folder.write("site/statusmark.yml", "title: Test\n")
            try folder.write("site/incidents/2025/2025-03-10-api.md", "---\ntitle: API\n---\n")
            try folder.write("site/site-template/templates/home.mustache", "home\n")
            try folder.write("site/README.md", "notes\n")
            var configuration = PreviewServer.Configuration(
                root: root, watchesByPolling: method == .polling, pollInterval: .milliseconds(20),
                debounce: debounce)
            configuration.longestWait = .milliseconds(600)
            let made = configuration.makeWatcher()
            #expect(made.fallback == nil)
            #expect(made.watcher.method.hasPrefix(method == .polling ? "polling" : "inotify"))
            watcher = made.watcher
            let changes = watcher.changes()
            let reported = reported
            listening = Task {
                for await batch in changes { reported.append(batch) }
            }
        }

        func write(_ path: String, _ text: String) throws {
            try folder.write("site/" + path, text)
        }

        func remove(_ path: String) throws {
            try FileManager.default.removeItem(at: root.appendingPathComponent(path))
        }

        /// `rename(2)`, which replaces what is at `other`, as editors' saves do.
        func move(_ path: String, to other: String) throws {
            let from = root.appendingPathComponent(path).path
            let to = root.appendingPathComponent(other).path
            guard rename(from, to) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }

        /// The next batch the watcher reports, or `nil` when none comes within two seconds.
        func next() async -> SourceChanges? {
            for _ in 0..<200 {
                if let batch = reported.takeFirst() { return batch }
                try? await Task.sleep(for: .milliseconds(10))
            }
            return nil
        }

        func stop() {
            listening.cancel()
        }

        /// Waits for the last batch's quiet period to pass, so that the next edit is a batch of its own.
        func settle() async throws {
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    @Test(arguments: Method.allCases)
    func anEditOfSeveralWritesIsOneBatchWithItsPath(_ method: Method) async throws {
        let site = try WatchedSite(method)
        defer { site.stop() }
        try await site.settle()
        let handle = try FileHandle(forWritingTo: site.root.appendingPathComponent("incidents/2025/2025-03-10-api.md"))
        for line in ["## Investigating — 2025-03-10 12:00 UTC\n", "Looking.\n", "More.\n"] {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(line.utf8))
            try await Task.sleep(for: .milliseconds(5))
        }
        try handle.close()
        #expect(await site.next() == SourceChanges(paths: ["incidents/2025/2025-03-10-api.md"]))
    }

    @Test(arguments: Method.allCases)
    func anEditorsSaveByRenameAndTheConfigurationAreReported(_ method: Method) async throws {
        let site = try WatchedSite(method)
        defer { site.stop() }
        try await site.settle()
        try site.write(".statusmark.yml.swp", "title: New\n")
        try site.move(".statusmark.yml.swp", to: "statusmark.yml")
        #expect(await site.next() == SourceChanges(paths: ["statusmark.yml"]))
        try site.write("site-template/templates/home.mustache", "new home\n")
        #expect(await site.next() == SourceChanges(paths: ["site-template/templates/home.mustache"]))
    }

    @Test(arguments: Method.allCases)
    func aNewFolderIsReportedAndWhatIsWrittenInItLaterToo(_ method: Method) async throws {
        let site = try WatchedSite(method)
        defer { site.stop() }
        try await site.settle()
        try site.write("incidents/2026/2026-01-02-db.md", "---\ntitle: DB\n---\n")
        let created = try #require(await site.next())
        // inotify names the folder (the file may be written before its folder is watched); polling, the file.
        #expect(!created.paths.isEmpty && created.paths.allSatisfy { $0.hasPrefix("incidents/2026") })
        try await site.settle()
        try site.write("incidents/2026/2026-01-02-db.md", "---\ntitle: DB down\n---\n")
        #expect(await site.next() == SourceChanges(paths: ["incidents/2026/2026-01-02-db.md"]))
    }

    @Test(arguments: Method.allCases)
    func aFolderRemovedOrMovedAwayIsReportedAndNoLongerWatched(_ method: Method) async throws {
        let site = try WatchedSite(method)
        defer { site.stop() }
        try await site.settle()
        try site.move("incidents/2025", to: "archive")
        let moved = try #require(await site.next())
        #expect(!moved.paths.isEmpty && moved.paths.allSatisfy { $0.hasPrefix("incidents/2025") })
        try await site.settle()
        try site.write("archive/2025-03-10-api.md", "moved away\n")
        try site.write("incidents/2025-04-01-new.md", "---\ntitle: New\n---\n")
        #expect(await site.next() == SourceChanges(paths: ["incidents/2025-04-01-new.md"]))
        try site.remove("incidents/2025-04-01-new.md")
        #expect(await site.next() == SourceChanges(paths: ["incidents/2025-04-01-new.md"]))
    }

    /// Changes that do not stop (a long `git checkout`) are reported once the longest wait has passed, not only
    /// when they end.
    @Test(arguments: Method.allCases)
    func changesThatDoNotStopAreReportedAfterTheLongestWait(_ method: Method) async throws {
        // A quiet period longer than the longest wait, and than the gaps between writes on a busy machine.
        let site = try WatchedSite(method, debounce: .seconds(1))
        defer { site.stop() }
        var batch: SourceChanges?
        // A write every 20 ms, for three seconds at least: the files never stay unchanged for the quiet period.
        for step in 0..<150 where batch == nil {
            try site.write("incidents/2025/2025-03-10-api.md", "---\ntitle: API \(step)\n---\n")
            try await Task.sleep(for: .milliseconds(20))
            batch = site.reported.takeFirst()
        }
        #expect(batch == SourceChanges(paths: ["incidents/2025/2025-03-10-api.md"]))
    }

    /// Hidden files, editors' backups and files outside the watched folders are not reported: the first batch
    /// after them holds only the edit that matters.
    @Test(arguments: Method.allCases)
    func hiddenBackupAndOtherFilesAreLeftOut(_ method: Method) async throws {
        let site = try WatchedSite(method)
        defer { site.stop() }
        try await site.settle()
        try site.write("incidents/2025/.2025-03-10-api.md.swp", "swap")
        try site.write("incidents/2025/2025-03-10-api.md~", "backup")
        try site.write("incidents/.git/HEAD", "ref")
        try site.write("README.md", "more notes\n")
        try site.write("public/index.html", "built")
        try await Task.sleep(for: .milliseconds(300))
        try site.write("incidents/2025/2025-03-10-api.md", "---\ntitle: API errors\n---\n")
        #expect(await site.next() == SourceChanges(paths: ["incidents/2025/2025-03-10-api.md"]))
    }

    @Test func theRulesOfWhatMatters() {
        #expect(WatchedSources.matters("statusmark.yml"))
        #expect(WatchedSources.matters("incidents"))
        #expect(WatchedSources.matters("incidents/2025/x.md"))
        #expect(WatchedSources.matters("site-template/assets/style.css"))
        #expect(!WatchedSources.matters("statusmark.yml.bak"))
        #expect(!WatchedSources.matters("public/index.html"))
        #expect(!WatchedSources.matters("incidents/.x.md.swp"))
        #expect(!WatchedSources.matters("incidents/.hidden/x.md"))
        #expect(!WatchedSources.matters("incidents/x.md~"))
        #expect(!WatchedSources.matters("incidents/#x.md#"))
    }
}
