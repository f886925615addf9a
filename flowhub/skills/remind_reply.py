"""Answers to a reminder's own messages: its confirmation, its firing, its snooze.

"invoice sent 👌" to a reminder that went off marks it done; "no cancel that, it's for priya"
to a confirmation cancels it (and sets it for Priya); "no, 10am today please" or "wrong, 6pm MY
time" moves it, and to one that went off it is a snooze until then, never "an hour later".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when, resolve_local
from flowhub.skills import (
    done,
    done_asked,
    done_lang,
    edit_words,
    help_words,
    remind,
    remind_clock,
    remind_done_said,
    remind_done_too,
    remind_for,
    remind_manage,
    remind_move_task,
    remind_put_off,
    remind_reply_lang,
    remind_reply_later,
    remind_reply_progress,
    remind_reply_words,
    remind_time_last,
    words,
)
from flowhub.skills.context import Context
from flowhub.skills.done_elsewhere import meant_other
from flowhub.skills.edit_apply import SAME_TIME
from flowhub.skills.format import when_text
from flowhub.skills.refer import answered_occurrence, replied_ref
from flowhub.skills.refer_words import NOT_NEWS, past_forms
from flowhub.skills.remind_reply_amount import read_amount
from flowhub.skills.remind_times import same_wall_time
from flowhub.skills.small_talk import is_small_talk
from flowhub.storage import (
    Person,
    Reminder,
    ReminderOccurrence,
    access,
    id_of,
    people,
    reminders,
    tasks,
)

_LIVE = ("active", "waiting")
LATER_DEFAULT = timedelta(hours=1)
_ACK_WORDS = 6


_DONE_FIRST = re.compile(
    r"^\s*(?:all\s+|yep\s+|yes\s+|ok\s+)?(?:done|sorted|finished|did it)\s*(?:[,.!✅👍🙌-]|$)", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Done, cancel or a new time said to a reminder's message; None for anything else."""
    if (for_them := remind_for.handle(ctx)) is not None:
        return for_them  # "cancel the reminder for Ana": never the one that went off for me
    again = remind_reply_progress.asked_again(ctx.text)
    if remind_reply_progress.partial(ctx.text) and (again or ctx.event.reply_to):
        # "half there, … still waiting on the gaffer. bug me again at 3": news, not a done.
        ctx = replace(ctx, text=again or "later")
    elif len(ctx.text.split()) > remind_reply_words.MAX_WORDS:
        lead = _DONE_FIRST.match(ctx.text)
        if lead is None and again is None:
            return None
        # "done, she went w/ the oak one 🙌 sam u can do the quote now": the done is the answer.
        ctx = replace(ctx, text=lead.group(0) if lead else again or "")
    if not ctx.event.reply_to and ctx.thread.flow_kind(ctx.now) == "remind_when":
        return None  # "in 30 min" answers "When should I remind you …?"; it moves nothing
    target = _target(ctx)
    if target is None or target[1] is None:
        closed = done_lang.handle(ctx)  # "listo ya saque la basura" after a snooze
        if closed or target is None:
            return closed
    reminder, occurrence_id = target
    if occurrence_id is not None and (answer := _to_firing(ctx, reminder, occurrence_id)):
        return answer
    confirmed = occurrence_id is None and reminder.status in _LIVE
    if confirmed and ctx.event.reply_to and _cancels(ctx, reminder):
        return _cancel(ctx, reminder)
    if not remind_reply_words.may_move(
        ctx.text,
        answered=bool(ctx.event.reply_to) or occurrence_id is not None,
        own=reminder.person_id == ctx.person_id,
    ):
        return None
    at = _new_time(ctx, reminder, live=confirmed)
    if at is None:
        return None
    if isinstance(at, Reply):
        return [at]
    if confirmed and not reminder.rrule:
        return [_move(ctx, reminder, at)]
    if occurrence_id is not None or reminder.status in ("fired", "snoozed"):
        return remind.snooze_to(ctx, reminder, at)
    return None


