"""Done news that names a task by what it was about and says its verb another way: "just emailed
Weber the revised ground floor plan 🙌" for "Send Weber revised ground floor plan", "the forms went
by courier yesterday" for "Courier the forms to Weber"; and a task no longer needed: "don't need
the bank check anymore" drops "Check the bank".

Only the sender's own open tasks are read (given to them, or theirs and given to nobody). One
task that fits clearly is ticked (or dropped) with the usual undo hint; one that fits by a single
word of several is asked about with a Mark done button.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import classify_intent, parse_when
from flowhub.skills import done_beside, words
from flowhub.skills.capture_gate import ABOUT_CARD
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import fold, same_word
from flowhub.skills.refer_words import past_forms
from flowhub.storage import Task, id_of

_WORDS = 30
_LONG = 4
# Past words that say a task's verb happened another way: "emailed" sends, "rang" calls.
_SEND = "sent emailed e-mailed mailed posted shipped couriered texted messaged forwarded delivered"
_SAID_AS = {
    "send": _SEND,
    "email": _SEND,
    "mail": _SEND,
    "post": _SEND,
    "ship": _SEND,
    "courier": _SEND,
    "forward": _SEND,
    "deliver": _SEND + " dropped brought",
    "call": "called phoned rang spoke talked",
    "phone": "called phoned rang spoke talked",
    "ring": "called phoned rang spoke talked",
    "pay": "paid transferred wired settled",
    "buy": "bought ordered got purchased",
    "order": "ordered bought purchased",
    "book": "booked reserved",
    "reserve": "booked reserved",
    "submit": "submitted filed handed sent",
    "file": "filed submitted",
    "return": "returned",
    "upload": "uploaded shared",
    "share": "shared uploaded sent",
    "fix": "fixed repaired",
    "ask": "asked",
    "tell": "told informed",
    "check": "checked",
}
# A thing on its way or gone: "went out", "has gone by courier", "is out" (never "is out of
# toner" or "sam is out sick").
_GONE = re.compile(
    r"(?<![\w'])(?:went|gone|is|are|'s|’s|got)\s+(?:out|off)(?![\w'])"
    r"(?!\s+(?:of|sick|ill|today|tomorrow|tonight|for|until|till|this|on|at|in|from|with)\b)"
    r"|(?<![\w'])(?:went|gone|sent|left|shipped)\s+(?:by|via|with)\s+(?P<how>[a-z]+)",
    re.I,
)
# A clause that plans or denies rather than tells news.
_NOT_YET = re.compile(
    r"(?<![\w'])(?:need|needs|have\s+to|has\s+to|got\s+to|gotta|must|should|will|won'?t|shall"
    r"|going\s+to|gonna|remind|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|not|never|yet"
    r"|tomorrow|tmrw|next|later|if|when)(?![\w'])|\?",
    re.I,
)
# "don't need the bank check anymore", "no need to call the plumber now", "X isn't needed".
_NO_LONGER = re.compile(
    r"(?<![\w'])(?:(?:(?:do|does|did)\s*n[o']?t|no\s+longer|not)\s+need(?:s|ed)?(?:\s+to)?"
    r"|no\s+need\s+(?:for|to)|(?:is|are)\s*n[o']?t\s+needed|not\s+needed|no\s+longer\s+needed"
    r"|can\s+(?:skip|forget(?:\s+about)?))(?![\w'])",
    re.I,
)
# The same in other languages, a word for "any more" said with it.
_NO_LONGER_LANG = re.compile(
    r"(?<![\w'])(?:n[aã]o\s+precis[ao]\w*\s+mais|ya\s+no\s+(?:hace\s+falta|necesit\w+)"
    r"|(?:plus|pas)\s+besoin|nicht\s+mehr\s+n[oö]tig|brauch\w*\s+(?:\w+\s+){0,4}nicht\s+mehr"
    r"|non\s+serve\s+pi[uù]|non\s+c'?[eè]\s+pi[uù]\s+bisogno|(?:hoeft|hoef)\s+niet\s+meer"
    r"|niet\s+meer\s+nodig|gerek\s+(?:kalmad[ıi]|yok\s+art[ıi]k)|art[ıi]k\s+gerek\s+yok"
    r"|(?:ga|gak|nggak|ngga|tidak|tak|gk)\s+(?:perlu|usah)\s+lagi"
    r"|(?:zarurat|zaroorat|jarurat)\s+nahi|ab\s+(?:nahi\s+chahiye|zarurat\s+nahi)"
    r"|больше\s+не\s+(?:нужн\w*|надо)|уже\s+не\s+(?:нужн\w*|надо)|لم\s+(?:يعد|تعد)\s+\S+)"
    r"(?![\w'])",
    re.I,
)
# Past words that say any task happened when the task's own verb is said beside them as a noun:
# "placed the Teamsport order" for "Order kit from Teamsport", "sorted the booking".
_DID_ANY = frozenset(["placed", "did", "done", "sorted", "handled", "finished", "completed"])
_PASSIVE = frozenset(["is", "was", "are", "were", "be", "been", "being", "get", "gets", "got"])
_ANYMORE = re.compile(r"(?<![\w'])(?:any\s*more|now|after\s+all|no\s+more)(?![\w'])", re.I)
# News that opens with its past verb: "rang the oven guy", "just emailed Weber".
_PAST_LEAD = re.compile(
    r"^\W*(?:(?:just|finally|already|i|ok|so)\s+)*(?:[a-z]+ed|rang|spoke|sent|paid|bought|told"
    r"|got|did)\s",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:[,;.!]+|\s[-–—]+\s|\s(?:and|but|so)\s)\s*", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOP_TEXT = (
    "the a an my our your his her their to for of on in at with and from by via this that it "
    "is was are were just already finally also too out off yesterday today earlier now oh "
    "forgot tick anymore any more don't dont need needs"
)
_STOP = frozenset(_STOP_TEXT.split())


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off (or drop) the one open task the news names by meaning; None otherwise."""
    text = ctx.text.strip()
    if not text or len(text.split()) > _WORDS or text.endswith("?"):
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    mine = sender_open(ctx)
    if not mine:
        return None
    if _NO_LONGER.search(text) and _ANYMORE.search(text):
        task = _named(text, mine, need_verb=False)
        if task is not None:
            return _act(ctx, task, "delete")
        return None
    if _NO_LONGER_LANG.search(text):
        task = _named(_NO_LONGER_LANG.sub(" ", text), mine, need_verb=False)
        return _act(ctx, task, "delete") if task is not None else None
    if classify_intent(text) == "capture":
        if _PAST_LEAD.match(text) and (task := news_task(text, mine)) is not None:
            return _ticked_with_tasks(ctx, text, task)  # "rang the oven guy" reads as a title
        # "email the plan to Weber again, the one I sent was wrong" asks anew; news with a new
        # task beside it ("emailed the receipts… also need oranges") is both.
        return _news_and_task(ctx, text, mine)
    fits = [(score, t) for t in mine if (score := _news_score(text, t)) > 0]
    if not fits:
        return _said_done(ctx, text, mine)
    best = max(score for score, _ in fits)
    top = [t for score, t in fits if score == best]
    if len(top) != 1:
        return None
    task = top[0]
    if best >= 2 or best >= len(_object_words(task.title)) / 2 or _own_verb(text, task):
        return _ticked_with_tasks(ctx, text, task)
    buttons = (Button(f"done:{id_of(task)}", localized(words.MARK_DONE_LABEL)),)
    return [Reply(ABOUT_CARD.format(title=task.title), buttons=buttons)]


