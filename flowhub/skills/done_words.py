"""How people take back a tick they did not mean ("oops wrong button", "haven't called her yet")
and which past words in a message describe a thing rather than say it was done."""

from __future__ import annotations

import re
import unicodedata

from flowhub.i18n import Text
from flowhub.skills import refer_words
from flowhub.skills.refer_words import past_forms
from flowhub.storage import Task

# "Which task?" with the command for the second line of the last list, in the reader's words.
WHICH_TASK = {
    "done": Text("Which task? Say “done 2” for the second in the last list, or name it."),
    "reopen": Text("Which task? Say “reopen 2” for the second in the last list, or name it."),
    "delete": Text("Which task? Say “delete 2” for the second in the last list, or name it."),
}
NOTHING_TO_REOPEN = Text("No done task matches “{text}”, so nothing was reopened.")

# "wrong button", "misclicked", "pressed that by accident", "didn't mean to tap done".
_PRESS = r"(?:press|tap|click|hit|push|mark|tick)(?:ed|ped)?"
_MISTAKE = re.compile(
    r"(?<![\w'])(?:wrong\s+(?:button|one|task|thing)|mis-?(?:click|tap|press)(?:ed|ped)?"
    rf"|fat[\s-]?finger(?:ed)?|{_PRESS}(?:\s+(?:it|that|this|done|the\s+\w+))?\s+"
    rf"(?:by\s+(?:mistake|accident)|on\s+accident)|accidentally\s+{_PRESS}"
    rf"|did\s*n[o']?t\s+mean\s+(?:to\s+)?(?:{_PRESS}|do\s+that)"
    r"|(?:that'?s|that\s+was|it\s+was)\s+a\s+mistake)(?![\w'])",
    re.I,
)
# "haven't called her yet", "didnt pay it", "not sent yet": the task's verb, said as not done.
_NOT_DONE = re.compile(
    r"(?<![\w'])(?:have\s*n[o']?t|have\s+not|did\s*n[o']?t|did\s+not|not|never|still\s+need\s+to"
    r"|still\s+have\s+to|yet\s+to)\s+(?:actually\s+|really\s+|even\s+)?(?P<v>[a-z]+)",
    re.I,
)
_DETERMINERS = frozenset(
    ["the", "a", "an", "my", "our", "your", "his", "her", "their", "its", "this", "that",
     "these", "those", "some", "every"]
)  # fmt: skip
# "the guy is called Mehmet", "the place was named Luigi's": a name, not a call made.
_NAMING = frozenset(["called", "named", "titled", "nicknamed", "dubbed", "labelled", "labeled"])
_BE = frozenset(["is", "was", "are", "were", "be", "been", "being", "'s", "’s", "got", "gets"])


def says_mistake(text: str) -> bool:
    """Whether a message says the last tick was a slip: "oops wrong button"."""
    return _MISTAKE.search(text) is not None


def says_not_done(text: str, title: str) -> bool:
    """Whether a message says the task titled `title` is not done, in its own verb."""
    first = title.split()[0].casefold() if title.split() else ""
    if not first.isalpha():
        return False
    forms = past_forms(first) | {first}
    return any(m["v"].casefold() in forms for m in _NOT_DONE.finditer(text))


def describing(said: list[str], index: int) -> bool:
    """Whether the past word at `index` of a clause's words describes rather than tells news:
    "the sent folder" (an adjective after a determiner), "the guy is called Mehmet" (a name)."""
    word = said[index].casefold()
    before = said[index - 1].casefold() if index else ""
    if before in _DETERMINERS:
        return True
    be = before in _BE or before.endswith(("'s", "’s"))
    return word in _NAMING and be and index + 1 < len(said)


# "reopen the call ana one and remind me at 3pm": the task, then a reminder about it.
_THEN_REMIND = re.compile(
    r"^(?P<t>.+?)\s*,?\s+(?:and|&)\s+(?:then\s+)?(?:please\s+)?remind\s+(?P<who>me|us)\b"
    r"(?:\s+(?:about\s+it|of\s+it|about\s+that))?(?P<r>.*)$",
    re.I,
)


def then_remind(phrase: str) -> tuple[str, str] | None:
    """The task words and the reminder about it, from "X and remind me at 3pm", or None."""
    m = _THEN_REMIND.match(phrase.strip())
    if m is None or not m["r"].strip():
        return None
    return m["t"], f"remind {m['who']} about it {m['r'].strip()}"


