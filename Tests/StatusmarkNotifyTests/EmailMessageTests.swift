import Foundation
import StatusmarkCore
import Testing
@testable import StatusmarkNotify

@Suite struct EmailMessageTests {
    func message(title: String, site: String = "Acme Status", key: Int = 1) -> NotifyMessage {
        NotifyMessage(
            announcement: Announcement(event: .incidentUpdated, slug: "2025-09-19-api", updateIndex: key, date: instant("2025-09-19T12:30:00Z")),
            site: site, host: "status.acme.example", title: title, headline: "Identified: \(title)", status: "Identified",
            componentIDs: ["api"], affected: "Affected: API", time: "19 Sep 2025, 14:30 UTC+2", window: nil,
            markdown: "Rolling back.", plainText: "Rolling back.", html: "<p>Rolling back.</p>\n",
            link: "https://status.acme.example/incidents/2025-09-19-api/", linkText: "Read it", impact: "major",
            unsubscribeText: "Unsubscribe", threadKey: "2025-09-19-api-1")
    }

    func headers(_ email: EmailMessage) -> [String] {
        let head = email.text.components(separatedBy: "\r\n\r\n")[0]
        return head.components(separatedBy: "\r\n")
    }

    let team = EmailSettings(host: "smtp.acme.example", from: "Acme, Inc. Status <status@acme.example>", recipients: ["a@acme.example", "b@acme.example"])

    @Test func aTitleCannotAddAHeader() {
        let email = EmailMessage(message(title: "API errors\r\nBcc: attacker@evil.example"), channel: "team", settings: team)
        #expect(headers(email).contains("Subject: [Acme Status] API errors  Bcc: attacker@evil.example"))
        #expect(!headers(email).contains { $0.hasPrefix("Bcc:") })
    }

    @Test func namesAndSubjectsOutsideASCIIAreEncodedWords() {
        let email = EmailMessage(
            message(title: "Störung der Zahlungen über die Schnittstelle für Händler", site: "Acme Straße"), channel: "Team Ops",
            settings: EmailSettings(host: "h", from: "Acme Straße <status@acme.example>", recipients: ["a@acme.example"]))
        #expect(Array(headers(email).prefix(6)) == [
            "From: =?UTF-8?B?QWNtZSBTdHJhw59l?= <status@acme.example>",
            "To: a@acme.example",
            "Subject: =?UTF-8?B?W0FjbWUgU3RyYcOfZV0gU3TDtnJ1bmcgZGVyIFphaGx1bmdlbiDDvGJlciBk?=",
            " =?UTF-8?B?aWUgU2Nobml0dHN0ZWxsZSBmw7xyIEjDpG5kbGVy?=",
            "Date: Fri, 19 Sep 2025 12:30:00 +0000",
            "Message-ID: <2025-09-19-api-2.team-ops@status.acme.example>",
        ])
        #expect(email.recipients == ["a@acme.example"])
        #expect(email.envelopeFrom == "status@acme.example")
    }

    /// Several recipients share one message without seeing each other; a display name with a comma is quoted.
    @Test func recipientsAreNotShownToEachOther() {
        let email = EmailMessage(message(title: "API errors", key: 0), channel: "team", settings: team)
        #expect(Array(headers(email).prefix(2)) == ["From: \"Acme, Inc. Status\" <status@acme.example>", "To: undisclosed-recipients:;"])
        #expect(email.recipients == ["a@acme.example", "b@acme.example"])
        // The first message of a record replies to nothing.
        #expect(!headers(email).contains { $0.hasPrefix("In-Reply-To:") || $0.hasPrefix("List-") })
    }
}
