import Testing
@testable import StatusmarkCore

/// statusmark.yml's `notify:`: channels, their filters, and secrets that must come from the environment.
@Suite struct NotifyConfigurationTests {
    func decode(_ text: String) -> (configuration: SiteConfiguration?, diagnostics: [Diagnostic]) {
        ConfigurationDecoder().decode(SourceFile(path: "statusmark.yml", text: text))
    }

    func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.sorted().map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code) \($0.message)" }
    }

    let header = """
        title: Acme
        components:
          - name: API
            id: api
          - name: Dashboard

        """

    @Test func readsEveryKindOfChannel() throws {
        let text = header + """
            notify:
              max_age: 2d
              channels:
                - name: ops
                  type: slack
                  url_env: ACME_SLACK_URL
                  components: [API, dashboard]
                  kinds: [incidents, postmortems]
                - type: Discord
                  url_env: _DISCORD
                - name: subscribers
                  type: email
                  smtp: smtp.acme.example
                  from: Acme Status <status@acme.example>
                  list: status@lists.acme.example
                  unsubscribe: https://lists.acme.example/leave
                  username_env: SMTP_USER
                  password_env: SMTP_PASSWORD
                  ca_file: certs/ca.pem
                - name: team
                  type: email
                  smtp: 10.0.0.5:2525
                  from: status@acme.example
                  to: [a@acme.example, b@acme.example]
            """
        let (configuration, diagnostics) = decode(text)
        #expect(diagnostics == [])
        let notify = try #require(configuration).notify
        #expect(notify.maxAge == 172_800)
        #expect(notify.channels.map(\.name) == ["ops", "discord", "subscribers", "team"])
        let slack = notify.channels[0]
        #expect(slack.type == .slack)
        #expect(slack.urlVariable == "ACME_SLACK_URL")
        #expect(slack.components == ["api", "dashboard"])
        #expect(slack.kinds == [.incidents, .postmortems])
        #expect(notify.channels[1].kinds == Set(NotifyKind.allCases))
        #expect(notify.channels[1].components == nil)
        #expect(notify.channels[2].email == EmailSettings(
            host: "smtp.acme.example", port: 587, from: "Acme Status <status@acme.example>",
            list: "status@lists.acme.example", unsubscribe: "https://lists.acme.example/leave",
            usernameVariable: "SMTP_USER", passwordVariable: "SMTP_PASSWORD", caFile: "certs/ca.pem"))
        #expect(notify.channels[3].email == EmailSettings(
            host: "10.0.0.5", port: 2525, from: "status@acme.example", recipients: ["a@acme.example", "b@acme.example"]))
        #expect(try #require(decode("title: Acme\n").configuration).notify == NotifySettings())
    }

    /// A secret written into the file, or a channel that names no variable for it, is an error at `check`.
    @Test func secretsMustComeFromTheEnvironment() {
        let text = header + """
            notify:
              channels:
                - type: slack
                  url: https://hooks.slack.com/services/T0/B0/x
                - type: teams
                - type: webhook
                  url_env: https://example.com/hook
                - type: email
                  smtp: smtp.acme.example
                  from: status@acme.example
                  to: a@acme.example
                  username_env: SMTP_USER
                  password: hunter2
            """
        let (configuration, diagnostics) = decode(text)
        #expect(configuration == nil)
        #expect(lines(diagnostics) == [
            "9:7 notify.secret-unnamed a webhook's URL is a secret and must not be written in statusmark.yml",
            "10:7 notify.secret-unnamed channel 'teams' names no environment variable for its webhook URL",
            "12:16 config.invalid-value 'url_env' must be the name of an environment variable, such as STATUS_SLACK_WEBHOOK_URL; found 'https://example.com/hook'",
            "18:7 notify.secret-unnamed an SMTP password is a secret and must not be written in statusmark.yml",
        ])
        let notes = diagnostics.sorted().map { $0.notes.map(\.message) }
        #expect(notes[0] == ["put it in an environment variable where notify runs, and name the variable with 'url_env: …'"])
        #expect(notes[1] == ["add 'url_env: STATUS_TEAMS_WEBHOOK_URL' and set that variable where notify runs"])
        #expect(notes[2] == ["this looks like the secret itself; put it in a variable and name the variable here"])
    }

    @Test func reportsChannelMistakesAtTheirPlace() {
        let text = header + """
            notify:
              max_age: soon
              channels:
                - type: slak
                  url_env: A
                - url_env: B
                - type: discord
                  url_env: C
                  components: [api, billing]
                  kinds: [incident]
                  smtp: smtp.acme.example
                - type: email
                  from: Acme <status@>
                  list: list@acme.example
                  to: a@acme.example
                - type: email
                  smtp: "smtp.acme.example:99999"
                  from: status@acme.example
                  list: list@acme.example
                  username_env: SMTP_USER
                  ca_file: ../ca.pem
                - name: twice
                  type: slack
                  url_env: D
                - name: twice
                  type: teams
                  url_env: E
            """
        let diagnostics = decode(text).diagnostics
        #expect(lines(diagnostics) == [
            "7:12 config.invalid-value 'max_age' must be a duration such as 24h or 7d; found 'soon'",
            "9:13 config.invalid-value unknown channel type 'slak'",
            "11:7 config.missing-key this channel has no 'type'",
            "14:25 config.invalid-value unknown component 'billing' in a channel's 'components'",
            "15:15 config.invalid-value unknown kind 'incident' in a channel's 'kinds'",
            "16:7 config.invalid-value 'smtp' is a setting of email channels, not of discord ones",
            "17:7 config.missing-key email channel 'email' has no 'smtp'",
            "17:7 config.missing-key email channel 'email' has no 'unsubscribe'",
            "18:13 config.invalid-value 'from' must be an email address; found 'Acme <status@>'",
            "19:7 config.invalid-value email channel 'email' has both 'to' and 'list'",
            "21:7 config.missing-key email channel 'email' has no 'unsubscribe'",
            "22:13 config.invalid-value 'smtp' must be a host name and an optional port; found 'smtp.acme.example:99999'",
            "25:7 notify.secret-unnamed email channel 'email' names 'username_env' but not 'password_env'",
            "26:16 config.invalid-value 'ca_file' must be a path inside the site, such as certs/internal-ca.pem",
            "30:7 config.invalid-value two channels are named 'twice'",
        ])
        let sorted = diagnostics.sorted()
        #expect(sorted[1].notes.map(\.message) == ["did you mean 'slack'?", "the types are slack, mattermost, teams, discord, webhook, email"])
        #expect(sorted[4].notes.map(\.message) == ["did you mean 'incidents'?", "the kinds are incidents, maintenance, postmortems"])
        #expect(sorted[14].notes.map { "\($0.location?.line ?? 0) \($0.message)" } == [
            "27 the first is here", "0 give each a 'name:' of its own; notify reports and --channel use it",
        ])
    }

    /// An empty value is no value: a channel with `url_env:`, `smtp:` or `to: []` left empty is reported, not
    /// accepted as a channel that cannot send.
    @Test func anEmptyValueIsAMissingOne() {
        let text = header + """
            notify:
              channels:
                - type: slack
                  url_env:
                - type: email
                  smtp: ""
                  from: status@acme.example
                  to: []
            """
        let (configuration, diagnostics) = decode(text)
        #expect(configuration == nil)
        #expect(lines(diagnostics) == [
            "8:7 notify.secret-unnamed channel 'slack' names no environment variable for its webhook URL",
            "10:7 config.missing-key email channel 'email' has no 'smtp'",
            "10:7 config.missing-key email channel 'email' has no 'to'",
        ])
    }

    @Test(arguments: [
        ("a@example.com", true), ("a.b+tag@sub.example.co", true), ("ops@localhost", true),
        ("a@", false), ("@example.com", false), ("a b@example.com", false), ("<a@example.com>", false),
        ("a@example..com", false), ("a@b@c", false), ("a@example.com\r\nBcc: x@y", false),
    ])
    func plainAddresses(text: String, valid: Bool) {
        #expect(MailAddress.isPlain(text) == valid)
    }

    @Test func mailboxes() {
        #expect(MailAddress.mailbox("Acme Status <status@acme.example>")! == ("Acme Status", "status@acme.example"))
        #expect(MailAddress.mailbox("status@acme.example")! == (nil, "status@acme.example"))
        #expect(MailAddress.mailbox("<status@acme.example>")! == (nil, "status@acme.example"))
        #expect(MailAddress.mailbox("Acme \"Status\" <status@acme.example>") == nil)
        #expect(MailAddress.mailbox("Acme <status@acme.example") == nil)
    }
}
