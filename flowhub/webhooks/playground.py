"""The local playground: a chat page with simulated people, a group, and a dev clock.

Messages typed on the page become `Event`s like any platform's; replies come back through the
playground connector and are read from the outbox, so the page shows exactly what was sent.
"""

from __future__ import annotations

import itertools
import logging
import re
from datetime import datetime, timedelta
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from flowhub.connectors import Event
from flowhub.connectors.playground import STATIC_DIR
from flowhub.storage import (
    id_of,
    inbox,
    members,
    outbound_files,
    outbox,
    people,
    reminders,
    session_scope,
)
from flowhub.webhooks.deps import HostDep
from flowhub.webhooks.playground_files import FileIn, attach, attachment_line, sent_files

log = logging.getLogger(__name__)
router = APIRouter()
PLATFORM = "playground"
ACCOUNT = "local"
# Each person's app language, as Telegram and Slack tell it: what they are first written in.
PEOPLE = (
    {"id": "ana", "name": "Ana", "tz": "Europe/Berlin", "locale": "en"},
    {"id": "sam", "name": "Sam", "tz": "America/New_York", "locale": "en"},
    {"id": "priya", "name": "Priya", "tz": "Asia/Kolkata", "locale": "en"},
)
GROUP = {"id": "group-team", "title": "Team chat", "kind": "group"}
_IDS = itertools.count(1)
_BOT_NAME = re.compile(r"(?<![\w@])@?flowhub\b", re.I)
# A long jump of the dev clock stops at most this many times to fire reminders on time.
MAX_CLOCK_STOPS = 500


class SendIn(BaseModel):
    """A message typed on the page; with a `file`, the text is its caption."""

    person: str
    chat: str
    text: str = Field(default="", max_length=100_000)
    forwarded: bool = False
    forwarded_from: str | None = None
    reply_to: str | None = None
    file: FileIn | None = None


class PressIn(BaseModel):
    """A button pressed on the page."""

    person: str
    chat: str
    message_id: str
    button_id: str = Field(max_length=64)
    label: str = ""


class ClockIn(BaseModel):
    """Move the dev clock: forward by minutes, or back to real time."""

    advance_minutes: int = Field(default=0, ge=0, le=60 * 24 * 400)
    reset: bool = False


def _chats() -> list[dict[str, Any]]:
    direct = [
        {
            "id": f"dm-{p['id']}",
            "title": f"{p['name']} ↔ FlowHub",
            "kind": "direct",
            "members": [p["id"]],
        }
        for p in PEOPLE
    ]
    group = {**GROUP, "members": [p["id"] for p in PEOPLE]}
    return [*direct, group]


def seed(runtime: Any) -> None:
    """Create the simulated people with their zones and private chats, once."""
    now = runtime.clock.now()
    with session_scope(runtime.engine) as session:
        workspace = people.get_or_create_workspace(
            session=session, platform=PLATFORM, external_id=ACCOUNT, now=now, name="Playground"
        )
        workspace_id = id_of(workspace)
        for p in PEOPLE:
            people.get_or_create_person(
                session=session,
                workspace_id=workspace_id,
                platform=PLATFORM,
                account=ACCOUNT,
                external_id=p["id"],
                now=now,
                display_name=p["name"],
                timezone=p["tz"],
                locale=p["locale"],
                digest_time="08:00",
            )
            identity = people.get_identity(
                session=session, platform=PLATFORM, account=ACCOUNT, external_id=p["id"]
            )
            assert identity is not None
            people.set_direct_chat(session=session, identity=identity, chat=f"dm-{p['id']}")
        _seed_group(session, workspace_id, now)


def _seed_group(session: Any, workspace_id: int, now: datetime) -> None:
    """The group and its declared members, as a platform tells them: members see its tasks
    before they ever write there."""
    chat = people.get_or_create_chat(
        session=session,
        workspace_id=workspace_id,
        platform=PLATFORM,
        account=ACCOUNT,
        external_id=GROUP["id"],
        kind="group",
        title=GROUP["title"],
        now=now,
    )
    person_ids = []
    for p in PEOPLE:
        identity = people.get_identity(
            session=session, platform=PLATFORM, account=ACCOUNT, external_id=p["id"]
        )
        if identity is not None:
            person_ids.append(identity.person_id)
    members.add_members(session=session, chat_id=id_of(chat), person_ids=person_ids, now=now)