def news_task(text: str, mine: list[Task]) -> Task | None:
    """The one task of `mine` that news said in a past verb clearly names, else None."""
    fits = [(score, t) for t in mine if (score := _news_score(text, t)) > 0]
    if not fits:
        return None
    best = max(score for score, _ in fits)
    top = [t for score, t in fits if score == best]
    if len(top) != 1:
        return None
    clear = best >= 2 or best >= len(_object_words(top[0].title)) / 2 or _own_verb(text, top[0])
    return top[0] if clear else None


def tick(ctx: Context, task: Task) -> list[Reply] | None:
    """Tick `task` off as "done 1" on a list of it alone would."""
    return _act(ctx, task, "done")


def _news_and_task(ctx: Context, text: str, mine: list[Task]) -> list[Reply] | None:
    """The one task a part of `text` that is not a request says is done, then the request."""
    told = [p for p in done_beside.parts(text) if classify_intent(p) != "capture"]
    if not told or len(told) == len(done_beside.parts(text)):
        return None
    fits = {id_of(t): t for p in told for t in mine if _news_score(p, t) >= 1}
    if len(fits) != 1:
        return None
    return _ticked_with_tasks(ctx, text, next(iter(fits.values())))


def _ticked_with_tasks(ctx: Context, text: str, task: Task) -> list[Reply] | None:
    """Tick `task` off, and make cards for what the message asks for beside the news."""
    replies = _act(ctx, task, "done")
    if not replies:
        return replies
    return [*replies, *done_beside.new_tasks(ctx, text, lambda p: _news_score(p, task) > 0)]


