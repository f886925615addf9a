"""Done news, then a new reminder or task in the same message: "done with the invoice, remind me
about the boiler tomorrow 9", "sent the quote. also call the plumber friday".

The first part ticks off the task it names, as "done with the invoice" alone would; the rest is
answered as a message of its own. Nothing is done unless the first part ticks a task off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, parse_when
from flowhub.skills import done, done_meaning, done_news, done_undo, group_ready, undo_said
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.picks_edit import one_message
from flowhub.storage import access, id_of

__all__ = ["handle"]

# Where the news ends and the new thing starts: a sentence end, a comma, or "and", before the
# words that ask for a reminder or a task.
_CUT = re.compile(
    r"(?:\s*[,;.!]+\s*|\s+-+\s+|\s+)(?:(?:and|also|then|now|oh|plus|pls|please|but)\b[\s,]*)*"
    r"(?=(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:remind|ping|nudge"
    r"|set\s+(?:a|me\s+a)\s+reminder|add|new\s+task|next\s*:"
    r"|(?:i\s+)?(?:(?:also|still)\s+)?(?:need|have|got)\s+to|gotta)\b)",
    re.I,
)
_NEWS = re.compile(
    r"\b(?:done|finished|sorted|paid|sent|called|rang|booked|emailed|submitted|handled|ticked"
    r"|completed|did|fixed|ordered|bought|picked\s+up|ready|approved|signed)\b",
    re.I,
)
_BARE_HOUR = re.compile(
    r"\b(?P<day>today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\s+(?P<h>\d{1,2}(?::\d{2})?)(?=\s*(?:am|pm)?\s*[.!]*$)",
    re.I,
)
_WORDS = 40
# The news before a tick mark or a comma, without what is said after it.
_HEAD = re.compile(r"^(?P<news>[^,;✅✔☑]+?(?:\s*(?:✅|✔️?|☑️?))?)\s*(?:[,;]|(?<=[✅✔☑️])\s)")


# "the tasting itself is thu 7pm, add that": the thing and its day, then "add" pointing at them.
_ADD_THAT = re.compile(
    r"(?P<what>(?<=[,;.!]\s)[^,;.!]+?)\s+(?:itself\s+)?(?:is|are|'s)\s+(?P<when>[^,;.!]+?)"
    r"\s*[,;]\s*(?:so\s+|pls\s+|please\s+)*add\s+(?:that|it|this)\b",
    re.I,
)
# "…, so tick that off", "…, mark it done": the news already names what is done.
_TICK_THAT = re.compile(
    r"\s*[,;]?\s*(?:so\s+|pls\s+|please\s+|and\s+)*(?:tick|mark|check|cross)\s+(?:that|it|this)"
    r"(?:\s+(?:off|done|as\s+done|complete))+\W*$",
    re.I,
)
# "add follow up with the client friday", "next: book the van": the new task after its cue.
_ADD_LEAD = re.compile(
    r"^(?:add(?!\s+(?:a\s+|an\s+)?(?:task|reminder|to-?do)\b)|next\s*:)\s*", re.I
)
# "… tech comes wed between 2 and 4. add that, and remind me …": "that" points at the news.
_POINTED = re.compile(
    r"^(?:that|it|this)\b(?:\s+(?:in|down|too|as\s+well))?[\s,;.!]*(?:(?:and|also|then|plus)\b[\s,]*)*",
    re.I,
)
# "he is coming thursday": who comes is whom the done news was about ("rang the plumber").
_PRONOUN_LEAD = re.compile(r"^(?:he|she|they)\b(?=\s|'|’)", re.I)
# Where the last piece of news starts: after the last comma or stop.
_LAST_PIECE = re.compile(r"\s*[,;.!]+\s*(?=[^,;.!]+$)")
# "add that + remind me an hour before": a plus joins two asks.
_PLUS = re.compile(r"\s+(?:\+|&)\s+")


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the task the news names, then answer the rest; None for other messages."""
    text = _PLUS.sub(" and ", _ADD_THAT.sub(r"add \g<what> \g<when>", ctx.text.strip()))
    if not text or len(text.split()) > _WORDS or ctx.event.reply_to:
        return None
    cut = _CUT.search(text)
    if cut is None or cut.start() == 0:
        return None
    news, rest = text[: cut.start()].strip(" ,;.-"), _ADD_LEAD.sub("", text[cut.end() :].strip())
    if (said := _TICK_THAT.sub("", news)) != news and _NEWS.search(said):
        news = said  # "booked the tasting, so tick that off": the tasting, not the last thing seen
    news, noted, rest = _noted_apart(news, rest, ctx)
    if not _NEWS.search(news) or (
        classify_intent(rest) not in ("remind", "capture") and not (noted and not rest)
    ):
        return None
    if undo_said.says_undo(news, ctx.person.locale):
        return None  # "NO undo, its not done! remind me at 3pm" is the undo's, with its reminder
    before = {id_of(t) for t in sender_open(ctx)}
    if not before:
        return None
    steps: list[dict[str, Any]] = []
    ticked = done.handle(replace(ctx, text=news, intent="done")) or []
    if not _closed(ctx, before):
        task = done_meaning.news_task(news, sender_open(ctx))  # "rent is paid"
        ticked = (done_meaning.tick(ctx, task) or []) if task is not None else []
    if not _closed(ctx, before) and (head := _HEAD.match(news)) is not None:
        task = done_meaning.news_task(head["news"], sender_open(ctx))  # "paid knauf ✅ acct …"
        ticked = (done_meaning.tick(ctx, task) or []) if task is not None else []
    if not _closed(ctx, before):  # "seating chart draft is ready. pls remind me monday …"
        news_of = done_news.find(ctx, news)
        task = news_of.task if news_of is not None else group_ready.ready(ctx, news)
        ticked = (done_meaning.tick(ctx, task) or []) if task is not None else []
    if not _closed(ctx, before):
        return None
    done_undo.keep_step(ctx, steps)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    waiting = done_undo.waiting_ids(ctx)
    more = said_alone(ctx, f"{noted}, put that in") if noted else []
    more += said_alone(ctx, _at_hour(rest)) if rest else []
    done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    if len(steps) + len(made) > 1:  # one "undo" takes back both
        ctx.thread.remember_undo({"verb": "steps", "steps": steps, "new": made}, now=ctx.now)
    return one_message([*ticked, *more])


def _noted_apart(news: str, rest: str, ctx: Context) -> tuple[str, str, str]:
    """(the done news, the dated news "add that" points at, the rest) for "called kessler, tech
    comes wed between 2 and 4. add that, and remind me …"; the news and rest unchanged else."""
    pointed = _POINTED.match(rest)
    piece = _LAST_PIECE.search(news)
    if pointed is None or piece is None or piece.start() == 0:
        return news, "", rest
    noted = news[piece.end() :]
    if parse_when(noted, now=ctx.now, tz=ctx.tz) is None:
        return news, "", rest
    news = news[: piece.start()]
    about = news.split()[1:]
    if 1 <= len(about) <= 3:
        noted = _PRONOUN_LEAD.sub(" ".join(about), noted, count=1)
    return news, noted, rest[pointed.end() :].strip()


def _closed(ctx: Context, before: set[int]) -> bool:
    """Whether one of the tasks open `before` is done now."""
    for task_id in before:
        task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
        if task is not None and task.status == "done":
            return True
    return False


def _at_hour(text: str) -> str:
    """ "tomorrow 9" as "tomorrow at 9", so the hour is read as the time, not a title word."""
    return _BARE_HOUR.sub(r"\g<day> at \g<h>", text)
