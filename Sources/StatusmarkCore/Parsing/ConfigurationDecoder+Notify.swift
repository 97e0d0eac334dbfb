import Yams

/// statusmark.yml's `notify:` section: the channels `statusmark notify` sends to.
extension ConfigurationDecoder {
    static let notifyKeys = ["channels", "max_age"]
    /// Every key a channel may have. `url`, `username` and `password` are known only to be refused with a
    /// note on where secrets go, instead of "unknown key".
    static let channelKeys = [
        "name", "type", "url_env", "components", "kinds", "smtp", "from", "to", "list", "unsubscribe",
        "username_env", "password_env", "ca_file", "url", "username", "password",
    ]
    static let emailOnlyKeys = ["smtp", "from", "to", "list", "unsubscribe", "username_env", "password_env", "ca_file"]

    func decodeNotify(
        _ node: Node, components: [Component], reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> NotifySettings {
        var settings = NotifySettings()
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'notify' must be a mapping with 'channels'", at: reader.location(of: node),
                    notes: [Diagnostic.Note("see docs/notify.md for the channels and their settings")]))
            return settings
        }
        let entries = reader.entries(of: mapping, known: Self.notifyKeys, diagnostics: &diagnostics, what: "'notify'")
        if let age = reader.value(
            entries["max_age"], key: "max_age", expected: "a duration such as 24h or 7d", diagnostics: &diagnostics,
            parse: { ScalarParser.duration($0).flatMap { $0 > 0 ? $0 : nil } })
        {
            settings.maxAge = age
        }
        guard let entry = entries["channels"] else { return settings }
        guard let sequence = entry.value.sequence else {
            diagnostics.append(
                .error(
                    .configInvalidValue, "'channels' must be a list of channels, each a mapping with 'type'",
                    at: reader.location(of: entry.value)))
            return settings
        }
        var names: [String: SourceLocation] = [:]
        for item in sequence {
            guard let channel = decodeChannel(item, components: components, reader: reader, diagnostics: &diagnostics)
            else { continue }
            if let first = names[channel.name] {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "two channels are named '\(channel.name)'", at: channel.location,
                        notes: [
                            Diagnostic.Note("the first is here", at: first),
                            Diagnostic.Note("give each a 'name:' of its own; notify reports and --channel use it"),
                        ]))
                continue
            }
            names[channel.name] = channel.location
            settings.channels.append(channel)
        }
        return settings
    }
}