def _to_firing(ctx: Context, reminder: Reminder, occurrence_id: int) -> list[Reply] | None:
    """Done, later or thanks said to a reminder that went off; None for anything else."""
    over = reminder.status in ("done", "cancelled") and not reminder.rrule
    # "ada tugas aku yang telat gak?" asks about the list: its "gak" takes no Done back.
    if over and ctx.intent != "query" and (back := _taken_back(ctx, reminder)):
        return back
    said_done = _says_done(ctx.text, reminder) or remind_reply_lang.says_done(ctx.text)
    if done_asked.asks(ctx.text):
        return None  # "whats left today" asks about the list; it never answers the reminder
    told = not said_done and (ctx.chat.kind == "direct" or bool(ctx.event.reply_to))
    reported = told and remind_done_said.reports_done(ctx.text, reminder.text)
    # "done, and i also sent the tasting menu": the other task is ticked beside the reminder.
    elsewhere = (said_done or reported) and not ctx.event.reply_to
    other = (
        meant_other(ctx, reminder) if elsewhere and not remind_done_too.says_too(ctx.text) else None
    )
    if other:
        return other  # "die versicherungspapiere für wien sind raus" is not the bus call's
    if reported:
        said_done = True  # "van's empty, all crates back", "called them. peonies ok but …"
        remind_done_said.keep_news(ctx, reminder)
    if not said_done and ctx.event.reply_to and _cancels(ctx, reminder):
        return _cancel(ctx, reminder)  # "cancel this" said to a daily one that went off
    if said_done and not remind_reply_later.asks_again_at(ctx):
        replies = remind.done_button(_unreplied(ctx), str(occurrence_id))  # "c fait", "ले ली"
        return replies + remind_done_too.others(ctx, reminder)  # "… so the deposit is paid too"
    if over:
        return None  # nothing to put off any more
    if (put_off := remind_put_off.snooze(ctx, str(occurrence_id))) is not None:
        return put_off  # "push this 2 hours", "do it tomorrow morning"
    if at := remind_reply_later.snooze_at(ctx, reminder, LATER_DEFAULT):
        return remind.snooze_to(ctx, reminder, at)  # "je suis au tel", "tunda 20 menit"
    if remind_reply_lang.says_later(ctx.text) or _replied_time(ctx, reminder):
        return remind.snooze_to(ctx, reminder, _later(ctx, reminder))
    if said := remind_time_last.time_at_end(ctx, reminder):
        at = _then(said, remind_clock.heard_in(ctx, reminder))
        return remind.snooze_to(ctx, reminder, at)  # "ugh too late now, tomorrow 9ish"
    if _will_do_then(ctx, reminder):
        return remind.snooze_to(ctx, reminder, _later(ctx, reminder))  # "not yet, after lunch"
    if _acknowledges(ctx):
        return [Reply(help_words.ACK)]  # "on my way, thx" to a reminder that went off
    return None


def _taken_back(ctx: Context, reminder: Reminder) -> list[Reply] | None:
    """ "eh sori, batalin yg barusan, belum kucek" just after Done: the Done is taken back."""
    last = ctx.thread.undo or {}
    ids = [snap.get("id") for snap in last.get("reminders", [])]
    if last.get("verb") != "done" or reminder.id not in ids:
        return None
    if remind_reply_lang.says_not_yet(ctx.text) or remind_reply_words.CANCEL.search(ctx.text):
        return done.undo(ctx)
    return None


def _replied_time(ctx: Context, reminder: Reminder) -> bool:
    """Whether a reply to a firing says a time to come: it can only mean "then, again"."""
    if not ctx.event.reply_to or remind_reply_words.CANCEL.search(ctx.text):
        return False
    when = parse_when(ctx.text, now=ctx.now, tz=remind_clock.heard_in(ctx, reminder))
    return when is not None and not when.rrule and when.start > ctx.now


