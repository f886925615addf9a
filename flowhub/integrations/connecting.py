"""Finishing a connection started in chat, off the chat's transaction.

The connect skill keeps no secret: it hands the id of the message with the pasted values to
`finish` (job "connect:<tool>"). `finish` reads the message and blanks it in the inbox at once,
checks the values with the tool, then stores them encrypted and says how it went; the values
are never echoed. `offer_sign_in` (job "oauth:<tool>") sends the OAuth sign-in link.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from flowhub.connectors import Reply, Target
from flowhub.integrations import INTEGRATIONS, crypto, ical, oauth, states, words
from flowhub.integrations.base import Integration, IntegrationError, SetupField
from flowhub.integrations.connection import build, scrub
from flowhub.integrations.notify import person_target
from flowhub.integrations.pushing import retry_unfinished
from flowhub.storage import InboxEvent, integrations, people, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services

log = logging.getLogger(__name__)
_PAIR = re.compile(r"^\s*(?P<key>[\w ]+?)\s*[:=]\s*(?P<value>\S.*?)\s*$")
_VERB = re.compile(r"^\s*(?:connect|link|hook up|set\s*up)\s+(?:to\s+|my\s+)?", re.I)


FEED = "ical"
# What people call each tool in "connect <tool>"; every tool's own name is added below.
TOOL_NAMES: dict[str, str] = {
    "jira cloud": "jira",
    "atlassian": "jira",
    "google calendar": "google_calendar",
    "google": "google_calendar",
    "gcal": "google_calendar",
    "calendar": "google_calendar",
    "github issues": "github",
    "gh": "github",
    "monday.com": "monday",
    "click up": "clickup",
    "microsoft to do": "microsoft_todo",
    "microsoft todo": "microsoft_todo",
    "ms todo": "microsoft_todo",
    "to do": "microsoft_todo",
    "todo": "microsoft_todo",
    "outlook tasks": "microsoft_todo",
    "zapier": "webhook",
    "make": "webhook",
    "ical": FEED,
    "ics": FEED,
    "calendar feed": FEED,
    "ical feed": FEED,
    "my calendar feed": FEED,
}
TOOL_NAMES |= {kind: kind for kind in INTEGRATIONS}
TOOL_NAMES |= {cls.title.casefold(): kind for kind, cls in INTEGRATIONS.items()}
TOOL_NAMES |= {kind.replace("_", " "): kind for kind in INTEGRATIONS}


def redacted(kind: str) -> str:
    """What the inbox keeps instead of a message that held a tool's credentials."""
    return f"[credentials for {kind} removed]"


def parse_values(fields: tuple[SetupField, ...], text: str) -> dict[str, str]:
    """The pasted values: "name: value" lines, or values in the order the prompt listed them."""
    names = {f.name.casefold(): f.name for f in fields}
    names |= {f.name.replace("_", " ").casefold(): f.name for f in fields}
    found: dict[str, str] = {}
    for line in text.splitlines():
        m = _PAIR.match(line)
        if m and m.group("key").strip().casefold() in names:
            found[names[m.group("key").strip().casefold()]] = _clean(m.group("value"))
    if found:
        return found
    values = [_clean(v) for v in text.split() if _clean(v)]
    # Required values in the order listed; extra values fill the optional fields in order.
    extra = len(values) - sum(1 for f in fields if not f.optional)
    chosen: list[SetupField] = []
    for field in fields:
        if not field.optional:
            chosen.append(field)
        elif extra > 0:
            chosen.append(field)
            extra -= 1
    return {f.name: v for f, v in zip(chosen, values, strict=False)}


def _clean(value: str) -> str:
    return value.strip().strip("<>\"'`").strip()


def tool_named(text: str) -> tuple[str, str] | None:
    """The tool a text starts with and what follows: "webhook https://x" gives webhook, https://x."""
    folded = text.casefold()
    for name in sorted(TOOL_NAMES, key=len, reverse=True):
        if folded.startswith(name) and (len(text) == len(name) or text[len(name)].isspace()):
            return TOOL_NAMES[name], text[len(name) :].strip()
    return None


def _values_text(kind: str, text: str) -> str:
    """The values of a message, without a leading "connect <tool>" ("connect webhook <url>")."""
    verb = _VERB.match(text)
    if verb is None:
        return text
    named = tool_named(text[verb.end() :])
    return named[1] if named is not None and named[0] == kind else text


def finish(services: Services, inbox_id: int, *, kind: str) -> None:
    """Check and store the values pasted in message `inbox_id`; tell the person the outcome."""
    with session_scope(services.engine) as session:
        row = session.get(InboxEvent, inbox_id)
        if row is None:
            return
        target = Target(row.platform, row.account, row.chat)
        identity = people.get_identity(
            session=session, platform=row.platform, account=row.account, external_id=row.sender_id
        )
        person = (
            people.get_person(session=session, person_id=identity.person_id) if identity else None
        )
        if person is None or person.id is None:
            return
        text = row.text
        if kind != "ical":
            if text == redacted(kind):
                return  # a repeat of this job: the values were read (and blanked) before
            integrations.redact_inbox_event(session=session, event_id=inbox_id, text=redacted(kind))
        workspace_id, person_id = person.workspace_id, person.id
    sensitive = False  # a feed URL holds the feed's secret: the outbox keeps it sealed
    try:
        if kind == "ical":
            reply, sensitive = _connect_feed(services, workspace_id, person_id), True
        else:
            reply = _connect_tool(services, kind, text, workspace_id, person_id)
    except crypto.NoSecretKey as exc:
        reply = words.NO_SECRET_KEY.format(why=exc)
    services.send(Reply(reply, to=target, sensitive=sensitive))


