"""Reminders: set from chat; answers to the Done / Snooze / Stop buttons of a fired one.

Firing lives in `remind_fire`, stopping and skipping in words in `remind_manage`, zone moves
in `remind_zone`; what Done and Skip do to a repeat counted from completion, in `repeat`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import TaskDraft, next_occurrences, parse_when, resolve_local
from flowhub.skills import (
    done,
    remind_again,
    remind_before,
    remind_clock,
    remind_linked,
    remind_list,
    remind_manage,
    remind_reply_lang,
    remind_said,
    remind_task,
    remind_words,
    remind_zone,
    snooze_task,
    snooze_task_words,
    words,
)
from flowhub.skills.assign import tell_requester
from flowhub.skills.context import Context
from flowhub.skills.edit_told import tell_other_side
from flowhub.skills.format import recurrence_text, when_text
from flowhub.skills.format_recur import with_next
from flowhub.skills.repeat import after_done, done_again
from flowhub.storage import Person, Reminder, access, id_of, people, reminders

_POLITE = (
    r"^\s*(?:(?:hey|hi|ok|okay|oh|also|and|so)\b[,!]?\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+)?"
    r"(?:please\s+|pls\s+|plz\s+)?"
)
_SET = re.compile(
    _POLITE + r"(?:remind|set (?:a|me a) reminder|ping|nudge|recu[ée]rda(?:me|le)|"
    r"recordar|lembr[ae]|rappelle|erinnere)\b",
    re.I,
)
_TIME_WORD = re.compile(
    r"^(?:today|tonight|tomorrow|tmrw|noon|midnight|next|this|every|each|in|on|at|\d.*|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|evening|afternoon|later)$",
    re.I,
)
# "can you remind me what's due?" is a question, not a reminder to set.
_QUESTION = re.compile(
    r"\bremind\s+(?:me|us)\s+(?:what|which|when|where|who|how|whether|if)\b", re.I
)
# "can you remind Sam …", "set a reminder for Priya …": the extractor reads "remind Sam …".
_LEAD_IN = re.compile(
    _POLITE + r"(?:set\s+(?:a|me\s+a)\s+reminder(?:\s+for\s+(?P<who>\w+))?"
    r"|(?P<verb>remind|ping|nudge))\b",
    re.I,
)
_LIST = re.compile(
    r"^\s*(?:(?:show|list|what are)\s+)?(?:my\s+)?(?:reminders|alarms)\s*[?!.]*$|"
    r"^\s*what (?:reminders|alarms) do i have\b",
    re.I,
)
_CANCEL = re.compile(r"^\s*(?:cancel|delete|remove|stop)\s+(?:reminder\s+)?#?(?P<n>\d+)\s*$", re.I)
_MOVE = re.compile(
    r"^\s*(?:move|change|reschedule|push)\s+(?:reminder\s+)?#?(?P<n>\d+)\s+(?P<when>.+)$", re.I
)
# "snooze for 20", "ugh not now, snooze that till after lunch", "hit me again at 2pm".
_SNOOZE = re.compile(
    r"^\W*(?:(?:ugh+|ok(?:ay)?|hmm+|oh|argh|meh|yeah|yes|pls|please|can\s+you|could\s+you"
    r"|not\s+(?:now|yet|right\s+now)|nah|no|sorry|later|gah|uh+|damn|busy)\W+)*"
    r"(?:snooze|(?:hit|ping|nudge)\s+me\s+again)\b\s*(?P<rest>.*)$",
    re.I | re.S,
)
# What a typed snooze names before its time: "that", "it", "this one", "the reminder".
_SNOOZE_WHAT = re.compile(r"^(?:(?:it|that|this)(?:\s+one)?|the\s+reminder)\b\s*", re.I)
# A reason after the time: ", still in bed", " - got the bank first"; a "pls" at the end.
_SNOOZE_WHY = re.compile(
    r"\s*(?:[,;.!?]|\s[—–-]\s).*$|\s+(?:pls|please|thanks|thx)\W*$", re.I | re.S
)
_DURATION = re.compile(
    r"^(?:for\s+|by\s+)?(?:another\s+)?(?P<n>\d+|an?|one|half\s+an?)\s*"
    r"(?P<unit>m|min|mins|minutes?|h|hrs?|hours?|d|days?)(?:\s+more)?$",
    re.I,
)
_DETERMINERS = frozenset(["the", "my", "our", "that", "this", "it", "a", "an", "his", "her"])
MORNING = time(9, 0)
EARLY_HOURS_END = 5


def _answered_when(ctx: Context) -> Context | None:
    """The asked-for reminder with its time, when the message is only that time ("en 30 min")."""
    if ctx.thread.flow_kind(ctx.now) != "remind_when":
        return None
    said = str((ctx.thread.flow or {}).get("said") or "")
    ctx.thread.flow = None  # answered now, or dropped by whatever else was said
    found = parse_when(ctx.text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if not said or found is None or found.span is None:
        return None
    start, end = found.span
    around = (ctx.text[:start] + " " + ctx.text[end:]).strip(" .!?").split()
    if len([w for w in around if w.casefold() not in remind_reply_lang.FILLER]) > 1:
        return None  # a sentence of its own, not the answer ("ya 45 menit lagi lah" is one)
    return replace(ctx, text=f"{said} {ctx.text[start:end]}")


def _ask_when(ctx: Context, title: str, *, alone: bool) -> Reply:
    """ "When should I remind you …?", remembering the request so a bare time answers it."""
    if alone and ctx.thread.flow_kind(ctx.now) is None:
        ctx.thread.start_flow("remind_when", now=ctx.now, said=ctx.text)
    return Reply(words.REMIND_WHEN.format(title=title))


def handle(ctx: Context) -> list[Reply] | None:
    """Set, list, cancel, move and snooze reminders; None for anything else."""
    if (answered := _answered_when(ctx)) is not None:
        ctx = answered  # "in 30 min" right after "When should I remind you …?"
    text = ctx.text
    if _LIST.match(text) or remind_words.asks_for_list(text):
        return remind_list.show(ctx)
    if (answer := remind_zone.handle_answer(ctx)) is not None:
        return answer
    if (said := remind_said.handle(ctx, snooze_button)) is not None:
        return said
    if (managed := remind_manage.handle(ctx)) is not None:
        return managed
    if (before := remind_before.handle(ctx)) is not None:
        return before
    if (picked := remind_list.picked(ctx, text)) is not None:
        return picked
    if ctx.thread.list_kind == "reminders" or "reminder" in text.lower():
        if m := _CANCEL.match(text):
            return remind_list.cancel_number(ctx, int(m.group("n")))
        if m := _MOVE.match(text):
            return remind_list.move_number(ctx, int(m.group("n")), m.group("when"))
    if m := _SNOOZE.match(text):
        return _snooze_text(ctx, m.group("rest"))
    if not _SET.match(text) and (first := remind_words.time_first(text, now=ctx.now, tz=ctx.tz)):
        ctx = replace(ctx, text=first)  # "every morning at 7 remind me to …"
        text = first
    if (
        _SET.match(text) and ctx.intent != "settings" and not _QUESTION.search(text)
    ):  # "remind me 30 minutes before"
        return _set(ctx)
    return None


def _set(ctx: Context) -> list[Reply]:
    if (many := _for_many(ctx)) is not None:
        return many
    # "monday 6pm my time", "at 9 Berlin time": the words go, the zone stays.
    clock = remind_clock.read(ctx, ctx.text)
    ctx = replace(ctx, text=clock.text)
    if (linked := remind_task.handle(ctx, _spoken(ctx.text), confirmation)) is not None:
        return linked
    drafts = ctx.extract(_spoken(ctx.text), now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name)
    named = None
    if drafts and drafts[0].assignee is None and drafts[0].title.lower().startswith("remind "):
        ctx, named = _about_someone(ctx)  # the name was read as part of the title
        if named is not None:
            drafts = ctx.extract(
                _spoken(ctx.text), now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name
            )
    drafts = drafts or _joined(ctx)
    if not drafts:
        return [Reply(words.REMIND_WHAT)]
    replies: list[Reply] = []
    made: list[int] = []
    for index, said in enumerate(drafts[:5]):
        who = named or _who(ctx, said.assignee)
        if isinstance(who, Reply):
            replies.append(who)
            continue
        # "friday at 9" for someone else is their 09:00, read in their zone.
        draft = _in_zone(ctx, said, index, clock.zone or who.timezone)
        if draft.due is None:
            replies.append(_ask_when(ctx, draft.title, alone=len(drafts) == 1))
            continue
        zone = ZoneInfo(clock.zone or who.timezone)
        series_tz = clock.zone or who.timezone  # "every monday 9am my time" stays on my clock
        start = draft.due.start
        if draft.due.grain not in ("minute", "hour"):
            start = resolve_local(datetime.combine(start.date(), MORNING), zone)
        if start <= ctx.now and not draft.due.rrule:
            when = when_text(start, "minute", who.timezone)
            replies.append(Reply(words.REMIND_PAST.format(when=when)))
            continue
        again = None
        if not draft.due.rrule and who.id == ctx.person_id:
            again = remind_again.fired_about(ctx, draft.title)
        if again is not None:  # the one that just went off, at the new time
            replies += snooze_to(ctx, again, start)
            continue
        first = start
        if draft.due.rrule and start <= ctx.now:
            upcoming = next_occurrences(draft.due.rrule, start=start, tz=series_tz, after=ctx.now)
            first = upcoming[0] if upcoming else start
        about, note = (
            remind_linked.task_and_note(ctx, who, draft.title)
            if who.id != ctx.person_id
            else (None, "")
        )
        reminder = reminders.create_reminder(
            session=ctx.session,
            reminder_in=Reminder(
                person_id=id_of(who),
                created_by=ctx.person_id,
                chat_id=ctx.chat_id if who.id == ctx.person_id else None,
                task_id=about.id if about is not None else None,
                text=(_titled(about.title, note) if about is not None else draft.title)[:500],
                next_at=first.astimezone(UTC),
                anchor_at=start.astimezone(UTC),
                rrule=draft.due.rrule,
                repeat_from=remind_list.repeat_from(draft.due.rrule, draft.due.after_completion),
                tz=series_tz if draft.due.rrule else who.timezone,
                created_at=ctx.now,
            ),
        )
        replies.append(confirmation(ctx, reminder, who))
        made.append(id_of(reminder))
    if made:
        ctx.thread.note("reminder", made, now=ctx.now)  # "move it to 5pm" means these
        ctx.thread.remember_undo({"verb": "set", "made": made}, now=ctx.now)
    return replies


def _titled(title: str, note: str) -> str:
    """The task's title, with the note said after it: "Check the plates stock (marta …)"."""
    return f"{title} ({note})" if note else title


