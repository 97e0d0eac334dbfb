"""`statusmark notify` against real servers on 127.0.0.1: an HTTP server that records webhook requests (and
serves the "live" site), and aiosmtpd speaking STARTTLS and AUTH. Each test builds a small site, publishes it
into the served folder as the live state, changes it, and runs the real binary."""

import base64
import email
import email.policy
import http.server
import json
import os
import pathlib
import re
import shutil
import socket
import ssl
import subprocess
import textwrap
import threading

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("STATUSMARK", ROOT / ".build" / "debug" / "statusmark"))
EXAMPLES = ROOT / ".build" / "notify-examples"
NOW = "2025-09-19T14:00:00Z"
SECRETS = {
    "SLACK_URL_TOKEN": "T000/B000/slacksecret123",
    "MATTERMOST_URL_TOKEN": "hooks/mattermostsecret456",
    "TEAMS_URL_TOKEN": "workflows/teamssecret789",
    "DISCORD_URL_TOKEN": "api/webhooks/1/discordsecretabc",
    "HOOK_URL_TOKEN": "hook/genericsecretdef",
}
SMTP_USER = "status-bot"
SMTP_PASSWORD = "smtp-password-ghi"


class Recorder(http.server.ThreadingHTTPServer):
    """Records every POST; answers from a per-path script (a list of codes, the last repeated); serves GET
    requests under /site/ from a folder, as static hosting would."""

    def __init__(self, folder):
        self.folder = folder
        self.requests = []
        self.scripts = {}
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), Handler)

    def posts(self, path):
        with self.lock:
            return [r for r in self.requests if r["path"] == path]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if not self.path.startswith("/site/"):
            return self._answer(404)
        file = self.server.folder / self.path[len("/site/"):]
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            return self._answer(404)
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        with self.server.lock:
            script = self.server.scripts.get(self.path, [200])
            code = script.pop(0) if len(script) > 1 else script[0]
            self.server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body, "code": code})
        self._answer(code)

    def _answer(self, code):
        self.send_response(code)
        self.send_header("Content-Length", "0")
        if code == 429:
            self.send_header("Retry-After", "0")
        self.end_headers()


class Mailbox:
    """aiosmtpd's handler: keeps every message with its envelope and whether the session was encrypted."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append({
            "from": envelope.mail_from, "to": list(envelope.rcpt_tos), "data": envelope.content,
            "tls": session.ssl is not None, "login": session.authenticated,
        })
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(folder / "key.pem"),
         "-out", str(folder / "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True)
    return folder


@pytest.fixture
def smtp(certificate):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate / "cert.pem"), str(certificate / "key.pem"))

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == SMTP_USER.encode() \
            and auth_data.password == SMTP_PASSWORD.encode()
        # handled=False: aiosmtpd answers 535 itself; with the default, it would answer nothing.
        return AuthResult(success=ok, handled=False)

    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_required=True)
    controller.start()
    yield controller, mailbox
    controller.stop()


@pytest.fixture
def recorder(tmp_path):
    server = Recorder(tmp_path / "live")
    (tmp_path / "live").mkdir()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


CONFIG = """\
title: Acme Status
base_url: https://status.acme.example
time_zone: Europe/Berlin
components:
  - name: API
    id: api
  - name: Dashboard
    id: dashboard
notify:
  max_age: 30d
  channels:
    - name: ops-slack
      type: slack
      url_env: ACME_SLACK_URL
    - type: mattermost
      url_env: ACME_MATTERMOST_URL
    - type: teams
      url_env: ACME_TEAMS_URL
    - type: discord
      url_env: ACME_DISCORD_URL
      kinds: [incidents, postmortems]
    - name: integrations
      type: webhook
      url_env: ACME_HOOK_URL
      components: [api]
    - name: subscribers
      type: email
      smtp: 127.0.0.1:{smtp_port}
      from: Acme Status <status@acme.example>
      list: status@lists.acme.example
      unsubscribe: mailto:status-leave@lists.acme.example
      username_env: ACME_SMTP_USER
      password_env: ACME_SMTP_PASSWORD
      ca_file: ca.pem
