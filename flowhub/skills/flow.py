"""The open multi-step flow: it lapses after a while, and "cancel" ends it and nothing else."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.integrations import INTEGRATIONS
from flowhub.skills import connect_words, edit_words, words
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all

# What pasted setup values look like: "name: value" lines, long tokens, addresses, URLs.
_VALUES = re.compile(
    r"^\s*[\w .-]{1,30}\s*[:=]\s*\S|(?=\S*\d)[\w\-.:/]{12,}|\S+@\S+\.\w+|https?://|\w+/\w+",
    re.I | re.M,
)
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
    if kind == "edit" and ctx.intent in ("query", "help", "settings", "remind"):
        changes, _ = read_all(edit_words.tidy(text), now=ctx.now, tz=ctx.tz)
        return not changes
    return False


def handle(ctx: Context) -> list[Reply] | None:
    """End the open flow on "cancel" / "never mind" / "stop"; anything else goes on."""
    kind = ctx.thread.flow_kind(ctx.now)
    if kind is None:
        return None
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
