"""Reminders managed in plain words: "stop the gym reminders", "no more reminders about the
report", "cancel the last reminder", "skip this friday's stretch break", and the Skip button.

A reminder is found by a fragment of its text, or by reference (the last one set or fired);
only reminders the person is reminded by or set are looked at, so nobody reaches another's.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import next_occurrences, parse_when
from flowhub.skills import remind_words, words
from flowhub.skills.context import Context
from flowhub.skills.format import numbered, when_text
from flowhub.skills.remind_times import firings_between, next_unskipped
from flowhub.skills.repeat import after_done, skip_again
from flowhub.storage import Reminder, access, reminders, tasks

_STOP = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|also|oh|pls|please)\b[\s,]*)*"
    r"(?:stop|cancel|delete|remove|turn\s+off|switch\s+off|disable|end|kill|"
    r"clear|drop|mute|silence|get\s+rid\s+of)\s+(?P<rest>.*\breminders?\b.*?)[\s.!]*$",
    re.I,
)
_NO_MORE = re.compile(
    r"^\s*(?:please\s+)?(?:(?:stop|quit)\s+reminding\s+me|no\s+more\s+reminders?|"
    r"don'?t\s+(?:send|give)\s+me\s+(?:any\s+)?(?:more\s+)?reminders?|"
    r"(?:don'?t|do\s+not|never)\s+remind\s+me(?:\s+again)?|"
    r"i\s+(?:don'?t|do\s+not)\s+need\s+(?:the\s+|any\s+)?reminders?)\b(?P<rest>.*?)[\s.!]*$",
    re.I,
)
_NOT_NEEDED = re.compile(
    r"^\s*(?:i\s+)?(?:don'?t|do\s+not|no\s+longer)\s+(?:need|want)\s+"
    r"(?P<rest>.*\breminders?\b.*?)[\s.!]*$",
    re.I,
)
_CANCEL_IT = re.compile(
    r"^\s*(?:please\s+)?(?:cancel|delete|remove|stop|drop|scrap|forget)\s+(?:it|that|this)"
    r"(?:\s+one)?(?:\s+please)?[\s.!]*$",
    re.I,
)
# "stop the calendar check one, don't need it anymore", "kill the gym one": no "reminder" said,
# so only a reminder whose title holds every word named is meant; the clause after goes.
_STOP_NAMED = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|and|also|pls|please)\b[\s,]*)*(?:stop|cancel|turn\s+off|switch\s+off"
    r"|disable|kill|mute|silence|get\s+rid\s+of|no\s+more)\s+(?P<rest>[^,;.!?]+?)"
    r"\s*(?:[,;.!?]|\s-\s|$)",
    re.I,
)
_NOT_A_REMINDER = re.compile(r"\b(?:tasks?|cards?|to-?dos?|list|sync|digest)\b", re.I)
_SKIP = re.compile(r"^\s*(?:please\s+)?skip\s+(?P<rest>.+?)[\s.!]*$", re.I)
_FILLER = frozenset(
    [
        "the",
        "my",
        "a",
        "an",
        "all",
        "any",
        "of",
        "for",
        "to",
        "about",
        "on",
        "at",
        "that",
        "this",
        "these",
        "those",
        "it",
        "them",
        "reminder",
        "reminders",
        "remind",
        "reminding",
        "me",
        "please",
        "anymore",
        "again",
        "more",
        "one",
        "ones",
        "other",
        "series",
        "repeating",
        "recurring",
        "every",
        "daily",
        "weekly",
    ]
)
_QUOTED = re.compile(r"[\"'“‘](?P<q>[^\"'“”‘’]{2,80})[\"'”’]")
_REFERENCE = frozenset(["last", "latest", "previous", "that", "this", "it", "recent"])
_DATE_WORDS = re.compile(
    r"\b(?:this|next|coming|on|tomorrow'?s?|today'?s?|tonight'?s?|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day'?s?|week'?s?|weekend'?s?)\b",
    re.I,
)
RECENT_FIRING = timedelta(hours=6)


def handle(ctx: Context) -> list[Reply] | None:
    """Stop or skip reminders named in words; None when the message is about something else."""
    if _CANCEL_IT.match(ctx.text):
        return _cancel_seen(ctx)
    if m := _NO_MORE.match(ctx.text):
        return _stop(ctx, m.group("rest"), plural=True)
    if m := _NOT_NEEDED.match(ctx.text):
        return _stop(ctx, m.group("rest"), plural=True)
    if m := _STOP.match(ctx.text):
        rest = m.group("rest")
        return _stop(ctx, rest, plural=bool(re.search(r"\breminders\b|\ball\b", rest, re.I)))
    if m := _SKIP.match(ctx.text):
        return _skip_text(ctx, m.group("rest"))
    if m := _STOP_NAMED.match(ctx.text):
        return _stop_named(ctx, m.group("rest"))
    return None


def _stop_named(ctx: Context, rest: str) -> list[Reply] | None:
    """Stop the reminder every content word of `rest` names; None when none or it's a task."""
    wanted = _content(rest)
    if not wanted or _NOT_A_REMINDER.search(rest):
        return None
    scored = [(r, _score(r, wanted)) for r in _candidates(ctx)]
    found = [r for r, s in scored if s == len(wanted)]
    if not found:
        # "the X one" points at something set up: say what is there rather than nothing.
        if re.search(r"\bones?\s*$", rest, re.I):
            return [_gone_off(ctx, wanted) or _no_match(ctx, wanted)]
        return None
    # A snoozed copy shares its series' text and task: they stop together.
    if len({(r.text.casefold(), r.task_id) for r in found}) > 1:
        return [which(ctx, found, " ".join(wanted))]
    return [cancel(ctx, found)]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w']+", text.lower().replace("'s", "")) if w]


