"""Slack payloads -> `Event`s: messages, mentions, `/flowhub`, shortcuts, buttons, modal saves.

Ids: `Event.account` is the team id; `Event.chat` the channel id; a message's `Event.message_id`
is "channel:ts", the message's own identity in Slack, the same across Events API retries and
shared by the `message` and `app_mention` copies of one message, so either is stored once. A
slash command is "cmd:<trigger_id>", a shortcut "shortcut:<trigger_id>", a button press
"action:<trigger_id>" and a modal save "view:<trigger_id>". `reply_to` is "channel:ts" of the
card a button sits on or a thread is started from: the same string `send` returns as
`Delivery.platform_message_id`, so edits and replies find their card.

Each event's `raw` keeps the payload under "payload" and the Slack context replies need under
"slack" (see `Origin`); a message with readable files holds the first under "media_ref" and all
of them under "media_refs" (`MediaRef.to_raw()` each). Text is given in plain form
(`Directory.readable`): mentions are names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from flowhub.connectors.slack.files import file_refs
from flowhub.connectors.types import Event, EventKind

PLATFORM = "slack"
COMMAND = "/flowhub"
SHORTCUT = "create_task"

# `/flowhub <word> <rest>` -> the text our skills understand.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "add": ("{args}", "Add a task: /flowhub add call Bob friday 10am"),
    "today": ("what's due today", "What's due today"),
    "week": ("what's due this week", "What's due this week"),
    "overdue": ("overdue", "What's overdue"),
    "mine": ("my tasks", "My open tasks"),
    "done": ("done {args}", "Mark a task done: /flowhub done 2"),
    "remind": ("remind me {args}", "Set a reminder: /flowhub remind call mum sunday 6pm"),
    "digest": ("digest {args}", "Daily digest time: /flowhub digest 7am"),
    "tz": ("timezone {args}", "Your timezone: /flowhub tz Europe/Berlin"),
    "help": ("help", "What I can do"),
}
# Message subtypes that carry something a person wrote; the rest (joins, bot posts) are ignored.
_PERSON_SUBTYPES = frozenset({None, "file_share", "thread_broadcast", "me_message"})

Readable = Callable[[str], str]
"""Turns Slack markup into plain text for one team (mentions become names)."""


class MalformedPayload(ValueError):
    """A signed Slack payload FlowHub can't read; the message says which field is wrong."""


