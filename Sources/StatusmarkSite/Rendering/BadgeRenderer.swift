import StatusmarkCore

/// Status badges in the shields.io "flat" style, for READMEs and dashboards: `badge.svg` for the whole site and
/// `badges/<component-id>.svg` for each component. Each has an accessible `<title>` and `aria-label`, and carries
/// its status in words as well as colour. Widths are computed from fixed per-character advances, so the same
/// input gives the same bytes on every machine.
struct BadgeRenderer: Sendable {
    /// The badge of a status: `label` on grey, `message` on the status colour.
    func render(label: String, message: String, key: String) -> String {
        let labelWidth = Self.textWidth(label) + 10
        let messageWidth = Self.textWidth(message) + 10
        let width = labelWidth + messageWidth
        let title = XMLText.escape("\(label): \(message)")
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(title)">\
            <title>\(title)</title>\
            <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>\
            <stop offset="1" stop-opacity=".1"/></linearGradient>\
            <clipPath id="r"><rect width="\(width)" height="20" rx="3" fill="#fff"/></clipPath>\
            <g clip-path="url(#r)"><rect width="\(labelWidth)" height="20" fill="#555"/>\
            <rect x="\(labelWidth)" width="\(messageWidth)" height="20" fill="\(Self.colour(key))"/>\
            <rect width="\(width)" height="20" fill="url(#s)"/></g>\
            <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">\
            <text x="\(Double(labelWidth) / 2)" y="14">\(XMLText.escape(label))</text>\
            <text x="\(Double(labelWidth) + Double(messageWidth) / 2)" y="14">\(XMLText.escape(message))</text></g></svg>

            """
    }

    /// The fill of a status key; white text on each has a contrast of at least 4.5:1.
    static func colour(_ key: String) -> String {
        switch key {
        case "operational": "#1a7f37"
        case "maintenance": "#0969da"
        case "degraded": "#9a6700"
        case "partial": "#bc4c00"
        default: "#cf222e"
        }
    }

    /// The width of text in 11 px Verdana, from rounded per-character advances (wide letters 8, narrow 3–4,
    /// the rest 7), as shields.io approximates it.
    static func textWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar {
            case "i", "l", "j", "!", "|", ".", ",", ":", ";", "'", " ": width + 4
            case "f", "t", "r", "I", "(", ")", "[", "]", "-": width + 5
            case "m", "w", "M", "W", "%", "@": width + 10
            case "A"..."Z": width + 8
            default: width + 7
            }
        }
    }
}