def _connect_tool(
    services: Services, kind: str, text: str, workspace_id: int, person_id: int
) -> str:
    cls = INTEGRATIONS[kind]
    values = parse_values(cls.setup, _values_text(kind, text))
    missing = [f.label for f in cls.setup if not f.optional and not values.get(f.name)]
    if missing:
        return words.CONNECT_MISSING.format(missing=", ".join(missing), kind=kind)
    secrets = {f.name: values[f.name] for f in cls.setup if f.secret and values.get(f.name)}
    config = {f.name: values[f.name] for f in cls.setup if not f.secret and values.get(f.name)}
    if kind == "webhook" and not secrets.get("secret"):
        secrets["secret"] = crypto.new_secret()
    tool = build(kind, config=config, secrets=secrets, settings=services.settings)
    try:
        target = tool.check()
    except IntegrationError as exc:
        return words.CONNECT_FAILED.format(why=scrub(str(exc), secrets), kind=kind)
    return save(services, tool, workspace_id=workspace_id, person_id=person_id, target=target)


def save(
    services: Services, tool: Integration, *, workspace_id: int, person_id: int, target: str
) -> str:
    """Store a checked connection (replacing the person's own of the same tool) and word the
    outcome."""
    sealed = crypto.encrypt(tool.secrets, settings=services.settings)
    with session_scope(services.engine) as session:
        existing = integrations.get_connections(
            session=session, workspace_id=workspace_id, kind=tool.kind, person_id=person_id
        )
        if existing:
            connection = integrations.update_connection(
                session=session,
                connection=existing[0],
                config=tool.config,
                secret_encrypted=sealed,
                status="active",
            )
        else:
            connection = integrations.create_connection(
                session=session,
                workspace_id=workspace_id,
                person_id=person_id,
                kind=tool.kind,
                config=tool.config,
                secret_encrypted=sealed,
                now=services.clock.now(),
            )
        is_default, connection_id = connection.is_default, connection.id
    waiting = retry_unfinished(services, workspace_id=workspace_id, connection_id=connection_id)
    default = (
        words.CONNECTED_DEFAULT if is_default else words.CONNECTED_OTHER.format(kind=tool.kind)
    )
    if waiting:
        default += words.CONNECTED_RETRYING.format(count=waiting)
    return words.CONNECTED.format(tool=tool.title, target=target, default=default)


def _connect_feed(services: Services, workspace_id: int, person_id: int) -> str:
    url = ical.create_feed(services, workspace_id=workspace_id, person_id=person_id)
    return words.ICAL_READY.format(url=url)


def offer_sign_in(services: Services, inbox_id: int, *, kind: str) -> None:
    """Send the OAuth sign-in link for a tool, or say what the admin must configure."""
    cls = INTEGRATIONS[kind]
    provider = oauth.PROVIDERS[cls.oauth or ""]
    with session_scope(services.engine) as session:
        row = session.get(InboxEvent, inbox_id)
        if row is None:
            return
        identity = people.get_identity(
            session=session, platform=row.platform, account=row.account, external_id=row.sender_id
        )
        person = (
            people.get_person(session=session, person_id=identity.person_id) if identity else None
        )
        if person is None or person.id is None:
            return
        target = Target(row.platform, row.account, row.chat)
        workspace_id, person_id = person.workspace_id, person.id
    if oauth.client(provider, services.settings) is None:
        if any(field.secret for field in cls.setup):
            return  # the token prompt already covers it; sign-in is just not offered here
        variables = (
            f"FLOWHUB_{provider.name.upper()}_CLIENT_ID and "
            f"FLOWHUB_{provider.name.upper()}_CLIENT_SECRET"
        )
        text = words.OAUTH_OFF.format(tool=provider.title, variables=variables)
    else:
        try:
            url = states.issue(services, provider, workspace_id=workspace_id, person_id=person_id)
        except crypto.NoSecretKey as exc:
            services.send(Reply(words.NO_SECRET_KEY.format(why=exc), to=target))
            return
        text = words.OAUTH_LINK.format(tool=provider.title, url=url)
    services.send(Reply(text, to=target))


def complete_sign_in(
    services: Services, provider: oauth.Provider, code: str, *, workspace_id: int, person_id: int
) -> str:
    """Exchange an OAuth code, find the tool's defaults, store the connection, tell the person.

    Returns the tool's title; raises `IntegrationError` with a message for the browser page.
    """
    secrets = oauth.exchange(provider, code, settings=services.settings)
    tool = build(provider.kind, config={}, secrets=secrets, settings=services.settings)
    tool.discover()
    target = tool.check()
    text = save(services, tool, workspace_id=workspace_id, person_id=person_id, target=target)
    with session_scope(services.engine) as session:
        chat = person_target(session, person_id)
    if chat is not None:
        services.send(Reply(text, to=chat))
    return tool.title
