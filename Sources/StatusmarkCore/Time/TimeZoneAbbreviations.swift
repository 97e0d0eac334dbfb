/// The fixed table of zone abbreviations Statusmark accepts, and the ones it refuses because they name more than
/// one zone.
///
/// An abbreviation stands for one fixed offset whatever the date: `CEST` is always +02:00. Names used by several
/// zones (`IST` is India, Ireland and Israel) are refused with a request for an offset.
enum TimeZoneAbbreviations {
    /// Abbreviation (upper case) → offset east of UTC in seconds.
    static let offsets: [String: Int] = [
        "UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
        "WEST": 3600, "BST": 3600, "CET": 3600, "MET": 3600, "MEZ": 3600,
        "CEST": 7200, "MEST": 7200, "MESZ": 7200, "EET": 7200, "SAST": 7200,
        "EEST": 10_800, "MSK": 10_800,
        "PKT": 18_000,
        "ICT": 25_200, "WIB": 25_200,
        "SGT": 28_800, "HKT": 28_800, "AWST": 28_800,
        "JST": 32_400, "KST": 32_400,
        "ACST": 34_200, "ACDT": 37_800,
        "AEST": 36_000, "AEDT": 39_600,
        "NZST": 43_200, "NZDT": 46_800,
        "HST": -36_000, "AKST": -32_400, "AKDT": -28_800,
        "PST": -28_800, "PDT": -25_200,
        "MST": -25_200, "MDT": -21_600,
        "CST": -21_600, "CDT": -18_000,
        "EST": -18_000, "EDT": -14_400,
        "NST": -12_600, "NDT": -9_000,
        "BRT": -10_800, "ART": -10_800,
    ]

    /// Abbreviations that name several zones, with what they might mean.
    static let ambiguous: [String: String] = [
        "IST": "India (+05:30), Ireland (+01:00) or Israel (+02:00)",
        "AST": "Atlantic (-04:00) or Arabia (+03:00)",
        "ADT": "Atlantic (-03:00) or Arabia (+04:00)",
        "SST": "Samoa (-11:00) or Singapore (+08:00)",
        "ECT": "Ecuador (-05:00) or Eastern Caribbean (-04:00)",
        "GST": "Gulf (+04:00) or South Georgia (-02:00)",
        "CCT": "China Coast (+08:00) or Cocos Islands (+06:30)",
        "BT": "Baghdad (+03:00) or Bhutan (+06:00)",
    ]
}
