"""A question that checks a reminder, answered with its time: "you'll remind me about that one on
friday right?", "will you ping me about the invoice?", "did you set a reminder for the tiles?".

Nothing is made or changed. A thing with no reminder is said to have none, with how to set one;
a request put as a question ("can you remind me to call mum at 6?") is left to `remind`.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills import remind_asked_words as say
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.refer import PRONOUNS, last_target, reminders_named, tasks_named
from flowhub.storage import Reminder, Task, access, proposals, reminders

__all__ = ["handle"]

_OPEN = (
    r"^\W*(?:(?:so|and|hey|hi|btw|ok(?:ay)?|oh|wait|just\s+(?:checking|to\s+check)|quick\s+q)"
    r"\b[\s,:]*)*"
)
_NUDGE = r"(?:remind|ping|nudge|alert|notify|message|text)"
_ABOUT = r"\s+(?:about|of|re|for|on|regarding)\s+(?P<what>.+?)"
# A tag that turns a statement into a question: "…, right?", "… yeah?", "… won't you?".
_TAG = (
    r"(?:[\s,]+(?:right|yeah|yes|yh|yep|correct|ok(?:ay)?|no|innit|won'?t\s+(?:you|u)"
    r"|aren'?t\s+(?:you|u)|will\s+(?:you|u)|yea|ya|pls|please))+"
)
_END = r"\s*[?!.]*\s*$"
_ASKED = (
    # "will you ping me about the invoice?", "are you going to remind me about the rent?"
    re.compile(
        _OPEN + r"(?:will|would|are|r)\s+(?:you|u)\s+(?:(?:be\s+)?going\s+to\s+|gonna\s+|still\s+)?"
        rf"{_NUDGE}(?:ing)?\s+me{_ABOUT}(?:{_TAG})?\s*\?[\s?!.]*$",
        re.I,
    ),
    # "you'll remind me about that one on friday right?", "you're gonna ping me about it, yeah?"
    re.compile(
        _OPEN + r"(?:(?:you'?ll|u'?ll|you\s+will|(?:you|u)(?:'?re|\s+are)\s+(?:going\s+to|gonna))"
        rf"\s+(?:still\s+)?{_NUDGE}|(?:you|u)(?:'?re|\s+are)\s+{_NUDGE}ing)\s+me{_ABOUT}"
        rf"(?:{_TAG}{_END}|\s*\?[\s?!.]*$)",
        re.I,
    ),
    # "when will you remind me about the invoice", "when are you pinging me about the rent?"
    re.compile(
        _OPEN + r"when(?:'?s|\s+will|\s+are|\s+do)\s+(?:you|u)\s+(?:(?:going\s+to|gonna)\s+)?"
        rf"{_NUDGE}(?:ing)?\s+me{_ABOUT}{_END}",
        re.I,
    ),
    # "did you set a reminder for the tiles?", "have you added a reminder about the rent?"
    re.compile(
        _OPEN + r"(?:did|have|had)\s+(?:you|u)\s+(?:already\s+)?(?:remember(?:ed)?\s+to\s+)?"
        r"(?:set|add|make|create|put|"
        r"schedule|save)(?:ed|d)?(?:\s+(?:up|in))?\s+(?:a|the|any|my)\s+reminders?"
        rf"(?:\s+up)?{_ABOUT}(?:{_TAG})?{_END}",
        re.I,
    ),
    # "is there a reminder for the invoice?", "do I have a reminder set for the dentist?"
    re.compile(
        _OPEN + r"(?:is\s+there|are\s+there|there'?s|there\s+is|do\s+i\s+have|have\s+i\s+got"
        r"|did\s+i\s+(?:set|get)|any|is)\s+(?:a\s+|any\s+|the\s+)?reminders?\s+(?:set\s+|on\s+)?"
        rf"(?:up\s+)?(?:for|about|on|re)\s+(?P<what>.+?)(?:{_TAG})?{_END}",
        re.I,
    ),
    # "when's the reminder for the invoice?", "what time is my reminder about the rent?"
    re.compile(
        _OPEN + r"(?:when(?:'?s|\s+is)|what\s+time\s+is)\s+(?:the|my)\s+reminder\s+(?:for|about|on)"
        rf"\s+(?P<what>.+?){_END}",
        re.I,
    ),
    # "will I get a reminder about the invoice?", "will I be reminded about the tiles?"
    re.compile(
        _OPEN + r"(?:will|do|would)\s+i\s+(?:get|be\s+sent|have)\s+(?:a\s+)?(?:reminder|ping|nudge)"
        rf"{_ABOUT}{_END}",
        re.I,
    ),
    re.compile(
        _OPEN + r"(?:when\s+)?(?:will|would|do)\s+i\s+(?:be|get)\s+(?:reminded|pinged|nudged)"
        rf"{_ABOUT}{_END}",
        re.I,
    ),
)
# "is the invoice reminder set?", "you're going to remind me, right?" (the thing just seen)
_NAMED_FIRST = re.compile(
    _OPEN + r"is\s+(?:the|my)\s+(?P<what>.+?)\s+reminder\s+(?:still\s+)?(?:set|on|there|active|"
    rf"in|ok|working)(?:{_TAG})?{_END}",
    re.I,
)
_BARE = re.compile(
    _OPEN + r"(?:you'?ll|u'?ll|you\s+will|(?:you|u)(?:'?re|\s+are)\s+(?:going\s+to|gonna))\s+"
    rf"(?:still\s+)?{_NUDGE}\s+me(?:\s+(?:then|too|later))?(?:{_TAG}{_END}|\s*\?[\s?!.]*$)",
    re.I,
)
# "remind me to call mum": a request, not a question about one set already.
_REQUEST = re.compile(r"^(?:to\s+\w|that\s+i\b)", re.I)
_TRAIL = re.compile(r"(?:[\s,]+(?:one|thing|task|reminder|too|again|as\s+well|then))+$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer when the reminder asked about fires, or that there is none; None otherwise."""
    text = " ".join(ctx.text.replace("’", "'").split())
    what = _asked(text)
    if what is None:
        return None
    said = parse_when(what, now=ctx.now, tz=ctx.tz)
    if said is not None and said.span != (0, 0) and not said.rrule:
        what = (what[: said.span[0]] + what[said.span[1] :]).strip(" ,")
    what = _TRAIL.sub("", re.sub(r"^(?:on|for|about)\s+", "", what, flags=re.I)).strip(" ,")
    shown = re.sub(r"^(?:the|my|our|a|an)\s+", "", what, flags=re.I)
    found, task, title = _about(ctx, what)
    if found:
        when = ", ".join(_when(ctx, r) for r in found[:3])
        text_of = task.title if task is not None else found[0].text
        if (
            said is not None
            and (said.grain not in ("minute", "hour") or _other_day(ctx, said))
            and not _on_day(ctx, found, said)
        ):
            day = when_text(said.start, "day", ctx.tz)
            return [Reply(say.NOT_THEN.format(day=day, text=text_of, when=when))]
        return [Reply(say.REMINDS_AT.format(text=text_of, when=when))]
    if task is not None:
        ctx.thread.note("task", [task.id or 0], now=ctx.now)
        due = when_text(task.due_at, task.due_grain, ctx.tz) if task.due_at else None
        if due:
            return [Reply(say.NONE_FOR_TASK_DUE.format(title=task.title, due=due))]
        return [Reply(say.NONE_FOR_TASK.format(title=task.title))]
    return [Reply(say.NONE_AT_ALL.format(what=title or shown))]