def _will_do_then(ctx: Context, reminder: Reminder) -> bool:
    """ "will do it after lunch", "I'll ring them tonight": done later, at a time to come."""
    if not remind_reply_words.will_do(ctx.text):
        return False
    when = parse_when(ctx.text, now=ctx.now, tz=remind_clock.heard_in(ctx, reminder))
    return when is not None and not when.rrule and when.start > ctx.now


def _later(ctx: Context, reminder: Reminder) -> datetime:
    """When "later" puts a firing off to: the time said ("en una hora"), else an hour on."""
    zone_name = remind_clock.heard_in(ctx, reminder)
    if amount := read_amount(ctx.text):
        return ctx.now + amount[0]  # "ugh later, give me half an hour"
    asked = remind_reply_words.asked_part(ctx.text)
    when = parse_when(asked, now=ctx.now, tz=zone_name) if asked else None
    if when is None or when.rrule or when.start <= ctx.now:
        when = parse_when(ctx.text, now=ctx.now, tz=zone_name)
    if when is None or when.rrule or when.start <= ctx.now:
        return ctx.now + LATER_DEFAULT
    return _then(when, remind_clock.heard_in(ctx, reminder))


def _then(when: When, zone_name: str) -> datetime:
    """The moment a time said puts a reminder off to: a day alone is that day's morning."""
    if when.grain in ("minute", "hour"):
        return when.start
    return resolve_local(
        datetime.combine(when.start.date(), remind.MORNING), remind_clock.zone_info(zone_name)
    )


def _acknowledges(ctx: Context) -> bool:
    """ "on my way, thx", "ok thanks": an answer to a reminder that asks for nothing."""
    if remind_reply_words.under_way(ctx.text):
        return True
    if remind_reply_words.CANCEL.search(ctx.text) or len(ctx.text.split()) > _ACK_WORDS:
        return False  # "no, not the knife roll. cancel the …" asks for something
    return is_small_talk(ctx.text) and parse_when(ctx.text, now=ctx.now, tz=ctx.tz) is None


def _says_done(text: str, reminder: Reminder) -> bool:
    """Done in any words, or in the reminder's own verb: "checked it" to "Check the dashboard"."""
    if remind_reply_words.says_done(text):
        return True
    first = reminder.text.split()[0] if reminder.text.split() else ""
    said = {w.casefold() for w in re.findall(r"[\w']+", text)}
    own = first.isalpha() and bool(said & past_forms(first))
    return own and not NOT_NEWS.search(text) and "?" not in text


def _target(ctx: Context) -> tuple[Reminder, int | None] | None:
    """The reminder this message answers, and the firing if it answers one."""
    if ctx.event.reply_to:
        kind, number = replied_ref(ctx)
        if not number.isdigit():
            return None
        if kind == "occurrence":
            occurrence = reminders.get_occurrence(session=ctx.session, occurrence_id=int(number))
            found = _reminder(ctx, occurrence.reminder_id) if occurrence else None
            return (found, occurrence.id) if found and occurrence else None
        found = _reminder(ctx, int(number)) if kind == "reminder" else None
        return (found, None) if found else None
    seen = ctx.thread.last_seen()
    listed = seen is not None and seen[0].startswith("list-")
    occurrence = answered_occurrence(ctx, replied=False)
    fresh = occurrence is not None and _fired_since_said(ctx, occurrence)
    numbered = remind_reply_words.has_number(ctx.text)
    if listed and numbered and (not fresh or remind_reply_words.picks_number(ctx.text)):
        return None  # "done 1" after a list is about the list, "3 from staffmatch" is not
    if listed and not fresh:
        return None  # a list asked for after the reminder went off is what is talked about
    if occurrence is not None and occurrence.id is not None:
        found = _reminder(ctx, occurrence.reminder_id)
        return (found, occurrence.id) if found else None
    if seen is None or seen[0] != "reminder" or len(seen[1]) != 1:
        return None
    found = _reminder(ctx, seen[1][0])
    return (found, None) if found else None


