import Foundation

/// What a site's base URL must be: an absolute http or https URL that links can be made from by appending a path.
///
/// Both statusmark.yml's `base_url` and `--base-url` are checked here, so both get the same reason.
public enum BaseURLRule {
    /// Why a text is not a usable base URL, or `nil` when it is one.
    /// - Parameter isBase: `false` for a link that is only followed (a component's `link`), which may have a query
    ///   and a fragment.
    public static func problem(with text: String, isBase: Bool = true) -> String? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where !isAllowed(scalar) {
            let position = "at character \(offset + 1)"
            switch scalar {
            case " ": return "it has a space \(position); write it as %20"
            case "\"": return "it has a double quote \(position); write it as %22"
            default:
                let encoded = String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
                let shown = scalar.properties.generalCategory == .control ? "a control character" : "'\(scalar)'"
                return "it has \(shown) \(position), which a URL cannot hold as it is; write it as \(encoded)"
            }
        }
        if let percent = invalidPercentEscape(in: text) {
            return "'%' at character \(percent + 1) does not start an escape such as %20; write a percent sign as %25"
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { return "it is not an absolute http or https URL" }
        guard let host = components.host, !host.isEmpty else { return "it has no host name after '\(scheme)://'" }
        if components.user != nil || components.password != nil {
            return "it holds a user name or password, which every published link would repeat"
        }
        guard isBase else { return nil }
        if components.query != nil {
            return "it has a query ('?…'); page links are made by adding paths to the base URL, so it can have none"
        }
        if components.fragment != nil {
            return "it has a fragment ('#…'); page links are made by adding paths to the base URL, so it can have none"
        }
        return nil
    }

    /// The characters RFC 3986 allows in a URL as they are: unreserved, reserved, and `%` for escapes.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": return true
        default: return "-._~:/?#[]@!$&'()*+,;=%".unicodeScalars.contains(scalar)
        }
    }

    private static func invalidPercentEscape(in text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "%" {
            guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
                scalars[index + 2].properties.isASCIIHexDigit
            else { return index }
        }
        return nil
    }
}
