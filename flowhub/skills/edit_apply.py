"""Reading an edit against the thing it changes, and applying it to a card or a saved task.

Cards (`Proposal`) and tasks (`Task`) share the fields an edit touches, so one `apply` serves
both; a new date is read in the person's zone and merged with the old due time: a time alone
keeps the day, a day alone keeps the time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from flowhub.nlp import english_time_words, parse_when
from flowhub.skills.edit_words import (
    SWAP,
    WORD_FIX,
    ZONE_TAIL,
    Change,
    date_candidates,
    read_fixed,
    tidy,
)
from flowhub.skills.follow_words import loosen

_FILLER = frozenset(
    [
        "recurring",
        "should",
        "is",
        "it's",
        "its",
        "needs",
        "of",
        "a",
        "repeating",
        "repeat",
        "recur",
        "now",
        "be",
        "due",
        "by",
        "on",
        "at",
        "to",
        "for",
        "from",
        "the",
        "deadline",
        "date",
        "time",
        "it",
        "that",
        "this",
        "starting",
        "instead",
        "same",
        "till",
        "until",
        "of",
        "o'clock",
    ]
)
_DAYISH = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|tonight|next|week|month|year|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d+(?:st|nd|rd|th)|\d+[/.-]\d+)",
    re.I,
)
_BARE_HOUR = re.compile(r"^(?:(?P<p>to|at|for)\s+)?(?P<h>\d{1,2}(?::\d{2})?)$", re.I)
_CLOCK_FREQS = ("HOURLY", "MINUTELY")
_AMPM = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midnight|morning|evening)\b", re.I)
# A clock written the 24-hour way: "06:30", "6h30", "06h" ("às 6h30" is 06:30, never 18:30).
_CLOCK_24 = re.compile(r"(?<![\d:.])(?:0\d[:.h]|\d{1,2}h\d\d)", re.I)


_CLAUSES = re.compile(r"\s*(?:;|,|\band also\b|\band then\b|\n)\s*", re.I)
# Where one edit may end and the next begin: "call it X, and it's urgent. also due friday".
# "mondays and thursdays": one repeat of two days, never two edits.
_DAYS_AFTER = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?!\s+(?:to|at|for)\b)"
_SPLIT = re.compile(
    r"(\s*(?:;|,|\.(?=\s)|\n)\s*(?:(?:and|also|and also|and then|plus)\b\s*)?"
    r"|\s+(?:and also|and then|and|also|plus)\s+(?!" + _DAYS_AFTER + r"))",
    re.I,
)
# "final exam: high priority": the task named, then the edit.
# A colon between digits is a clock ("call mom at 10:00"), not a label's.
_LABEL = re.compile(r"^(?P<t>[^:]{2,60}?)(?:\s*(?!(?<=\d):\d):|\s+[-–—]+)\s*(?P<v>\S.*)$")
# A label that only names a task ("the instagram post - make that 5pm"), no sentence before it.
_ONE_NAME = re.compile(r"^[^.!?;,]+$")
# "to thu" and "28th" are read as "thu" and "the 28th".
_TO = re.compile(r"^(?:to|till|until)\s+(?=\S)", re.I)
_ORDINAL_DAY = re.compile(r"^(?P<p>(?:(?:on|for|by|due)\s+)*)(?P<d>\d{1,2}(?:st|nd|rd|th)\b)", re.I)
# "is actually due on the 8th not the 10th": the correction without its asides.
_ADVERBS = re.compile(r"\b(?:actually|really|in fact)\b", re.I)
_NOT_TAIL = re.compile(
    r",?\s+(?:not|instead of|rather than)\s+(?:on\s+|the\s+)*[\w:]+$"
    r"|,\s*(?:not|instead of|rather than)\s+(?:on\s+|at\s+|the\s+)*[\w:]+(?:\s+[\w:]+){1,3}$",
    re.I,
)
# A last clause that says why ("client moved the meeting") and asks for nothing.
REASON = re.compile(
    r"^\s*(?:because|since|cause|coz|cos)\b|\b(?:gave|got|moved|said|told|asked|changed|"
    r"extended|postponed|cancell?ed|rescheduled|was|were|had|anyway)\b"
    r"|^\s*(?:he|she|they|we|i|it)(?:'s|'re|'m|\s+is|\s+are|\s+am)\b"
    r"|^\s*(?:he|she|they|we)\s+(?:knows?|needs?|wants?|thinks?|says?|said|handles?|does"
    r"|deals?\s+with|looks?\s+after|takes?\s+care|runs?|manages?|owns?|orders?)\b"
    r"|^\s*\w+\s+(?:wants|needs|prefers|asked\s+for)\s+(?:it|that|this|them)\b"
    r"|\b(?:just|only)\s+(?:my|a|the)\s+reminder\b|\b(?:lol|lmao|haha)\W*$",
    re.I,
)
# "thursday 8am is enough since the lab wants them at 10": a day agreed to, with its reason.
_ENOUGH = re.compile(
    r"^(?P<v>.+?)\s+(?:is|'s|would\s+be|will\s+be|should\s+be)\s+"
    r"(?:enough|fine|ok|okay|good|better|plenty)(?:\s+(?:then|too))?"
    r"(?:\s+(?:since|because|as|cause|coz)\b.*)?$",
    re.I,
)
# "they want it by monday": the date someone needs it by, said as a fact.
_WANTED_BY = re.compile(
    r"^(?:they|he|she|we|(?:the\s+)?[\w'-]+)\s+(?:want|wants|need|needs|expect|expects)\s+"
    r"(?:it|them|this|that)\s+(?P<v>(?:by|on|for|before)\s+[^.;,!?]+?)[\s.!]*$",
    re.I,
)
# A quoted new title that ends before the rest of the edit: "call it 'X' and it's due thursday".
_QUOTED_HEAD = re.compile(
    r"^(?P<head>[^“\"‘']*?\s[“\"‘'](?P<q>[^“”\"‘’']{2,})[”\"’'])(?![\w])\s*(?P<rest>.*)$"
)
# "sam's job: check the terrace door": whose it is and what it is called, in one go.
_OWNED = re.compile(
    r"^(?!(?:it|that|this|today|tomorrow|tonight|everyone|nobody|somebody|someone)\W)"
    r"(?P<p>[A-Za-z][\w.-]{1,30})(?:'s|’s)\s+(?:job|task|thing|baby|one)\s*[:,–—-]\s*(?P<t>\w.{2,})$",
    re.I,
)
_JOINER = re.compile(r"^(?:[,;.:—–-]+\s*)?(?:(?:and|also|plus)\b\s*)?", re.I)
# A sentence before the edit that only says how things are: "saturday is her day off."
_SAID = re.compile(
    r"\b(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|can'?t|won'?t|has|have|had|off|away)\b", re.I
)
# An edit is a line or two; longer text (a pasted page) is never split into edits.
# "the first two are fine. …" answers cards by number: that sentence is a pick, not a reason.
_PICKED = re.compile(r"\b(?:first|second|third|last|others?|rest|both|all|two|three|\d+)\b", re.I)
# "the couple can't do thursday, …": why the change that follows is asked for.
_CANNOT = re.compile(
    r"\b(?:can'?t|can’t|cannot|couldn'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t)\s+"
    r"(?:do|make|come|go|attend|work|be)\b",
    re.I,
)
_MOST_PIECES = 11
_LONGEST = 300
_JUST = re.compile(r"^(?:just|simply|only)\s+(?=\S)", re.I)
_FIELDS: tuple[str, ...] = ("title", "assignee_name", "due_at", "due_grain", "due_tz", "rrule")
_FIELDS += ("repeat_from", "priority")


class Editable(Protocol):
    """What a card and a saved task both have."""

    title: str
    assignee_name: str | None
    due_at: datetime | None
    due_grain: str | None
    due_tz: str | None
    rrule: str | None
    repeat_from: str
    priority: str


def read(text: str, *, now: datetime, tz: str) -> Change | None:
    """The edit `text` asks for, or None when it reads as no edit at all."""
    swap = SWAP.match(text)
    if swap is not None and parse_when(swap.group("new"), now=now, tz=tz) is None:
        return Change(swap=(swap.group("new").strip(), swap.group("old").strip()))
    zone = ZONE_TAIL.search(text)
    if zone is not None and len(text) > zone.end() - zone.start():
        change = read(text[: zone.start()], now=now, tz=tz)
        if change is not None and change.when is not None:
            who = zone.group("who").casefold()
            change.zone_of = "me" if who == "my" else "them" if who != "your" else None
        return change
    fix = WORD_FIX.match(text)
    if (
        fix is not None
        and fix.group("new").casefold() != fix.group("old").casefold()
        and parse_when(fix.group("new"), now=now, tz=tz) is None  # "it's tuesday not monday"
    ):
        return Change(swap=(fix.group("new"), fix.group("old")))
    plain = re.sub(r"\s+", " ", _NOT_TAIL.sub("", _ADVERBS.sub("", text))).strip()
    if plain and plain != text:
        text = plain
    fixed = read_fixed(text)
    if fixed is not None:
        return fixed
    if (agreed := _agreed(text, now=now, tz=tz)) is not None:
        return agreed
    for target, value, strict in date_candidates(text):
        if target == "__scan__":
            found = parse_when(value, now=now, tz=tz)
            if found is None or not _filler(value[found.span[1] :]):
                continue
            named = value[: found.span[0]].strip()
            return Change(target=named, when=value[found.span[0] :], loose=True)
        value = _hour(_ORDINAL_DAY.sub(r"\g<p>the \g<d>", _TO.sub("", value)))
        found = parse_when(value, now=now, tz=tz)
        if found and _filler(value[: found.span[0]] + " " + value[found.span[1] :]):
            return Change(target=target, when=value, loose=not strict)
    label = _LABEL.match(text)
    if label is not None and ":" not in label.group("v") and len(text) <= _LONGEST:
        change = read(label.group("v"), now=now, tz=tz)
        if change is None:
            return None
        pronoun = change.target.casefold() in ("it", "that", "this")
        if not change.target or (pronoun and _ONE_NAME.match(label["t"])):
            change.target = label.group("t")
            return change
    return None


_PUT_ON = re.compile(
    r"^(?P<verb>put|set|stick|slap)\s+(?:a\s+)?(?P<when>.+?)"
    r"(?:\s+(?:deadline|due\s+date|date|time))?\s+on\s+(?P<ref>.+?)$",
    re.I,
)
# What names a card or task, not a day: "the first", "the second one", "the lens one", "it".
_CARD_REF = re.compile(
    r"^(?:(?:the\s+)?(?:first|second|third|fourth|fifth|last|other|top|bottom|#?\d{1,2})"
    r"(?:\s+(?:one|card|task))?|the\s+[\w'’ -]+?\s+(?:one|card|task)|it|that|this)$",
    re.I,
)


def read_all(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    """The edits of "due friday 5pm, priority high": each clause, or the first unreadable one.

    A new title ends where a clause that reads as another edit begins: "call it X and make it
    due wed" renames to X and moves the date.
    """
    text = _put_on(text, now=now, tz=tz)
    changes, unread = _read_all(text, now=now, tz=tz)
    loose = loosen(text)
    if changes or loose == text:
        return changes, unread
    again, _ = _read_all(loose, now=now, tz=tz)
    return (again, None) if again else (changes, unread)


def _put_on(text: str, *, now: datetime, tz: str) -> str:
    """ "put monday 9am on the first" said the other way round: "put the first on monday 9am"."""
    m = _PUT_ON.match(text.strip())
    if m is None or not _CARD_REF.match(m["ref"]):
        return text
    when = parse_when(m["when"], now=now, tz=tz)
    if when is None or when.span != (0, len(m["when"])):
        return text
    return f"{m['verb']} {m['ref']} on {m['when']}"


def _read_all(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    owned = _OWNED.match(text)
    if owned is not None:
        title = owned["t"].strip(" .!")
        return [Change(target="it", assignee=owned["p"]), Change(target="it", title=title)], None
    quoted = _quoted_first(text, now=now, tz=tz)
    if quoted is not None:
        return quoted
    whole = read(text, now=now, tz=tz)
    if whole is not None and whole.title is not None:
        whole.title = _JUST.sub("", whole.title)
    said = f"{whole.target} {whole.title or ''}" if whole is not None else ""
    if whole is not None and (whole.noop or whole.save):
        return [], text  # "yes save" alone is an answer to the card, not an edit of it
    if whole is not None and not _SPLIT.search(said):
        return [whole], None
    pieces = [p for p in _SPLIT.split(text) if p is not None]
    short = 2 < len(pieces) <= _MOST_PIECES and len(text) <= _LONGEST
    found = _partition(pieces, 0, now=now, tz=tz) if short else None
    loose_whole = found is not None and len(found) == 1 and found[0].loose
    said_why = REASON.search(pieces[-1]) or (found is None and _reason_said(pieces[-1]))
    if (found is None or loose_whole) and short and said_why:
        found = _partition(pieces[:-2], 0, now=now, tz=tz) or found  # "…, TA gave me an extension"
    if found is None and short and pieces[1].strip().startswith(".") and _reason_said(pieces[0]):
        found = _partition(pieces, 2, now=now, tz=tz)  # "saturday is her day off. make it monday"
    if found is None and short and pieces[1].strip() == "," and _CANNOT.search(pieces[0]):
        found = _partition(pieces, 2, now=now, tz=tz)  # "the couple can't do thursday, move …"
    if found is not None and all(c.noop or c.save for c in found):
        found = None
    if found is not None and (whole is None or len(found) > 1 or whole.loose):
        return found, None
    if whole is not None:
        return [whole], None
    clauses = [tidy(c) for c in _CLAUSES.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return [], text
    for clause in clauses:
        if read(clause, now=now, tz=tz) is None:
            return [], clause
    return [], text


def _agreed(text: str, *, now: datetime, tz: str) -> Change | None:
    """ "thursday 8am is enough", "they want it by monday": a day said as a fact about it."""
    said = _ENOUGH.match(text) or _WANTED_BY.match(text)
    found = parse_when(said["v"], now=now, tz=tz) if said is not None else None
    if said is None or found is None or found.span is None:
        return None
    return Change(target="it", when=said["v"]) if _filler(said["v"][: found.span[0]]) else None


def _quoted_first(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None] | None:
    """A quoted new title, then more edits or an aside: the title ends at its closing quote."""
    m = _QUOTED_HEAD.match(text)
    if m is None or not m["rest"].strip(" .!"):
        return None
    head = read(m["head"], now=now, tz=tz)
    if head is None or head.title is None:
        return None
    head.title = _JUST.sub("", head.title).strip().strip("“”\"'‘’")
    rest = tidy(_JOINER.sub("", m["rest"]))
    more, unread = _read_all(rest, now=now, tz=tz) if rest else ([], None)
    if more or not rest or REASON.search(rest):
        return [head, *more], None
    return [], unread


def _reason_said(sentence: str) -> bool:
    """Whether a first sentence only says why ("saturday is her day off"), picking no card."""
    return bool(_SAID.search(sentence)) and not _PICKED.search(sentence)


def _partition(pieces: list[str], start: int, *, now: datetime, tz: str) -> list[Change] | None:
    """Clauses from `pieces[start]` on (text, separator, text, …), each one edit, shortest first."""
    if start >= len(pieces):
        return []
    for end in range(start + 1, len(pieces) + 1, 2):
        clause = tidy("".join(pieces[start:end]))
        change = read(clause, now=now, tz=tz) if clause else None
        if change is None:
            continue
        if change.title is not None:
            change.title = _JUST.sub("", change.title).strip().strip("“”\"'")
        rest = _partition(pieces, end + 1, now=now, tz=tz)
        if rest is not None:
            return [change, *rest]
    return None


def apply_all(
    item: Editable, changes: list[Change], *, now: datetime, tz: str, me: str
) -> tuple[dict[str, object], str | None]:
    """The field changes of several edits in a row, or the problem that stops them all."""
    work = SimpleNamespace(**{name: getattr(item, name) for name in _FIELDS})
    merged: dict[str, object] = {}
    for change in changes:
        fields, problem = apply(work, change, now=now, tz=tz, me=me)
        if problem is not None:
            return {}, problem
        for name, value in fields.items():
            setattr(work, name, value)
        merged |= fields
    return merged, None


def _hour(value: str) -> str:
    """ "to 11" and "11" name an hour: "at 11"."""
    m = _BARE_HOUR.match(value.strip())
    return f"at {m.group('h')}" if m else value


def _filler(rest: str) -> bool:
    return all(w.casefold() in _FILLER for w in re.findall(r"[\w']+", rest))


def apply(
    item: Editable | SimpleNamespace, change: Change, *, now: datetime, tz: str, me: str
) -> tuple[dict[str, object], str | None]:
    """The field changes `change` makes to `item`, or the part that cannot be applied."""
    if change.save or change.noop:
        return {}, None
    if change.drop is not None or change.swap is not None or change.append is not None:
        return _retitled(item.title, change), None
    if change.title is not None:
        return {"title": (change.title[:1].upper() + change.title[1:])[:500]}, None
    if change.unassign:
        return {"assignee_name": None}, None
    if change.assignee is not None:
        name = change.assignee.lstrip("@")
        name = name if any(ch.isupper() for ch in name) else name.title()  # "priya" -> "Priya"
        return {"assignee_name": me if name.casefold() in ("me", "myself", "i") else name}, None
    if change.priority is not None:
        return {"priority": change.priority}, None
    if change.clear_due:
        return {"due_at": None, "due_grain": None, "due_tz": None, "rrule": None}, None
    if change.clear_rrule:
        return {"rrule": None, "repeat_from": "calendar"}, None
    if change.shift is not None or change.shift_months:
        return _shifted(item, change, tz)
    if change.when is not None:
        return _dated(item, change.when, now=now, tz=tz)
    return {}, "?"


def _retitled(title: str, change: Change) -> dict[str, object]:
    """The title without the words dropped, with words added, or one swapped for another."""
    if change.append is not None:
        if change.append.casefold() in title.casefold():
            return {}
        return {"title": f"{title.rstrip(' .')} {change.append}"[:500]}
    if change.drop is not None:
        cut = re.sub(r"\s*" + re.escape(change.drop) + r"\s*", " ", title, count=1, flags=re.I)
        cut = cut.strip(" :-–,")
        if cut == title.strip() or not cut:
            return {}
        return {"title": cut[:1].upper() + cut[1:]}
    new, old = change.swap or ("", "")
    if re.search(rf"\b{re.escape(old)}\b", title, re.I):
        swapped = re.sub(rf"\b{re.escape(old)}\b", new, title, count=1, flags=re.I)
        swapped = re.sub(r"\b(\w+)\s+\1\b", r"\1", swapped, flags=re.I)  # "black tap tap"
        return {"title": swapped}
    return {"title": f"{title} ({new}, not {old})"}


def _shifted(
    item: Editable | SimpleNamespace, change: Change, tz: str
) -> tuple[dict[str, object], str | None]:
    if item.due_at is None:
        return {}, "no-date"
    zone = ZoneInfo(item.due_tz or tz)
    local = item.due_at.astimezone(zone)
    delta = change.shift or timedelta()
    if change.shift_months:
        month = local.month - 1 + change.shift_months
        year, month = local.year + month // 12, month % 12 + 1
        local = local.replace(year=year, month=month, day=min(local.day, 28))
    if delta.days or delta == timedelta() or abs(delta) >= timedelta(days=1):
        moved = datetime.combine(local.date() + timedelta(days=delta.days), local.timetz())
        moved = moved.replace(tzinfo=zone) + timedelta(seconds=delta.seconds)
    else:
        moved = local + delta
    grain = item.due_grain
    if delta and delta < timedelta(days=1) and abs(delta) < timedelta(days=1):
        grain = "minute" if grain not in ("hour", "minute") else grain
    return {"due_at": moved.astimezone(UTC), "due_grain": grain, "due_tz": str(zone)}, None


SAME_TIME = re.compile(
    r"[,\s]*\b(?:at\s+)?(?:the\s+)?same\s+(?:time|hour)(?:\s+as\s+(?:before|now|it\s+was))?\b",
    re.I,
)


def _dated(
    item: Editable | SimpleNamespace, value: str, *, now: datetime, tz: str
) -> tuple[dict[str, object], str | None]:
    # "friday same time": the task's own time, which a day alone keeps (not now's clock time).
    kept = SAME_TIME.sub(" ", value).strip(" ,") if item.due_at else value
    found = parse_when(kept or value, now=now, tz=tz)
    if found is None:
        return {}, value
    value = kept or value
    zone = ZoneInfo(item.due_tz or tz)
    old = item.due_at.astimezone(zone) if item.due_at else None
    timed = item.due_grain in ("hour", "minute")
    start, grain = found.start, str(found.grain)
    if found.rrule:
        keeps_day = not re.search(r"BYDAY|BYMONTHDAY|BYSETPOS", found.rrule)
        if old is not None and keeps_day:
            start, grain = old, item.due_grain or grain
        elif old is not None and timed and grain in ("day", "week"):
            start, grain = datetime.combine(start.date(), old.timetz()), item.due_grain or grain
    elif old is not None and grain in ("hour", "minute") and not _names_day(value):
        base = datetime.combine(old.date(), time(0), tzinfo=zone)
        at = parse_when(value, now=base, tz=str(zone)) or found
        clock = at.start.astimezone(zone).time()
        english = english_time_words(value)  # "6:30 da manhã" says the morning too
        bare = not _AMPM.search(english) and not _CLOCK_24.search(value)
        if clock.hour < 7 and bare:
            clock = clock.replace(hour=clock.hour + 12)  # "at 4" on a working day means 16:00
        elif bare and timed and clock.hour < 12 <= old.hour - 5 and abs(clock.hour - old.hour) > 8:
            clock = clock.replace(hour=clock.hour + 12)  # "8 baje" to a 19:00 task is 20:00
        start = datetime.combine(old.date(), clock, tzinfo=zone)
    elif old is not None and timed and grain in ("day", "week"):
        # The day said is the speaker's, at the task's clock time as the speaker sees it.
        seen = ZoneInfo(tz)
        clock = old.astimezone(seen).time()
        start = datetime.combine(found.start.astimezone(seen).date(), clock, tzinfo=seen)
        grain = item.due_grain or grain
    elif grain in ("day", "week"):
        # The day said is the speaker's; it starts at midnight in the zone the task keeps.
        said = found.start.astimezone(ZoneInfo(tz)).date()
        start = datetime.combine(said, time(0), tzinfo=zone)
    if found.rrule and start.astimezone(UTC) <= now:
        start = _next_of(found.rrule, start, now)  # "tuesdays and fridays" said on a Friday night
    changes: dict[str, object] = {
        "due_at": start.astimezone(UTC),
        "due_grain": grain,
        "due_tz": str(zone) if old is not None else tz,
    }
    if found.rrule:
        local = start.astimezone(zone)
        wall = local.time() if grain in ("hour", "minute") else None
        changes["rrule"] = _kept(found.rrule, item.rrule, local.date(), wall)
        if _DAYS_ONLY.fullmatch(value.strip()) and item.rrule:
            changes["rrule"] = _same_interval(str(changes["rrule"]), item.rrule)
        changes["repeat_from"] = "completion" if found.after_completion else "calendar"
    elif item.rrule and grain in ("hour", "minute") and not _names_day(value):
        # "change the stock check to 8am": a new time of day is the series' new time.
        changes["rrule"] = _retimed(item.rrule, start.astimezone(zone).time())
    return changes, None


def _next_of(rule: str, start: datetime, now: datetime) -> datetime:
    """The first time the repeat `rule` from `start` comes after `now`, at its wall time."""
    zone = start.tzinfo
    local = start.replace(tzinfo=None)
    try:
        series = rrulestr(rule.removeprefix("RRULE:"), dtstart=local)
    except ValueError:
        return start
    after = now.astimezone(zone).replace(tzinfo=None)
    nxt = series.after(after)
    return nxt.replace(tzinfo=zone) if nxt is not None else start


def _names_day(value: str) -> bool:
    """Whether `value` says a day as well as a time, in any language ("lunedì alle 10")."""
    return bool(_DAYISH.search(value) or _DAYISH.search(english_time_words(value)))


# "tuesdays", "on tuesdays": only the day of a repeat changes, not how often it comes.
_DAYS_ONLY = re.compile(r"(?:(?:on|to)\s+)?[a-z]+days", re.I)


def _same_interval(rule: str, old: str) -> str:
    """`rule` keeping the old rule's INTERVAL when both repeat at the same frequency."""
    new = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    was = dict(p.split("=", 1) for p in old.split(";") if "=" in p)
    if "INTERVAL" in new or "INTERVAL" not in was or new.get("FREQ") != was.get("FREQ"):
        return rule
    new["INTERVAL"] = was["INTERVAL"]
    ordered = [f"{k}={new.pop(k)}" for k in _ORDER if k in new]
    return ";".join(ordered + [f"{k}={v}" for k, v in new.items()])