def _fired_since_said(ctx: Context, occurrence: ReminderOccurrence) -> bool:
    """Whether the reminder went off after the sender's last message here (a morning list sent
    with it is not what they answer)."""
    above = ctx.message_above()
    if occurrence.fired_at is None:
        return False
    if above is None or above.received_at is None:
        return True
    return _aware(above.received_at) <= _aware(occurrence.fired_at)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _reminder(ctx: Context, reminder_id: int) -> Reminder | None:
    """The reminder, unless its task was deleted: a deleted task is never ticked off."""
    found = access.get_reminder(session=ctx.session, reminder_id=reminder_id, viewer=ctx.viewer)
    task = (
        tasks.get_task(session=ctx.session, task_id=found.task_id)
        if found and found.task_id
        else None
    )
    return None if task is not None and task.status == "discarded" else found


def _unreplied(ctx: Context) -> Context:
    """The context as if typed without a reply, so the answer is a message of its own."""
    return replace(ctx, event=replace(ctx.event, reply_to=None))


def _person(ctx: Context, person_id: int) -> Person | None:
    if person_id == ctx.person_id:
        return ctx.person
    return people.get_person(session=ctx.session, person_id=person_id)


def _cancels(ctx: Context, reminder: Reminder) -> bool:
    """Whether the words cancel a reminder that can still go off."""
    return reminder.status in _LIVE and bool(remind_reply_words.CANCEL.search(ctx.text))


def _cancel(ctx: Context, reminder: Reminder) -> list[Reply]:
    """Cancel the reminder replied to; "it's for priya" sets the same one for Priya."""
    at, anchor = reminder.next_at, reminder.anchor_at
    replies = remind.cancel_button(ctx, str(reminder.id))
    name = remind_reply_words.meant_for(ctx.text)
    if name is None or at is None:
        return replies
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(found) != 1 or found[0].id == reminder.person_id:
        return replies
    who = found[0]
    # As if they had been named in the first place: the same clock time, on their clock.
    at = same_wall_time(at, reminder.tz, who.timezone)
    anchor = same_wall_time(anchor, reminder.tz, who.timezone) if anchor else None
    if at <= ctx.now:
        return replies
    again = reminders.create_reminder(
        session=ctx.session,
        reminder_in=Reminder(
            person_id=id_of(who),
            created_by=ctx.person_id,
            chat_id=ctx.chat_id if who.id == ctx.person_id else None,
            task_id=reminder.task_id,
            text=reminder.text,
            next_at=at,
            anchor_at=anchor,
            rrule=reminder.rrule,
            repeat_from=reminder.repeat_from,
            tz=who.timezone,
            created_at=ctx.now,
        ),
    )
    ctx.thread.note("reminder", [id_of(again)], now=ctx.now)
    return [*replies, remind.confirmation(_unreplied(ctx), again, who)]


def _new_time(ctx: Context, reminder: Reminder, *, live: bool) -> datetime | Reply | None:
    """The time a message made of a time and little else moves the reminder to.

    A clock time without a day keeps the reminder's day while it is still to come, and is
    otherwise the next time that clock time comes round, in the zone said or the reminded
    person's.
    """
    clock = remind_clock.read(ctx, ctx.text)
    zone_name = clock.zone or remind_clock.heard_in(ctx, reminder)
    text = clock.text
    if parse_when(text, now=ctx.now, tz=zone_name) is None:
        text = remind_reply_words.bare_clock(text)  # "no, make it 11"
    zone = remind_clock.zone_info(zone_name)
    own = reminder.next_at or reminder.anchor_at
    # "tuesday, same time": the day said at the reminder's own wall time, not now's clock time.
    kept = own.astimezone(zone).time() if own and SAME_TIME.search(text) else None
    if kept is not None:
        text = SAME_TIME.sub(" ", text).strip(" ,")
    found = _times(ctx, text, zone_name)
    if not found or not remind_reply_words.only_time(text, [w.span for w in found]):
        return None
    when = found[0]
    said = text[when.span[0] : when.span[1]]
    start = when.start
    if when.grain not in ("minute", "hour"):
        start = resolve_local(datetime.combine(start.date(), kept or remind.MORNING), zone)
    elif not remind_reply_words.DAY.search(said):
        start = _on_its_day(ctx, reminder, start.astimezone(zone), said, live=live)
    if start <= ctx.now:
        return Reply(words.REMIND_PAST.format(when=when_text(start, "minute", zone_name)))
    return start


