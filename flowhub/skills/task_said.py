"""A saved task changed in chat words, without "move" or "rename": "deposit refund to monday
pls", "7C ppl running late, push it an hour", "bauhaus delivery is 10 not 7 lol, fix pls", "claim
ref CLM-88231 ... add the ref to the insurance task pls", "mould one: marek can do 2pm today. put
the time in and rename it 'Marek - mould check 2A'".

Each is said again in the plain words the edit skills read ("move the deposit refund one to
monday", "push the 7C one back an hour"), and only when its words name an open task the person
can see, so "talk to sam monday" or "fix the tap" stay what they were.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import fix_typos, parse_when
from flowhub.skills.answer_as import answer_as
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Task, tasks

__all__ = ["handle"]

_TAIL = r"(?:\s+(?:pls|please|plz|thx|thanks|na|yaar|lol|haha|then|too))*"
_END = r"[\s.!?…]*$"
# "deposit refund to monday pls", "the siphon thing to next tuesday".
_TO_DAY = re.compile(
    r"^(?P<name>[^,.;:!?]{2,40}?)\s+to\s+(?P<when>[^,.;:!?]+?)" + _TAIL + _END, re.I
)
# "push it an hour", "push it back 30 mins", "bump it by 2 hours".
_SHIFT = re.compile(
    r"(?:^|[,.;:!?]\s*|\s)(?:(?:so|and|pls|please|just|can\s+(?:you|u))\s+)*(?:push|move|bump"
    r"|shift|put)\s+(?:it|that|this)\s+(?:back\s+|forward\s+|later\s+)?(?:by\s+)?"
    r"(?P<amount>(?:an?|one|half\s+an?|\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h|minutes?|mins?|m))"
    r"(?:\s+later)?" + _TAIL + _END,
    re.I,
)
# "bauhaus delivery is 10 not 7 lol, fix pls", "the roofer call is 3pm not 2".
_NOT_TIME = re.compile(
    r"^(?P<name>[^,.;:!?]{2,40}?)\s+is\s+(?:at\s+|on\s+)?(?P<new>[^,.;:!?]{1,20}?)\s*,?\s+not\s+"
    r"(?:at\s+|on\s+)?[^,.;:!?]{1,20}?" + _TAIL + r"(?:\s*[,.;!]\s*(?:(?:pls|please|can\s+(?:you|u)"
    r")\s+)?(?:fix|change|correct|update)(?:\s+(?:it|that|this))?" + _TAIL + r")?" + _END,
    re.I,
)
_REF = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z-])[A-Za-z0-9][\w-]*[A-Za-z0-9]\b|\b\d{4,}\b")
# "add the ref to the insurance task", "put the ticket in the boiler task".
_ADD_REF = re.compile(
    r"(?:^|[,.;:!?]\s*)(?:(?:pls|please|and|so|can\s+(?:you|u))\s+)*(?:add|put|stick|append|note)"
    r"\s+(?:the|that|this)\s+(?:\w+\s+)?(?:ref(?:erence)?|number|no\.?|ticket|code|id|claim)"
    r"(?:\s+(?:number|no\.?))?\s+(?:in|on|to|into|onto)\s+(?:the\s+)?(?P<name>[^,.;:!?]{2,30}?)"
    r"\s+(?:task|one|card)" + _TAIL + _END,
    re.I,
)
# "mould one: ...": a task named before a colon, then what to do to it.
_NAMED_ONE = re.compile(
    r"^(?:the\s+)?(?P<name>[^,.;:!?]{2,30}?)\s+(?:one|task)\s*:\s*(?P<rest>.+)$", re.I
)
_PUT_TIME = re.compile(r"\b(?:put|set|add)\s+(?:the|that)\s+time\s+(?:in|on)?\b", re.I)
_RENAME = re.compile(
    r"\b(?:rename|call|retitle)\s+it\s+(?:to\s+)?(?P<title>'[^']+'|\"[^\"]+\"|[“‘][^”’]+[”’])", re.I
)
_DAYS = (
    r"(?:today|tomorrow|tmrw|tonight"
    r"|(?:next\s+|this\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
# "2pm today", "thursday 4pm", "tomorrow at 9:30": the day and the time said in a remark.
_CLOCK = re.compile(
    rf"\b(?:{_DAYS}\s+)?(?:at\s+)?\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:am|pm)\b(?:\s+{_DAYS})?", re.I
)
_STOP_NAME = re.compile(r"^(?:the|that|my|our)\s+|\s+(?:thing|one|task|stuff)$", re.I)
_MOST_WORDS = 40


def handle(ctx: Context) -> list[Reply] | None:
    """The change a chatty message asks of a saved task, made; None when it names none."""
    text = " ".join(ctx.text.split())
    if ctx.event.forwarded or not text or len(text.split()) > _MOST_WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    said = _said_plainly(ctx, text)
    if not said:
        return None
    replies: list[Reply] = []
    for plain in said:
        replies += _answer(ctx, plain) or []
    return replies or None


def _said_plainly(ctx: Context, text: str) -> list[str]:
    """`text` in the plain edit words, one message per change; empty when it names no task."""
    if (m := _NAMED_ONE.match(text)) and (task := _task(ctx, m["name"])) is not None:
        return _named_changes(ctx, _name_in(task, m["name"]), m["rest"])
    if (m := _TO_DAY.match(text)) and (task := _task(ctx, m["name"])) and _when(ctx, m["when"]):
        return [f"move the {_name_in(task, m['name'])} one to {m['when']}"]
    if (m := _NOT_TIME.match(text)) and (task := _task(ctx, m["name"])) and _when(ctx, m["new"]):
        return [f"move the {_name_in(task, m['name'])} one to {m['new']}"]
    if m := _SHIFT.search(text):
        name = _named_before(ctx, text[: m.start()])
        if name:
            return [f"push the {name} one back {m['amount']}"]
    if (m := _ADD_REF.search(text)) and (task := _task(ctx, m["name"])) is not None:
        refs = [
            r for r in _REF.findall(text[: m.start()]) if r.casefold() not in task.title.casefold()
        ]
        if len(refs) == 1:
            return [f"rename the {_name_in(task, m['name'])} one to “{task.title} ({refs[0]})”"]
    return []


def _named_changes(ctx: Context, name: str, rest: str) -> list[str]:
    """The time and the title "put the time in and rename it '…'" asks of the task named."""
    said: list[str] = []
    if _PUT_TIME.search(rest):
        when = parse_when(rest, now=ctx.now, tz=ctx.tz)
        if when is None:
            return []
        head = rest[: _PUT_TIME.search(rest).start()]  # type: ignore[union-attr]
        clock = _CLOCK.search(head)
        if clock is None:
            return []
        said.append(f"move the {name} one to {clock.group(0)}")
    if m := _RENAME.search(rest):
        said.append(f"rename the {name} one to “{m['title'][1:-1]}”")
    return said


def _answer(ctx: Context, plain: str) -> list[Reply] | None:
    """The answer the text skills give `plain`, as if the person had said it."""
    return answer_as(ctx, plain, besides=handle)


def _bare(name: str) -> str:
    """A task's name without "the" or "thing": "the siphon thing" is "siphon"."""
    return _STOP_NAME.sub("", _STOP_NAME.sub("", name.strip())).strip()


