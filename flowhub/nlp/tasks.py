"""Pull task drafts out of a chat message.

Rules, not a model: the message is cut into clauses (lines, list items, sentences, "and"/"then"
between clauses that each open with a verb), and each clause is read by precompiled regexes and
word lists from `_lexicon`. Dates come only from `search_when`; their spans are cut out of the
title.

Why not spaCy: no trained pipeline may be downloaded, so spaCy would give only `blank()`'s
tokenizer and the rule Matcher: no POS tags, lemmas or entities. Those match the same word
lists the regexes use, so they cannot read better. `bench/nlp_chat.py` measures spaCy's
tokenizer plus a single Matcher at 40-60% of the CPU cost of this entire rule pass (0.06-0.1 ms
against ~0.15 ms per message, dates excluded), all of it added on top, and importing spaCy takes
about 1.5 s. So: precompiled regexes and frozensets.

Conventions:
- "send the deck to Sam" names a recipient, not an assignee: "to Sam" stays in the title.
- "I'll ..." / "I will ..." / "I'm going to ..." assign the task to `sender`. For forwarded text
  the "I" is the original author: pass that author as `sender`, or None when unknown.
- "remind me to ...", "need to ..." and bare notes are the sender's own and stay unassigned.
- A list header's date, assignee and priority ("by friday:", "for Sam:") fill in its items.
- "hey Sam! ... could you ...": a greeting that names someone assigns the requests after it.
- Multi-task splitting: list items, lines, sentences, ";", "then", "also", and "and"/"," only
  when both sides carry their own verb ("buy milk and eggs" stays one task).
- Dates on past days ("the slides from yesterday") and dates naming an event ("friday's party",
  "my 2pm", "the Christmas party") are references: they stay in the title and set no due.
- "@here"/"@channel" and mentions of the bot itself assign no one.
- "ping me at 5pm" has no task text, so it yields []; callers use `parse_when` for the time.
- Forwarded or pasted chats ("[14:05, 3/4/2026] Sam: ...", "Sam: ...") are read line by line with
  the speaker as the "I" of each line; a request with no name between two speakers is for the
  other one. Acknowledgements ("ok thanks", "noted") are no tasks, and a sender that is a
  platform or group label ("Team WhatsApp") is nobody.
- What a turn does (`_chat_turns`): "FYI", "heads up", "no need to do anything" are notes; an
  aside ("esp the vegan counts") narrows the request before it; "I'll get Ana on it" hands that
  request to Ana; "we need the headcount" from one speaker asks the other to send (or pay) it;
  a promise about an earlier task ("will sort the contract") takes that task on.
- A deadline "before" a dated day is the day before: "before the 12th" is due by the 11th.
- The same task stated twice is one draft (a date said only once is kept); repeated lines are
  read once, so a long paste costs time by its distinct lines.
- A long update or brain dump (`_task_document`) keeps only the sentences that ask someone to
  act ("I need to", "can you", "Sam will", an imperative opening a line); narrative, reports,
  advice and fragments are no tasks. Section headings ("Hiring:", "Security -") are never a
  speaker or an assignee.
- A lead before a colon heads the items after it: "tomorrow I need to: a, b and c" dates all
  three. ", that one's on me" gives the task to `sender`; "..., remind me at 9am" sets the clock
  time of the day said with the task.
- Messages longer than 200,000 characters are read only up to there; at most 100 drafts come back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from flowhub.nlp._chat_turns import (
    Need,
    handed_to,
    is_aside,
    is_note,
    need_of,
    plain_turn,
    same_thing,
    takes_it_on,
    with_events,
)
from flowhub.nlp._day_mood import without_mood_lead
from flowhub.nlp._daytime import afternoon
from flowhub.nlp._deadline_after import deadline_onto_ask
from flowhub.nlp._forwarded import is_acknowledgement, person_or_none
from flowhub.nlp._hedges import without_hedges
from flowhub.nlp._intent_rules import is_chitchat, prepare, rule_intent
from flowhub.nlp._lexicon import HELLO_WORDS, INFO_OPENERS, NOT_NAMES
from flowhub.nlp._passive import active
from flowhub.nlp._task_asks import reshape_ask, without_reason
from flowhub.nlp._task_before import day_before
from flowhub.nlp._task_context import in_context
from flowhub.nlp._task_dated import dated_pieces, with_news_left_out
from flowhub.nlp._task_do_that import said_plainly
from flowhub.nlp._task_document import asks_for_action, is_advice, is_document
from flowhub.nlp._task_event import after_event
from flowhub.nlp._task_fields import (
    Fields,
    finish_title,
    looks_like_task,
    take_due,
    take_people,
    take_priority,
)
from flowhub.nlp._task_for_list import listed_for
from flowhub.nlp._task_forms import said_as_task
from flowhub.nlp._task_named import named_back, named_lead
from flowhub.nlp._task_oh_and import oh_and_apart
from flowhub.nlp._task_prep import prep_said
from flowhub.nlp._task_remarks import with_remarks_aside
from flowhub.nlp._task_tag import me_tagged
from flowhub.nlp._task_text import Clause, signed_by, split_clauses
from flowhub.nlp._task_track import without_keep_request
from flowhub.nlp._task_when import at_time_of, clock_only
from flowhub.nlp._time_corrected import taken_back
from flowhub.nlp._time_refs import masked
from flowhub.nlp._time_starting import with_start
from flowhub.nlp._title_spelling import spell_title
from flowhub.nlp._title_tails import without_chat_words
from flowhub.nlp._typos import fix_typos
from flowhub.nlp._you_asked import you_asked
from flowhub.nlp.types import TaskDraft, When
from flowhub.nlp.when import search_when

__all__ = ["DateFinder", "extract_tasks", "extract_with"]

DateFinder = Callable[..., list[When]]

MAX_TASKS = 100
_HELLO = re.compile(r"^\s*" + HELLO_WORDS + r"\s+(@?[\w.-]+)[\s!,.:]*$", re.I)
_HEADER_FOR = re.compile(r"\b(?:for|para|pour|für)\s+(@[\w.-]+|[A-Z][\w-]*)\s*:?\s*$")
_INFO = re.compile(INFO_OPENERS, re.I)
# "Thanks for the lovely call on Thursday!": gratitude for what happened, unless it asks more.
_THANKS_FOR = re.compile(
    r"^\W*(?:thanks|thank\s+(?:you|u)|thx|ty|many\s+thanks|cheers)\s+(?:(?:so|very)\s+much\s+"
    r"|again\s+|a\s+lot\s+|a\s+ton\s+)?for\b(?![^?]*\b(?:can|could|would|will)\s+(?:you|u)\b"
    r"|.*\b(?:please|pls)\b)",
    re.I,
)
_ORPHAN = re.compile(
    r"^(?:it'?s|this\s+is|that'?s|very|super|kinda|pretty|ideally|preferably|if\s+possible"
    r"|at\s+the\s+latest|latest|please|pls|thanks|thx|ok)?\s*$",
    re.I,
)
_WILL = re.compile(r"^(?:will|shall|gonna|going\s+to)\s+(?=[a-z])", re.I)
_I_NEED = re.compile(
    r"^(?:(?:also|and|oh|ok|so|then|plus|btw|ugh|argh|hmm|um|well|anyway|right|damn)[\s,]+)*"
    r"(?:i\s+(?:really\s+)?(?:need\s+to|have\s+to|gotta|must|should|ought\s+to|got\s+to)"
    r"|remind\s+me|don'?t\s+let\s+me\s+forget|note\s+to\s+self)\b",
    re.I,
)
_YOU = re.compile(r"(?<=\s)you\b")
_ANYONE = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|everyone|whoever|any\s+of\s+you)\b", re.I
)
_NUDGE = re.compile(r"^(?:don'?t\s+forget|remember\s+to|make\s+sure|be\s+sure\s+to)\b", re.I)
_AND = re.compile(r"^(?:and|&|then|also|plus)\s", re.I)
_ME = re.compile(r"(?<=\s)(?:me|us)\b")
_MY = re.compile(r"(?<=\s)my\b")
_ME_ALONE = re.compile(r"(?<=\s)me\b")
# "..., remind me the day before": when to be reminded of the task before it, not a task.
_REMIND_AHEAD = re.compile(
    r"^(?:and\s+|then\s+)?(?:please\s+|pls\s+)?(?:remind|ping|nudge)\s+"
    r"(?:me|us|her|him|them|@?[A-Z][\w'-]+)\s+(?:about\s+(?:it|that|this)\s+)?"
    r"(?:(?:a|an|one|two|three|\d+|the)\s+)?(?:day|days|hour|hours|hrs?|minutes?|mins?|weeks?"
    r"|night|morning|evening)\s+(?:before(?:hand)?|ahead|earlier|prior|in\s+advance)\b",
    re.I,
)
# "…, can you remind me the day before": the asking words before a reminder lead.
_ASKED_AHEAD = re.compile(
    r"(?<=[,;.])\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+)(?=(?:please\s+|pls\s+)?"
    r"(?:remind|ping|nudge)\s+\w+\s+(?:about\s+(?:it|that|this)\s+)?(?:\w+\s+){0,2}"
    r"(?:before(?:hand)?|ahead|earlier|prior|in\s+advance)\b)",
    re.I,
)
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_ARTICLES = frozenset({"the", "a", "an", "my", "our", "your"})
# Only wh-words: "do the dishes" and "have Jo call" are imperatives; yes/no questions end in "?".
_WH = re.compile(r"^\s*(?:what|when|where|why|how|who|which|whose)\b", re.I)


# "wed evening", "fri morning": a short day name before a part of the day is that day.
_SHORT_DAY = re.compile(
    r"\b(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:morning|afternoon|evening"
    r"|night|noon|midday|lunchtime|eod|am\b|pm\b))",
    re.I,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FULL_DAYS = {d[:3]: d for d in _DAYS}


def _full_day(m: re.Match[str]) -> str:
    return _FULL_DAYS[m.group(1)[:3].lower()]


def _read(text: str, *, now: datetime, tz: str, sender: str | None, finder: DateFinder) -> Fields:
    fields = Fields(text=_SHORT_DAY.sub(_full_day, text))
    # Priority first: "asap" must not reach the time parser, which may read it as "now".
    take_priority(fields)
    said = fields.text
    found = finder(masked(said), now=now, tz=tz)  # "the invoice from november": no due date
    fields.text, found = with_start(said, found)  # "every 15 days …, starting monday at 10"
    take_due(fields, found, now.astimezone(ZoneInfo(tz)).date())
    fields.due = day_before(said, fields.due)  # "before the 12th": by the 11th
    if fields.due is not None:
        fields.due = afternoon(fields.due, fields.date_words or "")
    take_people(fields, sender)
    return fields


def _draft(clause: Clause, fields: Fields) -> TaskDraft | None:
    raw = clause.text.strip()
    question = raw.endswith(("?", "؟")) or bool(_WH.match(raw))
    title = finish_title(fields)
    if not looks_like_task(title, fields, item=clause.item, question=question):
        return None
    return TaskDraft(title, fields.assignee, fields.due, fields.priority or "normal")


def _qualify(draft: TaskDraft, cue: Fields) -> TaskDraft:
    """Apply a clause that only qualifies the task before it ("...tmrw? urgent", "assign to Jo")."""
    due = draft.due or cue.due
    if draft.due and cue.due and clock_only(cue.date_words):
        due = at_time_of(
            draft.due, cue.due, cue.date_words
        )  # "pay rent monthly, remind me at 9am": at 09:00
    return replace(
        draft,
        assignee=draft.assignee or cue.assignee,
        due=due,
        priority=cue.priority or draft.priority,
    )


def _with_header(draft: TaskDraft, head: Fields, own: Fields) -> TaskDraft:
    """Fill a list item's missing fields from its header ("by friday:", "for Sam:")."""
    due = draft.due or head.due
    if draft.due and head.due and clock_only(own.date_words) and not clock_only(head.date_words):
        due = at_time_of(
            head.due, draft.due, own.date_words
        )  # "tomorrow: ..., email Jo by noon": noon tomorrow
    return replace(
        draft,
        assignee=draft.assignee or head.assignee,
        due=due,
        priority=draft.priority if draft.priority != "normal" else head.priority or "normal",
    )


