"""Follow-ups about a task or card already there, said without a command verb.

"the venue call is mine too btw", "the florist thing, 10am monday, and put me on it",
"photo booth quote -> ana", "the tasting is moved to friday 2pm, bella cucina called",
"the second one can slip to the 16th", "headcount for the hotel is top priority, flag it".
The thing named first must be a saved task, a waiting card or a list line; the rest is read for
a new time, a new owner or a priority, and said again as the edit command it means.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, search_when
from flowhub.skills import capture, edit, follow_up_negated
from flowhub.skills.context import Context
from flowhub.skills.edit_words import tidy
from flowhub.skills.refer import PRONOUNS, match_titles, ordinal, tasks_named
from flowhub.skills.refer_words import ASKED_WHEN
from flowhub.storage import people, proposals

_LEAD = re.compile(
    r"^(?:(?:actually|btw|oh|ok|okay|so|also|fyi|and|hey|hi|update|heads[ -]up|quick one|"
    r"one more thing|small change|change of plan)\b[,:!.]?\s+)+",
    re.I,
)
_TAIL = re.compile(r"[\s,.!]*(?:btw|fyi|thanks|thx|ty|pls|please|[^\w\s'\"]+)*[\s.!]*$", re.I)
# The thing named, then what is said about it: "X is …", "X can slip …", "X -> ana", "X, 10am".
_SPLIT = re.compile(
    r"^(?P<s>[\w'’&/ ]{3,60}?)"
    r"(?:(?:'s|’s)\s+"
    r"|\s+(?:is|was|are|has been|have been|got|gets|can|could|should|will|needs to)\s+"
    r"|\s*(?:->|→|=>|>)\s*|\s*[–—:,]\s*|\s+-\s+)(?P<rest>.+)$",
    re.I,
)
_NOT_SUBJECT = re.compile(
    r"^(?:i|i'm|im|we|you|he|she|they|it|this|that|there|here|what|who|when|where|why|how|"
    r"can|could|would|will|do|does|did|is|are|pls|please|remind|yes|no|not|my|our)\b",
    re.I,
)
_MINE = re.compile(
    r"\b(?:(?:is\s+)?mine|on me|(?:put|assign|give)\s+(?:me\s+on\s+(?:it|that|this)|"
    r"(?:it|that|this)\s+to\s+me)|i'?ll\s+(?:take|do|handle|own)\s+(?:it|that|this)|"
    r"my\s+(?:job|thing|call|task))\b",
    re.I,
)
_TO_PERSON = re.compile(
    r"^(?:(?:give|pass|hand)\s+(?:it\s+)?(?:to\s+)?|goes\s+to\s+|is\s+for\s+|for\s+|to\s+|"
    r"(?:is\s+)?(?:now\s+)?with\s+)?@?(?P<who>[^\W\d_][\w-]*)(?:'s|’s)?"
    r"(?:\s+(?:is|will|can))?(?:\s+(?:doing|do|taking|take|handling|handle|on|got|has|owns))?"
    r"(?:\s+(?:it|that|this))?(?:\s+(?:now|instead|then|job|thing))?$",
    re.I,
)
_PRIORITY = re.compile(
    r"\b(?:top|high|highest|max|urgent)\s*(?:priority|prio)\b|\bflag\s+(?:it|that|this)\b|"
    r"\b(?:is\s+)?urgent\b|\bpriority\s+(?:one|1|#1)\b|\bp[01]\b",
    re.I,
)
# "flag the florist one (as urgent)"
_FLAG = re.compile(
    r"^(?:pls\s+|please\s+)?flag\s+(?P<s>[\w'’&/ ]{3,60}?)(?:\s+as\s+(?:urgent|important|"
    r"high(?:\s+priority)?|top\s+priority|a\s+priority))?(?:\s+(?:pls|please))?$",
    re.I,
)
_MOVE_HINT = re.compile(
    r"\b(?:moved?|pushed|push|shifted|postponed|rescheduled|bumped|slips?|slide|can wait|"
    r"instead|now|changed|due|on|at|to|by|till|until|make|set|put|change|move)\b",
    re.I,
)
# "you missed the headcount one - send final headcount to the hotel, due dec 15": a task to add.
_MISSED = re.compile(
    r"^(?:(?:oh|hey|btw|also|fyi|hmm|wait|um)[\s,!.]+)*(?:you|u)\s+(?:missed|forgot|left\s+out|"
    r"skipped|dropped)\s+(?:one|a\s+task|something|an\s+item|a\s+bit|(?:the\s+|a\s+)?"
    r"[\w'’ ]{1,30}?\s+(?:one|task|bit|part|thing|item)"
    r"|(?:the|a)\s+[\w'’ ]{1,30}?(?=\s*(?:btw\s*)?[—–:]))"
    r"(?:\s+(?:btw|too|there))?"
    r"\s*(?:[-–—:;,]+|\.)\s*(?P<task>\S.{2,})$",
    re.I,
)
# "you missed the walkthrough tuesday 4pm and the shelving quote": the tasks it names.
_MISSED_THESE = re.compile(
    r"^(?:(?:oh|hey|btw|also|fyi|hmm|wait|um)[\s,!.]+)*(?:you|u)\s+(?:missed|forgot|left\s+out|"
    r"skipped|dropped)\s+(?P<task>(?:the|a|an|my|our)\s+\S.{2,})$",
    re.I,
)
_AND_THE = re.compile(r"\s*(?:,|\band\b|&|\bplus\b)\s+(?=(?:the|a|an|my|our)\s)", re.I)
# "(that one should be done by monday)": the due of the item it follows.
_THAT_ONE = re.compile(
    r"\(?\s*(?:that|this)\s+one\s+(?:should|must|needs?\s+to|has\s+to)\s+be\s+"
    r"(?:done|ready|finished|sent|in)\s+(?P<when>[^()]+?)\s*\)?\s*$",
    re.I,
)
_MISSED_WORDS = 40
_IT = frozenset(p for p in PRONOUNS if p)
# "add a task for sam to adjust the menu": the task is the named person's.
_TASK_FOR = re.compile(
    r"^(?:add|create|make|put\s+in)\s+(?:a|one|another)\s+(?:task|to-?do)\s+for\s+@?(?P<who>[^\W\d_]+)"
    r"\s+to\s+(?P<rest>\S.+)$",
    re.I,
)
_PLACE_OF_WORDS = re.compile(r"\b(?:not|n't|never|no longer|cancel(?:led)?|done)\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """The edit a verbless follow-up about a named task or card asks for; None otherwise."""
    text = ctx.text.strip()
    if (asked := ASKED_WHEN.match(text)) is not None:
        from flowhub.skills import status_lookup  # it reaches back into the skills importing this

        return status_lookup.handle(replace(ctx, text=f"when is {asked.group('t')} due?"))
    if "?" in text or "\n" in text or len(text.split()) > _MISSED_WORDS:
        return None
    missed = _MISSED.match(text)
    if missed is not None:
        return _capture_missed(ctx, missed.group("task"))
    if len(text.split()) > 24:
        return None
    these = _MISSED_THESE.match(text)
    if these is not None:
        items = [_THAT_ONE.sub(r" \g<when>", p).strip() for p in _AND_THE.split(these["task"])]
        return _capture_missed(ctx, "\n".join(f"- {i}" for i in items if i))
    text = _TAIL.sub("", _LEAD.sub("", text))
    flag = _FLAG.match(text)
    if flag is not None and (
        flag.group("s") in ("it", "that", "this") or _known(ctx, flag.group("s"))
    ):
        return edit.handle(replace(ctx, text=f"make {flag.group('s')} high priority"))
    split = _SPLIT.match(text)
    if split is None:
        return None
    subject, rest = split.group("s").strip(), split.group("rest").strip()
    if _NOT_SUBJECT.match(subject) or not _known(ctx, subject):
        return None
    said = _said_of_it(ctx, subject, rest, least=2)
    if said is not None:
        return said
    commands = _commands(ctx, subject, rest)
    if not commands:
        return _said_of_it(ctx, subject, rest, least=1)
    replies: list[Reply] = []
    for command in commands:
        replies += edit.handle(replace(ctx, text=command)) or []
    return replies or None


def _said_of_it(ctx: Context, subject: str, rest: str, *, least: int) -> list[Reply] | None:
    """ "the rota — can you make it due tuesday and bump it to high": edits of "it", all made."""
    changes, unread = edit.read_edits(ctx, tidy(rest))
    if unread is not None or len(changes) < least or any(c.save or c.noop for c in changes):
        return None
    if any(c.target.strip().casefold() not in _IT for c in changes):
        return None  # "named Fresh Fish Co" says nothing of "it": no edit
    for change in changes:
        change.target = subject
    return edit.edit_named(ctx, changes, rest)


def _commands(ctx: Context, subject: str, rest: str) -> list[str]:
    """The edit commands `rest` says about `subject`, in the words the edit skill reads."""
    found: list[str] = []
    when = _when(ctx, rest)
    owner = "me" if _MINE.search(rest) else _person(ctx, rest)
    if when is not None and not _PLACE_OF_WORDS.search(rest.replace(when, "")):
        move = f"move {subject} to {when}"
        found.append(f"{move} and give it to {owner}" if owner else move)
    elif owner:
        found.append(f"give {subject} to {owner}")
    if (low := follow_up_negated.lowered(rest)) is not None:
        found.append(f"make {subject} {low} priority")  # "its not urgent"
    elif _PRIORITY.search(rest):
        found.append(f"make {subject} high priority")
    return found


def _when(ctx: Context, rest: str) -> str | None:
    """The one new day or time said in `rest`, as written ("on monday", "10am monday")."""
    found = search_when(rest, now=ctx.now, tz=ctx.tz)
    if len(found) != 1 or found[0].rrule:
        return None
    start, end = found[0].span
    said = rest[start:end].strip()
    before = rest[:start]
    # "10am monday" alone, or a word that says it moves: "moved to", "can slip to", "instead".
    if not (_MOVE_HINT.search(before) or _MOVE_HINT.search(rest[end:]) or not before.strip()):
        return None
    return said or None


def _person(ctx: Context, rest: str) -> str | None:
    """The one workspace member `rest` hands the thing to ("ana", "goes to ana")."""
    for part in re.split(r"\s*(?:,|;|\band\b)\s*", rest):
        m = _TO_PERSON.match(part.strip())
        if m is None:
            continue
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=m.group("who")
        )
        if len(found) == 1:
            return found[0].display_name
    return None


def _known(ctx: Context, subject: str) -> bool:
    """Whether `subject` names one saved task, one waiting card or a line of the last list."""
    if ordinal(subject) is not None:
        return bool(tasks_named(ctx, subject)) or _seen_cards(ctx)
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(match_titles(subject, pending)) == 1:
        return True
    return len(tasks_named(ctx, subject)) == 1


def _seen_cards(ctx: Context) -> bool:
    seen = ctx.thread.last_seen()
    return bool(seen and seen[0] == "cards")


def _capture_missed(ctx: Context, said: str) -> list[Reply] | None:
    """The task a "you missed one - …" message adds, proposed as any new task is."""
    m = _TASK_FOR.match(said)
    named = m and people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=m.group("who")
    )
    if m and named and len(named) == 1:
        said = f"{named[0].display_name}: {m.group('rest')}"  # "add a task for sam to …"
    intent = classify_intent(said)
    return capture.handle(
        replace(ctx, text=said, intent=intent if intent in ("capture", "remind") else "capture")
    )
