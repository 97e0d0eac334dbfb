extension Unicode.Scalar {
    /// Unicode's White_Space property, as `properties.isWhitespace` gives it, with ASCII answered without the
    /// property tables: timestamps and headings are nearly all ASCII, and the table lookup was a sixth of
    /// reading a timestamp.
    var hasWhiteSpaceProperty: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// Unicode's Alphabetic property, as `properties.isAlphabetic` gives it, with ASCII answered at once (slugs,
    /// timestamps' words).
    var hasAlphabeticProperty: Bool {
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }
}
