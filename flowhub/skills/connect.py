"""Task tools in chat: connect, list, disconnect, pick the default, push one task, retry.

"connect jira" explains what is needed and where to get it; the next message in that thread
holds the values, or they follow the tool's name in one message ("connect webhook https://...").
The skill never reads or stores them itself: it hands the message to the "connect:<tool>" job,
which blanks it in the inbox, checks the values with the tool, and stores them encrypted
(`flowhub.skills.connect_jobs` over `flowhub.integrations.connecting`).

Connected tools are personal. Connecting is done only in a private chat, so every connection
has one owner, the person who made it; there are no group connections. "integrations",
"disconnect <tool>", "make <tool> the default", "push 2 to <tool>" and "retry pushes" see and
act on the asker's own connections only, from whatever chat they ask. Each person has their own
default tool, which receives their own confirmed tasks (`flowhub.skills.push`); pushing
one task by hand also needs the asker to be allowed to change that task.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Reply
from flowhub.integrations import INTEGRATIONS, connecting
from flowhub.skills import connect_jobs, push
from flowhub.skills import connect_words as words
from flowhub.skills.context import Context
from flowhub.skills.jobs import connect_job, sign_in_job
from flowhub.skills.refer import replied_ref
from flowhub.skills.words import NOT_YOURS
from flowhub.storage import (
    IntegrationConnection,
    access,
    id_of,
    integrations,
    proposals,
    tasks,
)

PASTE_WINDOW = timedelta(minutes=30)
FEED = connecting.FEED
ALIASES: dict[str, str] = connecting.TOOL_NAMES
_TOOL = r"(?P<tool>[\w.\- ]+?)"
_CONNECT = re.compile(
    rf"^\s*(?P<verb>connect|link|hook up|set\s*up)\s+(?:to\s+|my\s+)?{_TOOL}"
    r"(?:\s+integration)?\s*[.!]*$",
    re.I,
)
# "connect webhook https://..." in one message: the values follow the tool's name.
_CONNECT_WITH = re.compile(
    r"^\s*(?:connect|link|hook up|set\s*up)\s+(?:to\s+|my\s+)?(?P<rest>\S.*)$", re.I | re.S
)
_NO_VALUES = re.compile(r"^(?:integration)?\s*[.!]*$", re.I)
_LIST = re.compile(
    r"^\s*(?:integrations|connections|connected tools|my (?:integrations|tools|connections)|"
    r"connect|what(?:'s| is) connected)\s*[?.!]*$",
    re.I,
)
_DISCONNECT = re.compile(rf"^\s*(?:disconnect|unlink)\s+(?:from\s+|my\s+)?{_TOOL}\s*[.!]*$", re.I)
_DEFAULT = re.compile(
    rf"^\s*(?:(?:make|set)\s+{_TOOL}\s+(?:as\s+)?(?:the\s+|my\s+)?default|"
    rf"use\s+(?P<tool2>[\w.\- ]+?)\s+(?:by default|as (?:the\s+)?default))\s*[.!]*$",
    re.I,
)
_PUSH = re.compile(
    r"^\s*(?:push|send|sync)\s+(?:(?P<nums>#?\d+(?:\s*(?:,|and|&)?\s*#?\d+)*)\s+|(?:it|this|that)\s+)?"
    rf"to\s+{_TOOL}\s*[.!]*$",
    re.I,
)
_RETRY = re.compile(r"^\s*retry\s+(?:the\s+|my\s+)?(?:pushes|push|syncs?)\s*[.!]*$", re.I)
_STOP = frozenset(["stop", "cancel", "never mind", "nevermind", "nvm", "abort", "forget it"])


def handle(ctx: Context) -> list[Reply] | None:
    """Answer the integration commands; take the values pasted after "connect <tool>"."""
    text = ctx.text.strip()
    pending = _pending(ctx)
    if pending is not None:
        replies = _take_values(ctx, pending, text)
        if replies is not None:
            return replies
    if _LIST.match(text):
        return [_list(ctx)]
    if _RETRY.match(text):
        return [_retry(ctx)]
    if (named := _with_values(text)) is not None:
        return _connect_with_values(ctx, named)
    if m := _CONNECT.match(text):
        kind = _kind(m.group("tool"))
        if kind is None and not _asks_for_a_tool(m):
            return None  # "set up the projector for monday" is a task, not a tool
        if kind is None:
            known = ", ".join(cls.title for cls in INTEGRATIONS.values())
            return [Reply(words.UNKNOWN_TOOL.format(name=m.group("tool"), known=known))]
        return _connect(ctx, kind)
    for pattern, action in ((_DISCONNECT, _disconnect), (_DEFAULT, _make_default)):
        if m := pattern.match(text):
            kind = _kind(m.group("tool") or m.groupdict().get("tool2") or "")
            return [action(ctx, kind)] if kind else None
    if m := _PUSH.match(text):
        kind = _kind(m.group("tool"))
        return _push(ctx, kind, m.group("nums")) if kind and kind != FEED else None
    return None


def _asks_for_a_tool(m: re.Match[str]) -> bool:
    """Whether "connect X" with an unknown X still reads as asking for a tool by name."""
    return m.group("verb").casefold() == "connect" and len(m.group("tool").split()) <= 2


def _kind(name: str) -> str | None:
    key = re.sub(r"\s+", " ", name.strip().casefold()).removeprefix("the ")
    if key in ALIASES:
        return ALIASES[key]
    return key if key in INTEGRATIONS else None


def _title(kind: str) -> str:
    cls = INTEGRATIONS.get(kind)
    return cls.title if cls else words.FEED_TITLE.format()


def _pending(ctx: Context) -> str | None:
    state = ctx.thread.connecting
    if not state:
        return None
    try:
        started = datetime.fromisoformat(str(state.get("at")))
    except ValueError:
        started = ctx.now - 2 * PASTE_WINDOW
    kind = str(state.get("kind", ""))
    if ctx.now - started > PASTE_WINDOW or kind not in INTEGRATIONS:
        ctx.thread.connecting = None
        return None
    return kind


def _take_values(ctx: Context, kind: str, text: str) -> list[Reply] | None:
    """The message after "connect <tool>": hand it to the connect job, or cancel."""
    ctx.thread.connecting = None
    if text.casefold().rstrip(".!") in _STOP:
        return [Reply(words.CANCELLED.format(tool=_title(kind)))]
    if (
        text.endswith("?")
        or _LIST.match(text)
        or _CONNECT.match(text)
        or _with_values(text) is not None
    ):
        return None  # a question or another command, not the values: let it be answered
    if ctx.inbox_id is None:
        return None
    ctx.later(connect_job(kind), ctx.inbox_id)
    return [Reply(words.CHECKING.format(tool=_title(kind)))]


def _with_values(text: str) -> str | None:
    """The tool of "connect <tool> <values>" in one message, if `text` is that."""
    m = _CONNECT_WITH.match(text)
    named = connecting.tool_named(m.group("rest")) if m else None
    if named is None or _NO_VALUES.match(named[1]):
        return None
    return named[0]


def _connect_with_values(ctx: Context, kind: str) -> list[Reply]:
    """Values written after the tool's name go to the same job as values pasted after a prompt."""
    cls = INTEGRATIONS.get(kind)
    if cls is None or not cls.setup:
        return _connect(ctx, kind)
    if ctx.chat.kind != "direct":
        if ctx.inbox_id is not None:  # the values were meant to stay private: keep none of them
            integrations.redact_inbox_event(
                session=ctx.session, event_id=ctx.inbox_id, text=connecting.redacted(kind)
            )
        return [Reply(words.PRIVATE_ONLY.format(kind=kind))]
    if ctx.inbox_id is None:
        return []
    ctx.thread.connecting = None
    ctx.later(connect_job(kind), ctx.inbox_id)
    return [Reply(words.CHECKING.format(tool=cls.title))]


