import Foundation
import StatusmarkSite
import StatusmarkTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import StatusmarkServer

/// `statusmark serve` over real HTTP on an ephemeral port: page and content types, traversal attempts, live
/// reload after an edit, the overlay after a broken edit, a busy port, and many connections at once.
@Suite(.serialized) struct PreviewServerTests {
    static let now = Date(timeIntervalSince1970: 1_741_608_000)  // 2025-03-10 12:00 UTC, as the golden test.
    static let fixture = RepositoryPaths.fixtures.appendingPathComponent("site/small-site")

    /// What the server logged, in order.
    final class LogLines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var text: String { lock.withLock { lines.joined(separator: "\n") } }
    }

    /// A copy of the small site, served for the duration of `body`; what it logs goes to `logs`.
    func withServer(
        logs: LogLines = LogLines(), idleTimeout: Duration = .seconds(10),
        _ body: (PreviewServer, RawHTTPClient, URL) async throws -> Void
    ) async throws {
        let folder = try TemporaryDirectory()
        let root = folder.url.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Self.fixture, to: root)
        var configuration = PreviewServer.Configuration(
            root: root, port: 0, now: Self.now, pollInterval: .milliseconds(50), debounce: .milliseconds(50),
            logsTimings: true)
        configuration.idleTimeout = idleTimeout
        let server = PreviewServer(configuration: configuration, log: { logs.append($0) })
        let (ready, continuation) = AsyncStream<URL>.makeStream()
        let task = Task { try await server.run { url in continuation.yield(url) } }
        defer { task.cancel() }
        var iterator = ready.makeAsyncIterator()
        let url = try #require(await iterator.next())
        try await body(server, RawHTTPClient(port: url.port!), root)
        task.cancel()
        _ = await task.result
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["incidents", "statusmark.yml"])
    }

    /// Waits until the event stream has sent a `reload`.
    func awaitReload(_ events: Socket, after seen: inout String) throws {
        let before = seen.components(separatedBy: "event: reload").count
        while seen.components(separatedBy: "event: reload").count == before {
            guard let chunk = try events.read() else { throw RawHTTPClient.Failure(description: "the event stream closed") }
            seen += String(decoding: chunk, as: UTF8.self)
        }
    }

    @Test func servesEveryPageAndFileAsBuildWritesItWithItsContentType() async throws {
        try await withServer { _, client, root in
            let port = client.port
            let built = try await SiteBuilder(now: Self.now, baseURL: "http://127.0.0.1:\(port)").build(root: root)
            let files = Dictionary(uniqueKeysWithValues: built.files.map { ($0.path, $0.bytes) })
            let script = Array("<script src=\"/_statusmark/live.js\"></script>\n".utf8)
            for (path, file, type) in [
                ("/", "index.html", "text/html; charset=utf-8"),
                ("/history/", "history/index.html", "text/html; charset=utf-8"),
                ("/incidents/2025-03-03-api-errors/", "incidents/2025-03-03-api-errors/index.html", "text/html; charset=utf-8"),
                ("/components/web/", "components/web/index.html", "text/html; charset=utf-8"),
                ("/history.atom", "history.atom", "application/atom+xml; charset=utf-8"),
                ("/history.rss", "history.rss", "application/rss+xml; charset=utf-8"),
                ("/feed.json", "feed.json", "application/json; charset=utf-8"),
                ("/api/v2/summary.json", "api/v2/summary.json", "application/json; charset=utf-8"),
                ("/badge.svg", "badge.svg", "image/svg+xml"),
                ("/maintenance.ics", "maintenance.ics", "text/calendar; charset=utf-8"),
                ("/sitemap.xml", "sitemap.xml", "application/xml; charset=utf-8"),
            ] {
                let response = try client.get(path)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(response.headers["cache-control"] == "no-store", "\(path)")
                var expected = try #require(files[file])
                if file.hasSuffix(".html") {
                    let end = try #require(PreviewInjector.lastIndex(of: Array("</body>".utf8), in: expected))
                    expected.insert(contentsOf: script, at: end)
                }
                #expect(response.body == expected, "\(path)")
            }
            let folder = try client.get("/incidents/2025-03-03-api-errors")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/incidents/2025-03-03-api-errors/")
            let missing = try client.get("/incidents/no-such-incident/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("<title>Page not found"))
            #expect(missing.headers["cache-control"] == "no-store")
        }
    }

    @Test func requestsThatTryToLeaveTheSiteGet404AndMalformedOnesGet400() async throws {
        try await withServer { _, client, _ in
            for path in [
                "/../statusmark.yml", "/%2e%2e/statusmark.yml", "/incidents/%2E%2E/%2E%2E/etc/passwd", "/assets/..%2f..%2fstatusmark.yml",
                "//etc/passwd", "/./index.html", "/incidents/2025-03-03-api-errors.md", "/statusmark.yml",
            ] {
                let response = try client.get(path)
                #expect(response.status == 404, "\(path)")
                #expect(response.text.contains("<title>Page not found"), "\(path)")
            }
            #expect(try client.get("/%zz").status == 400)
            #expect(try client.send("NOT-HTTP\r\n\r\n").status == 400)
        }
    }

    /// DNS rebinding: a page on another domain that resolves to 127.0.0.1 sends its own Host, and is refused.
    @Test func onlyRequestsForThisServerAreAnswered() async throws {
        try await withServer { _, client, _ in
            let port = client.port
            for host in ["127.0.0.1", "127.0.0.1:\(port)", "localhost", "LOCALHOST:\(port)", "localhost.", "[::1]:\(port)"] {
                let response = try client.send("GET / HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
                #expect(response.status == 200, "\(host)")
            }
            for request in [
                "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: evil.com:\(port)\r\nConnection: close\r\n\r\n",
                "GET http://evil.com/ HTTP/1.1\r\nHost: evil.com\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.0\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: 127.0.0.1.evil.com\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost:80:80\r\nConnection: close\r\n\r\n",
            ] {
                let response = try client.send(request)
                #expect(response.status == 421, "\(request.debugDescription)")
                #expect(!response.text.contains("<html"), "\(request.debugDescription)")
            }
            for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
                let response = try client.send("\(method) / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                #expect(response.status == 405, "\(method)")
                #expect(response.headers["allow"] == "GET, HEAD")
            }
            let head = try client.send("HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            #expect(head.status == 200)
        }
    }

    /// Half-sent requests are closed after the idle timeout, so a flood of them cannot hold the server.
    @Test func aHalfSentRequestIsClosedAfterTheIdleTimeout() async throws {
        try await withServer(idleTimeout: .seconds(1)) { _, client, _ in
            let sockets = try (0..<50).map { _ in try Socket(port: client.port, timeout: 5) }
            defer { sockets.forEach { $0.close() } }
            let started = ContinuousClock.now
            for socket in sockets { try socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ") }
            // Still dripping bytes: the request is never complete.
            try await Task.sleep(for: .milliseconds(400))
            for socket in sockets { try socket.write("a") }
            for socket in sockets { #expect(try socket.read() == nil) }
            let waited = started.duration(to: .now)
            #expect(waited < .seconds(4))
            #expect(try client.get("/").status == 200)
        }
    }

    @Test func connectionsAreCappedWellBelowTheFileLimit() {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        let cap = PreviewAddress.connectionLimit()
        #expect(cap >= 16)
        #expect(cap <= 1_000)
        #expect(UInt64(cap) * 4 <= UInt64(limit.rlim_cur) || cap == 16)
    }

    /// Four bare CRs crashed every command that parsed the file; saved while serving, they now give a build.
    @Test func aFileThatCrashedTheServerIsServedAfterItIsSaved() async throws {
        try await withServer { _, client, root in
            let events = try client.openEvents("/_statusmark/events")
            defer { events.close() }
            var seen = try events.read(until: ": connected")
            let file = root.appendingPathComponent("incidents/2025-03-10-email-delays.md")
            var text = try String(contentsOf: file, encoding: .utf8)
            text += "\n## Update — 2025-03-10 11:50 UTC\r\r\r\rStill watching.\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
            try awaitReload(events, after: &seen)
            let page = try client.get("/incidents/2025-03-10-email-delays/")
            #expect(page.status == 200)
            #expect(page.text.contains("Still watching."))
        }
    }

    @Test(arguments: ["0.0.0.0", "::"])
    func everyInterfaceAllowsTheMachinesAddressesAndLinksToOneOfThem(host: String) {
        let allowed = PreviewAddress.allowedHosts(listeningOn: host)
        #expect(allowed.isSuperset(of: ["localhost", "127.0.0.1", "[::1]"]))
        let link = PreviewAddress.linkHost(listeningOn: host)
        #expect(link != "0.0.0.0" && link != "::" && link != "[::]")
        #expect(allowed.contains(link.lowercased()))
        #expect(PreviewAddress.allowedHosts(listeningOn: "127.0.0.1") == ["localhost", "127.0.0.1", "[::1]"])
    }

    @Test func theHostHeaderIsReadAsAHostAndAnOptionalPort() {
        #expect(PreviewAddress.host(ofAuthority: "LocalHost:4000") == "localhost")
        #expect(PreviewAddress.host(ofAuthority: "[::1]:4000") == "[::1]")
        #expect(PreviewAddress.host(ofAuthority: "[::1]x") == nil)
        #expect(PreviewAddress.host(ofAuthority: "a:b") == nil)
        #expect(PreviewAddress.host(ofAuthority: ":80") == nil)
    }

    @Test func anEditReloadsOpenPagesAndTheNewContentIsServed() async throws {
        let logs = LogLines()
        try await withServer(logs: logs) { _, client, root in
            let events = try client.openEvents("/_statusmark/events")
            defer { events.close() }
            var seen = try events.read(until: ": connected")
            #expect(seen.hasPrefix("HTTP/1.1 200"))
            #expect(seen.contains("Content-Type: text/event-stream\r\n"))
            let file = root.appendingPathComponent("incidents/2025-03-10-email-delays.md")
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: "title: Email notifications delayed", with: "title: Email notifications delayed by hours")
            // As editors save: a new file renamed over the old one.
            try text.write(to: file, atomically: true, encoding: .utf8)
            try awaitReload(events, after: &seen)
            let page = try client.get("/incidents/2025-03-10-email-delays/")
            #expect(page.text.contains("<h1>Email notifications delayed by hours</h1>"))
            #expect(try client.get("/").text.contains("Email notifications delayed by hours"))
        }
        // The page itself, home, history, the Email component's page: what lists the incident's title; and the
        // embed page, whose view model is the home page's.
        #expect(logs.text.contains(
            "serve: built after a change to incidents/2025-03-10-email-delays.md in "))
        #expect(logs.text.contains(" ms (1 file parsed, 5 pages rendered)\ntimings: read "))
        #expect(logs.text.contains("\ntimings: render "))
    }

    @Test func aBrokenEditShowsTheOverlayOnEveryPageUntilTheFix() async throws {
        try await withServer { _, client, root in
            let events = try client.openEvents("/_statusmark/events")
            defer { events.close() }
            var seen = try events.read(until: ": connected")
            let file = root.appendingPathComponent("incidents/2025-03-10-email-delays.md")
            let good = try String(contentsOf: file, encoding: .utf8)
            let broken = good.replacingOccurrences(of: "  Email: partial outage", with: "  <b>Mail</b>: partial outage")
            try broken.write(to: file, atomically: true, encoding: .utf8)
            try awaitReload(events, after: &seen)
            for path in ["/", "/incidents/2025-03-10-email-delays/", "/no-such-page"] {
                let page = try client.get(path)
                #expect(page.text.contains(#"<div id="statusmark-overlay" role="alert""#), "\(path)")
                #expect(
                    page.text.contains(
                        "<li>incidents/2025-03-10-email-delays.md:4:3: error: unknown component &apos;&lt;b&gt;Mail&lt;/b&gt;&apos; "
                            + "[incident.unknown-component]</li>"),
                    "\(path)")
                #expect(!page.text.contains("<b>Mail</b>"), "\(path)")
            }
            // The last good site is still served underneath.
            #expect(try client.get("/incidents/2025-03-10-email-delays/").text.contains("<h1>Email notifications delayed</h1>"))
            try good.write(to: file, atomically: true, encoding: .utf8)
            try awaitReload(events, after: &seen)
            #expect(!(try client.get("/").text.contains("statusmark-overlay")))
        }
    }

    @Test func aBusyPortIsAOneLineErrorThatNamesThePortOption() async throws {
        try await withServer { _, client, root in
            let second = PreviewServer(configuration: .init(root: root, port: client.port, now: Self.now), log: { _ in })
            await #expect(throws: PreviewServer.StartError.portInUse(host: "127.0.0.1", port: client.port)) {
                try await second.run { _ in }
            }
            #expect(
                "\(PreviewServer.StartError.portInUse(host: "127.0.0.1", port: 4000))"
                    == "port 4000 on 127.0.0.1 is already in use; choose another with --port")
        }
    }

    @Test func threeHundredConnectionsAtOnceAreAllAnswered() async throws {
        try await withServer { _, client, _ in
            let sockets = try (0..<300).map { _ in try Socket(port: client.port, timeout: 20) }
            defer { sockets.forEach { $0.close() } }
            for socket in sockets {
                try socket.write("GET /history/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            }
            var statuses: [Int: Int] = [:]
            for socket in sockets {
                var data: [UInt8] = []
                while let chunk = try socket.read() { data += chunk }
                statuses[try RawHTTPClient.parse(data).status, default: 0] += 1
            }
            #expect(statuses == [200: 300])
        }
    }
}
