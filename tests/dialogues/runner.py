"""Load the dialogue corpus and play a dialogue against the app through the playground API.

Each dialogue runs on a fresh database with a fixed clock set to its `start`; turns are sent with
`POST /playground/api/send` and `/press`, clock moves with `/clock`, replies are read back with
`GET /playground/api/messages`, and the resulting tasks, reminders and cards are read from the
database. `tests/dialogues/README.md` describes the format and the expectation words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from flowhub.bot.app import build_runtime, create_app
from flowhub.bot.clock import FixedClock
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors.playground import PlaygroundConnector
from flowhub.settings import Settings
from flowhub.storage import Identity, Person, Proposal, Reminder, Task, make_engine, session_scope
from tests.auxil.templates import migrated_sqlite_url
from tests.dialogues import files

ROOT = Path(__file__).resolve().parent
KNOWN_GAPS = ROOT / "known_gaps.txt"
PEOPLE = ("ana", "sam", "priya")
CHATS = ("dm-ana", "dm-sam", "dm-priya", "group-team")
_TURN_KEYS = {"who", "chat", "says", "long", "presses", "on", "reply_to", "forwarded"}
_TURN_KEYS |= {"forwarded_from", "advance", "expect", "note", "sends"}
_BLOCK_KEYS = {"chat", "replies", "has", "has_any", "lacks", "buttons", "no_buttons", "state"}
_BLOCK_KEYS |= {"image"}
_STATE_KEYS = {"tasks", "task_count", "no_tasks", "reminders", "reminder_count", "cards"}
_STATE_KEYS |= {"zones"}
_TASK_KEYS = {"title", "status", "due", "due_date", "due_time", "assignee", "creator"}
_TASK_KEYS |= {"priority", "recurs", "zone", "assignment"}
_REMINDER_KEYS = {"text", "for", "status", "at", "at_date", "at_time", "recurs", "zone"}
_STATUS_WORDS = {"deleted": "discarded", "cancelled": "discarded", "canceled": "discarded"}
_EMOJI = re.compile(r"[^\w\s'’-]+")


class _Loader(yaml.SafeLoader):
    """YAML without the 1.1 booleans: `on:` stays a key and `says: yes` stays the word yes."""


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's parser, several times faster; every test process reads the whole
    corpus. libyaml refuses a few plain scalars the Python parser takes (`[done:]`): those
    files are read by `_Loader`."""


for _loader in (_Loader, _FastLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|false|False)$"), list("tTfF")
    )


def _read(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)


class DialogueError(ValueError):
    """A dialogue file that does not follow the format."""


class DialogueFailed(AssertionError):
    """A dialogue whose replies or state did not show an expected fact."""


@dataclass(frozen=True)
class Dialogue:
    """One dialogue from the corpus."""

    id: str
    cls: str
    description: str
    start: datetime
    turns: tuple[dict[str, Any], ...]
    path: Path

    @property
    def person_turns(self) -> int:
        """How many turns a person takes (messages and presses)."""
        return sum("who" in t for t in self.turns)

    @property
    def chats(self) -> tuple[str, ...]:
        """Every chat the dialogue types into or looks at."""
        seen: list[str] = []
        for turn in self.turns:
            for block in _blocks(turn):
                seen.append(block.get("chat", turn.get("chat", "")))
            seen.append(turn.get("chat", ""))
        return tuple(c for c in CHATS if c in seen)