def _connect(ctx: Context, kind: str) -> list[Reply]:
    if ctx.chat.kind != "direct":
        return [Reply(words.PRIVATE_ONLY.format(kind=kind))]
    if ctx.inbox_id is None:
        return []
    if kind == FEED:
        ctx.later(connect_job(FEED), ctx.inbox_id)
        return [Reply(words.FEED_COMING)]
    cls = INTEGRATIONS[kind]
    help_text = cls.help.replace("{public_url}", "<FlowHub's address>")
    if cls.oauth:
        ctx.later(sign_in_job(kind), ctx.inbox_id)
    if not any(field.secret for field in cls.setup):
        return [Reply(words.PROMPT_SIGN_IN.format(tool=cls.title, help=help_text))]
    lines = [
        f"{n}. {field.label}"
        + (words.SECRET_MARK if field.secret else "")
        + (words.OPTIONAL_MARK if field.optional else "")
        for n, field in enumerate(cls.setup, 1)
    ]
    if cls.oauth:
        help_text += words.PROMPT_ALSO_SIGN_IN.format(tool=cls.title)
    ctx.thread.connecting = {"kind": kind, "at": ctx.now.isoformat()}
    return [Reply(words.PROMPT.format(tool=cls.title, fields="\n".join(lines), help=help_text))]