_TODO_HEADER = re.compile(
    r"\b(?:to-?dos?|to\s+do|tasks?|actions?|action\s+items?|next\s+steps|follow-?ups?|asks?"
    r"|need\s+to|have\s+to|should|must|gotta)\b",
    re.I,
)


def _asks(clause: Clause) -> bool:
    """In a document: whether a clause (or the header it sits under) asks someone to act."""
    if asks_for_action(clause.text, opens_line=clause.first or clause.item):
        return True
    return bool(clause.header and _TODO_HEADER.search(clause.header))


def _header(text: str, *, now: datetime, tz: str, sender: str | None, finder: DateFinder) -> Fields:
    """The date, assignee and priority a list header gives its items ("Tasks for Jo:")."""
    head = _read(text, now=now, tz=tz, sender=sender, finder=finder)
    if head.assignee is None:
        named = _HEADER_FOR.search(text)
        if named and named.group(1).lower() not in NOT_NAMES:
            head.assignee = named.group(1)
    return head


def _read_clause(
    clause: Clause,
    *,
    now: datetime,
    tz: str,
    sender: str | None,
    finder: DateFinder,
    asked: bool = False,
) -> tuple[Fields, TaskDraft | None]:
    """Read one clause as said by `sender` (its speaker in a forwarded chat); `asked` when it
    goes on a request ("can you call him monday and book him ...?")."""
    said = active(_WILL.sub("I'll ", clause.text.strip()))  # "will send it monday": a promise
    fields = _read(said, now=now, tz=tz, sender=sender, finder=finder)
    fields.request = fields.request or asked
    draft = _draft(clause, fields)
    if draft and draft.assignee is None and clause.speaker and _I_NEED.match(said):
        draft = replace(draft, assignee=clause.speaker)  # "Sam: I need to call the bank"
    return fields, draft


