internal import CYaml

/// Finds a key that is not plain text (a list, a mapping or an alias) before the YAML is composed into nodes.
///
/// Neither statusmark.yml nor front matter has such keys, and Yams checks a mapping's keys for duplicates by
/// hashing and sorting them whole: keys that are nested mappings make that exponential, so that two kilobytes of
/// them took a composer many seconds (the configuration fuzz target found it). This reads libyaml's events, as
/// Yams itself does through the same C library, and stops at the first such key, in time linear in the text.
enum YAMLKeyScanner {
    /// The 1-based line and column of the first key that is a list, a mapping or an alias, or `nil` when every
    /// key is a scalar. A syntax error ends the scan with `nil`: the composer reports it where it is.
    static func firstNonScalarKey(in yaml: String) -> (line: Int, column: Int)? {
        // Such a key needs `?`, a flow collection or an alias; text without those has none to find.
        guard yaml.utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "*") })
        else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(yaml.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            // One entry per open collection: for a mapping, whether its next node is a key; `nil` for a sequence.
            var open: [Bool?] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let type = event.type
                if type == YAML_STREAM_END_EVENT { return nil }
                let isNode = type == YAML_SCALAR_EVENT || type == YAML_ALIAS_EVENT || type == YAML_SEQUENCE_START_EVENT
                    || type == YAML_MAPPING_START_EVENT
                if isNode, let last = open.last, let expectingKey = last {
                    if expectingKey && type != YAML_SCALAR_EVENT {
                        return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                    }
                    open[open.count - 1] = !expectingKey
                }
                if type == YAML_SEQUENCE_START_EVENT { open.append(nil) }
                if type == YAML_MAPPING_START_EVENT { open.append(true) }
                if type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT { open.removeLast() }
            }
            return nil
        }
    }
}