def _list(ctx: Context) -> Reply:
    rows = _own(ctx)
    known = ", ".join(cls.title for cls in INTEGRATIONS.values())
    if not rows:
        return Reply(words.NONE_CONNECTED.format(known=known))
    waiting: dict[int, int] = {}
    for link in integrations.get_unfinished_links(
        session=ctx.session, workspace_id=ctx.workspace_id, person_id=ctx.person_id
    ):
        waiting[link.connection_id] = waiting.get(link.connection_id, 0) + 1
    lines = [words.LIST_TITLE.format()]
    for n, row in enumerate(rows, 1):
        if row.kind == FEED:
            lines.append(words.LIST_FEED.format(n=n))
            continue
        state = ""
        if row.status != "active":
            state = words.LIST_RECONNECT.format(kind=row.kind)
        elif waiting.get(id_of(row)):
            state = words.LIST_WAITING.format(waiting[id_of(row)])
        lines.append(
            words.LIST_LINE.format(
                n=n,
                tool=_title(row.kind),
                target=_target(row),
                default=words.LIST_DEFAULT if row.is_default else "",
                state=state,
            )
        )
    text = "\n".join(lines) + words.LIST_HINT
    if not any(r.is_default for r in rows):
        text += words.NO_DEFAULT_HINT
    return Reply(text)


def _target(row: IntegrationConnection) -> str:
    for key in ("project", "repo", "team", "board_name", "database_title", "list_id", "url"):
        value = row.config.get(key)
        if value:
            return f" ({str(value).split('?', 1)[0]})"
    return ""


def _own(ctx: Context, kind: str | None = None) -> list[IntegrationConnection]:
    """The asker's connections: the only ones they may list, change or push to."""
    return integrations.get_connections(
        session=ctx.session, workspace_id=ctx.workspace_id, kind=kind, person_id=ctx.person_id
    )


def _find(ctx: Context, kind: str) -> IntegrationConnection | None:
    rows = _own(ctx, kind)
    return rows[0] if rows else None


def _disconnect(ctx: Context, kind: str) -> Reply:
    row = _find(ctx, kind)
    if row is None:
        return Reply(words.NOT_CONNECTED.format(tool=_title(kind), kind=kind))
    was_default = row.is_default
    # Owned by no one, the row only waits for its webhook to be deleted in the tool.
    integrations.update_connection(
        session=ctx.session, connection=row, person_id=None, is_default=False, status="removing"
    )
    ctx.later(connect_jobs.remove_hook, id_of(row))
    text = words.DISCONNECTED.format(tool=_title(kind))
    return Reply(text + (words.DISCONNECTED_DEFAULT if was_default else ""))


def _make_default(ctx: Context, kind: str) -> Reply:
    if kind == FEED:
        return Reply(words.FEED_NOT_DEFAULT)
    row = _find(ctx, kind)
    if row is None:
        return Reply(words.NOT_CONNECTED.format(tool=_title(kind), kind=kind))
    integrations.set_default_connection(session=ctx.session, connection=row)
    return Reply(words.DEFAULT_SET.format(tool=_title(kind)))


def _push(ctx: Context, kind: str, numbers: str | None) -> list[Reply]:
    row = _find(ctx, kind)
    if row is None:
        return [Reply(words.NOT_CONNECTED.format(tool=_title(kind), kind=kind))]
    task_ids: list[int] = []
    if numbers:
        wanted = [int(n) for n in re.findall(r"\d+", numbers)]
        found = [ctx.thread.task_at(n) if ctx.thread.list_kind == "tasks" else None for n in wanted]
        missing = [str(n) for n, i in zip(wanted, found, strict=True) if i is None]
        if missing:
            return [Reply(words.NO_SUCH_TASK.format(numbers=", ".join(missing)))]
        task_ids = [i for i in found if i is not None]
    elif (task_id := _replied_task(ctx)) is not None:
        task_ids = [task_id]
    if not task_ids:
        return [Reply(words.PUSH_WHICH.format(kind=kind))]
    chosen = [
        t
        for t in tasks.get_tasks_by_ids(session=ctx.session, task_ids=task_ids)
        if access.may_touch_task(ctx.viewer, t)
    ]
    if len(chosen) != len(set(task_ids)):
        return [Reply(NOT_YOURS)]
    for task in chosen:
        link = integrations.get_or_create_link(
            session=ctx.session, task_id=id_of(task), connection_id=id_of(row), now=ctx.now
        )
        if link.status == "skipped":
            integrations.update_link(session=ctx.session, link=link, now=ctx.now, status="pending")
        ctx.later(push.push_task, id_of(task))
    titles = ", ".join(f"“{t.title}”" for t in chosen)
    return [Reply(words.PUSHING.format(tool=_title(kind), titles=titles))]


def _replied_task(ctx: Context) -> int | None:
    """The task shown by the message this one replies to (a saved card or its proposal)."""
    kind, number = replied_ref(ctx)
    if not number.isdigit():
        return None
    if kind == "task":
        return int(number)
    if kind == "proposal":
        proposal = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        return proposal.task_id if proposal else None
    return None


def _retry(ctx: Context) -> Reply:
    waiting = integrations.get_unfinished_links(
        session=ctx.session, workspace_id=ctx.workspace_id, person_id=ctx.person_id
    )
    if not waiting:
        return Reply(words.NOTHING_TO_RETRY)
    for task_id in sorted({link.task_id for link in waiting}):
        ctx.later(push.push_task, task_id)
    return Reply(words.RETRYING)