private extension ConfigurationDecoder {
    func decodeChannel(
        _ node: Node, components: [Component], reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> NotifyChannel? {
        let at = reader.location(of: node)
        guard let mapping = node.mapping else {
            diagnostics.append(
                .error(.configInvalidValue, "a channel must be a mapping such as 'type: slack' and 'url_env: …'", at: at))
            return nil
        }
        // An empty value (`smtp:`, `url_env: ""`, `to: []`) is no value, so the checks below report it as missing
        // instead of letting a channel through that cannot send.
        let entries = reader.entries(of: mapping, known: Self.channelKeys, diagnostics: &diagnostics, what: "a channel")
            .filter { !Self.isBlank($0.value.value, reader: reader) }
        let types = NotifyChannelType.allCases.map(\.rawValue)
        guard let typeEntry = entries["type"], let typeText = reader.string(typeEntry.value, key: "type", diagnostics: &diagnostics)
        else {
            diagnostics.append(
                .error(
                    .configMissingKey, "this channel has no 'type'", at: at,
                    notes: [Diagnostic.Note("add 'type:', one of \(types.joined(separator: ", "))")]))
            return nil
        }
        guard let type = NotifyChannelType(rawValue: typeText.lowercased()) else {
            var notes = [Diagnostic.Note("the types are \(types.joined(separator: ", "))")]
            if let suggestion = SpellingCorrector.suggestion(for: typeText, among: types) {
                notes.insert(Diagnostic.Note("did you mean '\(suggestion)'?"), at: 0)
            }
            diagnostics.append(
                .error(
                    .configInvalidValue, "unknown channel type '\(typeText)'", at: reader.location(of: typeEntry.value),
                    notes: notes))
            return nil
        }
        let name = entries["name"].flatMap { reader.string($0.value, key: "name", diagnostics: &diagnostics) } ?? type.rawValue
        var channel = NotifyChannel(name: name, type: type, location: at)
        let errorsBefore = diagnostics.errorCount

        for (key, what) in [("url", "a webhook's URL"), ("username", "an SMTP user name"), ("password", "an SMTP password")] {
            guard let entry = entries[key] else { continue }
            diagnostics.append(
                .error(
                    .notifySecretUnnamed, "\(what) is a secret and must not be written in statusmark.yml",
                    at: reader.location(of: entry.key),
                    notes: [
                        Diagnostic.Note(
                            "put it in an environment variable where notify runs, and name the variable with '\(key)_env: …'")
                    ]))
        }
        if type.isWebhook {
            for key in Self.emailOnlyKeys where entries[key] != nil {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'\(key)' is a setting of email channels, not of \(type.rawValue) ones",
                        at: reader.location(of: entries[key]!.key)))
            }
            channel.urlVariable = variable(entries["url_env"], key: "url_env", reader: reader, diagnostics: &diagnostics)
            if entries["url_env"] == nil, entries["url"] == nil {
                diagnostics.append(
                    .error(
                        .notifySecretUnnamed, "channel '\(name)' names no environment variable for its webhook URL", at: at,
                        notes: [
                            Diagnostic.Note(
                                "add 'url_env: \(Self.exampleVariable(type))' and set that variable where notify runs")
                        ]))
            }
        } else {
            if let entry = entries["url_env"] {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'url_env' is a setting of webhook channels; email uses 'smtp'",
                        at: reader.location(of: entry.key)))
            }
            channel.email = decodeEmail(entries, name: name, at: at, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["components"] {
            channel.components = decodeChannelComponents(entry.value, components: components, reader: reader, diagnostics: &diagnostics)
        }
        if let entry = entries["kinds"] {
            channel.kinds = decodeKinds(entry.value, reader: reader, diagnostics: &diagnostics)
        }
        return diagnostics.errorCount > errorsBefore ? nil : channel
    }

    /// An empty or null scalar, or an empty list or mapping.
    static func isBlank(_ node: Node, reader: YAMLDocumentReader) -> Bool {
        if let sequence = node.sequence { return sequence.isEmpty }
        if let mapping = node.mapping { return mapping.isEmpty }
        var ignored: [Diagnostic] = []
        return reader.string(node, key: "", diagnostics: &ignored) == nil
    }

    static func exampleVariable(_ type: NotifyChannelType) -> String {
        "STATUS_\(type.rawValue.uppercased())_WEBHOOK_URL"
    }

    /// An environment variable's name: letters, digits and `_`, not starting with a digit.
    func variable(
        _ entry: (key: Node, value: Node)?, key: String, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> String? {
        reader.value(
            entry, key: key, expected: "the name of an environment variable, such as STATUS_SLACK_WEBHOOK_URL",
            notes: { text in
                text.contains("://") ? ["this looks like the secret itself; put it in a variable and name the variable here"] : []
            },
            diagnostics: &diagnostics,
            parse: { text in
                let scalars = Array(text.unicodeScalars)
                guard let first = scalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic),
                    scalars.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) })
                else { return nil }
                return text
            })
    }

    func decodeEmail(
        _ entries: [String: (key: Node, value: Node)], name: String, at: SourceLocation, reader: YAMLDocumentReader,
        diagnostics: inout [Diagnostic]
    ) -> EmailSettings? {
        func missing(_ key: String, _ note: String) {
            diagnostics.append(
                .error(.configMissingKey, "email channel '\(name)' has no '\(key)'", at: at, notes: [Diagnostic.Note(note)]))
        }
        var server: (host: String, port: Int)?
        if let entry = entries["smtp"], let text = reader.string(entry.value, key: "smtp", diagnostics: &diagnostics) {
            server = Self.server(text)
            if server == nil {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'smtp' must be a host name and an optional port; found '\(text)'",
                        at: reader.location(of: entry.value),
                        notes: [Diagnostic.Note("write it as smtp.example.com:587; the connection is upgraded with STARTTLS")]))
            }
        } else if entries["smtp"] == nil {
            missing("smtp", "add the submission server, such as 'smtp: smtp.example.com:587'")
        }
        var from: String?
        if let entry = entries["from"], let text = reader.string(entry.value, key: "from", diagnostics: &diagnostics) {
            if MailAddress.mailbox(text) != nil {
                from = text
            } else {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'from' must be an email address; found '\(text)'",
                        at: reader.location(of: entry.value),
                        notes: [Diagnostic.Note("write it as status@example.com or 'Example Status <status@example.com>'")]))
            }
        } else if entries["from"] == nil {
            missing("from", "add the sender, such as 'from: Example Status <status@example.com>'")
        }
        var recipients: [String] = []
        if let entry = entries["to"] {
            let items = entry.value.sequence.map(Array.init) ?? [entry.value]
            for item in items {
                guard let text = reader.string(item, key: "to", diagnostics: &diagnostics) else { continue }
                if MailAddress.isPlain(text) {
                    recipients.append(text)
                } else {
                    diagnostics.append(
                        .error(
                            .configInvalidValue, "'\(text)' in 'to' is not an email address", at: reader.location(of: item),
                            notes: [Diagnostic.Note("write each recipient as a plain address, such as oncall@example.com")]))
                }
            }
        }
        var list: String?
        if let entry = entries["list"], let text = reader.string(entry.value, key: "list", diagnostics: &diagnostics) {
            if MailAddress.isPlain(text) {
                list = text
            } else {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'list' must be the mailing list's address; found '\(text)'",
                        at: reader.location(of: entry.value)))
            }
        }
        if entries["to"] != nil, entries["list"] != nil {
            diagnostics.append(
                .error(
                    .configInvalidValue, "email channel '\(name)' has both 'to' and 'list'",
                    at: reader.location(of: entries["list"]!.key),
                    notes: [Diagnostic.Note("use 'list' for a mailing list that sends to its subscribers, 'to' for a few addresses")]))
        } else if entries["to"] == nil, entries["list"] == nil {
            missing("to", "add 'to:' with the addresses to write to, or 'list:' with a mailing list's address")
        }
        var unsubscribe: String?
        if let entry = entries["unsubscribe"], let text = reader.string(entry.value, key: "unsubscribe", diagnostics: &diagnostics) {
            let lower = text.lowercased()
            let valid =
                lower.hasPrefix("mailto:")
                ? MailAddress.isPlain(String(text.dropFirst(7)))
                : lower.hasPrefix("https:") && BaseURLRule.problem(with: text, isBase: false) == nil
            if valid {
                unsubscribe = text
            } else {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'unsubscribe' must be a mailto: or https: address; found '\(text)'",
                        at: reader.location(of: entry.value)))
            }
        }
        if entries["list"] != nil, entries["unsubscribe"] == nil {
            missing("unsubscribe", "a list's mail carries List-Unsubscribe: add 'unsubscribe:' with its mailto: or https: address")
        }
        let username = variable(entries["username_env"], key: "username_env", reader: reader, diagnostics: &diagnostics)
        let password = variable(entries["password_env"], key: "password_env", reader: reader, diagnostics: &diagnostics)
        if (entries["username_env"] == nil) != (entries["password_env"] == nil), entries["username"] == nil,
            entries["password"] == nil
        {
            let named = entries["username_env"] == nil ? "password_env" : "username_env"
            let other = named == "username_env" ? "password_env" : "username_env"
            diagnostics.append(
                .error(
                    .notifySecretUnnamed, "email channel '\(name)' names '\(named)' but not '\(other)'",
                    at: reader.location(of: entries[named]!.key),
                    notes: [Diagnostic.Note("SMTP authentication needs both; name the variable that holds the other")]))
        }
        var caFile: String?
        if let entry = entries["ca_file"], let text = reader.string(entry.value, key: "ca_file", diagnostics: &diagnostics) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            if text.hasPrefix("/") || text.hasPrefix("~") || parts.contains("..") || parts.contains("") {
                diagnostics.append(
                    .error(
                        .configInvalidValue, "'ca_file' must be a path inside the site, such as certs/internal-ca.pem",
                        at: reader.location(of: entry.value),
                        notes: [Diagnostic.Note("notify reads nothing outside the site's folder")]))
            } else {
                caFile = text
            }
        }
        guard let server, let from else { return nil }
        return EmailSettings(
            host: server.host, port: server.port, from: from, recipients: recipients, list: list,
            unsubscribe: unsubscribe, usernameVariable: username, passwordVariable: password, caFile: caFile)
    }

    /// `host` or `host:port`, the host a DNS name or an IPv4 address.
    static func server(_ text: String) -> (host: String, port: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        guard parts.count == 2 else { return (String(host), 587) }
        guard let port = Int(parts[1]), (1...65535).contains(port) else { return nil }
        return (String(host), port)
    }

    func decodeChannelComponents(
        _ node: Node, components: [Component], reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]
    ) -> [String]? {
        let items = node.sequence.map(Array.init) ?? [node]
        var ids: [String] = []
        for item in items {
            guard let text = reader.string(item, key: "components", diagnostics: &diagnostics) else { continue }
            let key = text.lowercased()
            if let component = components.first(where: { $0.id == key || $0.name.lowercased() == key }) {
                if !ids.contains(component.id) { ids.append(component.id) }
                continue
            }
            var notes: [Diagnostic.Note] = []
            if let suggestion = SpellingCorrector.suggestion(for: text, among: components.map(\.id)) {
                notes.append(Diagnostic.Note("did you mean '\(suggestion)'?"))
            }
            notes.append(Diagnostic.Note("a channel's components are those statusmark.yml lists, by id or name"))
            diagnostics.append(
                .error(.configInvalidValue, "unknown component '\(text)' in a channel's 'components'", at: reader.location(of: item), notes: notes))
        }
        return ids
    }

    func decodeKinds(_ node: Node, reader: YAMLDocumentReader, diagnostics: inout [Diagnostic]) -> Set<NotifyKind> {
        let items = node.sequence.map(Array.init) ?? [node]
        var kinds: Set<NotifyKind> = []
        let names = NotifyKind.allCases.map(\.rawValue)
        for item in items {
            guard let text = reader.string(item, key: "kinds", diagnostics: &diagnostics) else { continue }
            if let kind = NotifyKind(rawValue: text.lowercased()) {
                kinds.insert(kind)
            } else {
                var notes = [Diagnostic.Note("the kinds are \(names.joined(separator: ", "))")]
                if let suggestion = SpellingCorrector.suggestion(for: text, among: names) {
                    notes.insert(Diagnostic.Note("did you mean '\(suggestion)'?"), at: 0)
                }
                diagnostics.append(
                    .error(.configInvalidValue, "unknown kind '\(text)' in a channel's 'kinds'", at: reader.location(of: item), notes: notes))
            }
        }
        return kinds
    }
}
