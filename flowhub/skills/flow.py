"""The open multi-step flow: it lapses after a while, and "cancel" ends it and nothing else."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.integrations import INTEGRATIONS
from flowhub.skills import connect_words, edit_words, words
from flowhub.skills.context import Context

_CANCEL = re.compile(
    r"^\s*(?:cancel|stop|never\s*mind|nvm|forget it|quit|exit|abort|done editing|leave it)"
    r"(?:\s+(?:that|it|this|please))?\s*[.!]*\s*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """End the open flow on "cancel" / "never mind" / "stop"; anything else goes on."""
    kind = ctx.thread.flow_kind(ctx.now)
    if kind is None or not _CANCEL.match(ctx.text):
        return None
    flow = ctx.thread.flow or {}
    ctx.thread.flow = None
    if kind == "edit":
        return [Reply(words.EDIT_CANCELLED)]
    if kind == "connect":
        tool = INTEGRATIONS.get(str(flow.get("tool")))
        return [Reply(connect_words.CANCELLED.format(tool=tool.title if tool else "the tool"))]
    return [Reply(edit_words.FLOW_ENDED)]