def _person(person_id: str) -> dict[str, str]:
    for p in PEOPLE:
        if p["id"] == person_id:
            return p
    raise HTTPException(404, f"unknown person {person_id!r}; pick one of ana, sam, priya")


def _chat(chat_id: str, person_id: str) -> dict[str, Any]:
    for chat in _chats():
        if chat["id"] == chat_id:
            if person_id not in chat["members"]:
                raise HTTPException(403, f"{person_id} is not in chat {chat_id}")
            return chat
    raise HTTPException(404, f"unknown chat {chat_id!r}")


@router.get("/", include_in_schema=False)
def page() -> FileResponse:
    """The playground page."""
    return FileResponse(STATIC_DIR / "index.html")


@router.get("/playground/api/state")
def state(runtime: HostDep) -> dict[str, Any]:
    """People, chats, the clock and whether it may be moved."""
    return {
        "people": list(PEOPLE),
        "chats": _chats(),
        "now": runtime.clock.now().isoformat(),
        "dev_clock": runtime.settings.dev_clock_enabled,
    }


@router.post("/playground/api/send")
def send(body: SendIn, runtime: HostDep) -> dict[str, Any]:
    """A person types into a chat, or sends a file with the text as its caption."""
    _chat(body.chat, _person(body.person)["id"])
    files = attach(runtime.connectors.get(PLATFORM), body.file) if body.file else {}
    event = _event(
        runtime,
        body.person,
        body.chat,
        raw=body.model_dump(exclude={"file"}) | files,
        kind="media" if files and not body.text.strip() else "text",
        text=body.text,
        forwarded=body.forwarded,
        forwarded_from=body.forwarded_from,
        reply_to=body.reply_to,
        addressed=_addressed(body),
    )
    return {"event_id": runtime.receive(event)}


def _addressed(body: SendIn) -> bool:
    """Whether a message speaks to the bot, as Telegram decides it: always in a private chat;
    in the group by naming FlowHub, replying to one of its messages, or a /command."""
    if body.chat != GROUP["id"]:
        return True
    replies_to_bot = (body.reply_to or "").startswith("pg-")
    return replies_to_bot or bool(_BOT_NAME.search(body.text)) or body.text.startswith("/")


@router.post("/playground/api/press")
def press(body: PressIn, runtime: HostDep) -> dict[str, Any]:
    """A person taps a button on a message."""
    event = _event(
        runtime,
        body.person,
        body.chat,
        raw=body.model_dump(),
        kind="button",
        text=body.label,
        payload=body.button_id,
        reply_to=body.message_id,
    )
    return {"event_id": runtime.receive(event)}


def _event(
    runtime: Any, person_id: str, chat_id: str, *, raw: dict[str, Any], **fields: Any
) -> Event:
    """An event from a simulated person in a simulated chat, stamped with the dev clock."""
    person = _person(person_id)
    chat = _chat(chat_id, person_id)
    now = runtime.clock.now()
    return Event(
        platform=PLATFORM,
        account=ACCOUNT,
        chat=chat["id"],
        sender_id=person["id"],
        sender_name=person["name"],
        time=now,
        message_id=f"in-{now.timestamp():.6f}-{next(_IDS)}",
        chat_kind=chat["kind"],
        chat_title=chat.get("title"),
        raw=raw,
        **fields,
    )


