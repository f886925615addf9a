"""The open multi-step flow: it lapses after a while, and "cancel" ends it and nothing else."""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.conversations.thread import FLOW_MINUTES
from flowhub.i18n import Text
from flowhub.integrations import INTEGRATIONS
from flowhub.skills import connect_words, edit_words, words
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.storage import proposals

# What pasted setup values look like: "name: value" lines, long tokens, addresses, URLs.
_VALUES = re.compile(
    r"^\s*[\w .-]{1,30}\s*[:=]\s*\S|(?=\S*\d)[\w\-.:/]{12,}|\S+@\S+\.\w+|https?://|\w+/\w+",
    re.I | re.M,
)
NOTHING_TO_CANCEL = Text("Nothing is in progress, so there's nothing to cancel.")
_CANCEL = re.compile(
    r"^\s*(?:cancel|stop|never\s*mind|nvm|forget it|quit|exit|abort|done editing|leave it)"
    r"(?:\s+(?:that|it|this|please))?\s*[.!]*\s*$",
    re.I,
)


def _moves_on(ctx: Context, kind: str) -> bool:
    """Whether the message leaves the flow: a question or a command instead of its answer."""
    text = ctx.text.strip()
    if kind == "connect":
        # Values to paste never read as a question or a command; anything that does is one.
        if text.endswith("?") or ctx.intent in ("query", "help", "remind", "done", "settings"):
            return True
        return ctx.intent == "capture" and not _VALUES.search(text)
    if kind == "edit" and ctx.intent == "query" and text.endswith("?"):
        return True
    if kind == "edit" and ctx.intent in ("query", "help", "settings", "remind"):
        changes, _ = read_all(edit_words.tidy(text), now=ctx.now, tz=ctx.tz)
        return not changes
    return False


def handle(ctx: Context) -> list[Reply] | None:
    """End the open flow on "cancel" / "never mind" / "stop"; anything else goes on."""
    kind = ctx.thread.flow_kind(ctx.now)
    if kind is None:
        return _nothing_open(ctx) if _CANCEL.match(ctx.text) else None
    if not _CANCEL.match(ctx.text):
        if _moves_on(ctx, kind):
            ctx.thread.flow = None  # a question or a command is answered as one; the flow ends
        return None
    flow = ctx.thread.flow or {}
    ctx.thread.flow = None
    if kind == "edit":
        return [Reply(words.EDIT_CANCELLED)]
    if kind == "connect":
        tool = INTEGRATIONS.get(str(flow.get("tool")))
        return [Reply(connect_words.CANCELLED.format(tool=tool.title if tool else "the tool"))]
    return [Reply(edit_words.FLOW_ENDED)]


def _nothing_open(ctx: Context) -> list[Reply] | None:
    """A bare "cancel" with nothing waiting and nothing just done is never a task called Cancel."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    seen = ctx.thread.seen_at()
    if pending or ctx.thread.undo or (seen and ctx.now - seen < timedelta(minutes=FLOW_MINUTES)):
        return None  # the card, reminder or action it may mean answers it
    return [Reply(NOTHING_TO_CANCEL)] if ctx.chat.kind != "group" else []