def _for_whom(
    draft: TaskDraft,
    clause: Clause,
    fields: Fields,
    speakers: list[str],
    addressee: str | None,
    last: tuple[str | None, str | None],
    sender: str | None = None,
) -> TaskDraft:
    """Who a request in a chat is for: the person greeted, the other speaker, or as before."""
    if draft.assignee is None and (fields.request or _NUDGE.match(clause.text)):
        asked = None if _ANYONE.search(clause.text) else _other(speakers, clause.speaker)
        draft = replace(draft, assignee=addressee or asked)
    # "Sam: Ana pls update the doc" then "Sam: and send it to the board": still Ana's
    if draft.assignee is None and clause.speaker and last[0] == clause.speaker:
        draft = replace(draft, assignee=last[1]) if _AND.match(clause.text) else draft
    if clause.speaker and draft.assignee != clause.speaker:
        # "Sam: can you send me (us) the deck" asks for it to go to Sam
        title = _MY.sub(f"{clause.speaker}'s", _ME.sub(clause.speaker, draft.title))
        draft = replace(draft, title=title)
    elif not clause.speaker and sender and draft.assignee and draft.assignee != sender:
        # "@Priya can you send me the pdf" from Sam: the pdf goes to Sam
        title = _MY.sub(f"{sender}'s", _ME_ALONE.sub(sender, draft.title))
        draft = replace(draft, title=title)
    other = _other(speakers, clause.speaker)
    if other and draft.assignee != other:  # "Sam: I'll call you" to Ana: "Call Ana"
        draft = replace(draft, title=_YOU.sub(other, draft.title))
    return draft