@router.get("/playground/api/messages")
def messages(chat: str, runtime: HostDep) -> dict[str, Any]:
    """The chat's transcript: what people typed and what the bot sent, edits applied.

    Order follows the database, not the (movable) dev clock: a reply sits right after the event
    it answers; a message the bot sent on its own (a reminder) after the last event before it.
    """
    items: list[dict[str, Any]] = []
    with session_scope(runtime.engine) as session:
        inbound = inbox.get_inbox_events(session=session, platform=PLATFORM, chat=chat)
        for row in inbound:
            line = attachment_line(row.raw)
            items.append(
                {
                    "key": (id_of(row), 0, 0),
                    "id": f"in-{row.id}",
                    "event_id": row.id,
                    "from": row.sender_id,
                    "text": "\n".join(part for part in (line, row.text) if part),
                    "attachment": line,
                    "kind": row.kind,
                    "buttons": [],
                    "at": row.received_at.isoformat(),
                    "forwarded": bool(row.event.get("forwarded")),
                    "forwarded_from": row.event.get("forwarded_from"),
                    "reply_to": row.event.get("reply_to"),
                }
            )
        for out in outbox.get_outbox_messages(session=session, platform=PLATFORM, chat=chat):
            if out.status != "sent" or not out.platform_message_id:
                continue
            anchor = out.source_event_id or max(
                (id_of(row) for row in inbound if row.received_at <= out.created_at), default=0
            )
            items.append(
                {
                    "key": (anchor, 1, id_of(out)),
                    "id": out.platform_message_id,
                    "from": "bot",
                    "text": runtime.outbox_text(out.body, out.reply),
                    "kind": "bot",
                    "buttons": [{"id": b[0], "label": b[1]} for b in out.reply.get("buttons", [])],
                    "edit_of": out.reply.get("edit"),
                    "at": out.created_at.isoformat(),
                    **sent_files(out.reply),
                }
            )
    items.sort(key=lambda item: item["key"])
    shown: dict[str, dict[str, Any]] = {}
    for order, item in enumerate(items):
        item.pop("key")
        target = item.pop("edit_of", None)
        if target and target in shown:
            shown[target].update(text=item["text"], buttons=item["buttons"], edited=True)
            continue
        item["order"] = order
        shown[item["id"]] = item
    return {"messages": list(shown.values()), "now": runtime.clock.now().isoformat()}


@router.get("/playground/api/files/{file_id}")
def file(file_id: str, runtime: HostDep) -> Response:
    """A file the bot sent on the page, with its type; 404 for any other."""
    with session_scope(runtime.engine) as session:
        row = outbound_files.get_outbound_file_sent_on(
            session=session, platform=PLATFORM, file_id=file_id
        )
        found = (row.data, row.mime, row.name) if row is not None else None
    if found is None:
        raise HTTPException(404, "no such file was sent on the playground")
    data, mime, name = found
    disposition = "inline" if mime.startswith("image/") else "attachment"
    return Response(
        data,
        media_type=mime,
        headers={
            "Content-Disposition": f'{disposition}; filename="{_safe_name(name)}"',
            "Cache-Control": "private, max-age=3600",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": _FILE_POLICY,
        },
    )


# Nothing in a served file may run; the browser's own full-size image view needs its image and
# its inline style.
_FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.\- ]", "_", name)[:200] or "file"


@router.post("/playground/api/clock")
def clock(body: ClockIn, runtime: HostDep) -> dict[str, Any]:
    """Move the dev clock (refused unless the dev clock is on)."""
    clock = runtime.clock
    if not runtime.settings.dev_clock_enabled or not hasattr(clock, "advance"):
        raise HTTPException(403, "the dev clock is off; set FLOWHUB_DEV_CLOCK=true (dev only)")
    tick = getattr(runtime, "tick", None)
    if body.reset and hasattr(clock, "reset"):
        now = clock.reset()
    else:
        target = clock.now() + timedelta(minutes=body.advance_minutes)
        if callable(tick):
            _step_through(runtime, target, tick)
        now = clock.advance(max(target - clock.now(), timedelta(0)))
    if callable(tick):
        tick()
    return {"now": now.isoformat()}


def _step_through(runtime: Any, target: datetime, tick: Any) -> None:
    """Stop the clock at each reminder due before `target` and fire it then, as time would."""
    for _ in range(MAX_CLOCK_STOPS):
        with session_scope(runtime.engine) as session:
            due = reminders.next_due_at(session=session, until=target)
        now = runtime.clock.now()
        if due is None:
            return
        if due > now:
            runtime.clock.advance(due - now)
        if not tick() and due <= now:
            return  # due but nothing fired: leave it to the final tick


def mount_static(app: FastAPI) -> None:
    """Serve the page's own assets (no CDN: the playground works offline)."""
    app.mount("/playground/static", StaticFiles(directory=STATIC_DIR), name="playground-static")
