import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `--host` may be, which names the preview answers to, and the address its links use.
public enum PreviewAddress {
    /// Why a `--host` value cannot be listened on, or `nil` when it can: an IPv4 or IPv6 address, or a host name
    /// of letters, digits, hyphens and dots.
    public static func problem(with host: String) -> String? {
        if isIPv4(host) || isIPv6(host) { return nil }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let valid = !host.isEmpty && host.count <= 253 && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        return valid ? nil : "--host must be an IP address or a host name, such as 127.0.0.1 or localhost"
    }

    /// Whether the server listens on every interface (`0.0.0.0` or `::`), so other devices can reach it.
    public static func isWildcard(_ host: String) -> Bool {
        host == "0.0.0.0" || host == "::" || host == "[::]"
    }

    /// The Host header values the preview answers to: the loopback names, the address it listens on, and, when
    /// it listens on every interface, each interface's address and the machine's name.
    static func allowedHosts(listeningOn host: String) -> Set<String> {
        var hosts: Set<String> = ["localhost", "127.0.0.1", "[::1]", bracketed(host.lowercased())]
        if isWildcard(host) {
            hosts.formUnion(interfaceAddresses().map(bracketed))
            if let name = machineName() { hosts.formUnion([name.lowercased(), name.lowercased() + ".local"]) }
        }
        return hosts
    }

    /// The host to put in the preview's links: the listening address, or, for every interface, one that other
    /// devices can use (the first non-loopback IPv4 address, else the machine's name).
    static func linkHost(listeningOn host: String) -> String {
        guard isWildcard(host) else { return bracketed(host) }
        let addresses = interfaceAddresses()
        if let address = addresses.first(where: { isIPv4($0) && !$0.hasPrefix("127.") }) { return address }
        return machineName() ?? "127.0.0.1"
    }

    static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    static func isIPv4(_ text: String) -> Bool {
        var address = in_addr()
        return inet_pton(AF_INET, text, &address) == 1
    }

    static func isIPv6(_ text: String) -> Bool {
        var address = in6_addr()
        let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        return inet_pton(AF_INET6, bare, &address) == 1
    }

    /// The addresses of this machine's interfaces, in the order the system lists them.
    static func interfaceAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var addresses: [String] = []
        for interface in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = interface.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || family == AF_INET6 else { continue }
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
            guard getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // A link-local IPv6 address carries its interface (`fe80::1%eth0`), which no Host header repeats.
            addresses.append(String(text.split(separator: "%").first ?? ""))
        }
        return addresses
    }

    /// The machine's name, as other devices on the network may know it.
    static func machineName() -> String? {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty ? nil : name
    }

    /// The host of a Host header's value, lower case, without its port: `LocalHost:4000` → `localhost`,
    /// `[::1]:4000` → `[::1]`. `nil` when it is not a host and optional port.
    static func host(ofAuthority authority: String) -> String? {
        let lowered = authority.lowercased()
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return nil }
            let rest = lowered[lowered.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCIIDigit)) else { return nil }
            return String(lowered[...close])
        }
        let parts = lowered.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return nil }
        // A trailing dot names the same host: `localhost.`.
        return String(name.hasSuffix(".") ? name.dropLast() : name)
    }

    /// How many connections are served at once: well below the process's file limit, so that a flood of
    /// connections waits in the listen queue instead of using the descriptors a rebuild needs to read files.
    static func connectionLimit() -> Int {
        var limit = rlimit()
        #if os(Linux)
        let resource = Int32(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return 256 }
        let available = Int(clamping: min(limit.rlim_cur, 1 << 20))
        return max(16, min(1_000, (available - 128) / 4))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
