"""Connecting a tool from values pasted in chat, or from an OAuth sign-in.

The connect skill keeps no secret: its job hands over the id of the message with the pasted
values. `take_values` reads that message and blanks it in the inbox at once; `connect_tool`
checks the values with the tool and `save` stores them encrypted; `complete_sign_in` does the
same for an OAuth code. They return plain data (`Connected`, `NotConnected`): what the person
is told is the skill's business (`flowhub.skills.connect_jobs`), and the values are never echoed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from flowhub.integrations import INTEGRATIONS, crypto, hooks, oauth
from flowhub.integrations.base import Integration, IntegrationError, SetupField
from flowhub.integrations.connection import build, scrub
from flowhub.storage import InboxEvent, id_of, integrations, people, session_scope

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

    from flowhub.services import Services

_PAIR = re.compile(r"^\s*(?P<key>[\w ]+?)\s*[:=]\s*(?P<value>\S.*?)\s*$")
_VERB = re.compile(r"^\s*(?:connect|link|hook up|set\s*up)\s+(?:to\s+|my\s+)?", re.I)


@dataclass(frozen=True, slots=True)
class Message:
    """A message of a known person: where it was written, by whom, and its text."""

    platform: str
    account: str
    chat: str
    workspace_id: int
    person_id: int
    text: str


@dataclass(frozen=True, slots=True)
class Connected:
    """A checked connection, stored: the tool, what it reaches, whether it is the default, and
    how its "done" comes back (`hooks.SET_UP`, `hooks.RETRYING`, `hooks.STEPS` with `steps`)."""

    kind: str
    title: str
    target: str
    is_default: bool
    connection_id: int
    workspace_id: int
    person_id: int
    hook: str = ""
    steps: str = ""


@dataclass(frozen=True, slots=True)
class NotConnected:
    """Pasted values that made no connection: the required ones `missing`, or the tool's `why`."""

    kind: str
    missing: tuple[str, ...] = ()
    why: str = ""


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
    "outlook": "outlook_calendar",
    "microsoft calendar": "outlook_calendar",
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


def read_message(engine: Engine, inbox_id: int) -> Message | None:
    """Message `inbox_id` and its sender; None when it is gone or its sender is unknown."""
    with session_scope(engine) as session:
        row = session.get(InboxEvent, inbox_id)
        return _message(session, row) if row is not None else None


def take_values(engine: Engine, inbox_id: int, *, kind: str) -> Message | None:
    """Message `inbox_id` with the values for `kind`, blanked in the inbox as it is read.

    None when there is no such message or person, or when it was read (and blanked) before.
    """
    with session_scope(engine) as session:
        row = session.get(InboxEvent, inbox_id)
        message = _message(session, row) if row is not None else None
        if message is None:
            return None
        if kind != FEED:
            if message.text == redacted(kind):
                return None  # a repeat of this job: the values were read (and blanked) before
            integrations.redact_inbox_event(session=session, event_id=inbox_id, text=redacted(kind))
        return message


def _message(session: Session, row: InboxEvent) -> Message | None:
    identity = people.get_identity(
        session=session, platform=row.platform, account=row.account, external_id=row.sender_id
    )
    person = people.get_person(session=session, person_id=identity.person_id) if identity else None
    if person is None:
        return None
    return Message(
        row.platform, row.account, row.chat, person.workspace_id, id_of(person), row.text
    )


def connect_tool(
    services: Services, kind: str, text: str, *, workspace_id: int, person_id: int
) -> Connected | NotConnected:
    """Check the values in `text` with the tool and store them; `crypto.NoSecretKey` when
    they cannot be stored safely."""
    cls = INTEGRATIONS[kind]
    values = parse_values(cls.setup, _values_text(kind, text))
    missing = tuple(f.label for f in cls.setup if not f.optional and not values.get(f.name))
    if missing:
        return NotConnected(kind, missing=missing)
    secrets = {f.name: values[f.name] for f in cls.setup if f.secret and values.get(f.name)}
    config = {f.name: values[f.name] for f in cls.setup if not f.secret and values.get(f.name)}
    if kind == "webhook" and not secrets.get("secret"):
        secrets["secret"] = crypto.new_secret()
    tool = build(kind, config=config, secrets=secrets, tools=services.tools)
    try:
        target = tool.check()
    except IntegrationError as exc:
        return NotConnected(kind, why=scrub(str(exc), secrets))
    connected = save(services, tool, workspace_id=workspace_id, person_id=person_id, target=target)
    return with_hook(services, connected)


def with_hook(services: Services, connected: Connected) -> Connected:
    """The connection after FlowHub registered its webhook, or with the person's steps."""
    hooked = hooks.set_up(services, connected.connection_id)
    if hooked is None:
        return connected
    return replace(connected, hook=hooked.state, steps=hooked.steps)


def save(
    services: Services, tool: Integration, *, workspace_id: int, person_id: int, target: str
) -> Connected:
    """Store a checked connection, replacing the person's own of the same tool."""
    sealed = crypto.encrypt(tool.secrets, tools=services.tools)
    with session_scope(services.engine) as session:
        existing = integrations.get_connections(
            session=session, workspace_id=workspace_id, kind=tool.kind, person_id=person_id
        )
        if existing:
            hooks.drop_old(services.tools, existing[0])
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
        return Connected(
            kind=tool.kind,
            title=tool.title,
            target=target,
            is_default=connection.is_default,
            connection_id=id_of(connection),
            workspace_id=workspace_id,
            person_id=person_id,
        )


def complete_sign_in(
    services: Services,
    provider: oauth.Provider,
    code: str,
    *,
    workspace_id: int,
    person_id: int,
    server: str = "",
    verifier: str = "",
) -> Connected:
    """Exchange an OAuth code (at the token `server` the callback named, where the provider has
    several), find the tool's defaults, check and store the connection.

    Raises `IntegrationError` with a message for the browser page.
    """
    secrets = oauth.exchange(provider, code, tools=services.tools, server=server, verifier=verifier)
    tool = build(provider.kind, config={}, secrets=secrets, tools=services.tools)
    tool.discover()
    target = tool.check()
    connected = save(services, tool, workspace_id=workspace_id, person_id=person_id, target=target)
    return with_hook(services, connected)


__all__ = [
    "FEED",
    "TOOL_NAMES",
    "Connected",
    "Message",
    "NotConnected",
    "complete_sign_in",
    "connect_tool",
    "parse_values",
    "read_message",
    "redacted",
    "save",
    "take_values",
    "tool_named",
    "with_hook",
]