"""

INCIDENT = """\
---
title: Elevated API errors
components:
  API: partial outage
---
## Investigating — 2025-09-19 11:52 UTC
We are seeing **elevated errors** on the API. See [the runbook](https://acme.example/runbook).
"""

MAINTENANCE = """\
---
title: Database upgrade
kind: maintenance
scheduled_start: 2025-09-19 12:00 UTC
scheduled_end: 2025-09-19 16:00 UTC
components: [Dashboard]
---
The Dashboard's database moves to a new version.
"""


class Site:
    """A site folder, the live folder the recorder serves, and the environment notify runs with."""

    def __init__(self, root, recorder, smtp_port, certificate, ports):
        self.root = root
        self.recorder = recorder
        self.live = recorder.folder
        root.mkdir(exist_ok=True)
        (root / "incidents").mkdir(exist_ok=True)
        (root / "statusmark.yml").write_text(CONFIG.format(smtp_port=smtp_port), encoding="utf-8")
        shutil.copy(certificate / "cert.pem", root / "ca.pem")
        port = recorder.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}/site"
        hook = f"http://127.0.0.1:{ports.get('hook', port)}"
        self.env = dict(os.environ)
        self.env.update({
            "ACME_SLACK_URL": f"{hook}/slack/{SECRETS['SLACK_URL_TOKEN']}",
            "ACME_MATTERMOST_URL": f"{hook}/mattermost/{SECRETS['MATTERMOST_URL_TOKEN']}",
            "ACME_TEAMS_URL": f"{hook}/teams/{SECRETS['TEAMS_URL_TOKEN']}",
            "ACME_DISCORD_URL": f"http://127.0.0.1:{ports.get('discord', port)}/discord/{SECRETS['DISCORD_URL_TOKEN']}",
            "ACME_HOOK_URL": f"{hook}/hook/{SECRETS['HOOK_URL_TOKEN']}",
            "ACME_SMTP_USER": SMTP_USER,
            "ACME_SMTP_PASSWORD": SMTP_PASSWORD,
        })
        self.outputs = []

    def write(self, name, text):
        (self.root / "incidents" / name).write_text(text, encoding="utf-8")

    def publish(self, now=NOW):
        """Builds the site into the live folder: what the deploy would publish."""
        subprocess.run([str(BINARY), "build", "--site", str(self.root), "--now", now, "--base-url", self.base_url,
                        "--output", str(self.live), "--force"], check=True, capture_output=True)

    def publish_then_add_an_update(self):
        """The live site with the incident's first update; the site about to be published with a second."""
        self.write("2025-09-19-api-errors.md", INCIDENT)
        self.publish()
        self.write("2025-09-19-api-errors.md", INCIDENT + "\n## Monitoring — 2025-09-19 13:00 UTC\nA fix is out.\n")

    def notify(self, *arguments, now=NOW, retry_for="2"):
        result = subprocess.run(
            [str(BINARY), "notify", "--site", str(self.root), "--now", now, "--base-url", self.base_url,
             "--retry-for", retry_for, *arguments],
            env=self.env, capture_output=True, text=True)
        self.outputs.append(result.stdout + result.stderr)
        return result

    def deploy_command(self, now=NOW):
        return (f"'{BINARY}' build --site '{self.root}' --now {now} --base-url {self.base_url} "
                f"--output '{self.live}' --force >/dev/null")


@pytest.fixture
def site(tmp_path, recorder, smtp, certificate):
    controller, _ = smtp
    return Site(tmp_path / "site", recorder, controller.port, certificate, {})


def token_path(channel):
    key = {"slack": "SLACK", "mattermost": "MATTERMOST", "teams": "TEAMS", "discord": "DISCORD", "hook": "HOOK"}[channel]
    return f"/{channel}/{SECRETS[key + '_URL_TOKEN']}"


def assert_no_secrets(site):
    for output in site.outputs:
        for secret in list(SECRETS.values()) + [SMTP_PASSWORD]:
            assert secret not in output, f"a secret is in notify's output:\n{output}"


def parts(message):
    parsed = email.message_from_bytes(message["data"], policy=email.policy.default)
    # The parts are in MIME's canonical form, with CRLF line ends.
    plain = parsed.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = parsed.get_body(("html",)).get_content().replace("\r\n", "\n")
    return parsed, plain, html


def test_every_channel_gets_the_update_in_its_own_format(site, smtp):
    _, mailbox = smtp
    site.write("2025-09-19-api-errors.md", INCIDENT)
    site.publish()
    site.write("2025-09-19-api-errors.md", INCIDENT + "\n## Identified — 2025-09-19 12:30 UTC\nA bad deploy; rolling back.\n")
    result = site.notify("--deploy", site.deploy_command())
    assert result.returncode == 0, result.stderr
    assert "notify: 1 new update for 6 channels" in result.stdout

    EXAMPLES.mkdir(parents=True, exist_ok=True)
    link = f"{site.base_url}/incidents/2025-09-19-api-errors/"

    [slack] = site.recorder.posts(token_path("slack"))
    assert slack["headers"]["Content-Type"] == "application/json; charset=utf-8"
    assert slack["headers"]["User-Agent"].startswith("Statusmark/")
    body = json.loads(slack["body"])
    assert body["text"] == "Identified: Elevated API errors (Acme Status)"
    assert [block["type"] for block in body["blocks"]] == ["header", "context", "section", "actions"]
    assert body["blocks"][0]["text"]["text"] == "Identified: Elevated API errors"
    assert body["blocks"][1]["elements"][0]["text"] == "*Identified* · 19 Sep 2025, 14:30 UTC+2 · Affected: API"
    assert body["blocks"][2]["text"]["text"] == "A bad deploy; rolling back."
    assert body["blocks"][3]["elements"][0]["url"] == link
    (EXAMPLES / "slack.json").write_bytes(slack["body"])

    [mattermost] = site.recorder.posts(token_path("mattermost"))
    assert json.loads(mattermost["body"]) == {"text": (
        "#### Identified: Elevated API errors\n**Identified** · 19 Sep 2025, 14:30 UTC+2 · Affected: API\n\n"
        f"A bad deploy; rolling back.\n\n[Read the full incident and every update]({link})")}
    (EXAMPLES / "mattermost.json").write_bytes(mattermost["body"])

    [teams] = site.recorder.posts(token_path("teams"))
    card = json.loads(teams["body"])
    assert card["type"] == "message"
    [attachment] = card["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    content = attachment["content"]
    assert (content["type"], content["version"]) == ("AdaptiveCard", "1.4")
    assert [block["text"] for block in content["body"]] == [
        "Identified: Elevated API errors", "Identified · 19 Sep 2025, 14:30 UTC+2 · Affected: API",
        "A bad deploy; rolling back."]
    assert content["actions"] == [{"type": "Action.OpenUrl", "title": "Read the full incident and every update", "url": link}]
    (EXAMPLES / "teams.json").write_bytes(teams["body"])

    [discord] = site.recorder.posts(token_path("discord"))
    embed = json.loads(discord["body"])
    assert embed["allowed_mentions"] == {"parse": []}
    [only] = embed["embeds"]
    assert only["title"] == "Identified: Elevated API errors"
    assert only["url"] == link
    assert only["timestamp"] == "2025-09-19T12:30:00Z"
    assert only["color"] == 0xEF6C00
    assert only["description"] == "**Identified** · 19 Sep 2025, 14:30 UTC+2\nAffected: API\n\nA bad deploy; rolling back."
    (EXAMPLES / "discord.json").write_bytes(discord["body"])

    [hook] = site.recorder.posts(token_path("hook"))
    payload = json.loads(hook["body"])
    assert sorted(payload) == ["incident", "meta", "page"]
    assert payload["page"] == {"id": "127.0.0.1", "status_indicator": "major", "status_description": "Partial System Outage"}
    incident = payload["incident"]
    assert incident["id"] == "2025-09-19-api-errors"
    assert incident["status"] == "identified"
    assert incident["shortlink"] == link
    assert [(u["id"], u["status"]) for u in incident["incident_updates"]] == [
        ("2025-09-19-api-errors-2", "identified"), ("2025-09-19-api-errors-1", "investigating")]
    # The live API's own incident, byte for byte the same object.
    live = json.loads((site.live / "api" / "v2" / "incidents.json").read_text())
    assert live["incidents"][0] == incident
    (EXAMPLES / "webhook.json").write_bytes(hook["body"])

    [mail] = mailbox.messages
    assert mail["tls"] and mail["login"]
    assert mail["from"] == "status@acme.example"
    assert mail["to"] == ["status@lists.acme.example"]
    parsed, plain, html = parts(mail)
    assert parsed["Subject"] == "[Acme Status] Elevated API errors"
    assert parsed["From"] == "Acme Status <status@acme.example>"
    assert parsed["To"] == "status@lists.acme.example"
    assert parsed["Message-ID"] == "<2025-09-19-api-errors-2.subscribers@127.0.0.1>"
    assert parsed["In-Reply-To"] == "<2025-09-19-api-errors-1.subscribers@127.0.0.1>"
    assert parsed["References"] == "<2025-09-19-api-errors-1.subscribers@127.0.0.1>"
    assert parsed["List-Unsubscribe"] == "<mailto:status-leave@lists.acme.example>"
    assert parsed["List-Id"] == "Acme Status <status.lists.acme.example>"
    assert parsed["Date"] == "Fri, 19 Sep 2025 12:30:00 +0000"
    assert parsed.get_content_type() == "multipart/alternative"
    assert plain == (
        "Identified: Elevated API errors\nIdentified · 19 Sep 2025, 14:30 UTC+2\nAffected: API\n\n"
        f"A bad deploy; rolling back.\n\nRead the full incident and every update: {link}\n\n"
        "Unsubscribe from these emails: mailto:status-leave@lists.acme.example\n")
    assert "<h1 style=\"font-size: 1.25em\">Identified: Elevated API errors</h1>" in html
    assert "<p>A bad deploy; rolling back.</p>" in html
    assert f'<a href="{link}">Read the full incident and every update</a>' in html
    (EXAMPLES / "email.eml").write_bytes(mail["data"])
    assert_no_secrets(site)


def test_every_kind_of_change_is_announced_once(site, smtp):
    _, mailbox = smtp
    site.publish()  # nothing published yet but an empty site
    site.write("2025-09-19-api-errors.md", INCIDENT)
    site.write("2025-09-19-database-upgrade.md", MAINTENANCE + "\n## Scheduled — 2025-09-18 09:00 UTC\nPlanned.\n")
    result = site.notify("--deploy", site.deploy_command())
    assert result.returncode == 0, result.stderr
    site.write("2025-09-19-api-errors.md", INCIDENT + textwrap.dedent("""
        ## Resolved — 2025-09-19 13:10 UTC
        Errors are back to normal.

        ## Postmortem — 2025-09-19 13:40 UTC
        A configuration change removed a route.
        """))
    site.write("2025-09-19-database-upgrade.md", MAINTENANCE + textwrap.dedent("""
        ## Scheduled — 2025-09-18 09:00 UTC
        Planned.

        ## In progress — 2025-09-19 12:00 UTC
        Started.

        ## Completed — 2025-09-19 13:30 UTC
        Done.
        """))
    result = site.notify("--deploy", site.deploy_command())
    assert result.returncode == 0, result.stderr
    slack = [json.loads(r["body"])["text"] for r in site.recorder.posts(token_path("slack"))]
    assert slack == [
        "Maintenance scheduled: Database upgrade (Acme Status)",
        "New incident: Elevated API errors (Acme Status)",
        "Maintenance started: Database upgrade (Acme Status)",
        "Resolved: Elevated API errors (Acme Status)",
        "Maintenance completed: Database upgrade (Acme Status)",
        "Postmortem: Elevated API errors (Acme Status)",
    ]
    # Filters: Discord takes incidents and postmortems, the webhook what affects the API.
    discord = [json.loads(r["body"])["embeds"][0]["title"] for r in site.recorder.posts(token_path("discord"))]
    assert discord == ["New incident: Elevated API errors", "Resolved: Elevated API errors", "Postmortem: Elevated API errors"]
    hook = [json.loads(r["body"])["incident"]["status"] for r in site.recorder.posts(token_path("hook"))]
    assert hook == ["investigating", "postmortem", "postmortem"]
    # One thread per record: every later message replies to the record's first.
    ids = {}
    for message in mailbox.messages:
        parsed, _, _ = parts(message)
        ids[parsed["Message-ID"]] = parsed["In-Reply-To"]
    assert ids == {
        "<2025-09-19-database-upgrade-1.subscribers@127.0.0.1>": None,
        "<2025-09-19-api-errors-1.subscribers@127.0.0.1>": None,
        "<2025-09-19-database-upgrade-2.subscribers@127.0.0.1>": "<2025-09-19-database-upgrade-1.subscribers@127.0.0.1>",
        "<2025-09-19-api-errors-2.subscribers@127.0.0.1>": "<2025-09-19-api-errors-1.subscribers@127.0.0.1>",
        "<2025-09-19-database-upgrade-3.subscribers@127.0.0.1>": "<2025-09-19-database-upgrade-1.subscribers@127.0.0.1>",
        "<2025-09-19-api-errors-postmortem.subscribers@127.0.0.1>": "<2025-09-19-api-errors-1.subscribers@127.0.0.1>",
    }
    # Run again: the live site has it all, so nothing is sent.
    before = len(site.recorder.requests)
    result = site.notify("--deploy", site.deploy_command())
    assert result.returncode == 0
    assert "notify: nothing new since the live site" in result.stdout
    assert len(site.recorder.requests) == before
    assert len(mailbox.messages) == 6
    assert_no_secrets(site)


def test_a_failed_deploy_sends_nothing_and_the_rerun_sends_once(site, smtp):
    _, mailbox = smtp
    site.publish_then_add_an_update()
    failed = site.notify("--deploy", "echo deploying; exit 3")
    assert failed.returncode == 3
    assert "deploying" in failed.stdout
    assert "notify: the deploy failed (exit 3); nothing was sent" in failed.stderr
    assert site.recorder.requests == [] and mailbox.messages == []
    again = site.notify("--deploy", site.deploy_command())
    assert again.returncode == 0, again.stderr
    assert len(site.recorder.posts(token_path("slack"))) == 1
    assert len(mailbox.messages) == 1
    third = site.notify("--deploy", site.deploy_command())
    assert third.returncode == 0
    assert len(site.recorder.posts(token_path("slack"))) == 1
    assert len(mailbox.messages) == 1


def test_save_live_then_since_around_a_separate_deploy_step(site, tmp_path):
    site.publish_then_add_an_update()
    state = tmp_path / "live-state.json"
    saved = site.notify("--save-live", str(state))
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout == f"notify: saved the live state to {state} (1 incident and 0 maintenance)\n"
    assert json.loads(state.read_text())["incidents"][0]["id"] == "2025-09-19-api-errors"
    site.publish()  # the pipeline's own deploy step
    assert site.notify("--since", str(state)).returncode == 0
    assert len(site.recorder.posts(token_path("slack"))) == 1
    # Against the live site as it is now, nothing is new.
    fresh = tmp_path / "after.json"
    assert site.notify("--save-live", str(fresh)).returncode == 0
    assert "nothing new" in site.notify("--since", str(fresh)).stdout


def test_a_transient_failure_is_retried(site):
    site.publish_then_add_an_update()
    site.recorder.scripts[token_path("slack")] = [503, 503, 200]
    site.recorder.scripts[token_path("teams")] = [429, 200]
    result = site.notify("--deploy", site.deploy_command(), retry_for="10")
    assert result.returncode == 0, result.stderr
    assert [r["code"] for r in site.recorder.posts(token_path("slack"))] == [503, 503, 200]
    assert [r["code"] for r in site.recorder.posts(token_path("teams"))] == [429, 200]
    assert result.stderr.count("ops-slack: 2025-09-19-api-errors-2: the server answered 503 Service Unavailable; trying again") == 2
    assert "notify: ops-slack (slack): sent 1: 2025-09-19-api-errors-2" in result.stdout
    assert_no_secrets(site)


def test_a_channel_that_is_down_does_not_stop_the_others(tmp_path, recorder, smtp, certificate):
    controller, mailbox = smtp
    site = Site(tmp_path / "site", recorder, controller.port, certificate, {"discord": free_port()})
    site.publish_then_add_an_update()
    site.recorder.scripts[token_path("teams")] = [400]
    result = site.notify("--deploy", site.deploy_command(), retry_for="1")
    assert result.returncode == 1
    # Refused at once, or (on a loaded machine) still refused when the connect timeout ends.
    assert re.search(r"notify: discord \(discord\): failed at 2025-09-19-api-errors-2: (could not connect|no answer in time)",
                     result.stderr), result.stderr
    assert "notify: teams (teams): failed at 2025-09-19-api-errors-2: the server answered 400 Bad Request\n" in result.stderr
    assert len(site.recorder.posts(token_path("slack"))) == 1
    assert len(site.recorder.posts(token_path("mattermost"))) == 1
    assert len(site.recorder.posts(token_path("teams"))) == 1  # a 400 is final: not retried
    assert len(mailbox.messages) == 1
    assert_no_secrets(site)


def test_secrets_stay_out_of_every_output(site, smtp):
    _, mailbox = smtp
    site.publish_then_add_an_update()
    dry = site.notify("--since", str(site.live), "--dry-run")
    assert dry.returncode == 0
    assert "== ops-slack (slack): 1 message to the URL in $ACME_SLACK_URL" in dry.stdout
    assert site.recorder.requests == [] and mailbox.messages == []
    site.env["ACME_SMTP_PASSWORD"] = "a-wrong-password"
    site.env.pop("ACME_DISCORD_URL")
    result = site.notify("--since", str(site.live))
    assert result.returncode == 1
    assert "notify: discord (discord): failed: the environment variable ACME_DISCORD_URL is not set; 1 message not tried" in result.stderr
    assert "notify: subscribers (email): failed at 2025-09-19-api-errors-2: the server refused the user name and password" in result.stderr
    assert "a-wrong-password" not in result.stdout + result.stderr
    assert_no_secrets(site)


def test_the_first_publish_announces_nothing(site):
    site.write("2025-09-19-api-errors.md", INCIDENT)
    result = site.notify("--deploy", site.deploy_command())
    assert result.returncode == 0, result.stderr
    assert "the live site lists no incidents or maintenance yet" in result.stdout
    assert site.recorder.requests == []
    assert (site.live / "index.html").exists()


def test_a_server_without_starttls_gets_no_mail(tmp_path, recorder, certificate):
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), auth_require_tls=False)
    controller.start()
    try:
        site = Site(tmp_path / "site", recorder, controller.port, certificate, {})
        site.publish_then_add_an_update()
        result = site.notify("--since", str(site.live), "--channel", "subscribers")
        assert result.returncode == 1
        assert ("notify: subscribers (email): failed at 2025-09-19-api-errors-2: the server does not offer STARTTLS, "
                "and mail is only sent encrypted\n") in result.stderr
        assert mailbox.messages == []
        assert site.recorder.requests == []  # --channel: the webhooks were not sent
        assert_no_secrets(site)
    finally:
        controller.stop()


def test_notify_must_be_told_when_the_live_site_is_read(site):
    result = site.notify()
    assert result.returncode == 64
    assert ("say when the live site is read: --deploy 'CMD' (read, deploy, then send), or --save-live FILE before "
            "the deploy and --since FILE after it") in result.stderr
    unknown = site.notify("--since", str(site.live), "--channel", "pager")
    assert unknown.returncode == 64
    assert "statusmark.yml has no channel 'pager'; its channels are 'ops-slack', 'mattermost', 'teams'" in unknown.stderr
