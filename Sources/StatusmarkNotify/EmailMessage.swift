import Foundation
public import StatusmarkCore
import StatusmarkSite

/// One announcement as an email: RFC 5322 headers and a multipart/alternative body with a plain-text and an
/// HTML part, CRLF line ends, ready for SMTP's DATA.
///
/// Every message of a record shares its subject (`[Site] Title`) and replies to the record's first message,
/// so mail programs thread them. The Message-ID is made from the announcement's key and the channel, the same
/// on every run, so a message sent twice is one message to programs that drop duplicates.
public struct EmailMessage: Sendable, Equatable {
    public var envelopeFrom: String
    public var recipients: [String]
    /// The whole message as sent.
    public var text: String

    public init(_ message: NotifyMessage, channel: String, settings: EmailSettings) {
        let sender = MailAddress.mailbox(settings.from) ?? (nil, settings.from)
        envelopeFrom = sender.address
        recipients = settings.list.map { [$0] } ?? settings.recipients
        let domain = Self.idPart(message.host)
        let channelPart = Self.idPart(channel)
        func id(_ key: String) -> String { "<\(Self.idPart(key)).\(channelPart)@\(domain)>" }
        let key = message.announcement.key
        var headers: [(String, String)] = [
            ("From", sender.name.map { Self.phrase($0) + " <\(sender.address)>" } ?? sender.address),
            ("To", settings.list ?? (settings.recipients.count == 1 ? settings.recipients[0] : "undisclosed-recipients:;")),
            ("Subject", Self.encodedWord("[\(message.site)] \(message.title)")),
            // RSS's RFC 822 date is RFC 5322's.
            ("Date", InstantFormat.rfc822(message.announcement.date)),
            ("Message-ID", id(key)),
        ]
        if key != message.threadKey {
            headers.append(("In-Reply-To", id(message.threadKey)))
            headers.append(("References", id(message.threadKey)))
        }
        // A `List-Unsubscribe` target goes with a list only, in the headers and in both parts.
        let unsubscribe = settings.list == nil ? nil : settings.unsubscribe
        if let list = settings.list {
            headers.append(("List-Id", Self.phrase(message.site) + " <\(list.replacingOccurrences(of: "@", with: "."))>"))
        }
        if let unsubscribe { headers.append(("List-Unsubscribe", "<\(unsubscribe)>")) }
        // An automatic message: vacation responders do not answer it (RFC 3834).
        headers.append(("Auto-Submitted", "auto-generated"))
        headers.append(("MIME-Version", "1.0"))
        let boundary = "=_statusmark_\(Self.idPart(key))"
        headers.append(("Content-Type", "multipart/alternative; boundary=\"\(boundary)\""))

        // A header's value is one line: a line break or other control character in a title cannot add a header.
        var lines = headers.map { Self.fold("\($0.0): \(Self.oneLine($0.1))") }
        lines.append("")
        lines.append("--\(boundary)")
        lines += Self.part("text/plain", Self.plain(message, unsubscribe: unsubscribe))
        lines.append("--\(boundary)")
        lines += Self.part("text/html", Self.html(message, unsubscribe: unsubscribe))
        lines.append("--\(boundary)--")
        lines.append("")
        text = lines.joined(separator: "\r\n")
    }
}

private extension EmailMessage {
    static func plain(_ message: NotifyMessage, unsubscribe: String?) -> String {
        var body = message.plainBody
        if let unsubscribe { body += "\n\n\(message.unsubscribeText): \(unsubscribe)" }
        return body + "\n"
    }

    static func html(_ message: NotifyMessage, unsubscribe: String?) -> String {
        func escape(_ text: String) -> String { MarkupEscaping.escape(text, quotes: true) }
        var facts = "\(escape(message.status)) · \(escape(message.time))"
        if let affected = message.affected { facts += "<br>" + escape(affected) }
        if let window = message.window { facts += "<br>" + escape(window) }
        var html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>\(escape(message.headline))</title></head>
            <body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em">
            <h1 style="font-size: 1.25em">\(escape(message.headline))</h1>
            <p style="color: #555">\(facts)</p>
            \(message.html)<p><a href="\(escape(message.link))">\(escape(message.linkText))</a></p>

            """
        if let unsubscribe {
            html += "<p style=\"font-size: 0.85em; color: #555\"><a href=\"\(escape(unsubscribe))\">\(escape(message.unsubscribeText))</a></p>\n"
        }
        return html + "</body></html>\n"
    }

    /// A part's header and its text in base64, in lines of 76 characters.
    static func part(_ type: String, _ text: String) -> [String] {
        let encoded = Data(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return ["Content-Type: \(type); charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            + encoded.components(separatedBy: "\r\n")
    }

    /// The text with every control character but the folding of encoded words (CRLF and a space) as a space.
    static func oneLine(_ text: String) -> String {
        let folded = text.components(separatedBy: "\r\n ")
        return folded.map { part in
            String(part.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        }.joined(separator: "\r\n ")
    }

    /// A header's text as an RFC 2047 encoded word when it is not plain ASCII.
    static func encodedWord(_ raw: String) -> String {
        let text = oneLine(raw)
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else { return text }
        // Words of at most 45 bytes of text (60 of base64), cut between characters, so each fits a line.
        var words: [String] = []
        var chunk = ""
        for character in text {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// A display name: an encoded word, quoted when it holds characters a bare phrase cannot.
    static func phrase(_ raw: String) -> String {
        let name = oneLine(raw)
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else { return encodedWord(name) }
        let plain = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || "!#$%&'*+-/=?^_`{|}~".contains($0) }
        return plain ? name : "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A header line over 78 characters folded at spaces (never inside an encoded word).
    static func fold(_ line: String) -> String {
        guard line.count > 78, !line.contains("\r\n") else { return line }
        var folded: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > 78 {
                folded.append(current)
                current = " " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        folded.append(current)
        return folded.joined(separator: "\r\n")
    }

    /// Letters, digits, `.` and `-` only: the part of a Message-ID made from a key, a channel's name or a host.
    static func idPart(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
    }
}