def _for_many(ctx: Context) -> list[Reply] | None:
    """ "remind sam and priya …" or "remind everyone …" (a group's members): one reminder each."""
    m = remind_words.MANY.match(_spoken(ctx.text))
    if m is None:
        return None
    names = remind_words.NAME_SPLIT.split(m["names"])
    if len(names) == 1:
        if ctx.chat.kind != "group" or ctx.chat_id is None:
            return None
        members = people.get_group_members(session=ctx.session, chat_ids=[ctx.chat_id])
        names = ["me" if p.id == ctx.person_id else p.display_name for p in members]
    if not names or any(isinstance(_who(ctx, name), Reply) for name in names):
        return None  # "remind me, tomorrow at 9, to …" names no one else
    replies: list[Reply] = []
    for name in names:
        replies += _set(replace(ctx, text=f"remind {name} {m['rest']}"))
    return replies


def _about_someone(ctx: Context) -> tuple[Context, Person | None]:
    """ "remind priya about the seating plan": read as "remind me about …", for Priya."""
    m = remind_words.ABOUT_SOMEONE.match(_spoken(ctx.text))
    if m is None or m["name"].casefold() in remind_words.NOT_A_NAME:
        return ctx, None
    who = _who(ctx, m["name"])
    if isinstance(who, Reply) or who.id == ctx.person_id:
        return ctx, None
    return replace(ctx, text=f"remind me {m['rest']}"), who


