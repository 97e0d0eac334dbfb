/// Email addresses as statusmark.yml's email channels write them: checked for the shape SMTP needs, not for
/// every form RFC 5322 allows.
public enum MailAddress {
    /// Whether the text is a bare address, `local@domain`: no spaces, angle brackets, quotes or commas, and a dot
    /// in the domain or a single-label host.
    public static func isPlain(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].utf8.count <= 64,
            text.utf8.count <= 254
        else { return false }
        let forbidden: Set<Character> = ["<", ">", "\"", ",", ";", "(", ")", "[", "]", "\\", ":"]
        return !text.contains { $0.isWhitespace || forbidden.contains($0) || ($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) }
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !parts[1].contains("..")
    }

    /// A sender as `From:` takes it: a bare address, or a display name and the address in angle brackets
    /// (`Acme Status <status@acme.example>`). `nil` when the address is not plain or the name holds a bracket
    /// or quote.
    public static func mailbox(_ text: String) -> (name: String?, address: String)? {
        guard let open = text.lastIndex(of: "<") else { return isPlain(text) ? (nil, text) : nil }
        guard text.hasSuffix(">") else { return nil }
        let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        let name = String(text[..<open]).trimmingWhitespace()
        guard isPlain(address), !name.contains(where: { "<>\"".contains($0) }) else { return nil }
        return (name.isEmpty ? nil : String(name), address)
    }
}