def _asked(clause: Clause, writer: str | None, before: str | None) -> tuple[Clause, str | None]:
    """A request to the reader as a plain task ("can we do a call thursday ...": "Call Lena
    thursday ..."), and the clause text a "that" in the next one may point back to."""
    if clause.speaker:
        return clause, before
    asked = reshape_ask(clause.text, writer, before)
    if asked == clause.text:
        return clause, clause.text
    return replace(clause, text=asked, first=True), clause.text


def _small_talk(text: str) -> bool:
    """A line of a chat that only greets or acknowledges ("morning all", "ok thanks")."""
    return is_acknowledgement(text) or (len(text) < 40 and is_chitchat(prepare(text)[1]))


def _other(speakers: list[str], speaker: str | None) -> str | None:
    """The one other person in a two-person chat: whom an unnamed request is for."""
    others = [s for s in speakers if s != speaker]
    return others[0] if speaker and len(others) == 1 else None


def _speaker_turn(clause: Clause, needing: str | None) -> tuple[Clause, Need | None, str | None]:
    """A speaker's line without its greeting, read as a need ("we need the headcount by Wed").

    `needing` is the speaker whose line lists what they need so far; the new one comes back.
    """
    if not clause.speaker:
        return clause, None, needing
    text = plain_turn(clause.text)  # "hi priya, would be great if you could ..."
    need = need_of(text, continuing=needing == clause.speaker and not clause.first)
    if need is None:
        return replace(clause, text=text), None, None
    return replace(clause, text=need.text), need, clause.speaker