_NEWS_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "his",
        "her",
        "their",
        "your",
        "to",
        "for",
        "of",
        "on",
        "in",
        "at",
        "with",
        "and",
        "it",
        "that",
        "this",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "i",
        "we",
        "just",
        "already",
        "finally",
        "also",
        "too",
        "up",
        "off",
        "out",
        "all",
        "both",
        "yesterday",
        "today",
        "earlier",
        "morning",
        "now",
        "done",
        "sort",
        "finish",
        "complet",
        "handl",
        "do",
        "did",
        "one",
        "thing",
    ]
)
# Tick marks typed without the emoji variation ("sent ✔").
_TICKS = re.compile("[\u2714\u2713\u2611](?!\ufe0f)")


def ticks(text: str) -> str:
    """`text` with bare tick marks ("✔", "✓") read as the done emoji."""
    return _TICKS.sub("✅", text)


def news_task(clause: str, pool: list[Task], tied: list[str]) -> Task | None:
    """The one open task a clause says is done ("cake was picked up"), or None.

    When several tasks fit equally well, the words they share are added to `tied`.
    """
    if refer_words.NOT_NEWS.search(clause):
        return None
    said = re.findall(r"[\w'’]+", clause.casefold())
    signal = {w for i, w in enumerate(said) if refer_words.is_past(w) and not describing(said, i)}
    if not signal and not refer_words.DONE_WORD.search(clause):
        return handed_task(said, pool)  # "luca has his drawing" closes "give luca his drawing"
    content = {refer_words.stem(w) for w in said if len(w) > 1 and w not in _NEWS_STOP}
    content -= _NEWS_STOP
    verbs = {refer_words.stem(w) for w in signal}
    nouns = content - verbs
    done_word = bool(refer_words.DONE_WORD.search(clause))
    through = bool(done_word or verbs & refer_words.THROUGH)
    best: list[tuple[int, Task]] = []
    for task in pool:
        title_words = re.findall(r"[\w'’]+", task.title.casefold())
        said_title = [refer_words.stem(w) for w in title_words]
        title = {refer_words.stem(w) for w in title_words if w not in _NEWS_STOP} - _NEWS_STOP
        if not title or not (nouns & title):
            continue
        # "the contract is signed" closes "get the contract signed": the state the task is for.
        goal = any(refer_words.is_past(w) and refer_words.stem(w) in verbs for w in title_words)
        own = said_title[0] in verbs or _reached(said_title, verbs) or goal
        if not through and not own:
            continue  # "checked the flights" does not book them
        if not own and not done_word and _other_news(task, clause, said, title):
            continue  # "the kowalskis sent us a fruit basket" does not chase their deposit
        best.append((len(content & title), task))
    if not best:
        return handed_task(said, pool)  # "luca got the drawing"
    top = max(score for score, _ in best)
    winners = [task for score, task in best if score == top]
    if len(winners) > 1:
        said_words = re.findall(r"[\w'’]+", clause.casefold())
        tied.append(" ".join(w for w in said_words if refer_words.stem(w) in nouns))
    return winners[0] if len(winners) == 1 else None


# "van's booked in for mon 10am": a time set for the thing, not the thing done.
_APPOINTMENT = re.compile(
    r"(?<![\w'])(?:booked|scheduled|set|lined\s+up|arranged|planned|pencil+ed)\s+(?:in\s+)?"
    r"(?:for|on|at)\s+(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|tmrw|today|tonight|next|this"
    r"|noon|midday|\d)",
    re.I,
)


def _other_news(task: Task, clause: str, said: list[str], title: set[str]) -> bool:
    """Whether a verb that closes most tasks tells of something else than `task`: a repeating
    check is closed only in its own words, a time booked is not the thing done, and "the
    kowalskis sent us a fruit basket" names them but tells of a basket."""
    if task.rrule or _APPOINTMENT.search(clause):
        return True
    acts = [i for i, w in enumerate(said) if refer_words.is_past(w) and not describing(said, i)]
    return bool(acts) and all(_did_other(said, i, title) for i in acts)


def _did_other(said: list[str], index: int, title: set[str]) -> bool:
    """Whether the past verb at `index` has only its doer among the title's words, and did
    something to another thing: "the kowalskis sent us a fruit basket"."""
    before = said[index - 1] if index else ""
    if before in _BE or before.endswith(("'s", "’s")):
        return False  # "the invoice was sent": what is named is what was done
    doer = {refer_words.stem(w) for w in said[:index]} & title
    after = {refer_words.stem(w) for w in said[index + 1 :] if w not in _NEWS_STOP and len(w) > 1}
    after -= _PLAIN
    return bool(doer) and bool(after) and not after & title