def _content(text: str) -> list[str]:
    return [w for w in _words(text) if w not in _FILLER | _REFERENCE and len(w) > 1]


def _stem(word: str) -> str:
    for end in ("ing", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _score(reminder: Reminder, wanted: list[str]) -> int:
    have = {_stem(w) for w in _words(reminder.text)}
    return sum(1 for w in wanted if _stem(w) in have)


def _candidates(ctx: Context) -> list[Reminder]:
    found = reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
    return [r for r in found if access.may_touch_reminder(ctx.viewer, r)]


def _matching(ctx: Context, wanted: list[str]) -> list[Reminder]:
    scored = [(r, _score(r, wanted)) for r in _candidates(ctx)]
    best = max((s for _, s in scored), default=0)
    return [r for r, s in scored if s == best and best > 0]


def _last(ctx: Context) -> Reminder | None:
    """The reminder last set or last fired for the person, whichever came later."""
    found = _candidates(ctx)
    newest = found[0] if found else None
    fired = reminders.get_latest_occurrence(session=ctx.session, person_id=ctx.person_id)
    fired_at = fired.fired_at if fired is not None else None
    if fired is not None and fired_at and (newest is None or fired_at >= newest.created_at):
        by_firing = access.get_reminder(
            session=ctx.session, reminder_id=fired.reminder_id, viewer=ctx.viewer
        )
        if by_firing is not None and by_firing.status in ("active", "waiting", "fired"):
            return by_firing
    return newest


def _stop(ctx: Context, rest: str, *, plural: bool) -> list[Reply]:
    quoted = _QUOTED.search(rest)  # "the other reminder, the 'proofer one' one"
    if quoted is not None and len(same := _titled(ctx, quoted["q"])) == 1:
        return [cancel(ctx, same)]
    wanted = (_content(quoted["q"]) if quoted else []) or _content(rest)
    if not wanted:
        if _REFERENCE & set(_words(rest)):
            last = _last(ctx)
            return [cancel(ctx, [last])] if last else [Reply(remind_words.NOTHING_TO_STOP)]
        mine = [r for r in _candidates(ctx) if r.person_id == ctx.person_id]
        if not mine:
            return [Reply(remind_words.NOTHING_TO_STOP)]
        if plural or len(mine) == 1:
            return [cancel(ctx, mine)]
        return [which(ctx, mine, rest)]
    found = _on_day_named(ctx, rest, _matching(ctx, wanted))
    if not found:
        return [_gone_off(ctx, wanted) or _no_match(ctx, wanted)]
    if len(found) > 1 and not plural:
        return [which(ctx, found, " ".join(wanted))]
    return [cancel(ctx, found)]


def _titled(ctx: Context, said: str) -> list[Reminder]:
    """The reminders whose whole text is `said`, with or without "the" before it."""
    name = re.sub(r"^(?:the|my)\s+", "", said.strip().casefold())
    return [
        r
        for r in _candidates(ctx)
        if re.sub(r"^(?:the|my)\s+", "", r.text.strip().casefold()) == name
    ]


def _on_day_named(ctx: Context, rest: str, found: list[Reminder]) -> list[Reminder]:
    """ "my wednesday reminder about chasing sam": those of `found` on the day said, or, when
    the words name none, the sender's own reminders on that day."""
    when = parse_when(rest, now=ctx.now, tz=ctx.tz) if _DATE_WORDS.search(rest) else None
    if when is None or when.rrule:
        return found
    day = when.start.astimezone(ctx.zone).date()
    pool = found or [r for r in _candidates(ctx) if r.person_id == ctx.person_id]
    dated = [r for r in pool if r.next_at and r.next_at.astimezone(ctx.zone).date() == day]
    return dated or found


def _no_match(ctx: Context, wanted: list[str]) -> Reply:
    return Reply(remind_words.NO_MATCH.format(what=" ".join(wanted)) + _hint(ctx))


def _gone_off(ctx: Context, wanted: list[str]) -> Reply | None:
    """ "stop the amma reminder" after it went off for good: say so, rather than "no such"."""
    past = [
        r
        for r in reminders.get_past_reminders(session=ctx.session, person_id=ctx.person_id)
        if access.may_touch_reminder(ctx.viewer, r)
    ]
    scored = [(r, _score(r, wanted)) for r in past]
    best = max((s for _, s in scored), default=0)
    if best == 0:
        return None
    gone = next(r for r, s in scored if s == best)
    at = gone.anchor_at or gone.created_at
    return Reply(
        remind_words.ALREADY_WENT_OFF.format(text=gone.text, when=when_text(at, "minute", ctx.tz))
    )


def _cancel_seen(ctx: Context) -> list[Reply] | None:
    """ "cancel it" right after a reminder was set or changed; None when "it" is something else."""
    seen = ctx.thread.last_seen()
    if seen is None or seen[0] != "reminder":
        return None
    found = [
        r
        for r in (
            access.get_reminder(session=ctx.session, reminder_id=i, viewer=ctx.viewer)
            for i in seen[1]
        )
        if r is not None and r.status in ("active", "waiting")
    ]
    return [cancel(ctx, found)] if found else None


def _hint(ctx: Context) -> str:
    mine = reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
    if not mine:
        return ""
    _remember(ctx, mine)
    return "\n" + numbered([_line(ctx, r) for r in mine])


def _line(ctx: Context, reminder: Reminder) -> str:
    when = when_text(reminder.next_at, "minute", ctx.tz) if reminder.next_at else ""
    return f"{reminder.text} · {when}" if when else reminder.text


def _remember(ctx: Context, found: list[Reminder]) -> None:
    ctx.thread.last_list = [r.id for r in found if r.id is not None]
    ctx.thread.list_kind = "reminders"


def which(ctx: Context, found: list[Reminder], what: str) -> Reply:
    """Several reminders match `what`: list them by number to pick from."""
    _remember(ctx, found)
    lines = numbered([_line(ctx, r) for r in found])
    return Reply(remind_words.WHICH_ONE.format(what=what, lines=lines, n=len(found)))


def undo_snapshot(reminder: Reminder) -> dict[str, Any]:
    """What "undo" needs to put a cancelled reminder back as it was."""
    at = reminder.next_at
    return {"id": reminder.id, "status": reminder.status, "next_at": at.isoformat() if at else None}


def cancel(ctx: Context, found: list[Reminder]) -> Reply:
    """Cancel every one of `found`, undoably, and say so."""
    before = [undo_snapshot(r) for r in found]
    for reminder in found:
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, status="cancelled", next_at=None
        )
    ctx.thread.remember_undo({"verb": "reminder", "reminders": before}, now=ctx.now)
    if len(found) == 1:
        return Reply(words.REMINDER_STOPPED.format(text=found[0].text) + words.UNDO_HINT)
    texts = "; ".join(r.text for r in found)
    return Reply(remind_words.STOPPED_MANY.format(len(found), texts=texts) + words.UNDO_HINT)


