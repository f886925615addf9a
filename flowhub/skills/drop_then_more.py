"""A task or card dropped, then a reminder in the same message: "delete the 'add re-render' one
and remind me at 8:15pm about the other one", "bin the permit card, its a duplicate, and remind
me tomorrow 9 to call the council". The drop is done as said alone, then the reminder; "the other
one" is the one task left of those saved or listed together with the dropped one.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.picks_edit import one_message
from flowhub.skills.picks_position import title_match
from flowhub.skills.refer import saved_together, tasks_named
from flowhub.storage import access, id_of, proposals

__all__ = ["handle"]

_DROP = re.compile(
    r"^(?:(?:also|and|oh|ok(?:ay)?|pls|please)[\s,]+)*(?:delete|remove|drop|bin|scrap|ditch"
    r"|discard|trash|kill|get\s+rid\s+of)\s+(?P<what>.+)$",
    re.I,
)
# Where the drop ends and the reminder starts.
_CUT = re.compile(
    r"(?:\s*[,;.!]+\s*|\s+)(?:(?:and|also|then|now|oh|plus|pls|please)\b[\s,]*)*"
    r"(?=(?:pls\s+|please\s+)?(?:remind|ping|nudge|set\s+(?:a|me\s+a)\s+reminder)\b)",
    re.I,
)
# "its a duplicate", "that's the same as the other": why it goes, said after it.
_WHY = re.compile(
    r"[\s,]+(?:it'?s|its|it\s+is|that'?s|thats|that\s+is)\s+(?:a\s+|just\s+a\s+)?(?:duplicate"
    r"|dupe|double|repeat|copy|the\s+same|not\s+needed|wrong)\b.*$",
    re.I,
)
_REF_WORDS = re.compile(r"^(?:the|that|this|my)\s+|\s+(?:one|task|card|thing)$|['\"‘’“”]", re.I)
_OTHER = re.compile(r"\b(?:the\s+other\s+(?:one|task)|the\s+other)\b", re.I)
_WORDS = 40


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the task or card named, then set the reminder; None for other messages."""
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _WORDS or ctx.event.reply_to:
        return None
    cut = _CUT.search(text)
    m = _DROP.match(text[: cut.start()]) if cut is not None and cut.start() > 0 else None
    if cut is None or m is None:
        return None
    drop = _WHY.sub("", text[: cut.start()]).strip(" ,;.")
    what = _REF_WORDS.sub("", _WHY.sub("", m["what"]).strip(" ,;.")).strip()
    card = _card(ctx, what)
    found = [] if card is not None else tasks_named(ctx, what)
    if card is None and len(found) != 1:
        return None
    group = saved_together(ctx) or list(ctx.thread.last_list)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    dropped = said_alone(ctx, drop)
    if card is None and _still_open(ctx, id_of(found[0])):
        return dropped or None  # nothing went: it was answered as said alone
    rest = text[cut.end() :]
    other = _other(ctx, group)
    if other is not None:
        rest = _OTHER.sub(lambda _: f"“{other}”", rest, count=1)
    return one_message([*dropped, *said_alone(ctx, rest)])


def _card(ctx: Context, what: str) -> object | None:
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return title_match(what, pending) if what else None


def _still_open(ctx: Context, task_id: int) -> bool:
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    return task is not None and task.status == "open"


def _other(ctx: Context, group: list[int]) -> str | None:
    """The title of the one task still open of `group`, if exactly one is."""
    mine = {id_of(t) for t in sender_open(ctx)}
    left = [i for i in group if i in mine]
    if len(left) != 1:
        return None
    task = access.get_task(session=ctx.session, task_id=left[0], viewer=ctx.viewer)
    return task.title if task is not None else None