def _in_zone(ctx: Context, draft: TaskDraft, index: int, tz: str) -> TaskDraft:
    """The same draft with its time read in `tz` (the recipient's zone)."""
    if tz == ctx.tz or draft.due is None:
        return draft
    again = ctx.extract(_spoken(ctx.text), now=ctx.now, tz=tz, sender=ctx.person.display_name)
    if index < len(again) and again[index].title == draft.title:
        return again[index]
    return draft


# A verb written as two words: "double check", "cross check", "re check".
_COMPOUND = re.compile(r"\b(double|triple|cross|spot|re)\s+(check|confirm)\b", re.I)


def _joined(ctx: Context) -> list[TaskDraft]:
    """The drafts of a request whose verb is two words: "to double check marek is on his way"."""
    if not _COMPOUND.search(ctx.text):
        return []
    joined = _COMPOUND.sub(r"\1-\2", _spoken(ctx.text))
    return ctx.extract(joined, now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name)


def _spoken(text: str) -> str:
    """The request as a plain "remind …" sentence, greetings and "can you" left out."""
    text = remind_words.THEIR_CLOCK.sub("", text).rstrip(" ?")  # "can you remind me …?" asks
    m = _LEAD_IN.match(text)
    if m is None:
        return text
    if m.group("verb"):
        return "remind" + text[m.end() :]
    who = m.group("who")
    rest = text[m.end() :]
    if who and _TIME_WORD.match(who):  # "set a reminder for tomorrow at 9 …"
        return f"remind me {who}{rest}"
    if who and who.lower() in _DETERMINERS:  # "set a reminder for the lens on saturday"
        return f"remind me about {who}{rest}"
    if who and who.lower() not in ("me", "myself"):
        return f"remind {who}{rest}"
    return (
        f"remind me{rest}" if who or not rest.lstrip().lower().startswith("me") else f"remind{rest}"
    )


