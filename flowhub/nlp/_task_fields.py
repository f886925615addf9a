"""Read one clause's fields: due (by the time parser's spans), priority, assignee, clean title."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from flowhub.nlp._headings import is_heading
from flowhub.nlp._lexicon import (
    ASK_VERBS,
    DANGLING_WORDS,
    DETERMINERS,
    GREETINGS,
    GROUP_VOCATIVES,
    NAME_MODALS,
    NOT_NAMES,
    POSSESSIVES,
    REASON_OPENERS,
    REQUEST_MARKERS,
    SELF_OPENERS,
    STATEMENT_WORDS,
    VERBS,
    VERBS_FINAL,
)
from flowhub.nlp._task_deadline import (
    KIND_WORDS,
    before_today,
    deadline_at,
    deadline_before,
    deadline_first,
    is_deadline,
    is_kind,
    names_an_event,
)
from flowhub.nlp._task_event import after_event, on_event_day
from flowhub.nlp._task_fillers import (
    DATE_LEADS,
    LEAD_FILLERS,
    PRIORITY_CUES,
    PRIORITY_TRIGGERS,
    TRAIL_FILLERS,
)
from flowhub.nlp._task_verbs import is_verb, verb_base, verb_shaped
from flowhub.nlp._task_when import at_time_of, clock_only, meal_kept, without_ruled_out
from flowhub.nlp._time_translate import translate
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import CHAT, chat_phrases, priority_words
from flowhub.nlp.types import Priority, When


def _alt(words: tuple[str, ...] | frozenset[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


# ", pretty urgent", "it's very important": the words that only grade the cue go with it.
_GRADE = (
    r"(?:(?:it'?s|it\s+is|this\s+is|that'?s|kind\s+of|sort\s+of|kinda|a\s+bit|pretty|very|quite"
    r"|really|super|fairly|rather|extremely|somewhat|rly)\s+)*"
)
# Each level's English cues, then every language's own words for it.
_CUES = tuple(
    (
        rf"(?:{src})(?!\w)"  # "urgent" is not the start of "urgente"
        + "".join(rf"|(?<!\w){re.escape(w)}(?!\w)" for w in priority_words(prio)),
        prio,
    )
    for src, prio in PRIORITY_CUES
)
_TRIGGERS = PRIORITY_TRIGGERS + tuple(w for _, prio in PRIORITY_CUES for w in priority_words(prio))
_PRIORITY = tuple(
    (re.compile(r"[\[(]?\s*" + _GRADE + r"(?:" + src + r")[!.]*\s*[\])]?\s*[:،]?", re.I), prio)
    for src, prio in _CUES
)
_ANY_PRIORITY = re.compile("|".join(src for src, _ in _CUES), re.I)
_DATE_LEAD_TAIL = re.compile(
    r"(?:^|\s)" + _alt(DATE_LEADS + chat_phrases("date_leads")) + r"\s*[,:]?\s*$", re.I
)


def _without_lead(head: str) -> str:
    """`head` without the words that lead into the date after it ("by", "on the").

    A short word in capitals is a name, not a lead: "from LA for sunday" keeps "LA".
    """
    lead = _DATE_LEAD_TAIL.search(head)
    if lead is None or _PARTICLE_IN.search(head.rstrip(" ,:")):
        return head
    word = lead.group().strip(" ,:")
    return head if len(word) <= 3 and word.isupper() else head[: lead.start()]


# A subject then one of these tells what will happen: "tiles come wednesday".
_HAPPENS = frozenset(
    [
        "come", "comes", "arrive", "arrives", "land", "lands", "starts", "begins", "opens",
        "closes", "leaves", "happens", "is", "are", "will", "gets", "get",
    ]
)  # fmt: skip
# "need to be at the site", "have to be home by six": where to be is a task.
_BE_PLACES = frozenset(
    [
        "at", "on", "in", "there", "home", "back", "here", "onsite", "present", "available",
        "early", "ready", "around", "up", "by",
    ]
)  # fmt: skip
# What is said about the date right after it, which leaves with it; "my time" says whose clock.
_DATE_TAIL = re.compile(
    r"\s*,?\s*(?:(?:my|your|our|local)\s+time\b|(?:(?:is|'s|would\s+be|will\s+be|works|should\s+be)"
    r"\s+(?:fine|ok|okay|good|great|perfect|best|ideal|enough)|(?:at\s+the\s+)?latest"
    r"|at\s+the\s+very\s+latest|tops|max)\b(?=\s*(?:[,.!;]|$)))",
    re.I,
)
_LEAD = re.compile(
    r"^\s*"
    + _alt(LEAD_FILLERS + chat_phrases("lead_fillers"))
    + r"(?:(?<=')|(?=[\s,:!.\u2013\u2014-]|$))[\s,:!.\u2013\u2014-]*",
    re.I,
)
_TRAIL = re.compile(
    r"[\s,;:!.-]*\b" + _alt(TRAIL_FILLERS + chat_phrases("trail_fillers")) + r"[\s!.?]*$", re.I
)
# A word in any script, Devanagari vowel signs included ("सैम").
_NAME = r"(@[\w.-]+|[^\W\d_](?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957]|-)+)"
_SELF = re.compile(SELF_OPENERS, re.I)
_ASK = re.compile(
    r"^" + ASK_VERBS + r"\s+" + _NAME + r"\s+(?:to|que|para|de|d'|(?:that\s+)?(?:she|he|they)"
    r"\s+(?:needs?\s+to|ha(?:s|ve)\s+to|must|should|(?:is|are)\s+to|ha(?:s|ve)\s+got\s+to))\s*",
    re.I,
)
_ASKS_SAID = tuple(
    re.compile("^" + p.replace("{name}", _NAME) + r"\s*", re.I) for p in chat_phrases("ask_openers")
)
_HAVE = re.compile(r"^(?:have|let)\s+" + _NAME + r"\s+(?=\w)", re.I)
_HABIT = re.compile(r"^\W*(?:also\s+|and\s+)?(i|we)\s+(?=\w)", re.I)
_NAME_DOES = re.compile(r"^(@?[A-Z][\w'-]+)\s+([a-z]+s)\s+(?=\w)")
_VOCATIVE = re.compile(r"^" + _NAME + r"\s*[,:]\s*", re.I)
_NAME_MODAL = re.compile(r"^" + _NAME + NAME_MODALS + r"\s+", re.I)
_NAME_DASH = re.compile(r"^(@[\w.-]+|[A-Z][a-zà-ÿ'-]+)\s+[-–—:]\s+")
_FOR_NAME = re.compile(r"^(?:for|para|pour|für)\s+" + _NAME + r"\s*(?::\s*|$)", re.I)
_ASSIGN = re.compile(
    r"[\s,(\[-]*\b(?:assign(?:ed)?\s+(?:it\s+)?to|assignee\s*:|owner\s*:|→|->|(?P<said>"
    + "|".join(chat_phrases("assign_after"))
    + r"))\s*"
    + _NAME
    + r"[)\]]?",
    re.I,
)
_HANDLE = re.compile(r"(?<![\w@])(?<!\bto\s)(?<!\bcc\s)(?<!\bwith\s)(?<!\bfrom\s)@[\w.-]+", re.I)
_MANY_HANDLES = re.compile(r"^\s*(@[\w.-]+)(?:[\s,]+(?:(?:and|&)\s+)?@[\w.-]+)+[\s,:]*")
_GREETING = re.compile(r"^(?:" + _alt(GREETINGS) + r")(?![\w\u0900-\u097f])[\s,!.]*", re.I)
_GROUP = re.compile(r"^" + GROUP_VOCATIVES + r"\s*[,:!-]+\s*", re.I)
_SPACES = re.compile(r"\s{2,}")
# The Turkish "also" right after a date ("pazar akşam da", "yarın de").
_ALSO_AFTER = re.compile(r"\s+(?:da|de|ta|te)(?=\s)", re.I)
_SPACE_BEFORE_MARK = re.compile(r"\s+([:,;])")
# "fix the checkout page, it's down": the reason after the comma is not part of the task.
_REASON = re.compile(r"\s*(?:,|\s-|\.\.\.)\s*" + REASON_OPENERS + r"\b.*$", re.I)
# A smiley's ")" after a greeting ("привет) ...") and the Arabic comma count as edge junk too.
_EDGE_JUNK = re.compile(r"^[\s,;:.!?¿¡\-–—\"'*_~()،؛]+|[\s,;:.!?¿¡\-–—\"'*_~،؛؟]+$")
_DANGLING = re.compile(r"(?:\s+" + _alt(DANGLING_WORDS) + r")+$", re.I)
# "let him in", "hand the forms in": the particle belongs to the verb, it is no cut date lead.
_PARTICLE_IN = re.compile(
    r"\b(?:let|hand|fill|plug|log|sign|check|drop|pop|pencil|clock|buzz|lock|send|turn|put|book)"
    r"\s+(?:[\w'-]+\s+){0,3}in$|\b(?:came|come|comes|went|got|gone|moved|kicked|paid|cashed)\s+in$",
    re.I,
)
_SELF_ME = re.compile(r"^(?:me|myself|mich|moi|mí|mi|mim)$", re.I)
_REQUEST = re.compile(REQUEST_MARKERS, re.I)
# "could you check the invoices, Ana?": the person asked is named at the end.
_TRAIL_VOCATIVE = re.compile(r",\s*(@[\w.-]+|[A-Z][a-zà-ÿ'-]+)\s*[?!.]*\s*$")
# "I'll have the draft ready": the promise is to get it ready.
_HAVE_READY = re.compile(
    r"^(?:have|get)\s+(.{2,80}?)\s+(ready|done|finished|sorted|sorted\s+out|wrapped\s+up|sent)\b",
    re.I,
)
# "build green", "tests passing": a status report, not an order.
_STATUS_TAIL = frozenset(
    [
        "green",
        "red",
        "amber",
        "yellow",
        "ok",
        "okay",
        "fine",
        "done",
        "passing",
        "failing",
        "broken",
        "stable",
        "flaky",
        "blocked",
        "live",
        "steady",
        "flat",
        "up",
        "down",
        "good",
        "bad",
        "normal",
    ]
)
_PAST_VERBS = frozenset(
    re.findall(
        r"\w+",
        """
        ran went got came did had made took gave sent told found left felt kept brought bought
        thought caught sold held stood sat met paid built spent lost won broke spoke wrote drove
        rode rose fell grew knew threw flew drew began became
        """,
    )
)
_MEALS = frozenset(("lunch", "dinner", "breakfast", "brunch", "supper", "lunchtime", "coffee"))
# ", that one's on me", "- I'll take that": the sender owns the task; the aside is no title.
_MINE = re.compile(
    r"[\s,;:(–—-]+(?:(?:that|this)(?:\s+one)?(?:'s|\s+is)\s+on\s+me"
    r"|i'?ll\s+(?:take|do|handle|sort)\s+(?:that|this|it)"
    r"(?:\s+one)?|(?:that|this)(?:\s+one)?(?:'s|\s+is)\s+mine|i'?ve\s+got\s+(?:that|this|it))"
    r"[\s!.)]*$",
    re.I,
)
# "need it before Tuesday" after a request: only when the thing asked for is wanted, no task text.
_WANTED_BACK = re.compile(
    r"^(?:(?:i|we|they|he|she)(?:'d)?\s+)?(?:really\s+|will\s+|would\s+)?"
    r"(?:need(?:s|ed)?|want(?:s|ed)?|must\s+have|gotta\s+have)\s+(?:it|this|that|them|those|these)"
    r"(?:\s+(?:back|done|ready|sorted|sent|in|over))?$|^(?:it'?s\s+|they'?re\s+)?needed$"
    r"|^(?:(?:i|we)\s+)?(?:(?:need|have|got|gotta|must)\s+(?:to\s+)?)?know(?:\s+(?:it|that))?$",
    re.I,
)
# "add a reminder to my list", "put X on my list": the list itself is no part of the title.
_ON_MY_LIST = re.compile(
    r"^(?:add|put|stick|pop)\s+(?P<task>.+?)\s+(?:to|on|onto)\s+(?:my|the|our)\s+"
    r"(?:to-?do\s+|task\s+)?list\s*$",
    re.I,
)
# "status for the week", "notes for monday": the heading of a report, not a note-to-self.
_HEADING_NOUNS = frozenset(
    ("status", "notes", "recap", "summary", "minutes", "update", "updates", "agenda", "news")
)
# "hiring is on hold", "numbers look good": a verb of being after the subject reports a state.
_COPULAS = frozenset(
    ("is", "are", "was", "were", "looks", "look", "seems", "seem", "went", "isn't", "aren't")
)
_GERUND_PHRASE = re.compile(
    r"^\w+ing\s+(?:up|on|about|over|through|at|with|around|back|out)\b", re.I
)
# Ordinals and sequence words open a line ("first: order chairs") without naming anyone.
_SEQUENCE = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "next",
        "then",
        "finally",
        "lastly",
        "firstly",
        "secondly",
        "also",
        "step",
        "item",
        "line",
        "point",
    ]
)
_WORD = re.compile(r"[\w\u0900-\u097f'@-]+")  # Devanagari vowel signs are not \w


@dataclass(slots=True)
class Fields:
    """The mutable working state while one clause is read."""

    text: str
    assignee: str | None = None
    priority: Priority | None = None
    due: When | None = None
    cue: bool = False  # a phrase that only introduces tasks was seen ("todo:", "Sam will", "I'll")
    request: bool = False
    date_words: str = ""  # the words the due was read from
    deadline: bool = False  # the due was said as a deadline ("by march", "before friday")
    about: str = ""  # the event the task is for, when said apart ("finalim var, tekrar yap")


_CLAUSE_BREAK = re.compile(r"[.;!?\n]|\b(?:and|then|also|y|e|et|und|en|dan|ve|и|و)\b", re.I)


def _clock_for(text: str, chosen: When, found: list[When]) -> When | None:
    """A clock time said later in the clause for a day said without one, if there is one."""
    if chosen.grain != "day" or chosen.end is not None:
        return None
    for w in found:
        if w.span[0] < chosen.span[1]:
            continue
        between = text[chosen.span[1] : w.span[0]]
        said = translate(text[w.span[0] : w.span[1]]).text.strip()  # "…, por la tarde" closes it
        last = said.endswith(("morning", "afternoon", "evening")) and not text[w.span[1] :].strip()
        if _CLAUSE_BREAK.search(between) or (len(between.split()) > 6 and not last):
            return None
        return w if clock_only(said) else None
    return None


def _choose(text: str, found: list[When]) -> tuple[When, list[When]]:
    """The due date among `found` (a deadline first) and the dates still in play."""
    kinds = [w for w in found if is_kind(text, w)]
    if kinds and any(deadline_at(text, w) for w in found if w not in kinds):
        found = [w for w in found if w not in kinds]  # "quarterly VAT return by jan 10"
    chosen = found[0]
    if len(found) > 1 and text[chosen.span[0] : chosen.span[1]].lower() in _MEALS:
        chosen = found[1]  # "lunch with Maria on Wednesday 12:30": the meal is the event
        found = found[1:]
    return next((w for w in found if is_deadline(text, w)), chosen), found


def take_due(fields: Fields, found: list[When], today: date) -> None:
    """Pick the clause's due date among `found` and cut its words out of the text.

    Dates on days before `today` ("the slides from yesterday") refer to the past and stay in
    the title; so do dates that name an event ("friday's party").
    """
    if not found:
        return
    text, found = without_ruled_out(fields.text, found)  # "not midnight, 9am"
    found = [w for w in found if not names_an_event(text, w) and not before_today(w, today)]
    if not found:
        return
    text, found, event, fields.about = after_event(text, found)  # "call hai, uske liye …"
    if event is not None and not found:
        fields.text, fields.due = text, event
        return
    chosen, found = _choose(text, found)
    start, end = chosen.span[0], meal_kept(text, chosen.span)
    clock = _clock_for(text, chosen, found)
    clock_words = ""
    if clock is not None:  # "tomorrow call mom at 5": the day's clock time is said later
        clock_words = text[clock.span[0] : clock.span[1]]
        text = text[: clock.span[0]].rstrip() + text[clock.span[1] :]
        found = [w for w in found if w is not clock]
    head = _without_lead(text[:start])
    # Neighbouring spans ("friday" + "at 5pm") read as one expression; drop them too.
    for w in found:
        if w is chosen:
            continue
        if 0 <= w.span[0] - end <= 4 and not text[end : w.span[0]].strip(" ,@at"):
            end = w.span[1]
        elif 0 <= start - w.span[1] <= 4 and not text[w.span[1] : start].strip(" ,@at"):
            head = _without_lead(text[: w.span[0]])
    clitic = _ALSO_AFTER.match(text, end)  # "yarın da kitapları kutula": "da" goes with it
    if clitic is not None and detect_language(text) == "tr":
        end = clitic.end()
    tail = _DATE_TAIL.match(text, end)  # "end of next week is fine", "monday at the latest"
    fields.text = f"{head} {text[tail.end() if tail else end :]}"
    fields.due = chosen
    fields.date_words = text[start:end]
    if clock is not None:
        fields.due = at_time_of(chosen, clock, translate(clock_words).text)
        fields.date_words = f"{fields.date_words} {clock_words}"
    if event is not None:  # "… by 10": ten on the event's day
        fields.due = on_event_day(fields.due, fields.date_words, event)
    fields.deadline = deadline_before(text[max(0, start - 24) : start]) or deadline_first(
        fields.date_words
    )


def take_priority(fields: Fields) -> None:
    """Read and remove the first priority cue."""
    low = fields.text.lower()
    if not any(t in low for t in _TRIGGERS) or not _ANY_PRIORITY.search(fields.text):
        return
    for rx, prio in _PRIORITY:
        m = rx.search(fields.text)
        if m:
            fields.priority = prio  # type: ignore[assignment]
            fields.text = f"{fields.text[: m.start()]} {fields.text[m.end() :]}"
            return


def _is_name(word: str) -> bool:
    return word.startswith("@") or (word.lower() not in NOT_NAMES and word[:1].isupper())


def _name_or_self(word: str, sender: str | None) -> str | None:
    return sender if _SELF_ME.match(word) else word


def take_people(fields: Fields, sender: str | None) -> None:
    """Strip fillers and read the assignee, repeating until the opening stops changing."""
    if _REQUEST.search(fields.text):
        fields.request = True
    mine = _MINE.search(fields.text)
    if mine:
        fields.assignee = sender
        fields.cue = True
        fields.text = fields.text[: mine.start()]
    habit = _HABIT.match(fields.text) if fields.due and fields.due.rrule else None
    said = _first(fields.text[habit.end() :]) if habit else ""
    if habit and is_verb(said) and said not in STATEMENT_WORDS:
        if habit.group(1).lower() == "i":  # "every other monday I check the van": mine
            fields.assignee = sender
        fields.cue = True
        fields.text = fields.text[habit.end() :]
    many = _MANY_HANDLES.match(fields.text)
    if many:  # "@ana @ben please sync": one assignee per draft, so the first handle owns it
        fields.assignee = many.group(1)
        fields.text = fields.text[many.end() :]
    m = _ASSIGN.search(fields.text)
    if m and (
        m.group(2).startswith("@")
        or _SELF_ME.match(m.group(2))
        or _is_name(m.group(2))
        or (m.group("said") and m.group(2).lower() not in NOT_NAMES)  # "isso é com a priya"
    ):
        fields.assignee = _name_or_self(m.group(2), sender)
        fields.cue = True
        fields.text = f"{fields.text[: m.start()]} {fields.text[m.end() :]}"
    for _ in range(8):
        before = fields.text
        text = _EDGE_JUNK.sub("", fields.text)
        m = _LEAD.match(text)
        if not m:
            text = _GROUP.sub("", _GREETING.sub("", text))
            m = _LEAD.match(text)
        if m:
            text = text[m.end() :]
            fields.cue = True
        else:
            text = _read_opening(fields, text, sender)
        fields.text = text
        if text == before:
            break
    if fields.request and fields.assignee is None:
        v = _TRAIL_VOCATIVE.search(fields.text)
        if v and _is_name(v.group(1)):
            fields.assignee = v.group(1)
            fields.text = fields.text[: v.start()]
    if fields.assignee is None:
        h = _HANDLE.search(fields.text)
        if h:
            fields.assignee = h.group(0)
            fields.text = f"{fields.text[: h.start()]} {fields.text[h.end() :]}"


def _read_opening(fields: Fields, text: str, sender: str | None) -> str:
    """Consume one assignee-bearing opening ("Sam, ...", "ask Priya to", "I'll") if present."""
    m = _SELF.match(text)
    if m:
        fields.assignee = fields.assignee or sender
        fields.cue = True
        text = text[m.end() :]
        ready = _HAVE_READY.match(text)
        return f"get {ready.group(1)} {ready.group(2)}{text[ready.end() :]}" if ready else text
    for rx in (_FOR_NAME, _ASK, *_ASKS_SAID, _NAME_MODAL, _NAME_DASH):
        m = rx.match(text)
        if m is None:
            continue
        word = m.group(1)
        # "ask priya to" is unambiguous even in lower case; "sam will" needs the capital; after
        # a name, "Priya müşteriye teklifi göndersin" names no second one.
        free = not (fields.assignee and rx in _ASKS_SAID) and rx in (_FOR_NAME, _ASK, *_ASKS_SAID)
        loose = free and (word.lower() not in NOT_NAMES or _SELF_ME.match(word))
        if (_is_name(word) or loose) and not is_heading(word):
            fields.assignee = fields.assignee or _name_or_self(word, sender)
            fields.cue = True
            return text[m.end() :]
    does = _NAME_DOES.match(text)
    if does and fields.assignee is None and _is_name(does.group(1)) and not is_heading(does[1]):
        verb = does.group(2).lower()
        base = "do" if verb == "does" else verb_base(verb)
        if base and (verb == "does" or verb not in STATEMENT_WORDS):
            fields.assignee = does.group(1)  # "every monday Priya does the payroll check"
            fields.cue = True
            return f"{base} {text[does.end() :]}"
    m = _HAVE.match(text)
    if m and _is_name(m.group(1)) and _first(text[m.end() :]) in VERBS:
        fields.assignee = fields.assignee or m.group(1)
        fields.cue = True
        return text[m.end() :]
    m = _VOCATIVE.match(text)
    if m and m.end() < len(text) and m.group(1).lower() not in _SEQUENCE:
        word = m.group(1)
        asks = VERBS | {"can", "could", "would", "pls", "please", "plz"}  # "jo, mach ich" is a yes
        lowered_ok = word.lower() not in NOT_NAMES | GREETINGS and _first(text[m.end() :]) in asks
        if (_is_name(word) or lowered_ok) and not is_heading(word):
            fields.assignee = fields.assignee or word
            return text[m.end() :]
    return text


def _first(text: str) -> str:
    m = _WORD.search(text)
    return m.group(0).lower() if m else ""


def _strip_trail(text: str) -> str:
    """Drop trailing "please"/"thanks"/"lol"; only the last 40 chars are searched (speed)."""
    cut = max(0, len(text) - 40)
    m = _TRAIL.search(text, cut)
    if m is None or (m.start() == cut and cut > 0 and text[cut - 1].isalnum()):
        return text
    return text[: m.start()]


def finish_title(fields: Fields) -> str:
    """Tidy the words left over into a short capitalised title."""
    text = _REASON.sub("", fields.text)
    listed = _ON_MY_LIST.match(text.strip())
    if listed:
        text = listed.group("task")
    for _ in range(3):
        before = text
        text = _SPACES.sub(" ", text).strip()
        text = _EDGE_JUNK.sub("", text)
        text = _strip_trail(text)
        if not _PARTICLE_IN.search(text):
            text = _DANGLING.sub("", text)
        if text == before:
            break
    text = _SPACE_BEFORE_MARK.sub(r"\1", _SPACES.sub(" ", text)).strip()
    text = _EDGE_JUNK.sub("", text)
    if _WANTED_BACK.match(text):
        return ""
    text = f"{text} ({fields.about})" if text and fields.about else text
    return text[:1].upper() + text[1:] if text else ""


def _reports(words: list[str]) -> bool:
    """A line that reports rather than asks: "migrated the db", "Q1 numbers look good"."""
    first = words[0]
    if len(first) > 4 and first.endswith("ed") and not first.endswith("eed"):
        return True
    return any(w in _COPULAS for w in words[1:4])


def looks_like_task(title: str, fields: Fields, *, item: bool, question: bool) -> bool:
    """Whether a cleaned clause reads as something to do rather than a statement or question."""
    words = [w.lower() for w in _WORD.findall(title)]
    if not words:
        return False
    if question and not fields.request:
        return False
    if len(words) <= 4 and words[0] == "do" and words[1:2] in (["it"], ["this"], ["that"], ["so"]):
        return False  # "sure, I'll do it" agrees to something said before; there is no task text
    lead = [w.lower() for w in _WORD.findall(title.split(",", 1)[0])]
    if len(lead) == 2 and lead[1] in _STATUS_TAIL and not fields.cue:
        return False  # "build green, no incidents": a status line
    if is_verb(words[0]) or words[-1] in VERBS_FINAL or verb_shaped(words) or _own_final(words):
        return True
    if fields.cue and words[0] == "be" and words[1:2] and words[1] in _BE_PLACES:
        return True  # "I need to be at Müller's wed 8am": being somewhere is the task
    own = _own_words([*fields.date_words.lower().split(), *words])  # the date says the language too
    plain = [w for w in words if w not in own] or words
    if (words[0] in STATEMENT_WORDS and words[0] not in own) or _reports(plain):
        return False
    if fields.cue or item:
        return True
    # A bare noun phrase with a date ("dentist tomorrow 3pm") is a note-to-self task, but not
    # one whose only date word describes it ("weekly status, long one") nor a heading.
    if fields.date_words.lower() in KIND_WORDS or words[0] in _HEADING_NOUNS:
        return False
    if words[-1] in _HEADING_NOUNS and not (fields.due and fields.due.rrule):
        return False  # "Meeting notes 4 March" heads a document; "every monday standup notes" asks
    if _GERUND_PHRASE.match(title):
        return False  # "catching up on the football at the weekend" tells, it does not ask
    if not is_verb(words[0]) and any(w in _HAPPENS for w in words[1:3]):
        return False  # "tiles come wednesday", "the tiler arrives monday": news, not a task
    if _tells_the_past(plain) and not fields.deadline:
        return False  # "the batch ran clean on Wednesday night" reports what happened
    return (
        fields.due is not None and len(words) <= 10 and not any(w in STATEMENT_WORDS for w in plain)
    )


def _own_final(words: list[str]) -> bool:
    """Whether the clause ends with a verb of its own language only ("süt ve ekmek al")."""
    chat = CHAT.get(detect_language(" ".join(words)) or "")
    return chat is not None and len(words) > 1 and words[-1] in chat.own_final_verbs


def _own_words(words: list[str]) -> frozenset[str]:
    """The clause's words its own language spells like English ones ("de was", "i documenti")."""
    chat, said = CHAT.get(detect_language(" ".join(words)) or ""), f" {' '.join(words)} "
    found = (p.split()[-1] for p in chat.english_lookalikes if f" {p} " in said) if chat else ()
    return frozenset(found)


def _tells_the_past(words: list[str]) -> bool:
    """A subject then a verb in the past tense: "the batch ran clean", "deploy finished"."""
    for i, w in enumerate(words[1:4], start=1):
        if words[i - 1] in DETERMINERS or words[i - 1] in POSSESSIVES:
            continue  # "the signed lease": an adjective, not a verb
        if w in _PAST_VERBS or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed")):
            return True
    return False