def _retimed(rule: str, clock: time) -> str:
    """`rule` at the wall-clock time `clock` (rules that repeat within a day keep theirs)."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if parts.get("FREQ") in _CLOCK_FREQS:
        return rule
    parts["BYHOUR"], parts["BYMINUTE"] = str(clock.hour), str(clock.minute)
    ordered = [f"{k}={parts.pop(k)}" for k in _ORDER if k in parts]
    return ";".join(ordered + [f"{k}={v}" for k, v in parts.items()])


_DAY_KEYS = ("BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS")
_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _days_of(freq: str, day: date) -> dict[str, str]:
    """The days a weekly, monthly or yearly rule from `day` falls on, said outright."""
    if freq == "WEEKLY":
        return {"BYDAY": _CODES[day.weekday()]}
    if freq == "MONTHLY":
        return {"BYMONTHDAY": str(day.day)}
    if freq == "YEARLY":
        return {"BYMONTH": str(day.month), "BYMONTHDAY": str(day.day)}
    return {}


_ORDER = ("FREQ", "INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "BYHOUR", "BYMINUTE")


def _kept(rule: str, old: str | None, day: date, clock: time | None) -> str:
    """`rule` with what it leaves unsaid taken from the old rule and due time.

    "every other week" on a rule for Tuesdays keeps the Tuesdays; "make it weekly" on a task due
    Saturday at 08:00 repeats on Saturdays at 08:00; "monthly" on one due the 20th, on the 20th.
    """
    new = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    was = dict(p.split("=", 1) for p in (old or "").split(";") if "=" in p)
    said_days = any(k in new for k in _DAY_KEYS)
    if not said_days and was.get("FREQ") == new.get("FREQ") and any(k in was for k in _DAY_KEYS):
        new |= {k: was[k] for k in _DAY_KEYS if k in was}
    elif not said_days:
        new |= _days_of(new.get("FREQ", ""), day)
    if "BYHOUR" not in new and clock is not None and new.get("FREQ") not in _CLOCK_FREQS:
        new["BYHOUR"], new["BYMINUTE"] = str(clock.hour), str(clock.minute)
    ordered = [f"{k}={new.pop(k)}" for k in _ORDER if k in new]
    return ";".join(ordered + [f"{k}={v}" for k, v in new.items()])