# Words after a verb that name no thing: "marek paid us back so quick".
_PLAIN = frozenset(["us", "me", "him", "her", "them", "you", "back", "so", "very", "quick", "lol"])


# Getting hold of someone, said one way in a task and another in the news: "called the müllers"
# closes "Check with the Müllers about ...", "spoke to sam" closes "Ask Sam ...".
_REACH_TEXT = """call ring phone phoned email text message messaged contact speak spoke talk
    ask ping whatsapp whatsapped reach"""
_REACH = frozenset(refer_words.stem(w) for w in _REACH_TEXT.split())
_REACH_WITH = frozenset(["check", "touch", "follow", "confirm", "sync", "catch"])


# Tasks that bring a thing to someone, and the words that say they have it now.
_HANDING = frozenset(["give", "hand", "bring", "pass", "deliver", "lend", "return", "get"])
_HAS = frozenset(["has", "have", "got", "gotten", "received", "receives"])


def handed_task(said: list[str], pool: list[Task]) -> Task | None:
    """The one task to bring someone a thing that a clause says they have: "luca has his
    drawing" for "give luca his drawing"; the person and the thing must both be said."""
    if not _HAS & set(said):
        return None
    content = {refer_words.stem(w) for w in said if len(w) > 1 and w not in _NEWS_STOP}
    content -= _NEWS_STOP | {refer_words.stem(w) for w in _HAS}
    found = []
    for task in pool:
        words = re.findall(r"[\w'’]+", task.title.casefold())
        if not words or words[0] not in _HANDING:
            continue
        title = {refer_words.stem(w) for w in words[1:] if w not in _NEWS_STOP}
        if len(content & title) >= 2:
            found.append(task)
    return found[0] if len(found) == 1 else None


def _reached(title: list[str], verbs: set[str]) -> bool:
    """Whether a task to get hold of someone is closed by news of having got hold of them."""
    asks = title[0] in _REACH or (
        title[0] in _REACH_WITH and len(title) > 1 and title[1] in ("with", "in", "up", "base")
    )
    return asks and bool(verbs & _REACH)


# The shortest part two words must share to be one word with other endings.
_STEM = 4


def fold(word: str) -> str:
    """`word` lower-cased, and without accents when it is Latin: "Dişçi" -> "disci"."""
    word = word.casefold().replace("ı", "i")
    bare = unicodedata.normalize("NFKD", word)
    if all(ord(c) < 0x250 or unicodedata.combining(c) for c in bare):
        return "".join(c for c in bare if not unicodedata.combining(c))
    return word


def same_word(a: str, b: str) -> bool:
    """Whether two folded words are one word with other endings: "disciyi" ~ "disci"."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < _STEM + 1:
        return False
    common = len(short) - 2 if not short.isascii() or not long.isascii() else len(short)
    return long.startswith(short[: max(common, _STEM + 1)])


# "you missed the rota!" after a list: the open task it means, or that there is none.
MISSED_SHOWN = Text("Right, this one is open too:\n{lines}")
MISSED_NONE = Text("I have no open task for “{what}”. Say “add {what}” to make one.")
# Words of a done clause that name no thing: "mark it done", "both done", "paid it this morning".
_NO_THING = frozenset(
    """mark tick cross check them those these its thats both all every each one ones too
    morning afternoon evening night week tonight tomorrow last again finally actually really
    yes yeah yep ok okay now""".split()  # noqa: SIM905
)


def thing_words(clause: str) -> set[str]:
    """The stems of the words of a done clause that name a thing: "the boiler is fixed" ->
    {"boiler"}; none for "mark it done" or "paid it this morning"."""
    said = re.findall(r"[\w'’]+", clause.casefold())
    return {
        refer_words.stem(w)
        for w in said
        if len(w) > 2
        and w not in _NEWS_STOP
        and w not in _NO_THING
        and not refer_words.is_past(w)
        and not refer_words.DONE_WORD.fullmatch(w)
        and refer_words.stem(w) not in _NEWS_STOP
    }


# "sent the invoice, and the boiler is fixed": a part said done that no open task fits.
DONE_NONE = Text("Nothing open matches “{what}”, so that part changed nothing.")
