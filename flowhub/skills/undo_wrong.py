"""A correction right after a task was handed on by mistake, in any language: "peraí, não era
esse! era o orçamento de Dubai", "wrong one!", "falsch, nicht die flüge", "pas celle-là".

The hand-on is taken back as "undo" would. When the words name another task of the sender's that
was declined back to them, that one goes to the person instead, as asked in the first place.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.skills import declined, done
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Task, access, tasks

__all__ = ["handle"]

_FRESH = timedelta(minutes=10)
_MOST_WORDS = 24
_SHORT = 3  # a word this short names no task ("de", "the", "era")
# Letters of any script, so a word edge holds in Devanagari, Cyrillic and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"
_WRONG = re.compile(
    rf"(?<![{_L}])(?:"
    r"n[aã]o\s+(?:era|[ée])\s+(?:esse|essa|este|esta|isso)|era\s+outr[oa]|o\s+errado|a\s+errada"
    r"|wrong\s+(?:one|task)|not\s+that\s+one|that\s+was\s+the\s+wrong|i\s+meant\s+the\s+other"
    r"|falsch(?:e[rns]?)?|die\s+falsche|das\s+falsche|nicht\s+(?:die|das|den)\s+(?:da|hier)"
    r"|no\s+era\s+(?:ese|esa|eso)|era\s+otr[oa]|el\s+equivocado|la\s+equivocada"
    r"|pas\s+(?:celle|celui)[\s-]?l[aà]|c['’]?[ée]tait\s+pas\s+(?:celle|celui|ça)|mauvaise\s+t[aâ]che"
    r"|non\s+era\s+quell[oa]|era\s+un\s+altr[oa]|quell[oa]\s+sbagliat[oa]"
    r"|niet\s+die|de\s+verkeerde|yanl[ıi][sş]\s+(?:i[sş]|g[öo]rev)|o\s+de[gğ]il"
    r"|не\s+т[аоу]|не\s+эт[аоу]|bukan\s+yang\s+itu|salah\s+(?:task|tugas)"
    r"|galat\s+(?:wala|task)|ye\s+wala\s+nahi|مش\s+ده|مش\s+دي|غلط"
    rf")(?![{_L}])",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Take back the hand-on just made when the message says it was the wrong task."""
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS or not _WRONG.search(text):
        return None
    handed = _handed(ctx)
    if handed is None:
        return None
    task_id, person_id = handed
    replies = done.undo(ctx)
    meant = _meant(ctx, text, task_id)
    if meant is not None and person_id is not None:
        replies += declined.give_to(ctx, f"{meant.id}:{person_id}")
    return replies


def _handed(ctx: Context) -> tuple[int, int | None] | None:
    """The task the sender's last action handed on, and to whom, while "undo" may still take it
    back."""
    last = ctx.thread.undo or {}
    snaps = last.get("tasks")
    if last.get("verb") != "edit" or not isinstance(snaps, list) or len(snaps) != 1:
        return None
    at = last.get("at")
    if not isinstance(at, str) or ctx.now - _parse(at) > _FRESH:
        return None
    snap = snaps[0]
    if not isinstance(snap, dict) or snap.get("assignee_id") != ctx.person_id:
        return None
    task = tasks.get_task(session=ctx.session, task_id=int(snap["id"]))
    if task is None or task.assignee_id == ctx.person_id:
        return None
    return int(snap["id"]), task.assignee_id


def _meant(ctx: Context, text: str, handed_id: int) -> Task | None:
    """The one other task of the sender's, declined back to them, the correction names."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
    )
    back = [
        t
        for t in mine
        if t.id != handed_id
        and t.assignment == "declined"
        and t.assignee_id is None
        and t.status == "open"
        and access.may_touch_task(ctx.viewer, t)
    ]
    said = {w for w in tokens(text) if len(w) > _SHORT}
    scored = [(len(said & {w for w in tokens(t.title) if len(w) > _SHORT}), t) for t in back]
    best = max((n for n, _ in scored), default=0)
    top = [t for n, t in scored if n == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _parse(at: str) -> datetime:
    when = datetime.fromisoformat(at)
    return when if when.tzinfo else when.replace(tzinfo=UTC)