def _skip_text(ctx: Context, rest: str) -> list[Reply] | None:
    about_reminders = bool(re.search(r"\breminders?\b", rest, re.I))
    wanted = _content(_DATE_WORDS.sub(" ", rest))
    if wanted:
        found = _matching(ctx, wanted)
        if not found:
            if not about_reminders:
                return None  # "skip the intro slide" is not about a reminder
            return [_gone_off(ctx, wanted) or _no_match(ctx, wanted)]
        # A snoozed copy shares the series' text; skipping is about the series.
        found = [r for r in found if r.rrule] or found
        if len(found) > 1:
            return [which(ctx, found, " ".join(wanted))]
        reminder = found[0]
    else:
        if not (about_reminders or (_REFERENCE | {"next"}) & set(_words(rest))):
            return None
        last = _last(ctx)
        if last is None:
            return [Reply(remind_words.NOTHING_TO_STOP)] if about_reminders else None
        reminder = last
    when = parse_when(rest.replace("'s", ""), now=ctx.now, tz=ctx.tz)
    day = when.start if when is not None and not when.rrule else None
    grain = when.grain if when is not None else "day"
    return [skip_on(ctx, reminder, day, grain)]


def skip_on(ctx: Context, reminder: Reminder, day: datetime | None, grain: str) -> Reply:
    """Skip the firings of `reminder` on the day (or week) of `day`, or its next one."""
    if not reminder.rrule:
        when = when_text(reminder.next_at or ctx.now, "minute", ctx.tz)
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, status="cancelled", next_at=None
        )
        return Reply(remind_words.SKIPPED_ONE_OFF.format(text=reminder.text, when=when))
    if after_done(reminder):
        return skip_again(ctx, reminder)
    if day is None:
        targets = [reminder.next_at] if reminder.next_at else []
    else:
        start = day.astimezone(ctx.zone).replace(hour=0, minute=0, second=0, microsecond=0)
        span = timedelta(days=7) if grain == "week" else timedelta(days=1)
        targets = firings_between(reminder, start=max(start, ctx.now), end=start + span)
    if not targets:
        upcoming = when_text(reminder.next_at, "minute", ctx.tz) if reminder.next_at else "—"
        shown = when_text(day or ctx.now, "day", ctx.tz)
        return Reply(remind_words.NOT_ON_DAY.format(text=reminder.text, day=shown, next=upcoming))
    for at in targets:
        reminders.skip_occurrence(session=ctx.session, reminder_id=reminder.id or -1, due_at=at)
        _task_moves_on(ctx, reminder, at, only_if_due=True)
    upcoming_at = next_unskipped(ctx.session, reminder, after=ctx.now)
    reminders.update_reminder(
        session=ctx.session,
        reminder=reminder,
        next_at=upcoming_at,
        status="active" if upcoming_at else "done",
    )
    return _skipped_reply(ctx, reminder, targets[0], upcoming_at)


