"""A no to a move the bot asked about: "nope, boiler stays on the 15th, she meant her invoice"
replying to "🗓 Priya asks to move “Boiler service” …", or "no leave it on the 15th" said just
after "“Compare the quotes” is already saved. Move it to friday?", drops the question and its
buttons, said in one short line in its place.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.conversations.thread import FLOW_MINUTES
from flowhub.nlp import parse_when
from flowhub.skills import reply_words
from flowhub.skills.context import Context
from flowhub.skills.group_move_words import MOVE_KEPT
from flowhub.skills.refer import replied_ref
from flowhub.storage import Outbox, Task, access, outbox

__all__ = ["SAME_MOVE", "answers", "handle"]

# The ref of "“X” is already saved. Move it to friday?" (`refer_same`).
SAME_MOVE = "samemove"
_ASKS = ("moveask", "counter", SAME_MOVE)
# "boiler stays on the 15th", "leave it", "keep it as is", "don't move it", "no need".
_KEEP = re.compile(
    r"\b(?:stays?|staying|keep\s+it|leave\s+it|(?:don'?t|do\s+not|no\s+need\s+to)\s+move"
    r"|no\s+need|as\s+it\s+is|as\s+is)\b",
    re.I,
)
_NO_WORDS = 12


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the move question replied to, or just asked in this chat, when its task's people
    say no; None otherwise."""
    found = _declined(ctx, ctx.text.strip())
    if found is None:
        return None
    kind, question, task = found
    return [Reply(MOVE_KEPT.format(title=task.title), edit=question, ref=f"{kind}:{task.id}")]


def answers(ctx: Context, text: str) -> bool:
    """Whether a group message not said to the bot is a no to the move it just asked about."""
    return not ctx.event.reply_to and _declined(ctx, text.strip()) is not None


def _declined(ctx: Context, text: str) -> tuple[str, str | None, Task] | None:
    """The kind of question said no to, its message and its task; None for anything else."""
    kind, number = replied_ref(ctx)
    question = ctx.event.reply_to
    if not kind and not question:
        row = _just_asked(ctx)
        if row is None or not _plain_no(ctx, text):
            return None
        kind, _, number = (row.ref or "").partition(":")
        question = row.platform_message_id
    elif kind not in ("moveask", "counter"):
        return None
    if not number.isdigit() or not _said_no(text):
        return None
    task = access.get_task(session=ctx.session, task_id=int(number), viewer=ctx.viewer)
    if task is None or ctx.person_id not in (task.creator_id, task.assignee_id):
        return None
    return kind, question, task


def _said_no(text: str) -> bool:
    return reply_words.refuses(text) or reply_words.leaves(text) or bool(_KEEP.search(text))


def _plain_no(ctx: Context, text: str) -> bool:
    """A short no that asks for nothing else: "no leave it on the 15th", "nope keep it"; not
    "no, friday" or "no make it monday"."""
    if len(text.split()) > _NO_WORDS or not _said_no(text):
        return False
    return bool(_KEEP.search(text)) or not (
        reply_words.wants_change(text) or parse_when(text, now=ctx.now, tz=ctx.tz)
    )


def _just_asked(ctx: Context) -> Outbox | None:
    """The move question that is the newest message the bot posted in this chat, if recent."""
    newest = outbox.latest_posted(
        session=ctx.session, platform=ctx.event.platform, chat=ctx.event.chat, count=1
    )
    if not newest:
        return None
    row = outbox.get_outbox_by_platform_message(
        session=ctx.session,
        platform=ctx.event.platform,
        chat=ctx.event.chat,
        platform_message_id=newest[0],
    )
    if row is None or (row.ref or "").partition(":")[0] not in _ASKS:
        return None
    if row.created_at < ctx.now - timedelta(minutes=FLOW_MINUTES):
        return None
    return row
