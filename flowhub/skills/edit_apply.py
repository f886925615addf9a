"""Reading an edit against the thing it changes, and applying it to a card or a saved task.

Cards (`Proposal`) and tasks (`Task`) share the fields an edit touches, so one `apply` serves
both; a new date is merged with the old due time (`edit_dates`): a time alone
keeps the day, a day alone keeps the time.
"""

from __future__ import annotations

import re
from datetime import datetime
from types import SimpleNamespace
from typing import Protocol

from flowhub.nlp import parse_when
from flowhub.skills import edit_amount, edit_end, edit_said_day
from flowhub.skills.edit_aside import acts, swallowed
from flowhub.skills.edit_dates import NO_TIME, dated, day_only, shifted
from flowhub.skills.edit_dates import SAME_TIME as SAME_TIME
from flowhub.skills.edit_leads import without_lead
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
_BARE_HOUR = re.compile(r"^(?:(?P<p>to|at|for)\s+)?(?P<h>\d{1,2}(?::\d{2})?)$", re.I)
# A clock typed without its colon: "10 30", "1030", "10.30" (a card's new time, not a date).
_TYPED_CLOCK = re.compile(
    r"^(?:(?:to|at|for)\s+)?(?P<h>[01]?\d|2[0-3])(?:[\s.]|(?<=\d\d)|(?<=^\d))(?P<m>[0-5][05])"
    r"(?P<rest>\s+(?:instead|then|pls|please|now))*$",
    re.I,
)


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
    r",?\s+(?:not|instead of|rather than)\s+(?:on\s+|the\s+)*"
    r"(?!(?:in|yet|here|there|back|out|up|done|paid|sent|ready|received|arrived|booked)$)[\w:]+$"
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
    r"^(?P<v>.+?)\s+(?:is|'s|would\s+be|will\s+be|should\s+be|works)\s+"
    r"(?:enough|fine|ok|okay|good|better|best|plenty)(?:\s+(?:then|too))?"
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
    if (first := _said_first(text, now=now, tz=tz) or edit_end.read(text)) is not None:
        return first
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
            value = _clock_tail(value)
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


# "make it: confirm the allergy list": a colon after "make it" puts a title (or a day) after it.
_COLON_TITLE = re.compile(
    r"^(?:make|change|set|switch)\s+(?:it|that|this)(?:\s+one)?(?:\s+to)?\s*:\s*(?P<v>\S.*)$", re.I
)
# "first one give it to ana": a card named by its place, then the edit said of "it".
_PLACE_FIRST = re.compile(
    r"^(?P<r>(?:the\s+)?(?:first|second|third|fourth|fifth|last|other|top|bottom|1st|2nd|3rd)"
    r"(?:\s+(?:one|card|task))?|the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:one|card))[\s,:.;—–-]+"
    r"(?:(?:just|only|pls|please|then)\s+)?(?P<v>(?:give|hand|pass|assign|move|push|make|call|name"
    r"|rename|retitle|title|set|change|put|keep)\b.+)$",
    re.I,
)
# "change the flour task, 30kg instead of 25kg": the task named, then the edit said of it.
_NAMED_FIRST = re.compile(
    r"^(?:change|fix|update|edit|amend|correct)\s+(?P<r>(?:the|that|my)\s+[\w'’ -]{1,40}?\s+"
    r"(?:task|one|card))\s*[,:;—–-]\s*(?P<v>\S.*)$",
    re.I,
)
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


def _said_first(text: str, *, now: datetime, tz: str) -> Change | None:
    """ "make it: X", "change the flour task, 30kg instead of 25kg", "first one give it to ana",
    "black tap instead of white tap": edits read before the rest."""
    if (colon := _COLON_TITLE.match(text)) is not None:
        return read(colon["v"], now=now, tz=tz) or Change(title=colon["v"].strip("“”\"'‘’ "))
    return (
        _named_first(_NAMED_FIRST, text, now=now, tz=tz)
        or _named_first(_PLACE_FIRST, text, now=now, tz=tz)
        or edit_amount.read(text, now=now, tz=tz)  # "its 60kg not 50", "make that 60kg"
        or _swap(text, now=now, tz=tz)
    )


def _named_first(said: re.Pattern[str], text: str, *, now: datetime, tz: str) -> Change | None:
    """The edit after a card or task named first ("r"), said of "it" ("v"), aimed at the name."""
    m = said.match(text)
    change = read(m["v"], now=now, tz=tz) if m is not None else None
    if m is None or change is None or change.target.casefold() not in ("", "it", "that", "this"):
        return None
    change.target = m["r"]
    return change