def _when(ctx: Context, said: str) -> bool:
    """Whether `said` is a date or a time ("10" is ten o'clock)."""
    said = f"at {said}" if re.fullmatch(r"\d{1,2}(?:[:.]\d{2})?", said.strip()) else said
    return parse_when(said, now=ctx.now, tz=ctx.tz) is not None


def _name_in(task: Task, name: str) -> str:
    """The words of the task's title that `name` says, as the title spells them."""
    wanted = _words(_bare(name))
    found = [w for w in re.findall(r"[\w-]+", task.title) if _shared({w.casefold()}, wanted)]
    return " ".join(found) or _bare(name)


def _task(ctx: Context, name: str) -> Task | None:
    """The one open task whose title holds the words of `name`."""
    wanted = _words(_bare(name))
    if not wanted or len(wanted) > 5:
        return None
    found = [t for t in _open(ctx) if len(_shared(wanted, _words(t.title))) == len(wanted)]
    return found[0] if len(found) == 1 else None


def _named_before(ctx: Context, text: str) -> str | None:
    """The title words an open task shares with `text`, when one task shares the most."""
    said = _words(text)
    scored = sorted(
        ((len(_shared(said, _words(t.title))), t) for t in _open(ctx)), key=lambda p: -p[0]
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    title = scored[0][1].title
    found = _shared(_words(title), said)
    return " ".join(w for w in re.findall(r"[\w-]+", title) if w.casefold() in found)


def _words(text: str) -> set[str]:
    return tokens(fix_typos(text))


def _shared(wanted: set[str], title: set[str]) -> set[str]:
    """The words of `wanted` that `title` holds, one typo or spelling apart ("mould", "mold")."""
    return {w for w in wanted if any(_same(w, t) for t in title)}


def _same(a: str, b: str) -> bool:
    """Whether two words are one, or (from four letters) one letter added, dropped or changed."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _open(ctx: Context) -> list[Task]:
    return [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, visible_to=ctx.viewer, limit=200
        )
        if t.status == "open"
    ]
