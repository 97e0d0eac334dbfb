import Testing
@testable import StatusmarkCore

/// A component is named in an incident by its id or by its name in any case. Names and keys in ASCII are
/// compared byte by byte; the answers must be those of lower-casing both and comparing them as strings.
@Suite struct ComponentLookupTests {
    static let names = [
        "Payment API (EU)", "SMS", "sms gateway", "Café", "Störung", "K-Line", "a;b", "ΣΊΣΥΦΟΣ 2", "İstanbul", "Ångström",
        "[Legacy]", "@home", "Z_z",
    ]
    static let configuration = SiteConfiguration(
        title: "Status",
        components: names.enumerated().map { Component(id: Slug.make(from: $1), name: $1, position: $0) })

    @Test(arguments: [
        ("payment api (eu)", "payment-api-eu"), ("PAYMENT API (EU)", "payment-api-eu"), ("sms", "sms"),
        ("SMS Gateway", "sms-gateway"), ("CAFÉ", "cafe"), ("K-LINE", "k-line"), ("\u{212A}-line", "k-line"),
        ("a\u{37E}b", "a-b"), ("ΣΊΣΥΦΟΣ 2", "2"), ("ίσ 2", nil), ("[LEGACY]", "legacy"), ("@HOME", "home"), ("z_Z", "z-z"),
        ("sms-gateway", "sms-gateway"), ("payment", nil), ("", nil),
    ] as [(String, String?)])
    func findsByIdOrNameInAnyCase(reference: String, id: String?) {
        #expect(Self.configuration.component(named: reference)?.id == id)
    }

    /// Random references made of the names' pieces in mixed case: the same component as the plain reading.
    @Test func agreesWithLowerCasingEverything() {
        let pieces = ["a", "B", "s", "M", " ", "(", ")", "[", "@", "_", "-", ";", "\u{37E}", "é", "É", "K", "\u{212A}", "Σ", "ς", "İ", "i"]
        var random = SeededGenerator(seed: 3)
        var references = Self.names + Self.names.map { $0.uppercased() }
        for _ in 0..<2_000 {
            references.append((0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for reference in references {
            let key = reference.lowercased()
            let plain = Self.configuration.components.first { $0.id == key || $0.name.lowercased() == key }
            #expect(Self.configuration.component(named: reference)?.id == plain?.id, "\(reference)")
        }
    }
}