def read_all(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    """The edits of "due friday 5pm, priority high": each clause, or the first unreadable one.

    A new title ends where a clause that reads as another edit begins: "call it X and make it
    due wed" renames to X and moves the date.
    """
    text = edit_said_day.changed_mind(text, now=now, tz=tz)  # "wed, no tue 5pm" is tue 5pm
    if NO_TIME.search(text):
        return _without_time(text, now=now, tz=tz)
    changes, unread = _read_acts(_put_on(without_lead(text), now=now, tz=tz), now=now, tz=tz)
    named = None if changes else edit_said_day.named_then_day(text, now=now, tz=tz)
    if named is not None:
        again, still = _read_acts(named, now=now, tz=tz)
        return (again, still) if again else (changes, unread)
    return changes, unread


def _without_time(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    """ "move 1 to wed, no time", "vegan one: take the time off": the day kept, no clock time."""
    rest = NO_TIME.sub(" ", text).strip(" ,;:")
    on = re.fullmatch(r"(?:on|for|from|of)\s+(?P<t>.+)", rest, re.I)
    if not rest or on:
        return [Change(target=on["t"] if on else "", day_only=True)], None
    changes, unread = read_all(rest, now=now, tz=tz)
    if not changes:
        found = parse_when(rest, now=now, tz=tz)
        cut = found.span[0] if found is not None and found.span[0] > 0 else len(rest)
        named = re.sub(r"[\s:,;—–-]+$", "", rest[:cut])
        when = rest[cut:].strip() or None
        return [Change(target=named, when=when, day_only=True, loose=True)], None
    if not any(c.when for c in changes):
        changes.append(Change(target=changes[0].target, day_only=True))
    for change in changes:
        change.day_only = change.day_only or change.when is not None
    return changes, unread


def _read_plain(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    changes, unread = _read_all(text, now=now, tz=tz)
    loose = loosen(text)
    if changes or loose == text:
        return changes, unread
    again, _ = _read_all(loose, now=now, tz=tz)
    return (again, None) if again else (changes, unread)


def _read_acts(text: str, *, now: datetime, tz: str) -> tuple[list[Change], str | None]:
    """The edits of `text` as said, else of its act part without fillers, reasons and a save."""
    changes, unread = _read_plain(text, now=now, tz=tz)
    ran_on = any(swallowed(c.target, now=now, tz=tz) for c in changes) or any(
        swallowed(c.title, now=now, tz=tz, strong=True) for c in changes if c.title
    )
    if changes and not ran_on:
        return _one_date(changes), unread
    said = acts(text, now=now, tz=tz)
    if said is None:
        return changes, unread
    again, _ = _read_plain(said.text, now=now, tz=tz)
    if not again or any(c.save or c.noop for c in again):
        return changes, unread
    return _one_date([*again, Change(save=True)] if said.save else again), None


def _one_date(changes: list[Change]) -> list[Change]:
    """ "next week, no rush": a day said beside "no rush" or "whenever" keeps the day."""
    if any(c.when or c.shift for c in changes) and any(c.clear_due for c in changes):
        return [c for c in changes if not c.clear_due]
    return changes


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


def _swap(text: str, *, now: datetime, tz: str) -> Change | None:
    """ "black tap instead of white tap": one word of the title for another."""
    swap = SWAP.match(text)
    if swap is None or swap["old"].strip().casefold() in ("me", "myself", "mine"):
        return None  # "give it to sam instead of me" gives it away, it swaps no words
    if parse_when(swap["new"], now=now, tz=tz) is not None:
        return None
    return Change(swap=(swap["new"].strip(), swap["old"].strip()))


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
    """ "to 11" and "11" name an hour: "at 11"; "10 30" and "1030" a clock: "at 10:30"."""
    m = _BARE_HOUR.match(value.strip())
    clock = _TYPED_CLOCK.match(value.strip()) if m is None else None
    # "5.10" may be a day and a month; "at 5.10" and "10.30" are clocks.
    dated = clock is not None and "." in clock[0] and int(clock["m"]) <= 12
    if clock is not None and not (dated and not value.strip().lower().startswith("at ")):
        return f"at {int(clock['h'])}:{clock['m']}"
    return f"at {m.group('h')}" if m else value


_CLOCK_TAIL = re.compile(r"(?<=\s)(?:(?:to|at|for)\s+)?\d{1,2}[\s.]?\d{2}(?:\s+\w+)?$", re.I)


def _clock_tail(value: str) -> str:
    """ "the landlord one 9 45": a clock typed without its colon at the end, as "at 9:45"."""
    m = _CLOCK_TAIL.search(value)
    if m is None or (clock := _hour(m[0])) == m[0]:
        return value
    return f"{value[: m.start()]}{clock}"


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
    if change.day_only:
        return day_only(item, change.when, now=now, tz=tz)
    if change.clear_due:
        return {"due_at": None, "due_grain": None, "due_tz": None, "rrule": None}, None
    if change.clear_rrule:
        return {"rrule": None, "repeat_from": "calendar"}, None
    if change.shift is not None or change.shift_months:
        return shifted(item, change, tz)
    if change.until is not None:
        ended = edit_end.ended(item, change.until, now=now, tz=tz)
        return ended if ended is not None else dated(item, change.until, now=now, tz=tz)
    if change.when is not None:
        return dated(item, change.when, now=now, tz=tz)
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
    if (amount := edit_amount.swapped(title, new, old)) is not None:
        return {"title": amount}
    if not old:
        return {}
    if re.search(rf"\b{re.escape(old)}\b", title, re.I):
        swapped = re.sub(rf"\b{re.escape(old)}\b", new, title, count=1, flags=re.I)
        swapped = re.sub(r"\b(\w+)\s+\1\b", r"\1", swapped, flags=re.I)  # "black tap tap"
        return {"title": swapped}
    return {"title": f"{title} ({new}, not {old})"}