def _skipped_reply(
    ctx: Context,
    reminder: Reminder,
    skipped: datetime,
    upcoming: datetime | None,
    *,
    edit: str | None = None,
) -> Reply:
    shown = when_text(skipped, "minute", ctx.tz)
    if upcoming is None:
        return Reply(
            remind_words.SKIPPED_NO_NEXT.format(skipped=shown, text=reminder.text), edit=edit
        )
    return Reply(
        words.REMINDER_SKIPPED.format(
            text=reminder.text, skipped=shown, next=when_text(upcoming, "minute", ctx.tz)
        ),
        edit=edit,
    )


def skip_button(ctx: Context, arg: str) -> list[Reply]:
    """Skip on a fired occurrence lets that one go; on an older message, the next one."""
    reminder_arg, _, occurrence_arg = arg.partition(":")
    found = access.get_reminder(
        session=ctx.session, reminder_id=_int(reminder_arg), viewer=ctx.viewer
    )
    if found is None or not found.rrule:
        return [Reply(words.NOT_YOURS)]
    if after_done(found) and found.status in ("active", "waiting"):
        return [skip_again(ctx, found)]
    occurrence = (
        reminders.get_occurrence(session=ctx.session, occurrence_id=_int(occurrence_arg))
        if occurrence_arg
        else None
    )
    if occurrence is not None and occurrence.reminder_id == found.id:
        reminders.mark_occurrence(session=ctx.session, occurrence=occurrence, status="skipped")
        _task_moves_on(ctx, found, occurrence.due_at)
        upcoming = found.next_at if found.status == "active" else None
        pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
        return [_skipped_reply(ctx, found, occurrence.due_at, upcoming, edit=pressed)]
    if found.status != "active" or found.next_at is None or found.anchor_at is None:
        return [
            Reply(
                words.REMINDER_ALREADY.format(
                    text=found.text, status=words.reminder_status(found.status)
                )
            )
        ]
    return [skip_on(ctx, found, None, "day")]


def _int(arg: str) -> int:
    try:
        return int(arg)
    except ValueError:
        return -1


def _task_moves_on(
    ctx: Context, reminder: Reminder, skipped: datetime, *, only_if_due: bool = False
) -> None:
    """A skipped reminder of a repeating task skips that occurrence: the task moves to its next.

    With `only_if_due`, only when the task is due at that very occurrence (skipped ahead of time).
    """
    task = (
        access.get_task(session=ctx.session, task_id=reminder.task_id, viewer=ctx.viewer)
        if reminder.task_id
        else None
    )
    if task is None or task.status != "open" or not task.rrule or task.due_at is None:
        return
    if after_done(reminder):
        return
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=skipped.tzinfo)
    lead = timedelta(minutes=(reminder.lead_minutes or 0) + 1)
    fired = skipped if skipped.tzinfo else skipped.replace(tzinfo=due.tzinfo)
    if due > fired + lead:
        return  # the task is already past the skipped occurrence
    if only_if_due and due < fired - timedelta(minutes=1):
        return  # due earlier: that one is still to do
    upcoming = next_occurrences(
        task.rrule, start=task.due_at, tz=task.due_tz or ctx.tz, after=task.due_at, count=1
    )
    if upcoming:
        due_at = upcoming[0].astimezone(ctx.now.tzinfo)
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, due_at=due_at)