def _who(ctx: Context, assignee: str | None) -> Person | Reply:
    if not assignee or assignee.lower() in ("me", "myself", ctx.person.display_name.lower()):
        return ctx.person
    matches = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=assignee
    )
    if len(matches) != 1:
        return Reply(words.REMIND_UNKNOWN_PERSON.format(name=assignee))
    return matches[0]


def confirmation(ctx: Context, reminder: Reminder, who: Person) -> Reply:
    """ "I'll remind Priya Mon 7 Dec, 18:00 Priya's time (13:30 yours): …" with a Cancel button."""
    assert reminder.next_at is not None
    whom = words.YOU.format() if who.id == ctx.person_id else who.display_name
    when = when_text(reminder.next_at, "minute", reminder.tz)
    if reminder.tz != ctx.tz:
        yours = when_text(reminder.next_at, "minute", ctx.tz)
        if yours[:-7] == when[:-7]:  # the same day: the clock time says enough
            yours = yours[-5:]
        when = remind_words.THEIR_TIME.format(when=when, name=who.display_name, yours=yours)
    text = words.REMINDER_SET.format(whom=whom, when=when, text=reminder.text)
    text += remind_clock.night_note(reminder.next_at, who, ctx)
    if reminder.rrule and after_done(reminder):
        text += f"\n🔁 {recurrence_text(reminder.rrule, after_completion=True, tz=reminder.tz)}"
    elif reminder.rrule and reminder.anchor_at:
        upcoming = next_occurrences(
            reminder.rrule,
            start=reminder.anchor_at,
            tz=reminder.tz,
            after=reminder.next_at,
            count=2,
        )
        shown = ", ".join(
            when_text(at, "minute", reminder.tz) for at in [reminder.next_at, *upcoming]
        )
        text += f"\n🔁 {with_next(recurrence_text(reminder.rrule, tz=reminder.tz), shown)}"
    return Reply(
        text,
        buttons=(Button(f"rcancel:{reminder.id}", localized(words.CANCEL_REMINDER_LABEL)),),
        ref=f"reminder:{reminder.id}",
    )


def cancel_button(ctx: Context, arg: str) -> list[Reply]:
    """The Cancel button on a reminder confirmation."""
    found = access.get_reminder(session=ctx.session, reminder_id=_int(arg), viewer=ctx.viewer)
    if found is None:
        return [Reply(words.NOT_YOURS)]
    if found.status not in ("active", "waiting"):
        return [
            Reply(
                words.REMINDER_ALREADY.format(
                    text=found.text, status=words.reminder_status(found.status)
                )
            )
        ]
    reminders.update_reminder(session=ctx.session, reminder=found, status="cancelled", next_at=None)
    return [Reply(words.REMINDER_CANCELLED.format(text=found.text), edit=ctx.event.reply_to)]


def done_button(ctx: Context, arg: str) -> list[Reply]:
    """Done on a fired reminder: a one-off ends, a task-linked one ticks its task."""
    found = _occurrence_reminder(ctx, arg)
    if isinstance(found, Reply):
        return [found]
    return finish(ctx, found[0])


