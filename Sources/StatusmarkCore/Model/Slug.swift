import Foundation

/// URL-safe identifiers: lower-case ASCII letters, digits and single hyphens.
public enum Slug {
    /// The slug of a name: `Payment API (EU)` → `payment-api-eu`, `Café` → `cafe`.
    public static func make(from text: String) -> String {
        // Most file names are slugs already (`2025-07-16-db-outage`), and come out as they went in.
        if isMade(text) { return text }
        // Folding only changes ASCII text's case, and costs far more than lowercasing it.
        let folded =
            text.isASCII
            ? text.lowercased() : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.hasAlphabeticProperty || scalar.asciiDigit != nil {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether `make` would give the text back as it is: lowercase ASCII letters and digits in runs joined by
    /// single hyphens.
    private static func isMade(_ text: String) -> Bool {
        var previous = UInt8(ascii: "-")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "-") where previous != UInt8(ascii: "-"): break
            default: return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    /// Whether text is already a slug: it starts with a letter or digit and has only `[a-z0-9-]`.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.asciiDigit != nil || ("a"..."z").contains(first) else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0.asciiDigit != nil || $0 == "-" }
    }
}
