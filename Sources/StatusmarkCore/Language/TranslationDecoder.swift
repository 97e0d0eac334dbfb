import Yams

/// Reads a language's translation files into a ``Translation``, checking each key against the English file's:
/// a key English does not have, a value of the wrong kind, a placeholder the text cannot fill, a plural form the
/// language does not have, and keys left out, each reported at its line.
public struct TranslationDecoder: Sendable {
    /// The English translation, whose keys, kinds and placeholders every other file's must match; `nil` while
    /// reading the English file itself.
    public let reference: Translation?

    public init(reference: Translation?) {
        self.reference = reference
    }

    /// Reads a language's files, each laid over the one before: the built-in theme's file first, then the site's.
    /// - Parameters:
    ///   - reportsMissing: Whether to warn about keys that none of the files gives (which show in English): for a
    ///     language the built-in theme does not ship.
    /// - Returns: The translation, or `nil` when a file has an error.
    public func decode(
        tag: String, files: [SourceFile], reportsMissing: Bool
    ) -> (translation: Translation?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var messages: [String: TranslationMessage] = [:]
        let rule = PluralRule(language: tag)
        for file in files {
            let reader = YAMLDocumentReader(
                path: file.path, firstLine: 1, syntaxCode: .translationYAMLSyntax, unknownKeyCode: .translationUnknownKey,
                invalidValueCode: .translationInvalidValue)
            switch reader.compose(file.text) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(nil): continue
            case .success(let root?):
                guard let mapping = root.mapping else {
                    diagnostics.append(
                        .error(
                            .translationInvalidValue, "a translation file must be a mapping of keys such as 'home:'",
                            at: reader.location(of: root)))
                    continue
                }
                read(mapping, prefix: "", reader: reader, rule: rule, into: &messages, diagnostics: &diagnostics)
            }
        }
        if let reference {
            let missing = reference.messages.keys.filter { messages[$0] == nil }.sorted()
            if reportsMissing, !missing.isEmpty, let last = files.last {
                let shown = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
                diagnostics.append(
                    .warning(
                        .translationMissingKey,
                        "\(missing.count.counted("key")) of the English file \(missing.count == 1 ? "is" : "are") missing here, so \(missing.count == 1 ? "it shows" : "they show") in English: \(shown)",
                        at: SourceLocation(path: last.path, line: 1, column: 1),
                        notes: [Diagnostic.Note("the built-in site-template/i18n/en.yml lists every key")]))
            }
            for key in missing { messages[key] = reference.messages[key] }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Translation(tag: tag, messages: messages), diagnostics)
    }
}