def _for_need(
    draft: TaskDraft, need: Need | None, speaker: str | None, speakers: list[str]
) -> TaskDraft:
    """A need said to the other side ("we need your headcount") is theirs to meet."""
    if need and need.for_other and draft.assignee is None:
        return replace(draft, assignee=_other(speakers, speaker))
    return draft


def _no_task(clause: Clause, drafts: list[TaskDraft], sender: str | None) -> bool:
    """Small talk, a note, an aside or a hand-off (which reassigns the last task): no task."""
    if drafts and clause.speaker and takes_it_on(clause.text):  # "Sam: on it"
        drafts[-1] = replace(drafts[-1], assignee=clause.speaker)
        return True
    if _INFO.match(clause.text) or _THANKS_FOR.match(clause.text) or _small_talk(clause.text):
        return True
    if is_note(clause.text) or (drafts and is_aside(clause.text)):
        return True  # "FYI ...", "esp the vegan counts" (narrows the request before it)
    handed = handed_to(clause.text, clause.speaker or sender)
    if handed and drafts:  # "I'll get Ana on it": the request just made is Ana's
        drafts[-1] = replace(drafts[-1], assignee=handed)
        return True
    return False


def _promised_before(drafts: list[TaskDraft], promise: TaskDraft, speaker: str | None) -> bool:
    """Fold a speaker's promise into the earlier task it takes on; True when folded."""
    if speaker is None or promise.assignee != speaker:
        return False
    for i in range(len(drafts) - 1, -1, -1):
        kept = drafts[i]
        if kept.assignee in (None, speaker) and same_thing(promise.title, kept.title):
            drafts[i] = replace(kept, assignee=speaker, due=kept.due or promise.due)
            return True
    return False


# "book him for the sockets", "bring it to the office": a step done to what the clause before named.
_BACK_STEP = re.compile(r"^[^\W\d_]+\s+(?:him|her|them|it)\b", re.I)


def _goes_on(before: str | None) -> bool:
    """Whether the clause after `before` is in the same sentence."""
    return before is not None and not before.rstrip().endswith((".", "!", "?", ":", ";"))


def _joined_back(drafts: list[TaskDraft], draft: TaskDraft, before: str | None) -> bool:
    """Fold a step on what the task before named into that task; True when folded."""
    if not drafts or not _goes_on(before) or not _BACK_STEP.match(draft.title):
        return False
    kept = drafts[-1]
    if kept.assignee and draft.assignee and kept.assignee != draft.assignee:
        return False
    title = f"{kept.title} and {draft.title[:1].lower()}{draft.title[1:]}"
    drafts[-1] = replace(kept, title=title, due=kept.due or draft.due)
    return True


def _same_task_key(draft: TaskDraft) -> tuple[str, str]:
    words = [w for w in re.findall(r"\w+", draft.title.lower()) if w not in _ARTICLES]
    return " ".join(words), (draft.assignee or "").lower().lstrip("@")