def finish(ctx: Context, reminder: Reminder) -> list[Reply]:
    """Done on `reminder`: a one-off ends with its snoozes, a task-linked one ticks its task."""
    if after_done(reminder):
        return [done_again(ctx, reminder)]
    # "undo" or "oops wrong button" right after puts the task and the reminder back.
    ticked: list[dict[str, object]] = []
    told: list[Reply] = []
    said = words.REMINDER_DONE.format(text=reminder.text)
    task = (
        access.get_task(session=ctx.session, task_id=reminder.task_id, viewer=ctx.viewer)
        if reminder.task_id
        else None
    )
    if task is not None and task.status == "open" and (task.due_at or not task.rrule):
        # The task is done too; a repeating one moves on to its next date and says which.
        line, state = done.tick(ctx, task)
        ticked = [state]
        told = tell_requester(ctx, task, done=True)
        if task.rrule:
            said = line
        ctx.thread.note("task", [id_of(task)], now=ctx.now)
    before = [remind_manage.undo_snapshot(reminder)] if not reminder.rrule else []
    later = _pending_snoozes(ctx, reminder)  # Done on an older copy ends its snooze too
    before += [remind_manage.undo_snapshot(r) for r in later]
    ctx.thread.remember_undo({"verb": "done", "tasks": ticked, "reminders": before}, now=ctx.now)
    if not reminder.rrule:
        reminders.update_reminder(session=ctx.session, reminder=reminder, status="done")
    for snoozed in later:
        reminders.update_reminder(session=ctx.session, reminder=snoozed, status="done")
    return [Reply(said, edit=ctx.event.reply_to), *told]


def snooze_button(ctx: Context, arg: str) -> list[Reply]:
    """Snooze one fired occurrence; the rest of a series stays where it was."""
    occurrence_arg, _, amount = arg.partition(":")
    found = _occurrence_reminder(ctx, occurrence_arg)
    if isinstance(found, Reply):
        return [found]
    reminder, _ = found
    at = _snooze_until(ctx, amount)
    if at is None:
        return [Reply(words.REMIND_BAD_TIME.format(text=amount))]
    # A pressed button turns its message into the answer; a typed snooze is answered below it.
    pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
    return snooze_to(ctx, reminder, at, edit=pressed)


def stop_button(ctx: Context, arg: str) -> list[Reply]:
    """Stop a series for good."""
    found = access.get_reminder(session=ctx.session, reminder_id=_int(arg), viewer=ctx.viewer)
    if found is None:
        return [Reply(words.NOT_YOURS)]
    reminders.update_reminder(session=ctx.session, reminder=found, status="cancelled", next_at=None)
    return [Reply(words.REMINDER_STOPPED.format(text=found.text), edit=ctx.event.reply_to)]


def _snooze_text(ctx: Context, rest: str) -> list[Reply]:
    latest = reminders.get_latest_occurrence(session=ctx.session, person_id=ctx.person_id)
    if latest is None or latest.id is None:
        return [Reply(words.NOTHING_TO_SNOOZE)]
    found = _occurrence_reminder(ctx, str(latest.id))
    if isinstance(found, Reply):
        return [found]
    rest = _SNOOZE_WHAT.sub("", rest.strip())
    at = _snooze_until(ctx, rest or "20")
    if at is None and (time_said := _SNOOZE_WHY.sub("", rest)) != rest:
        at = _snooze_until(ctx, time_said or "20")
    if at is None:
        return [Reply(words.REMIND_BAD_TIME.format(text=rest))]
    return snooze_to(ctx, found[0], at)


def _snooze_until(ctx: Context, amount: str) -> datetime | None:
    amount = amount.strip().lower()
    if amount.isdigit():
        return ctx.now + timedelta(minutes=int(amount))
    if amount in ("tomorrow", "tomorrow morning"):
        # Pressed in the small hours, "tomorrow" is the morning about to come.
        early = ctx.local_now.hour < EARLY_HOURS_END
        tomorrow = ctx.local_now.date() + timedelta(days=0 if early else 1)
        return resolve_local(datetime.combine(tomorrow, MORNING), ctx.zone)
    if m := _DURATION.match(amount):
        n = _amount(m.group("n"))
        unit = m.group("unit")[0].lower()
        return (
            ctx.now
            + n * {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}[unit]
        )
    when = parse_when(amount, now=ctx.now, tz=ctx.tz)
    if when is None or when.start <= ctx.now:
        return None
    if when.grain not in ("minute", "hour"):
        return resolve_local(datetime.combine(when.start.date(), MORNING), ctx.zone)
    return when.start