def _asked(text: str) -> str | None:
    for pattern in (*_ASKED, _NAMED_FIRST):
        if (m := pattern.match(text)) and not _REQUEST.match(m["what"]):
            return m["what"].strip()
    return "it" if _BARE.match(text) else None


def _about(ctx: Context, what: str) -> tuple[list[Reminder], Task | None, str | None]:
    """The live reminders about `what`, the task it names (if any), and a title to name it by."""
    mine = [
        r
        for r in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
        if r.person_id == ctx.person_id and access.may_touch_reminder(ctx.viewer, r)
    ]
    if what.casefold() in PRONOUNS:
        target = last_target(ctx)
        if target is None:
            return [], None, None
        kind, ident = target
        if kind == "reminder":
            found = [r for r in mine if r.id == ident]
            return found, None, found[0].text if found else None
        if kind == "task":
            task = access.get_task(session=ctx.session, task_id=ident, viewer=ctx.viewer)
            return _of_task(mine, task), task, task.title if task else None
        card = proposals.get_proposal(session=ctx.session, proposal_id=ident)
        if card is not None and card.task_id is not None:
            task = access.get_task(session=ctx.session, task_id=card.task_id, viewer=ctx.viewer)
            return _of_task(mine, task), task, card.title
        return [], None, card.title if card else None
    named = [r for r in reminders_named(ctx, what) if r.person_id == ctx.person_id]
    found_tasks = tasks_named(ctx, what)
    task = found_tasks[0] if len(found_tasks) == 1 else None
    linked = _of_task(mine, task)
    if linked:
        return linked, task, task.title if task else None
    if named:
        return _soonest(named), None, None
    return [], task, None


def _of_task(mine: list[Reminder], task: Task | None) -> list[Reminder]:
    if task is None:
        return []
    return _soonest([r for r in mine if r.task_id == task.id])


def _soonest(found: list[Reminder]) -> list[Reminder]:
    return sorted(found, key=lambda r: (r.next_at is None, r.next_at or r.created_at))


def _other_day(ctx: Context, said: When) -> bool:
    """Whether a time asked about names a day of its own ("tue evening"), not just an hour."""
    return said.start.astimezone(ctx.zone).date() != ctx.local_now.date()


def _on_day(ctx: Context, found: list[Reminder], said: When) -> bool:
    """Whether one of `found` fires within the day (or week) said."""
    start = said.start.astimezone(ctx.zone).date()
    days = 7 if said.grain == "week" else 1
    return any(
        r.next_at is not None and 0 <= (r.next_at.astimezone(ctx.zone).date() - start).days < days
        for r in found
    )


def _when(ctx: Context, reminder: Reminder) -> str:
    if reminder.next_at is None:
        return words.REMINDER_WAITS
    return when_text(reminder.next_at, "minute", ctx.tz)
