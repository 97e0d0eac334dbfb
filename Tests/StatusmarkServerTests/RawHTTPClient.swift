import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, so tests can send exactly the bytes they mean (`..`, `%2e%2e`,
/// malformed request lines) without a client library normalising them, and read a Server-Sent Events stream.
struct RawHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int

    /// Sends `GET path` and reads the whole response (the server closes after it).
    func get(_ path: String) throws -> Response {
        try send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    }

    /// Sends raw bytes and reads until the server closes the connection.
    func send(_ request: String, timeout: TimeInterval = 10) throws -> Response {
        let socket = try Socket(port: port, timeout: timeout)
        defer { socket.close() }
        try socket.write(request)
        var data: [UInt8] = []
        while let chunk = try socket.read() { data += chunk }
        return try Self.parse(data)
    }

    /// Opens an event stream and returns the connection, to read events from.
    func openEvents(_ path: String) throws -> Socket {
        let socket = try Socket(port: port, timeout: 10)
        try socket.write("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        return socket
    }

    static func parse(_ data: [UInt8]) throws -> Response {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0...(max(data.count - 4, 0))).first(where: { data.count >= $0 + 4 && Array(data[$0..<$0 + 4]) == separator })
        else { throw Failure(description: "no end of headers in \(String(decoding: data, as: UTF8.self))") }
        let head = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(data[(end + 4)...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < data.count {
            guard let lineEnd = (index..<data.count - 1).first(where: { data[$0] == 13 && data[$0 + 1] == 10 }) else { break }
            let size = Int(String(decoding: data[index..<lineEnd], as: UTF8.self).split(separator: ";")[0], radix: 16) ?? 0
            if size == 0 { break }
            result += data[(lineEnd + 2)..<min(lineEnd + 2 + size, data.count)]
            index = lineEnd + 2 + size + 2
        }
        return result
    }
}

/// A connected TCP socket to 127.0.0.1 with a receive timeout.
final class Socket {
    private let descriptor: Int32

    init(port: Int, timeout: TimeInterval) throws {
        descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTPClient.Failure(description: "socket() failed") }
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            Glibc.close(descriptor)
            throw RawHTTPClient.Failure(description: "cannot connect to port \(port)")
        }
    }

    func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw RawHTTPClient.Failure(description: "send failed") }
            sent += count
        }
    }

    /// The next bytes, or `nil` when the peer closed; throws on timeout.
    func read() throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count == 0 { return nil }
        guard count > 0 else { throw RawHTTPClient.Failure(description: "read timed out or failed (errno \(errno))") }
        return Array(buffer[..<count])
    }

    /// Reads until the text received so far contains `marker`; returns all of it.
    func read(until marker: String) throws -> String {
        var received: [UInt8] = []
        while !String(decoding: received, as: UTF8.self).contains(marker) {
            guard let chunk = try read() else { break }
            received += chunk
        }
        return String(decoding: received, as: UTF8.self)
    }

    func close() {
        Glibc.close(descriptor)
    }
}