def _times(ctx: Context, text: str, zone: str) -> list[When]:
    """Every time said in `text`, first first; none if one of them repeats."""
    found: list[When] = []
    rest = text
    while len(found) < remind_reply_words.MAX_TIMES:
        when = parse_when(rest, now=ctx.now, tz=zone)
        if when is None or when.span is None or when.span[1] <= when.span[0]:
            break
        if when.rrule:
            return []
        found.append(when)
        start, end = when.span
        rest = rest[:start] + " " * (end - start) + rest[end:]
    return found


def _on_its_day(
    ctx: Context, reminder: Reminder, said_at: datetime, said: str, *, live: bool
) -> datetime:
    """A clock time said alone: on the reminder's day while it is to come, else the next one.

    "7:30" with no am or pm is whichever of 07:30 and 19:30 is nearer the reminder's own time,
    or, for one that went off, the sooner still to come.
    """
    zone = remind_clock.zone_info(str(said_at.tzinfo))
    kept = live and reminder.next_at is not None and reminder.next_at > ctx.now
    current = reminder.next_at.astimezone(zone) if kept and reminder.next_at else None
    day = current.date() if current else ctx.now.astimezone(zone).date()
    clocks = [said_at.time()]
    if remind_reply_words.either_half(said, said_at.hour):
        clocks = [said_at.time().replace(hour=said_at.hour % 12 + h) for h in (0, 12)]
    options = [
        resolve_local(datetime.combine(day + timedelta(days=d), clock), zone)
        for d in (0, 1)
        for clock in clocks
    ]
    ahead = [o for o in options if o > ctx.now]
    if current is not None:
        same_day = [o for o in ahead if o.date() == day]
        if same_day:
            return min(same_day, key=lambda o: abs(o - current))
    return min(ahead, default=options[0])


def _move(ctx: Context, reminder: Reminder, at: datetime) -> Reply:
    before = {
        **remind_manage.undo_snapshot(reminder),
        "anchor_at": reminder.anchor_at.isoformat() if reminder.anchor_at else None,
        "lead_minutes": reminder.lead_minutes,
    }
    task = remind_move_task.along(ctx, reminder, at)  # before the reminder's own time changes
    undo: dict[str, Any] = {"verb": "reminder", "reminders": [before]}
    ctx.thread.remember_undo({**undo, "tasks": [task[1]]} if task else undo, now=ctx.now)
    reminders.update_reminder(
        session=ctx.session,
        reminder=reminder,
        next_at=at.astimezone(UTC),
        anchor_at=at.astimezone(UTC),
        lead_minutes=0,
    )
    ctx.thread.note("reminder", [id_of(reminder)], now=ctx.now)
    moved = when_text(at.astimezone(UTC), "minute", ctx.tz, reminder.tz)
    who = _person(ctx, reminder.person_id)
    if who is not None and who.id != ctx.person_id:
        theirs = when_text(at.astimezone(UTC), "minute", who.timezone)
        moved += remind_reply_words.FOR_THEM.format(when=theirs[-5:], name=who.display_name)
    note = remind_clock.night_note(at, who, ctx) if who is not None else ""
    if reminder.task_id is not None and task is None:
        # Only the reminder moved: the reply must not read as a move of its task.
        text = words.REMINDER_MOVED.format(text=reminder.text, when=moved)
    else:
        text = edit_words.CHANGED_TASK.format(
            what=edit_words.MOVED, title=reminder.text, detail=edit_words.TO.format(what=moved)
        )
    return Reply(text + note, ref=f"reminder:{reminder.id}")