def _merge(drafts: list[TaskDraft], seen: dict[tuple[str, str], int], draft: TaskDraft) -> bool:
    """Fold a repeat of an earlier draft into it; False when `draft` is new (and now known)."""
    key = _same_task_key(draft)
    index = seen.get(key)
    if index is None:
        seen[key] = len(drafts)
        return False
    kept = drafts[index]
    if kept.due is None and draft.due is not None:
        drafts[index] = replace(kept, due=draft.due)
    if kept.priority == "normal" and draft.priority != "normal":
        drafts[index] = replace(drafts[index], priority=draft.priority)
    return True


def extract_tasks(
    text: str, *, now: datetime, tz: str, sender: str | None = None, locale: str | None = None
) -> list[TaskDraft]:
    """Return the tasks a message asks for, in order; [] when it asks for none.

    `locale`, the writer's language when known, is tried first for dates ("ma half 9").
    """
    finder = partial(search_when, locale=locale) if locale else search_when
    drafts = extract_with(text, now=now, tz=tz, sender=sender, finder=finder)
    # "Nouvelle tâche: …", "…, c'est la deadline", "…toplantı var, ekle": words to the reader go.
    return [replace(d, title=without_chat_words(d.title)) for d in drafts]


def extract_with(
    text: str, *, now: datetime, tz: str, sender: str | None, finder: DateFinder
) -> list[TaskDraft]:
    """`extract_tasks` with the date finder swapped (the benchmark's dateparser baseline)."""
    if not text or not text.strip():
        return []
    text = _ASKED_AHEAD.sub(" ", fix_typos(text))  # ", can you remind me the day before"
    text = said_plainly(oh_and_apart(text))  # ", oh and chase the deposit, sam should do that"
    text = me_tagged(without_mood_lead(text))  # "crazy day, pay it", "… - me, by the 12th"
    text = deadline_onto_ask(text)  # "can you call them? needs to happen by friday"
    text = you_asked(text)  # "Priya me mandas el certificado el martes?"
    text = without_keep_request(text)  # "…, can you keep track of that"
    text = prep_said(text)  # "dentist wed 3pm. before that i need the x-rays picked up"
    if rule_intent(text) not in (None, "remind"):
        return []
    if (plain := taken_back(text, finder(text, now=now, tz=tz))) is not None:
        text = plain  # "need it tuesday, no wednesday morning": only the last time said
    read = partial(extract_with, now=now, tz=tz, sender=sender, finder=finder)
    if (remarked := with_remarks_aside(text, read)) is not None:
        return remarked  # "call the plumber tomorrow (he said mornings are best)"
    sender = person_or_none(sender)
    named = (named_lead(text) or listed_for(text)) if sender else None
    if named is not None:  # "priya: VAT return by jan 10", "for priya, by thu: a, b": Priya's
        drafts = _extract(named[1], now=now, tz=tz, sender=sender, finder=finder)
        return [d if d.assignee else replace(d, assignee=named[0]) for d in drafts]
    return _extract(text, now=now, tz=tz, sender=sender, finder=finder)