def _said_done(ctx: Context, text: str, mine: list[Task]) -> list[Reply] | None:
    """Done said in any language ("já mandei a planta pro Weber"): the task most of whose longer
    title words it says; asked about with a button when only one word of several is said."""
    if classify_intent(text) != "done" or parse_when(text, now=ctx.now, tz=ctx.tz) is not None:
        return None
    said = {fold(w) for w in _WORD.findall(text) if len(w) >= _LONG}
    scored = [(_shared(said, _long_words(t.title)), t) for t in mine]
    scored = [(s, t) for s, t in scored if s > 0]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [t for s, t in scored if s == best]
    if len(top) != 1:
        return None
    task = top[0]
    if best >= 2 or best >= len(_long_words(task.title)):
        return _act(ctx, task, "done")
    buttons = (Button(f"done:{id_of(task)}", localized(words.MARK_DONE_LABEL)),)
    return [Reply(ABOUT_CARD.format(title=task.title), buttons=buttons)]


def _long_words(title: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(title) if len(w) >= _LONG}


def _news_score(text: str, task: Task) -> int:
    """How many of the task's object words a clause telling it happened says; 0 if none does."""
    verb = _verb(task.title)
    if not verb:
        return 0
    done_as = past_forms(verb) | set(_SAID_AS.get(verb, "").split())
    things = _object_words(task.title)
    best = 0
    for clause in _CLAUSES.split(text):
        if not clause or _NOT_YET.search(clause):
            continue
        said = [w.casefold() for w in _WORD.findall(clause)]
        gone = _GONE.search(clause)
        how = (gone["how"] or "").casefold() if gone else ""
        as_noun = bool(_DID_ANY & set(said)) and any(_same(w, verb) for w in said)
        if not (done_as & set(said) or as_noun or (gone and (not how or same_word(how, verb)))):
            continue
        shared = _shared(_content(text), things) + (1 if as_noun else 0)
        best = max(best, shared)
    return best


def _own_verb(text: str, task: Task) -> bool:
    """Whether the message says the task's own verb in the past on what the task is about:
    "booked the minibus" for "Book minibus for away game", never "he is called Kemal"."""
    forms, things = past_forms(_verb(task.title)), _object_words(task.title)
    said = [fold(w) for w in _WORD.findall(text)]
    for i, word in enumerate(said):
        if word not in forms or (i > 0 and said[i - 1] in _PASSIVE):
            continue
        after = [w for w in said[i + 1 : i + 4] if w not in _STOP]
        if after and any(_same(after[0], t) for t in things):
            return True
    return False


def _named(text: str, mine: list[Task], *, need_verb: bool) -> Task | None:
    """The one task whose title words (its verb too) the message says most of."""
    said = _content(text)
    scored = [(_shared(said, _title_words(t.title, keep_verb=not need_verb)), t) for t in mine]
    scored = [(s, t) for s, t in scored if s > 0]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [t for s, t in scored if s == best]
    if len(top) != 1 or best < min(2, len(_title_words(top[0].title, keep_verb=True))):
        return None
    return top[0]


def _act(ctx: Context, task: Task, verb: str) -> list[Reply] | None:
    """Tick or drop `task` as "done 1" / "delete 1" on a list of it alone would."""
    from flowhub.skills import done  # done reaches this module through its own handler

    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(task)], "tasks"
    try:
        plain = replace(ctx.event, reply_to=None)
        replies = done.handle(replace(ctx, event=plain, text=f"{verb} 1", intent=verb))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    return replies


def _verb(title: str) -> str:
    said = _WORD.findall(title)
    return said[0].casefold() if said else ""


def _object_words(title: str) -> set[str]:
    return _title_words(title, keep_verb=False)


def _title_words(title: str, *, keep_verb: bool) -> set[str]:
    said = [fold(w) for w in _WORD.findall(title)]
    if not keep_verb:
        said = said[1:]
    return {w for w in said if len(w) > 2 and w not in _STOP}


def _content(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(text) if len(w) > 2 and fold(w) not in _STOP}


def _shared(said: set[str], title: set[str]) -> int:
    return sum(1 for t in title if any(_same(s, t) for s in said))


def _same(a: str, b: str) -> bool:
    """One word, or one with an -s or -ed ending: "forms" ~ "form", "plans" ~ "plan"."""
    if same_word(a, b):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long in (short + "s", short + "es", short + "ed", short + "d")