private extension TranslationDecoder {
    func read(
        _ mapping: Node.Mapping, prefix: String, reader: YAMLDocumentReader, rule: PluralRule,
        into messages: inout [String: TranslationMessage], diagnostics: inout [Diagnostic]
    ) {
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalar?.string, !name.isEmpty else {
                diagnostics.append(
                    .error(.translationUnknownKey, "keys of a translation file must be plain words", at: reader.location(of: keyNode)))
                continue
            }
            let key = prefix.isEmpty ? name : "\(prefix).\(name)"
            if let group = value.mapping, !Self.isPlural(group) {
                guard isKnownGroup(key) else {
                    unknown(key, at: reader.location(of: keyNode), diagnostics: &diagnostics)
                    continue
                }
                read(group, prefix: key, reader: reader, rule: rule, into: &messages, diagnostics: &diagnostics)
                continue
            }
            let expected = reference?.messages[key]
            if reference != nil, expected == nil {
                unknown(key, at: reader.location(of: keyNode), diagnostics: &diagnostics)
                continue
            }
            guard let message = self.message(value, key: key, reader: reader, rule: rule, diagnostics: &diagnostics) else {
                continue
            }
            if let expected {
                guard message.isCompatible(with: expected) else {
                    diagnostics.append(
                        .error(
                            .translationInvalidValue, "'\(key)' must be \(expected.kindName), as in the English file",
                            at: reader.location(of: value)))
                    continue
                }
                let allowed = expected.placeholders.union(Self.patternFields[key] ?? [])
                let unknownPlaceholders = message.placeholders.subtracting(allowed).sorted()
                if !unknownPlaceholders.isEmpty {
                    let known = allowed.sorted().map { "{\($0)}" }
                    diagnostics.append(
                        .error(
                            .translationInvalidValue,
                            "'\(key)' has no value named {\(unknownPlaceholders[0])}, so it would show nothing there",
                            at: reader.location(of: value),
                            notes: [
                                Diagnostic.Note(
                                    known.isEmpty
                                        ? "this text has no placeholders; write '{{' for a brace"
                                        : "its placeholders are \(known.joined(separator: ", "))")
                            ]))
                    continue
                }
            }
            if let problem = Self.problem(with: message, key: key) {
                diagnostics.append(.error(.translationInvalidValue, problem, at: reader.location(of: value)))
                continue
            }
            messages[key] = message
        }
    }

    func message(
        _ node: Node, key: String, reader: YAMLDocumentReader, rule: PluralRule, diagnostics: inout [Diagnostic]
    ) -> TranslationMessage? {
        if let scalar = node.scalar {
            return .text(TranslationText(scalar.string.removingControlCharacters()))
        }
        if let sequence = node.sequence {
            var items: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else {
                    diagnostics.append(
                        .error(.translationInvalidValue, "the items of '\(key)' must be texts", at: reader.location(of: item)))
                    return nil
                }
                items.append(scalar.string.removingControlCharacters())
            }
            return .list(items)
        }
        guard let mapping = node.mapping else { return nil }
        var forms: [PluralCategory: TranslationText] = [:]
        for (formNode, text) in mapping {
            guard let name = formNode.scalar?.string, let form = PluralCategory(rawValue: name) else { continue }
            guard let scalar = text.scalar else {
                diagnostics.append(
                    .error(.translationInvalidValue, "the '\(name)' form of '\(key)' must be a text", at: reader.location(of: text)))
                return nil
            }
            if !rule.categories.contains(form) {
                diagnostics.append(
                    .warning(
                        .translationInvalidValue, "'\(name)' is not a plural form of this language, so it is never shown",
                        at: reader.location(of: formNode),
                        notes: [Diagnostic.Note("its forms are \(rule.categories.map(\.rawValue).joined(separator: ", "))")]))
            }
            forms[form] = TranslationText(scalar.string.removingControlCharacters())
        }
        guard forms[.other] != nil else {
            diagnostics.append(
                .error(
                    .translationInvalidValue, "'\(key)' gives no 'other' form, which every count falls back to",
                    at: reader.location(of: node)))
            return nil
        }
        return .plural(forms)
    }

    /// The fields a date or clock pattern may name, whichever of them the English pattern uses.
    static let patternFields: [String: Set<String>] = {
        let date: Set<String> = ["d", "dd", "M", "MM", "MMM", "MMMM", "y"]
        return [
            "dates.day": date, "dates.month": date, "dates.clock": ["H", "HH", "h", "hh", "mm", "a", "zone"],
        ]
    }()

    /// Whether a mapping gives plural forms (`one: …`, `other: …`) rather than a group of keys.
    static func isPlural(_ mapping: Node.Mapping) -> Bool {
        mapping.allSatisfy { key, _ in key.scalar.map { PluralCategory(rawValue: $0.string) != nil } ?? false }
    }

    func isKnownGroup(_ key: String) -> Bool {
        guard let reference else { return true }
        let prefix = key + "."
        return reference.messages.keys.contains { $0.hasPrefix(prefix) }
    }

    func unknown(_ key: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) {
        let known = reference.map { Array($0.messages.keys).sorted() } ?? []
        let suggestion = SpellingCorrector.suggestion(for: key, among: known)
        diagnostics.append(
            .warning(
                .translationUnknownKey, "the English file has no key '\(key)', so nothing shows this text",
                at: location,
                notes: [
                    Diagnostic.Note(
                        suggestion.map { "did you mean '\($0)'?" }
                            ?? "the built-in site-template/i18n/en.yml lists every key")
                ]))
    }

    /// What is wrong with a value that only some keys constrain.
    static func problem(with message: TranslationMessage, key: String) -> String? {
        switch (key, message) {
        case ("dates.months", .list(let items)), ("dates.months_short", .list(let items)):
            return items.count == 12 ? nil : "'\(key)' must name the 12 months in order; it has \(items.count)"
        case ("language.direction", .text(let text)):
            let value = text.filled([:])
            return value == "ltr" || value == "rtl" ? nil : "'language.direction' must be ltr or rtl; found '\(value)'"
        case ("dates.numeric_order", .text(let text)):
            let value = text.filled([:])
            return ["none", "dmy", "mdy"].contains(value)
                ? nil : "'dates.numeric_order' must be none, dmy or mdy; found '\(value)'"
        default:
            return nil
        }
    }
}
