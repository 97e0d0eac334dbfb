import StatusmarkCore

/// A date or clock pattern of a translation (`{d}. {MMM} {y}`, `{HH}:{mm} {zone}`), compiled once into literal
/// bytes and fields, so that writing one of the tens of thousands of times a site shows is a pass over a few
/// parts with no string compared.
struct DatePattern: Sendable {
    enum Field: Sendable {
        case day, paddedDay, month, paddedMonth, shortMonthName, monthName, year
        case hour, paddedHour, hour12, paddedHour12, minute, meridiem, zone
    }

    enum Part: Sendable {
        case literal([UInt8])
        case field(Field)
    }

    let parts: [Part]

    /// The pattern's parts; a placeholder that names no field is left out (the translation's checks refuse it).
    init(_ text: TranslationText) {
        let fields: [String: Field] = [
            "d": .day, "dd": .paddedDay, "M": .month, "MM": .paddedMonth, "MMM": .shortMonthName, "MMMM": .monthName,
            "y": .year, "H": .hour, "HH": .paddedHour, "h": .hour12, "hh": .paddedHour12, "mm": .minute,
            "a": .meridiem, "zone": .zone,
        ]
        parts = text.parts.compactMap { part in
            switch part {
            case .literal(let literal): .literal(Array(literal.utf8))
            case .placeholder(let name): fields[name].map(Part.field)
            }
        }
    }

    /// The pattern's text appended to `bytes`, each field written by `write`.
    func write(to bytes: inout [UInt8], _ write: (Field, inout [UInt8]) -> Void) {
        for part in parts {
            switch part {
            case .literal(let literal): bytes.append(contentsOf: literal)
            case .field(let field): write(field, &bytes)
            }
        }
    }

    /// A number in decimal, at least `width` digits long with zeros in front.
    static func append(_ value: Int, width: Int = 1, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits = 1
        var power = 10
        while value.magnitude >= power, digits < 19 {
            digits += 1
            power *= 10
        }
        for _ in digits..<max(digits, width) { bytes.append(UInt8(ascii: "0")) }
        let start = bytes.count
        var rest = value.magnitude
        for _ in 0..<digits {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }
}
