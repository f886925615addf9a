"""A reminder about a saved task: "remind me about the lens saturday 6pm", or "remind me about this
tomorrow at 9" as a reply to the task (or right after it was shown), goes on that task rather than
making a second one; "this" after a card still waiting reminds with the card's words. When nothing
of the person's matches, the caller sets a reminder as usual.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time

from flowhub.connectors import Reply
from flowhub.nlp import next_occurrences, parse_when, resolve_local
from flowhub.skills import remind_which, remind_words, words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.nudge_text import nudge_text, purpose_split
from flowhub.skills.refer import last_target, tasks_named, tokens
from flowhub.skills.task_source_named import tasks_said_of
from flowhub.storage import Person, Reminder, access, id_of, proposals, reminders

_ABOUT = re.compile(
    r"^(?:(?:and|also|oh|ok|okay|pls|please)[\s,]+)*remind\s+me\s+(?:again\s+)?"
    r"(?:about|of|re|regarding|abt)\b\s*(?P<what>.*)$",
    re.I,
)
# "remind me thursday at 8:30 to send it", "ricordami giovedì di mandarlo": what to do with the
# task just shown, named only by a pronoun (an Italian or Spanish one joined to its verb).
_TO_IT = re.compile(
    r"^(?:(?:and|also|oh|ok|okay|pls|please)[\s,]+)*remind\s+me\s+(?:again\s+)?(?:to\s+)?"
    r"(?:(?:[\w'-]+(?:\s+(?:up|out|off|over|back|on|in))?\s+(?:it|this|that|them|those|these"
    r"|this\s+one|that\s+one)(?:\s+(?:up|out|off|over|back|in|again))?)"
    r"|[\w'-]+?(?:ar|er|ir|re)(?:lo|la|li|le|los|las)|[\w'-]+?[áéí]r(?:se)?(?:lo|la|los|las))"
    r"\s*[.!]*$",
    re.I,
)
# "remind me thursday at 2:30" with nothing else, or only "it" said in its own language
# ("herinner me er … aan", "me lembra disso"): the card or task just shown.
_BARE = re.compile(
    r"^(?:(?:and|also|oh|ok|okay|pls|please)[\s,]+)*remind\s+me(?:\s+(?:to\s+)?(?:again|pls|please"
    r"|plz|then|er\s+aan|eraan|daaraan|dran|daran|disso|isso|nisso|об\s+этом|этом|it|this|that))*"
    r"\s*[.!]*$"
    r"|^(?:recu[eé]rd(?:a|e)mel[oa]|av[ií]samel[oa]|ricordamel[oa]|ricordatel[oa])(?:\s+(?:porfa|pls))?"
    r"\s*[.!]*$",
    re.I,
)
_CUT = re.compile(r"\s*[?!.,;:(]|\s+-\s+")
_TAIL = re.compile(
    r"(?:\s+(?:like|at|around|on|by|for|in|please|pls|too|again|as\s+well))+\s*$", re.I
)
_REFERENCE = frozenset(
    ["", "it", "this", "that", "this one", "that one", "this task", "that task", "the task"]
)
# "the proofer one", "the proofer task": a task named by what it is about.
_ONE = re.compile(r"\b(?:one|task|thing)\W*$", re.I)
MORNING = time(9, 0)
MOMENT = datetime(2026, 1, 7, 12, tzinfo=UTC)  # where the time words are, not when they mean

Confirm = Callable[[Context, Reminder, Person], Reply]


def _referred(ctx: Context) -> list[tuple[str, int | None]]:
    """What "this" or "it" means: a task replied to or just shown, a reminder's task, or a card
    still waiting (its words make a reminder of their own)."""
    target = last_target(ctx)
    if target is not None and target[0] == "reminder":
        about = reminders.get_reminder(session=ctx.session, reminder_id=target[1])
        target = ("task", about.task_id) if about is not None and about.task_id else None
    if target is not None and target[0] == "card":
        card = proposals.get_proposal(session=ctx.session, proposal_id=target[1])
        return [(card.title, None)] if card is not None and card.person_id == ctx.person_id else []
    if target is None or target[0] != "task":
        return []
    found = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
    return [(found.title, found.id)] if found and found.status == "open" else []


def _shown(ctx: Context) -> bool:
    """Whether a card or a task is what "it" means now (not a reminder that went off)."""
    target = last_target(ctx)
    return target is not None and target[0] in ("card", "task")


def _named(ctx: Context, what: str) -> list[tuple[str, int | None]]:
    """The open tasks (title, id) `what` names; "the lens cap" is not the lens task."""
    if what.casefold() in _REFERENCE:
        return _referred(ctx)
    found = tasks_named(ctx, what)
    named = [(t.title, t.id) for t in found if t.status == "open" and _covers(what, t.title)]
    if not named and _ONE.search(what):  # "the proofer one": a word of the message it came from
        said = tasks_said_of(ctx, what)
        named = [(t.title, t.id) for t in said[:1]] if len(said) == 1 else []
    return named


def _covers(what: str, title: str) -> bool:
    """Whether each content word of `what` is in `title`, or starts like one of its words."""
    have = tokens(title)
    return all(
        w in have or any(len(w) >= 4 and len(h) >= 4 and h[:4] == w[:4] for h in have)
        for w in tokens(what)
    )


def asks_for_it(text: str) -> bool:
    """Whether `text` only asks for a reminder about the task meant, at a time it says:
    "remind me thursday at 2:30", "remind me about this tomorrow at 9"."""
    when = parse_when(text, now=MOMENT, tz="UTC")
    if when is None or when.span[1] <= when.span[0]:
        return False
    said = " ".join((text[: when.span[0]] + " " + text[when.span[1] :]).split())
    m = _ABOUT.match(said)
    if m is not None:
        return m.group("what").strip(" .!").casefold() in _REFERENCE
    return _BARE.match(said) is not None or _TO_IT.match(said) is not None


def handle(ctx: Context, spoken: str, confirm: Confirm) -> list[Reply] | None:
    """Set a reminder on the open task `spoken` ("remind me about …") names; None otherwise."""
    when = parse_when(spoken, now=ctx.now, tz=ctx.tz)
    bare = spoken
    if when is not None and when.span[1] > when.span[0]:
        bare = spoken[: when.span[0]] + " " + spoken[when.span[1] :]
    said = " ".join(bare.split())
    m = _ABOUT.match(said)
    if m is not None:
        what, act = purpose_split(m.group("what"))  # "... so I can chase sam"
        what = _TAIL.sub("", " " + _CUT.split(what, maxsplit=1)[0]).strip()
    elif _TO_IT.match(said) or (_BARE.match(said) and _shown(ctx)):
        what, act = "it", None
    else:
        return None
    found = _named(ctx, what)
    if not found:
        return None
    if len(found) > 1:
        titles = ", ".join(f"“{title}”" for title, _ in found[:3])
        remind_which.remember(ctx, [i for _, i in found[:3] if i is not None], what)
        return [Reply(remind_words.BEFORE_WHICH.format(what=what, titles=titles))]
    title, task_id = found[0]
    if act is not None:
        title = nudge_text(ctx, act, what, title)
    if when is None:
        return [Reply(words.REMIND_WHEN.format(title=title))]
    start = when.start
    if when.grain not in ("minute", "hour"):
        start = resolve_local(datetime.combine(start.date(), MORNING), ctx.zone)
    first = start
    if when.rrule and start <= ctx.now:
        upcoming = next_occurrences(when.rrule, start=start, tz=ctx.tz, after=ctx.now)
        first = upcoming[0] if upcoming else start
    if first <= ctx.now:
        return [Reply(words.REMIND_PAST.format(when=when_text(first, "minute", ctx.tz)))]
    same = [
        r
        for r in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
        if r.task_id == task_id
        and r.text == title[:500]
        and r.next_at == first.astimezone(UTC)
        and r.rrule == when.rrule
    ]
    reminder = (
        same[0]
        if same
        else reminders.create_reminder(
            session=ctx.session,
            reminder_in=Reminder(
                person_id=ctx.person_id,
                created_by=ctx.person_id,
                chat_id=ctx.chat_id,
                task_id=task_id,
                text=title[:500],
                next_at=first.astimezone(UTC),
                anchor_at=start.astimezone(UTC),
                rrule=when.rrule,
                tz=ctx.tz,
                created_at=ctx.now,
            ),
        )
    )
    ctx.thread.note("reminder", [id_of(reminder)], now=ctx.now)
    return [confirm(ctx, reminder, ctx.person)]