def _extract(
    text: str, *, now: datetime, tz: str, sender: str | None, finder: DateFinder
) -> list[TaskDraft]:
    clauses = with_events(split_clauses(text))
    prose = sum(1 for c in clauses if not c.item and not c.speaker)
    spans = partial(_date_spans, now=now, tz=tz, finder=finder)
    clauses = [part for c in clauses for part in _by_dates(c, spans)]
    speakers = list(dict.fromkeys(c.speaker for c in clauses if c.speaker))
    drafts: list[TaskDraft] = []
    seen: dict[tuple[str, str], int] = {}
    headers: dict[str, Fields] = {}
    read: dict[tuple[str, str | None, bool], tuple[Fields, TaskDraft | None]] = {}
    asking = False  # the clause before asked someone ("can you ...")
    addressee: str | None = None
    needing: str | None = None  # the speaker whose turn is listing what they need
    last: tuple[str | None, str | None] = (None, None)  # the previous task's speaker and assignee
    document = is_document(text, prose)
    writer = signed_by(text) if prose > 1 else None  # "Thanks!\nLena": the "us" of the mail
    before: str | None = None  # the clause before, which a "that" in a request may point to
    for index, clause in enumerate(clauses):
        said_before = clauses[index - 1].text if index else None  # whom a "call her" means
        hello = _HELLO.match(clause.text)
        if hello and hello.group(1).lower() not in NOT_NAMES:
            addressee = hello.group(1)  # "hey Sam! ... could you ...": Sam is asked
            continue
        clause, need, needing = _speaker_turn(clause, needing)
        clause, before = _asked(clause, writer, before)
        if _no_task(clause, drafts, sender):
            continue
        if drafts and _REMIND_AHEAD.match(clause.text.strip()):
            continue
        if is_advice(clause.text) or (document and not clause.speaker and not _asks(clause)):
            continue  # narrative, a report, advice or a fragment in a long update
        who = clause.speaker or sender
        asked = asking and _goes_on(said_before)
        key = (clause.text.strip(), who, asked)
        if key not in read:  # a long paste repeats itself; each distinct line is read once
            read[key] = _read_clause(clause, now=now, tz=tz, sender=who, finder=finder, asked=asked)
        fields, draft = read[key]
        kept = None if draft or document else with_news_left_out(clause.text, spans)
        if kept:  # "plumber tue morning, the boiler is leaking again": the news says why
            fields, draft = _read_clause(
                replace(clause, text=kept), now=now, tz=tz, sender=who, finder=finder
            )
        asking = fields.request
        if draft is None or (drafts and _ORPHAN.match(draft.title)):
            if drafts and _ORPHAN.match(finish_title(fields)):
                drafts[-1] = _qualify(drafts[-1], fields)
            continue
        draft = replace(draft, title=named_back(draft.title, said_before))
        draft = _for_whom(draft, clause, fields, speakers, addressee, last, sender)
        draft = _for_need(draft, need, clause.speaker, speakers)
        if clause.header:
            head = headers.get(clause.header)
            if head is None:
                head = headers[clause.header] = _header(
                    clause.header, now=now, tz=tz, sender=who, finder=finder
                )
            draft = _with_header(draft, head, fields)
        last = (clause.speaker, draft.assignee)
        same_line = not (clause.item or clause.first or clause.speaker)
        if asked and same_line and _joined_back(drafts, draft, said_before):
            continue  # "can you call the electrician and book him for ...?": one task
        # "Sam: will sort the contract" after "we need the contract back" takes that task on
        if _promised_before(drafts, draft, clause.speaker) or _merge(drafts, seen, draft):
            continue
        drafts.append(draft)
        if len(drafts) >= MAX_TASKS:
            break
    drafts = [_spelled(d, text) for d in drafts]
    return in_context(text, drafts, now=now, tz=tz, finder=finder)  # "... send the scans before"


def _date_spans(text: str, *, now: datetime, tz: str, finder: DateFinder) -> list[tuple[int, int]]:
    """Where `text` says a date; none when it opens with an event that dates what follows."""
    found = finder(masked(text), now=now, tz=tz)
    if after_event(text, found)[2] is not None:  # "kal 11 baje call hai, uske liye deck …"
        return []
    return [w.span for w in found if w.span]


def _by_dates(clause: Clause, spans: Callable[[str], list[tuple[int, int]]]) -> list[Clause]:
    """A clause listing things each with its own day, as one clause per thing."""
    said = _SHORT_DAY.sub(_full_day, clause.text)
    pieces = dated_pieces(said, spans)
    if len(pieces) < 2:
        return [clause]
    return [replace(clause, text=p, first=clause.first and not i) for i, p in enumerate(pieces)]


def _spelled(draft: TaskDraft, text: str) -> TaskDraft:
    """`draft` with slips in its title fixed ("ordr more bakcdrop paper"), the reason for it
    dropped ("..., so we can check it") and its verb in a task's form ("hazırlasın": "hazırla")."""
    title = spell_title(without_hedges(said_as_task(without_reason(draft.title), text)), said=text)
    title = _EMPTY_BRACKETS.sub("", title).strip()  # "fix the bug (@sam)": the name was taken
    return draft if title == draft.title else replace(draft, title=title)