def _amount(word: str) -> float:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return 0.5 if word.startswith("half") else 1


def snooze_to(
    ctx: Context, reminder: Reminder, at: datetime, *, edit: str | None = None
) -> list[Reply]:
    """Snooze `reminder` until `at`; an earlier snooze of it still to go off gives way. The
    other person on a task that moves along hears it in a note of their own."""
    before = [remind_manage.undo_snapshot(reminder)]
    if after_done(reminder) and reminder.status == "waiting":
        # The next one of this series waits for Done; snoozing moves only the one that fired.
        _remember_snooze(ctx, reminder, before)
        reminders.update_reminder(
            session=ctx.session, reminder=reminder, next_at=at.astimezone(UTC)
        )
        return [
            Reply(
                words.SNOOZED.format(text=reminder.text, when=when_text(at, "minute", ctx.tz)),
                edit=edit,
            )
        ]
    for earlier in _pending_snoozes(ctx, reminder):
        before.append(remind_manage.undo_snapshot(earlier))
        reminders.update_reminder(
            session=ctx.session, reminder=earlier, status="cancelled", next_at=None
        )
    again = reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=reminder.person_id,
            created_by=reminder.created_by or ctx.person_id,  # still the setter's reminder
            chat_id=reminder.chat_id,
            task_id=reminder.task_id,
            text=reminder.text,
            next_at=at.astimezone(UTC),
            anchor_at=at.astimezone(UTC),
            tz=reminder.tz,
            created_at=ctx.now,
        ),
    )
    if not reminder.rrule:
        reminders.update_reminder(session=ctx.session, reminder=reminder, status="snoozed")
    before.append({"id": id_of(again), "status": "cancelled", "next_at": None})
    moved = snooze_task.follow(ctx, reminder, at)  # a task due at this reminder moves along
    _remember_snooze(ctx, reminder, before, [moved[1]] if moved else [])
    ctx.thread.note("reminder", [id_of(again)], now=ctx.now)  # "no, 10am" moves this one
    when = when_text(at, "minute", ctx.tz)
    also = snooze_task_words.MOVED_TOO.format(when=when) if moved else ""
    said = Reply(
        words.SNOOZED.format(text=reminder.text, when=when) + also,
        edit=edit,
        ref=None if edit else f"reminder:{again.id}",
    )
    task = moved[0] if moved else None
    told = tell_other_side(ctx, task, {"due_at": at}, old_title=task.title) if task else []
    return [said, *told]


def _remember_snooze(
    ctx: Context,
    reminder: Reminder,
    before: list[dict[str, Any]],
    moved: list[dict[str, Any]] | None = None,
) -> None:
    """Keep what "undo" needs to take a snooze back: every reminder (and task) as it was."""
    action = {"verb": "snooze", "reminders": before, "text": reminder.text}
    ctx.thread.remember_undo({**action, "tasks": moved} if moved else action, now=ctx.now)


def _pending_snoozes(ctx: Context, reminder: Reminder) -> list[Reminder]:
    """Snoozes of the same reminder still to go off: a new snooze takes their place."""
    return [
        r
        for r in reminders.get_active_reminders(session=ctx.session, person_id=reminder.person_id)
        if r.id != reminder.id
        and r.status == "active"
        and not r.rrule
        and r.text == reminder.text
        and r.task_id == reminder.task_id
        and r.created_at >= reminder.created_at
        and r.anchor_at == r.next_at  # a snooze fires when it is anchored, with no lead
    ]


def _occurrence_reminder(ctx: Context, arg: str) -> tuple[Reminder, int] | Reply:
    occurrence = reminders.get_occurrence(session=ctx.session, occurrence_id=_int(arg))
    reminder = (
        access.get_reminder(
            session=ctx.session, reminder_id=occurrence.reminder_id, viewer=ctx.viewer
        )
        if occurrence is not None
        else None
    )
    if occurrence is None or reminder is None:
        return Reply(words.NOT_YOURS)
    return reminder, id_of(occurrence)


def _int(arg: str) -> int:
    try:
        return int(arg)
    except ValueError:
        return -1