def load_all(root: Path = ROOT) -> list[Dialogue]:
    """Every dialogue under `root`/<class>/*.yaml, checked for shape, ids unique."""
    found: list[Dialogue] = []
    for path in sorted(root.glob("*/*.yaml")):
        try:
            docs = _read(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            raise DialogueError(f"{path}: not valid YAML: {exc}") from exc
        for raw in docs if isinstance(docs, list) else [docs]:
            found.append(_dialogue(raw, path))
    ids = [d.id for d in found]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise DialogueError(f"dialogue ids used twice: {', '.join(dupes)}; make each id unique")
    return found


def known_gaps(path: Path = KNOWN_GAPS) -> dict[str, str]:
    """The dialogues expected to fail today: id -> class."""
    gaps: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ident, _, cls = line.partition(" ")
            gaps[ident] = cls.strip()
    return gaps


def _dialogue(raw: Any, path: Path) -> Dialogue:
    where = f"{path.name}: {raw.get('id', '?') if isinstance(raw, dict) else raw!r}"
    if not isinstance(raw, dict) or not {"id", "class", "turns"} <= raw.keys():
        raise DialogueError(f"{where}: a dialogue needs id, class and turns")
    if raw["class"] != path.parent.name:
        raise DialogueError(f"{where}: class {raw['class']!r} but the file is in {path.parent}")
    start = raw.get("start", "2026-03-04T09:00:00Z")
    start_at = start if isinstance(start, datetime) else datetime.fromisoformat(str(start))
    if start_at.tzinfo is None:
        raise DialogueError(f"{where}: start {start!r} has no zone; write it in UTC with Z")
    for turn in raw["turns"]:
        _check_turn(turn, where)
    return Dialogue(
        id=str(raw["id"]),
        cls=str(raw["class"]),
        description=str(raw.get("description", "")),
        start=start_at.astimezone(UTC),
        turns=tuple(raw["turns"]),
        path=path,
    )


def _check_turn(turn: Any, where: str) -> None:
    if not isinstance(turn, dict) or not turn.keys() <= _TURN_KEYS:
        extra = sorted(set(turn) - _TURN_KEYS) if isinstance(turn, dict) else turn
        raise DialogueError(f"{where}: unknown turn keys {extra}")
    actions = [k for k in ("says", "long", "presses", "advance", "sends") if k in turn]
    if len(actions) != 1:
        raise DialogueError(f"{where}: a turn says, sends, presses or advances (one): {turn}")
    problem = files.check(turn["sends"], where) if "sends" in turn else None
    if problem:
        raise DialogueError(problem)
    if "advance" not in turn and (turn.get("who") not in PEOPLE or turn.get("chat") not in CHATS):
        raise DialogueError(f"{where}: who must be one of {PEOPLE}, chat one of {CHATS}: {turn}")
    for block in _blocks(turn):
        if not block.keys() <= _BLOCK_KEYS:
            raise DialogueError(f"{where}: unknown expect keys {sorted(set(block) - _BLOCK_KEYS)}")
        state = block.get("state", {})
        if not state.keys() <= _STATE_KEYS:
            raise DialogueError(f"{where}: unknown state keys {sorted(set(state) - _STATE_KEYS)}")
        for task in state.get("tasks", []):
            if not task.keys() <= _TASK_KEYS:
                raise DialogueError(f"{where}: unknown task keys {sorted(set(task) - _TASK_KEYS)}")
        for rem in state.get("reminders", []):
            if not rem.keys() <= _REMINDER_KEYS:
                bad = sorted(set(rem) - _REMINDER_KEYS)
                raise DialogueError(f"{where}: unknown reminder keys {bad}")


def _blocks(turn: dict[str, Any]) -> list[dict[str, Any]]:
    expect = turn.get("expect") or []
    return expect if isinstance(expect, list) else [expect]


# --- databases ----------------------------------------------------------------------------------


def sqlite_url(directory: Path) -> str:
    """A fresh, migrated SQLite database in `directory`."""
    return migrated_sqlite_url(directory)


# --- playing ------------------------------------------------------------------------------------


@dataclass
class _Seen:
    """What a chat showed after the previous turn: message id -> (text, button labels)."""

    shown: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass
class Player:
    """Plays one dialogue through a TestClient and checks its expectations."""

    dialogue: Dialogue
    client: TestClient
    runtime: Runtime
    log: list[str] = field(default_factory=list)
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    seen: dict[str, _Seen] = field(default_factory=dict)

    def play(self) -> None:
        """Run every turn; raise DialogueFailed with the transcript at the first miss."""
        for chat in self.dialogue.chats:
            self._refresh(chat)
        for number, turn in enumerate(self.dialogue.turns, 1):
            self.log.append(f"-- turn {number}: {self._describe(turn)}")
            replies = self._act(turn)
            for chat, items in replies.items():
                for item in items:
                    self.log.append(_render(chat, item))
            for block in _blocks(turn):
                target = block.get("chat", turn.get("chat"))
                if target is None and block.keys() - {"state"}:
                    self._fail(number, "an expect block after a clock move needs `chat`")
                problem = _check_replies(block, replies.get(target or "", []))
                problem = problem or self._check_state(block.get("state", {}))
                if problem:
                    self._fail(number, f"[{target}] {problem}")

    def _act(self, turn: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        if "advance" in turn:
            response = self.client.post(
                "/playground/api/clock", json={"advance_minutes": int(turn["advance"])}
            )
        elif "presses" in turn:
            target = self._find(turn["chat"], turn.get("on", "last"), button=turn["presses"])
            button = _button(target, turn["presses"])
            response = self.client.post(
                "/playground/api/press",
                json={
                    "person": turn["who"],
                    "chat": turn["chat"],
                    "message_id": target["id"],
                    "button_id": button["id"],
                    "label": button["label"],
                },
            )
        else:
            body: dict[str, Any] = {
                "person": turn["who"],
                "chat": turn["chat"],
                "text": _text_of(turn),
                "forwarded": bool(turn.get("forwarded") or turn.get("forwarded_from")),
                "forwarded_from": turn.get("forwarded_from"),
            }
            if "reply_to" in turn:
                body["reply_to"] = self._find(turn["chat"], turn["reply_to"])["id"]
            if "sends" in turn:
                body["file"] = files.upload(turn["sends"])
            response = self.client.post("/playground/api/send", json=body)
        if response.status_code != 200:
            self._fail(0, f"the playground answered {response.status_code}: {response.text}")
        return {chat: self._refresh(chat) for chat in self.dialogue.chats}

    def _refresh(self, chat: str) -> list[dict[str, Any]]:
        """Read the chat; return the bot messages that are new or changed since last time."""
        response = self.client.get("/playground/api/messages", params={"chat": chat})
        messages: list[dict[str, Any]] = response.json()["messages"]
        self.messages[chat] = messages
        seen = self.seen.setdefault(chat, _Seen())
        changed = []
        for m in messages:
            if m["from"] != "bot":
                continue
            now = (m["text"], tuple(b["label"] for b in m["buttons"]))
            if seen.shown.get(m["id"]) != now:
                changed.append(m)
            seen.shown[m["id"]] = now
        return changed

    def _find(self, chat: str, which: str, *, button: str | None = None) -> dict[str, Any]:
        """The message `which` names: "last", "last card" or a text fragment, newest first."""
        if chat not in self.messages:
            self._refresh(chat)
        for m in reversed(self.messages[chat]):
            if m["from"] != "bot":
                continue
            if button is not None and _button(m, button, required=False) is None:
                continue
            if which == "last card" and _button(m, "confirm", required=False) is None:
                continue
            if which not in ("last", "last card") and which.lower() not in m["text"].lower():
                continue
            return m
        self._fail(0, f"no bot message in {chat} matches on={which!r} with button={button!r}")
        raise AssertionError  # unreachable: _fail raises

    def _check_state(self, state: dict[str, Any]) -> str | None:
        if not state:
            return None
        with session_scope(self.runtime.engine) as session:
            people = {
                ident.external_id: session.get(Person, ident.person_id)
                for ident in session.exec(select(Identity))
            }
            by_id = {p.id: name for name, p in people.items() if p is not None}
            zones = {name: p.timezone for name, p in people.items() if p is not None}
            tasks = list(session.exec(select(Task).order_by(Task.id)))  # type: ignore[arg-type]
            reminders = list(session.exec(select(Reminder).order_by(Reminder.id)))  # type: ignore[arg-type]
            cards = [p for p in session.exec(select(Proposal)) if p.status == "pending"]
        world = _World(by_id=by_id, zones=zones)
        live_tasks = [t for t in tasks if t.status != "discarded"]
        live_reminders = [r for r in reminders if r.status in ("active", "waiting")]
        if "task_count" in state and len(live_tasks) != state["task_count"]:
            return f"expected {state['task_count']} tasks, found {world.tasks(live_tasks)}"
        if "reminder_count" in state and len(live_reminders) != state["reminder_count"]:
            found = world.reminders(live_reminders)
            return f"expected {state['reminder_count']} active reminders, found {found}"
        if "cards" in state and len(cards) != state["cards"]:
            titles = [c.title for c in cards]
            return f"expected {state['cards']} pending cards, found {len(cards)}: {titles}"
        for fragment in state.get("no_tasks", []):
            hits = [t for t in live_tasks if fragment.lower() in t.title.lower()]
            if hits:
                return f"expected no task titled like {fragment!r}, found {world.tasks(hits)}"
        for name, zone in (state.get("zones") or {}).items():
            if zones.get(name) != zone:
                return f"expected {name}'s zone {zone}, found {zones.get(name)}"
        free = list(tasks)
        for want in state.get("tasks", []):
            hit = next((t for t in free if world.task_matches(t, want)), None)
            if hit is None:
                return f"no task matches {want}; tasks: {world.tasks(tasks)}"
            free.remove(hit)
        free_r = list(reminders)
        for want in state.get("reminders", []):
            hit_r = next((r for r in free_r if world.reminder_matches(r, want)), None)
            if hit_r is None:
                return f"no reminder matches {want}; reminders: {world.reminders(reminders)}"
            free_r.remove(hit_r)
        return None

    def _describe(self, turn: dict[str, Any]) -> str:
        if "advance" in turn:
            return f"clock +{turn['advance']} min"
        if "presses" in turn:
            return f"{turn['who']}@{turn['chat']} presses {turn['presses']!r} on {turn.get('on')!r}"
        if "sends" in turn:
            sent = turn["sends"]
            kind = next(k for k in files.CONTENTS if k in sent)
            text = f"[{kind} file {sent.get('name', '')}] {sent.get('caption', '')}".rstrip()
        elif "says" in turn:
            text = turn["says"]
        else:
            text = f"<{len(long_text(turn['long']))} chars>"
        extra = " (forwarded)" if turn.get("forwarded") or turn.get("forwarded_from") else ""
        extra += f" (reply to {turn['reply_to']!r})" if "reply_to" in turn else ""
        return f"{turn['who']}@{turn['chat']}{extra}: {_short(text)}"

    def _fail(self, number: int, problem: str) -> None:
        head = f"dialogue {self.dialogue.id} ({self.dialogue.path.name})"
        where = f"turn {number}" if number else "setup"
        transcript = "\n".join(self.log)
        raise DialogueFailed(f"{head}, {where}: {problem}\n\ntranscript:\n{transcript}")


@dataclass
class _World:
    """People by id and zone, to read rows the way the dialogues name them."""

    by_id: dict[int | None, str]
    zones: dict[str, str]

    def zone(self, name: str | None, default_id: int | None) -> ZoneInfo:
        if name:
            return ZoneInfo(self.zones.get(name, name))
        return ZoneInfo(self.zones.get(self.by_id.get(default_id, ""), "UTC"))

    def task_matches(self, task: Task, want: dict[str, Any]) -> bool:
        status = _STATUS_WORDS.get(want.get("status", ""), want.get("status"))
        if status is None and task.status == "discarded":
            return False
        assignee = self.by_id.get(task.assignee_id) or (task.assignee_name or "").lower() or None
        checks = [
            want.get("title", "").lower() in task.title.lower(),
            status is None or task.status == status,
            "assignee" not in want or str(want["assignee"]).lower() == str(assignee).lower(),
            "creator" not in want or want["creator"] == self.by_id.get(task.creator_id),
            "priority" not in want or want["priority"] == task.priority,
            "recurs" not in want or bool(want["recurs"]) == bool(task.rrule),
            "assignment" not in want or want["assignment"] == task.assignment,
        ]
        zone = self.zone(want.get("zone"), task.creator_id)
        checks.append(_when_matches(task.due_at, zone, want, "due"))
        return all(checks)

    def reminder_matches(self, rem: Reminder, want: dict[str, Any]) -> bool:
        status = want.get("status", "active")
        checks = [
            want.get("text", "").lower() in rem.text.lower(),
            status == "any" or rem.status == {"deleted": "cancelled"}.get(status, status),
            "for" not in want or want["for"] == self.by_id.get(rem.person_id),
            "recurs" not in want or bool(want["recurs"]) == bool(rem.rrule),
        ]
        zone = self.zone(want.get("zone"), rem.person_id)
        checks.append(_when_matches(rem.next_at, zone, want, "at"))
        return all(checks)

    def tasks(self, rows: list[Task]) -> str:
        return (
            "; ".join(
                f"{t.title!r} {t.status} due={_utc(t.due_at)}"
                f" creator={self.by_id.get(t.creator_id)}"
                f" assignee={self.by_id.get(t.assignee_id) or t.assignee_name} ({t.assignment})"
                for t in rows
            )
            or "none"
        )

    def reminders(self, rows: list[Reminder]) -> str:
        return (
            "; ".join(
                f"{r.text!r} {r.status} for={self.by_id.get(r.person_id)} next={_utc(r.next_at)}"
                f" tz={r.tz} rrule={r.rrule}"
                for r in rows
            )
            or "none"
        )


def _when_matches(at: datetime | None, zone: ZoneInfo, want: dict[str, Any], key: str) -> bool:
    """`due: none`, `due_date: 2026-03-06`, `due_time: "16:00"` (and `at…` for reminders)."""
    if key in want and want[key] in (None, "none"):
        return at is None
    if not ({key, f"{key}_date", f"{key}_time"} & want.keys()):
        return True
    if at is None:
        return False
    local = at.astimezone(zone)
    if key in want and local.strftime("%Y-%m-%d %H:%M") != str(want[key]):
        return False
    if f"{key}_date" in want and local.date().isoformat() != str(want[f"{key}_date"]):
        return False
    return f"{key}_time" not in want or local.strftime("%H:%M") == str(want[f"{key}_time"])


def _check_replies(block: dict[str, Any], replies: list[dict[str, Any]]) -> str | None:
    texts = [r["text"].lower() for r in replies]
    count = block.get("replies")
    if count is not None:
        wanted = str(count)
        if wanted.endswith("+"):
            if len(replies) < int(wanted[:-1]):
                return f"expected at least {wanted[:-1]} replies, got {len(replies)}"
        elif len(replies) != int(wanted):
            return f"expected {wanted} replies, got {len(replies)}"
    for fragment in block.get("has", []):
        if not any(str(fragment).lower() in t for t in texts):
            return f"no reply contains {fragment!r}"
    alternatives = block.get("has_any", [])
    if alternatives and not any(str(a).lower() in t for a in alternatives for t in texts):
        return f"no reply contains any of {alternatives}"
    for fragment in block.get("lacks", []):
        if any(str(fragment).lower() in t for t in texts):
            return f"a reply contains {fragment!r}, which it should not"
    for label in block.get("buttons", []):
        if not any(_button(r, label, required=False) for r in replies):
            return f"no reply has a button {label!r}"
    if block.get("no_buttons") and any(r["buttons"] for r in replies):
        return "a reply has buttons, expected none"
    pictured = any(r.get("images") for r in replies)
    if "image" in block and pictured != bool(block["image"]):
        return "no reply has an image" if block["image"] else "a reply has an image, expected none"
    return None


def _button(message: dict[str, Any], label: str, *, required: bool = True) -> Any:
    want = _EMOJI.sub("", label).strip().lower()
    for b in message["buttons"]:
        if want in _EMOJI.sub("", b["label"]).strip().lower():
            return b
    if required:
        labels = [b["label"] for b in message["buttons"]]
        raise DialogueFailed(f"message {message['id']} has no button {label!r}; it has {labels}")
    return None


def _text_of(turn: dict[str, Any]) -> str:
    if "sends" in turn:
        return str(turn["sends"].get("caption", ""))
    return str(turn["says"]) if "says" in turn else long_text(turn["long"])


def long_text(spec: dict[str, Any]) -> str:
    """`long: {head, filler, size, tail}`: head, filler lines up to `size` characters, tail."""
    lines = [spec.get("head", "")]
    total, n = 0, 0
    size = int(spec.get("size", 50_000))
    while total < size:
        n += 1
        line = str(spec.get("filler", "lorem ipsum {n}")).format(n=n)
        lines.append(line)
        total += len(line) + 1
    lines.append(spec.get("tail", ""))
    return "\n".join(x for x in lines if x)


def _render(chat: str, item: dict[str, Any]) -> str:
    buttons = " ".join(f"[{b['label']}]" for b in item["buttons"])
    edited = " (edited)" if item.get("edited") else ""
    return f"   bot@{chat}{edited}: {_short(item['text'])} {buttons}".rstrip()


def _short(text: str, limit: int = 600) -> str:
    flat = text.replace("\n", " ⏎ ")
    return flat if len(flat) <= limit else f"{flat[:limit]}… ({len(text)} chars)"


def _utc(at: datetime | None) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ") if at else "none"


@contextmanager
def app_on(
    database_url: str, start: datetime, data_dir: Path, *, engine: Engine | None = None
) -> Iterator[tuple[TestClient, Runtime]]:
    """The app with the playground on, a clock fixed at `start`, jobs run inline.

    A given `engine` (on `database_url`) is used and left open; otherwise one is made and closed.
    """
    settings = Settings(
        data_dir=data_dir, default_timezone="Europe/Berlin", dev_clock=True, _env_file=None
    )
    own = engine is None
    engine = make_engine(database_url) if engine is None else engine
    runtime = build_runtime(
        settings,
        clock=FixedClock(start),
        queue=InlineQueue(),
        engine=engine,
        connectors={"playground": PlaygroundConnector()},
        background_scheduler=False,
    )
    try:
        with TestClient(create_app(settings, runtime=runtime)) as client:
            yield client, runtime
    finally:
        if own:
            engine.dispose()


def play(
    dialogue: Dialogue, database_url: str, data_dir: Path, *, engine: Engine | None = None
) -> None:
    """Play `dialogue` on the (fresh) database; raise DialogueFailed on the first miss."""
    with app_on(database_url, dialogue.start, data_dir, engine=engine) as (client, runtime):
        Player(dialogue, client, runtime).play()
