/// A short content hash for cache-busting asset names (`style.3f9a1c0d2e.css`): FNV-1a, 64 bits. Not for
/// security; a changed file gets a new name, so assets can be cached for a year.
enum Fingerprint {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(String(repeating: "0", count: 16 - hex.count) + hex).prefix(10).description
    }

    /// `assets/style.css` → `assets/style.3f9a1c0d2e.css`.
    static func name(_ path: String, bytes: [UInt8]) -> String {
        let hash = of(bytes)
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "\(path).\(hash)" }
        return "\(path[..<dot]).\(hash)\(path[dot...])"
    }
}