@dataclass(frozen=True, slots=True)
class Origin:
    """The Slack context of an inbound event, kept in `raw["slack"]` for its replies.

    `ephemeral` means answers are for the asker alone (a slash command, a shortcut, a button on
    an ephemeral card); `response_url` can answer or replace the message `message` names.
    """

    team: str
    channel: str
    user: str
    kind: str
    ephemeral: bool = False
    response_url: str | None = None
    message: str | None = None
    tz: str | None = None

    def to_raw(self) -> dict[str, Any]:
        """As stored in `Event.raw["slack"]`."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_raw(cls, data: Mapping[str, Any] | None) -> Origin | None:
        """Read back `to_raw`; None when there is nothing to read."""
        if not data or not isinstance(data, Mapping):
            return None
        try:
            return cls(
                team=str(data["team"]),
                channel=str(data["channel"]),
                user=str(data["user"]),
                kind=str(data.get("kind", "")),
                ephemeral=bool(data.get("ephemeral")),
                response_url=data.get("response_url"),
                message=data.get("message"),
                tz=data.get("tz"),
            )
        except KeyError:
            return None


def message_ref(channel: str, ts: str) -> str:
    """The id FlowHub uses for a Slack message: "channel:ts"."""
    return f"{channel}:{ts}"


def split_ref(ref: str, default_channel: str) -> tuple[str, str]:
    """(channel, ts) of a "channel:ts" id; a bare ts belongs to `default_channel`."""
    channel, sep, ts = ref.rpartition(":")
    return (channel, ts) if sep else (default_channel, ref)


def is_person_message(event: Mapping[str, Any]) -> bool:
    """A message a person wrote (not a join, a deletion, or any bot's post)."""
    return (
        event.get("subtype") in _PERSON_SUBTYPES
        and not event.get("bot_id")
        and isinstance(event.get("user"), str)
    )


def message_event(
    body: Mapping[str, Any],
    *,
    readable: Readable,
    sender_name: str | None,
    tz: str | None = None,
    mention: bool = False,
) -> Event:
    """A DM (`message`, channel_type im) or an `app_mention` in a channel."""
    event = _mapping(body.get("event"), "event")
    team = _team(body)
    channel = _str(event, "channel")
    user = _str(event, "user")
    ts = _str(event, "ts")
    text = readable(str(event.get("text") or ""))
    forwarded_from = None
    shared = _shared_message(event)
    if shared is not None:
        forwarded_from, shared_text = shared
        text = "\n".join(t for t in (text, readable(shared_text)) if t)
    thread = event.get("thread_ts")
    direct = channel.startswith("D") and not mention
    kind: EventKind = "text" if text else ("media" if event.get("files") else "unsupported")
    refs = [ref.to_raw() for ref in file_refs(event)]
    files = {"media_ref": refs[0], "media_refs": refs} if refs else {}
    return Event(
        platform=PLATFORM,
        account=team,
        chat=channel,
        sender_id=user,
        sender_name=sender_name,
        time=_time(ts),
        message_id=message_ref(channel, ts),
        kind=kind,
        text=text,
        chat_kind="direct" if direct else "group",
        forwarded=shared is not None,
        forwarded_from=forwarded_from,
        reply_to=message_ref(channel, str(thread)) if thread and thread != ts else None,
        raw={
            "payload": dict(body),
            "slack": Origin(
                team, channel, user, "mention" if mention else "message", tz=tz
            ).to_raw(),
            **({"media": "file"} if event.get("files") else {}),
            **files,
        },
    )


def changed_events(
    body: Mapping[str, Any],
    *,
    cards: list[tuple[int, str]],
    readable: Readable,
    sender_name: str | None,
    tz: str | None = None,
) -> list[Event]:
    """An edited message whose proposals are still pending: discard those, read it again.

    `cards` are (proposal id, card id) of the pending proposals; each becomes a Discard press
    on its card, then the new text arrives as a message of its own, so the edited words are
    proposed afresh exactly as if they had been written that way.
    """
    event = _mapping(body.get("event"), "event")
    message = _mapping(event.get("message"), "event.message")
    team = _team(body)
    channel = _str(event, "channel")
    user = _str(message, "user")
    source = message_ref(channel, _str(message, "ts"))
    edited = message.get("edited")
    edited_ts = str(edited.get("ts")) if isinstance(edited, Mapping) and edited.get("ts") else None
    version = f"{source}:edit:{edited_ts or _str(event, 'ts')}"
    direct = channel.startswith("D") and event.get("channel_type", "im") == "im"
    origin = Origin(team, channel, user, "message", tz=tz).to_raw()
    time = _time(edited_ts or _str(event, "ts"))
    common: dict[str, Any] = {
        "platform": PLATFORM,
        "account": team,
        "chat": channel,
        "sender_id": user,
        "sender_name": sender_name,
        "time": time,
        "chat_kind": "direct" if direct else "group",
    }
    discards = [
        Event(
            **common,
            message_id=f"{version}:discard:{proposal_id}",
            kind="button",
            payload=f"discard:{proposal_id}",
            reply_to=card,
            raw={"payload": dict(body), "slack": origin},
        )
        for proposal_id, card in cards
    ]
    text = readable(str(message.get("text") or ""))
    again = Event(
        **common,
        message_id=version,
        kind="text" if text else "unsupported",
        text=text,
        raw={"payload": dict(body), "slack": origin},
    )
    return [*discards, again]


def command_event(
    form: Mapping[str, Any],
    *,
    readable: Readable,
    sender_name: str | None,
    now: datetime,
    tz: str | None = None,
) -> Event:
    """`/flowhub <subcommand> <args>`; a bare `/flowhub <text>` captures the text."""
    if form.get("command") != COMMAND:
        raise MalformedPayload(f"unknown slash command {form.get('command')!r}; expected {COMMAND}")
    team, channel, user = _str(form, "team_id"), _str(form, "channel_id"), _str(form, "user_id")
    trigger = _str(form, "trigger_id")
    text = readable(str(form.get("text") or "")).strip()
    word, _, args = text.partition(" ")
    if not text:
        text = "help"
    elif word.casefold() in SUBCOMMANDS:
        text = SUBCOMMANDS[word.casefold()][0].format(args=args.strip()).strip()
    return Event(
        platform=PLATFORM,
        account=team,
        chat=channel,
        sender_id=user,
        sender_name=sender_name,
        time=now,
        message_id=f"cmd:{trigger}",
        kind="command",
        text=text,
        chat_kind="group",
        raw={
            "payload": dict(form),
            "slack": Origin(
                team,
                channel,
                user,
                "command",
                ephemeral=True,
                response_url=_optional_str(form, "response_url"),
                tz=tz,
            ).to_raw(),
        },
    )


def shortcut_event(
    payload: Mapping[str, Any],
    *,
    readable: Readable,
    sender_name: str | None,
    author_name: str | None,
    now: datetime,
    tz: str | None = None,
) -> Event:
    """The "Create task" message shortcut: anyone's message becomes a capture by the clicker."""
    team = _str(_mapping(payload.get("team"), "team"), "id")
    user = _str(_mapping(payload.get("user"), "user"), "id")
    channel = _str(_mapping(payload.get("channel"), "channel"), "id")
    message = _mapping(payload.get("message"), "message")
    author = message.get("user")
    by_someone_else = author != user
    if by_someone_else and not author_name:
        author_name = str(message.get("username") or author or "someone")
    return Event(
        platform=PLATFORM,
        account=team,
        chat=channel,
        sender_id=user,
        sender_name=sender_name,
        time=now,
        message_id=f"shortcut:{_str(payload, 'trigger_id')}",
        kind="text",
        text=readable(str(message.get("text") or "")),
        chat_kind="group",
        forwarded=by_someone_else,
        forwarded_from=author_name if by_someone_else else None,
        raw={
            "payload": dict(payload),
            "slack": Origin(
                team,
                channel,
                user,
                "shortcut",
                ephemeral=True,
                response_url=_optional_str(payload, "response_url"),
                tz=tz,
            ).to_raw(),
        },
    )


def action_event(
    payload: Mapping[str, Any], *, sender_name: str | None, now: datetime, tz: str | None = None
) -> Event:
    """A button press on one of FlowHub's messages; `payload` is the button id."""
    team = _str(_mapping(payload.get("team"), "team"), "id")
    user = _str(_mapping(payload.get("user"), "user"), "id")
    container = _mapping(payload.get("container"), "container")
    channel = str(
        container.get("channel_id") or _mapping(payload.get("channel"), "channel").get("id") or ""
    )
    ts = str(container.get("message_ts") or "")
    actions = payload.get("actions")
    if not channel or not ts or not isinstance(actions, list) or not actions:
        raise MalformedPayload(
            "block_actions payload lacks container.channel_id, message_ts or actions"
        )
    action = _mapping(actions[0], "actions[0]")
    value = _str(action, "value")
    label = (
        (action.get("text") or {}).get("text") if isinstance(action.get("text"), Mapping) else None
    )
    ephemeral = bool(container.get("is_ephemeral"))
    card = message_ref(channel, ts)
    trigger = payload.get("trigger_id") or f"{ts}:{action.get('action_ts', '')}"
    return Event(
        platform=PLATFORM,
        account=team,
        chat=channel,
        sender_id=user,
        sender_name=sender_name,
        time=now,
        message_id=f"action:{trigger}",
        kind="button",
        text=str(label or ""),
        payload=value,
        chat_kind="direct" if channel.startswith("D") and not ephemeral else "group",
        reply_to=card,
        raw={
            "payload": dict(payload),
            "slack": Origin(
                team,
                channel,
                user,
                "action",
                ephemeral=ephemeral,
                response_url=_optional_str(payload, "response_url"),
                message=card,
                tz=tz,
            ).to_raw(),
        },
    )


def edit_events(
    payload: Mapping[str, Any],
    *,
    origin: Origin,
    card: str,
    texts: list[str],
    sender_name: str | None,
    now: datetime,
) -> list[Event]:
    """The saved edit modal as text replies to the card, one per edit text."""
    view = _mapping(payload.get("view"), "view")
    trigger = payload.get("trigger_id") or f"{view.get('id')}:{view.get('hash')}"
    return [
        Event(
            platform=PLATFORM,
            account=origin.team,
            chat=origin.channel,
            sender_id=origin.user,
            sender_name=sender_name,
            time=now,
            message_id=f"view:{trigger}" + (f":{index}" if index else ""),
            kind="text",
            text=text,
            chat_kind="direct"
            if origin.channel.startswith("D") and not origin.ephemeral
            else "group",
            reply_to=card,
            raw={"payload": dict(payload), "slack": origin.to_raw()},
        )
        for index, text in enumerate(texts)
    ]


def team_of(body: Mapping[str, Any]) -> str:
    """The workspace a payload belongs to."""
    return _team(body)


def _team(body: Mapping[str, Any]) -> str:
    team = body.get("team_id") or body.get("team")
    if isinstance(team, Mapping):
        team = team.get("id")
    if not team:
        auths = body.get("authorizations")
        if isinstance(auths, list) and auths and isinstance(auths[0], Mapping):
            team = auths[0].get("team_id")
    if not team and isinstance(body.get("event"), Mapping):
        team = body["event"].get("team")
    if not isinstance(team, str) or not team:
        raise MalformedPayload("payload names no team (team_id, team.id or authorizations)")
    return team


def _shared_message(event: Mapping[str, Any]) -> tuple[str | None, str] | None:
    """(author, text) of a message shared into this one, Slack's way of forwarding."""
    for attachment in event.get("attachments") or ():
        if isinstance(attachment, Mapping) and attachment.get("is_share"):
            text = str(attachment.get("text") or attachment.get("fallback") or "")
            author = attachment.get("author_name") or attachment.get("author_subname")
            return (str(author) if author else None), text
    return None


def _time(ts: str) -> datetime:
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except (TypeError, ValueError, OverflowError) as exc:
        raise MalformedPayload(f"message ts {ts!r} is not a Slack timestamp") from exc


def _mapping(value: Any, name: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MalformedPayload(f"{name} must be an object, got {type(value).__name__}")
    return value


def _str(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedPayload(f"{key} must be a non-empty string, got {value!r}")
    return value


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value else None
