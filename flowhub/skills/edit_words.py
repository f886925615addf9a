"""Edits in plain words, read into a `Change`, and what the bot says about them.

`read(text)` splits "move the gym to tuesday" into the thing named ("the gym") and the change
(due: "tuesday"); the date is resolved later against the thing's own due time, so "at 4pm" on
a card due Friday stays on Friday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from flowhub.i18n import Plural, Text
from flowhub.skills.reply_words import takes

WHICH_CARD = Text(
    "Which of these {count}? Say “confirm all”, “just the first”, “discard the second”, or tap "
    "the card's button.\n{lines}"
)
NO_SUCH_CARD = Plural(
    "There is only {count} card waiting.", "There are only {count} cards waiting."
)
DISCARDED_ALL = Text("🗑 Discarded {count}: {titles}")
NOTHING_TO_EDIT = Text(
    "Which one? Nothing was just shown to change. Name the task, e.g. “move the gym to tuesday”."
)
NO_TASK_NAMED = Text("I couldn't find an open task matching “{text}”, so nothing changed.")
SEVERAL_NAMED = Text(
    "Several tasks match “{text}”; nothing changed. Say it more exactly, or use a number:\n{lines}"
)
NOT_APPLIED = Text("⚠️ I did not apply “{text}”: say it again on its own and I'll do it.")
NOT_UNDERSTOOD = Text(
    "I couldn't read “{text}” as a change, so nothing changed. Try “move it to friday”, "
    "“at 4pm”, “give it to Sam”, “call it …” or “no date”."
)
WHAT_TO_CHANGE = Text(
    "What should I change on “{title}”? Say e.g. “move it to friday 11am”, “call it …” or "
    "“no date”."
)
NOT_READ_FOR = Text(
    "I couldn't read “{text}” as a change to “{title}”, so nothing changed. Try “move it to "
    "friday”, “at 4pm”, “give it to Sam” or “call it …”."
)
NO_DATE_TO_SHIFT = Text(
    "“{title}” has no date to move; say a day instead, e.g. “move it to friday”."
)
CHANGED_TASK = Text("✏️ {what} “{title}”{detail}.")
MOVED = Text("Moved")
RENAMED = Text("Renamed")
RENAMED_BY = Text("✏️ {who} renamed “{old}” to “{title}”.")
REASSIGNED = Text("Gave")
REPRIORITISED = Text("Set priority of")
UNDATED = Text("Removed the date from")
UPDATED = Text("Updated")
CHANGED_PARTS = Text("✏️ Updated “{title}”: {parts}.")
AND = Text(" and ")
TO = Text(" to {what}")
PART_RENAMED = Text("renamed")
PART_MOVED = Text("moved to {when}")
PART_UNDATED = Text("date removed")
PART_PRIORITY = Text("priority {priority}")
PART_GIVEN = Text("given to {who}")
PART_UNASSIGNED = Text("unassigned")
NOT_REPEATING = Text(", not repeating")
FLOW_ENDED = Text("OK, stopped. Nothing else changed.")
NOTHING_RECENT = Text(
    "Nothing to undo: there's nothing recent (undo reverts only the last action, within "
    "10 minutes)."
)
UNSAVED = Text("↩️ Took back: {title}")
UNSAVED_CARD = Text("↩️ Took back: {title} (its card waits again, below)")

_LEAD = re.compile(
    r"^(?:(?:no|nope)\s*,\s*|(?:actually|oops|sorry|ok(?:ay)?|hmm+|ugh+|argh+|ah+|lol|please|"
    r"and|also|wait|oh|um+|err?|so|hey|hi|can you|could you|would you|pls|plz|from now on|"
    r"let'?s|let’s|let us|"
    r"going forward|in future)\b[\s,:!.-]*)+",
    re.I,
)
_LAUGH = re.compile(r"\s+(?:lol|lmao|haha\w*|hehe)[\s!.]*$", re.I)
_TAIL = re.compile(
    r"(?:[\s,]+(?:please|pls|plz|instead|then|though|tho|thanks|thank you|thx|ta|cheers|ty"
    r"|from now on"
    r"|lmao|haha\w*|hehe|obvs|obviously|ofc|of course"
    r"|going forward"
    r"|from here on|for (?:that|this|it)"
    r"(?: one)?|for the card))+$",
    re.I,
)


# A complaint before the fix: "why is the instagram one on monday??", "the report says tuesday,",
# "the lens one is wrong,", "that's wrong,". `what` names the thing when the complaint does.
_WHEN_SAID = (
    r"(?:on|at|for|due(?:\s+on)?|set\s+(?:for|to)|scheduled\s+(?:for|on)|down\s+for|showing)"
)
_WRONG = r"(?:wrong|off|not\s+right|incorrect|a\s+mistake|messed\s+up)"
_COMPLAINT = re.compile(
    rf"^(?:why(?:\s+(?:is|are|does|do)|'s|’s|s)\s+(?P<why>.+?)\s+(?:{_WHEN_SAID}|say|show|have)\s+[^,;.!?]+"
    rf"|(?P<says>(?:the|my|that|this)\s+[^,;.!?]+?)\s+(?:says|shows|has|reads)\s+[^,;.!?]+"
    rf"|(?P<wrong>(?:the|my|that|this)\s+[^,;.!?]+?)(?:\s+is|'s|’s)\s+{_WRONG}"
    r"|(?:the\s+)?wrong\s+(?:person|owner|assignee|date|day|time|title|name)\s+(?:on|for|in)\s+"
    r"(?P<on>(?:the|my|that|this)\s+[^,;.!?:]+?)"
    rf"|(?:(?:no|nope|oops|hmm+|ugh)[\s,]+)?(?:that'?s|that’s|this\s+is|it'?s|its|all)?\s*{_WRONG})"
    r"\s*(?:[,;:.!?]+|\s[-–—]+)\s*(?P<rest>\S.*)$",
    re.I,
)


# "no date was mentioned", "I never said a date": the complaint itself asks for no date.
_NO_DATE_SAID = re.compile(
    r"\bno\s+(?:due\s+)?date\s+(?:was\s+|is\s+|were\s+)?(?:mentioned|said|given|set|asked)"
    r"|\b(?:didn'?t|did\s+not|never)\s+(?:say|mention|give|set|ask\s+for)\s+(?:a\s+|any\s+)?"
    r"(?:due\s+)?date|\bthere\s+(?:was|is)\s+no\s+(?:due\s+)?date|\bshouldn'?t\s+have\s+a\s+"
    r"(?:due\s+)?date|\bwhere\s+did\s+(?:that|the)\s+date\s+come\s+from",
    re.I,
)


def says_no_date(text: str) -> bool:
    """Whether a complaint says the thing should have had no date at all."""
    return bool(_NO_DATE_SAID.search(text))


def complaint(text: str) -> tuple[str, str] | None:
    """(the thing named or "", the fix) for "why is the X on monday?? it should be friday"."""
    m = _COMPLAINT.match(text.strip())
    if m is None:
        return None
    what = m.group("why") or m.group("says") or m.group("wrong") or m.group("on") or ""
    return what.strip(), m.group("rest").strip()


def tidy(text: str) -> str:
    """`text` without courtesy words around it and without end punctuation."""
    text = re.sub(r"\s+", " ", text.strip()).rstrip(".!?… ")
    text = _LEAD.sub("", text) if not _LEAD.fullmatch(text) else text
    text = _TAIL.sub("", text)
    return text.strip().rstrip(".!?,… ")


@dataclass
class Change:
    """One edit read from text; `target` is the phrase that names what to change."""

    target: str = ""
    title: str | None = None
    assignee: str | None = None
    unassign: bool = False
    priority: str | None = None
    clear_due: bool = False
    when: str | None = None
    shift: timedelta | None = None
    shift_months: int = 0
    clear_rrule: bool = False
    loose: bool = False
    save: bool = False
    noop: bool = False
    drop: str | None = None
    append: str | None = None
    swap: tuple[str, str] | None = None
    zone_of: str | None = None
    until: str | None = None
    day_only: bool = False


_NAME = r"(?P<v>@?[^\W\d_][\w\u0900-\u097f.\-]*(?:\s+(?-i:[A-Z])[\w\-]*)?)"
_NOT_NAMES = frozenset(
    [
        "it",
        "that",
        "this",
        "the",
        "a",
        "an",
        "we",
        "you",
        "they",
        "them",
        "him",
        "her",
        "he",
        "she",
        "his",
        "my",
        "our",
        "your",
        "their",
        "everyone",
        "someone",
        "somebody",
        "anyone",
        "people",
        "team",
        "all",
    ]
)
_TITLE = re.compile(
    r"^(?:call (?:it|that|this)|rename (?P<t>[^:]+?) (?:to|as)|rename(?: it| that)?(?: to)?|"
    r"retitle(?: it)?(?: to)?|change the (?:title|name) to|name it"
    r"|(?:the\s+)?(?:title|name)\b(?:\s+(?:is|says|(?:should|must|needs\s+to)\s+(?:just\s+|only\s+)?"
    r"(?:be|say|read)"
    r"|'s))?)\s*[:=]?\s*(?P<v>.+)$",
    re.I,
)
# "call the first one 'X'", "name 2 X", "call the florist one “X”": a card or line renamed.
_POSITION = r"first|second|third|fourth|fifth|last|top|bottom|other|#?\d{1,2}"
_TITLE_OF = re.compile(
    r"^(?:call|name|title|retitle)\s+(?P<t>(?:the\s+)?(?:" + _POSITION + r")"
    r"(?:\s+(?:one|card|task|item))?"
    r"|(?:the\s+)?[\w'’ -]{1,30}?\s+(?:one|card|task)(?=\s*[“\"'‘]))\s*[:=]?\s+(?P<v>\S.*)$",
    re.I,
)
# "make it 'bake 3 dozen mini stollen'": a quoted value is a title, never a day.
_QUOTED_TITLE = re.compile(
    r"^(?:make|change|turn|set|rename)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?|the\s+(?:title|name))\s+"
    r"(?:to\s+|into\s+)?(?:just\s+|only\s+)?[“\"'‘](?P<v>[^“”\"]+?)[”\"'’]$",
    re.I,
)
# "its stollen not stolen lol": one word of the title put right.
WORD_FIX = re.compile(
    r"^(?:(?:oops|sorry|typo|no|nope)[\s,:!.-]+)*(?:it'?s|it\s+is|should\s+be|i\s+meant)\s+"
    r"[“\"'‘]?(?P<new>[^\W\d_][\w'-]*)[”\"'’]?,?\s+not\s+[“\"'‘]?(?P<old>[^\W\d_][\w'-]*)[”\"'’]?"
    r"(?:\s+(?:lol|lmao|haha|pls|please|oops))*[\s!.🙈😅]*$",
    re.I,
)
# "the exam one should be called …", "it should just say …": a new title said as a wish.
_CALLED = re.compile(
    r"^(?P<t>.+?)\s+(?:should|must|needs to|has to)\s+(?:just\s+|only\s+)?"
    r"(?:be called|be named|say|read|be titled)\s*[:=]?\s+(?P<v>\S.*)$",
    re.I,
)
# A card named by its place in the list or as "the X one".
_PLACED = (
    r"(?:the\s+)?(?:" + _POSITION + r")(?:st|nd|rd|th)?(?:\s+(?:one|card|task))?"
    r"|the\s+[\w'’ -]{1,30}?\s+one|(?:that|this)\s+one"
)
_ASSIGN = (
    re.compile(
        r"^(?:give|hand|pass|assign|reassign|delegate)\s+(?P<t>.+?)\s+(?:over\s+)?to\s+"
        + _NAME + r"$", re.I),
    re.compile(r"^(?:assign|reassign|give|hand|pass)(?:\s+(?:it|that))?\s+to\s+" + _NAME + "$",
               re.I),
    re.compile(
        r"^(?:assignee|owner)\s*[:=]?\s*" + _NAME + "$", re.I),
    re.compile(
        _NAME + r"\s+(?:should|will|can|could|is going to|'ll|must|needs to|has to)\s+"
        r"(?:do|handle|take|own|cover|pick up)\s+(?P<t>.+)$", re.I),
    re.compile(r"^let\s+" + _NAME + r"\s+(?:do|handle|take|own|cover|deal with)\s+(?P<t>.+)$",
               re.I),
    re.compile(r"^(?:it'?s|that'?s|its|thats|this is) (?:for|on) " + _NAME + "$", re.I),
    # "the lens pickup is for sam": the task named, then who it is for.
    re.compile(r"^(?P<t>.+?)\s+(?:is|should be|'s)\s+(?:for|on)\s+" + _NAME + "$", re.I),
    re.compile(r"^for " + _NAME + "$", re.I),
    # "the beef one should be sam's": whose the task named is, said as a wish.
    re.compile(r"^(?P<t>.+?)\s+(?:should|must|needs to|has to)\s+be\s+" + _NAME + r"'s$", re.I),
    # "4 is Ana's now", "the kit wash is sam's job": whose the task named is, said as a fact.
    re.compile(r"^(?P<t>.+?)\s+(?:is|are)\s+(?:now\s+)?" + _NAME + r"['’]s(?:\s+(?:job|task|thing"
               r"|call|responsibility|one))?(?:\s+(?:now|from now on|going forward))?$", re.I),
    # "the patel call back should go to Ana": where the task goes, said as a wish.
    re.compile(r"^(?P<t>.+?)\s+(?:should|can|could|must|has to|needs to)\s+go\s+to\s+" + _NAME
               + "$", re.I),
    # "it's Priya's job", "that's sam's thing now": whose it is, said as a fact.
    re.compile(r"^(?:it'?s|that'?s|its|thats|this is|that one'?s)\s+" + _NAME
               + r"'s(?:\s+(?:job|task|thing|call|responsibility|area|one))?(?:\s+now)?$", re.I),
    # "keep it with priya then", "leave that on sam".
    re.compile(r"^(?:keep|leave)\s+(?:it|that|this)\s+(?:with|on|for)\s+" + _NAME + "$", re.I),
    # "priya handles that", "sam's on it", "put sam on it": who does the thing meant.
    re.compile(_NAME + r"\s+(?:handles|does|takes care of|owns|covers|sorts|deals with)\s+"
               r"(?:it|that|this|them)(?:\s+one)?$", re.I),
    re.compile(_NAME + r"(?:'s|\s+is)\s+on\s+(?:it|that|this)(?:\s+one)?$", re.I),
    re.compile(r"^put\s+" + _NAME + r"\s+on\s+(?:it|that|this)(?:\s+one)?$", re.I),
    # "luca's doing the first one", "priya takes the second", "sam has 2": a card named by its
    # place (or as "the X one") and who does it.
    re.compile(_NAME + r"(?:['’]s|\s+is|\s+will\s+be)\s+(?:doing|taking|handling|covering"
               r"|on|got)\s+(?P<t>" + _PLACED + r")$", re.I),
    re.compile(_NAME + r"\s+(?:takes|does|gets|has|handles|covers|grabs)\s+(?P<t>" + _PLACED
               + r")$", re.I),
    # "Sam should order that", "priya can send it": someone named does the thing meant.
    re.compile(_NAME + r"\s+(?:should|will|can|could|is going to|'ll|must|needs to|has to)\s+"
               r"[a-z]+(?:\s+(?:up|out|off|in))?\s+(?:it|that|this|them|that one)$", re.I),
)  # fmt: skip
# "should be mine", "it should be priya's": the owner said as a wish.
_SHOULD_OWN = re.compile(
    r"^(?:(?:it|that|this)\s+)?(?:should|must|needs to|has to|is meant to)\s+be\s+"
    r"(?:(?P<me>mine|me|on me|for me|my job)|(?P<v>[A-Za-z][\w.\-]*)'s)$",
    re.I,
)
# "and it's me", "that's me": who does it, said as a clause of a longer edit.
_ME = re.compile(
    r"^(?:(?:it'?s|that'?s|its|thats|(?:make|keep)\s+(?:it|that|this))\s+)?(?:me|mine|on me)$", re.I
)
# "1 is mine", "the first one's mine", "i'll take 2": the card named is the speaker's.
_MINE = re.compile(
    r"^(?P<t>[^,;:.!?]+?)(?:\s+(?:is|are)|['’]s)\s+(?:all\s+)?mine(?:\s+now)?$"
    r"|^i(?:'ll|’ll|\s+will|\s+can|'d|\s+do)?\s+(?:take|grab|do|have|handle)\s+(?P<u>(?:the\s+)?"
    r"(?:first|second|third|fourth|fifth|last|top|bottom|#?\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s+(?:one|card|task))?|the\s+[\w'’ -]{1,30}?\s+one)$",
    re.I,
)
# "yes save", "ok confirm", "save it": the card is done being edited.
_SAVE = re.compile(
    r"^(?:(?:yes|yeah|yep|ok(?:ay)?|and|then|great)[\s,!]*)*(?:save|confirm|keep)(?:\s+(?:it|that|"
    r"this|the card))?(?:\s+(?:now|then|please|pls))?$|^(?:yes|yep|yeah)$",
    re.I,
)
# Clauses that only point at the thing: "fix that", "put her on it" (said with who it is).
_POINTER = re.compile(
    r"^(?:(?:please|pls)\s+)?(?:fix|sort|change|correct|update)\s+(?:that|it|this)(?:\s+(?:one|please|pls))?$"
    r"|^(?:put|assign|give)\s+(?:her|him|them)\s+(?:on\s+)?(?:it|that|this)$"
    r"|^(?:give|hand)\s+(?:it|that|this)\s+to\s+(?:her|him|them)$"
    r"|^(?:that'?s|thats)\s+(?:all|it)$",
    re.I,
)
# "drop the 'add:' bit", "remove 'urgent' from the title", "take out the word draft".
_DROP = re.compile(
    r"^(?:drop|remove|delete|take out|cut|lose|get rid of|strip)\s+(?:the\s+)?"
    r"(?:(?:word|words)\s+(?P<w>\S+)|[“\"'‘](?P<q>[^“”\"‘’]+?)[”\"'’](?=\s|$)|(?P<b>\S+))"
    r"(?(b)\s+(?:bit|part|prefix|word|thing)|(?:\s+(?:bit|part|prefix|word|words|thing))?)"
    r"(?:\s+(?:from|in|of|out\s+of)\s+(?:the\s+|its\s+)?(?:title|name))?$"
    # "take 'let's say' out of the title": a quoted part taken out, the title said.
    r"|^(?:take|get|leave)\s+[“\"'‘](?P<o>[^“”\"‘’]+?)[”\"'’]\s+(?:out\s+of|off|out\s+from)\s+"
    r"(?:the\s+|its\s+)?(?:title|name)$",
    re.I,
)
# "add skylight to that title", "put 'away' in the name of the wash one": words added to a title.
_APPEND = re.compile(
    r"^(?:add|append|put|stick|tack|include)\s+(?:the\s+words?\s+)?[“\"'‘]?(?P<v>[^“”\"‘’]+?)"
    r"[”\"'’]?\s+(?:on\s+)?(?:to|in|on|into|onto|at\s+the\s+end\s+of)\s+"
    r"(?:(?:the|that|this|its|it'?s)\s+(?:title|name)|(?:the\s+)?(?:title|name)\s+of\s+(?P<t>.+)"
    r"|(?P<u>.+?)['’]s\s+(?:title|name))$",
    re.I,
)
# "black tap instead of chrome": one word of the title swapped for another.
SWAP = re.compile(
    r"^(?P<new>[^,;]{1,40}?)\s+(?:instead of|rather than)\s+(?P<old>[^,;]{1,40})$", re.I
)
# "monday 9am her time", "at 7 my time": whose clock the time is read on.
ZONE_TAIL = re.compile(
    r"\s+(?:in\s+)?(?P<who>her|his|their|my|your|[A-Za-z]+'s)\s+(?:local\s+)?(?:time|timezone|tz)$",
    re.I,
)
_UNASSIGN = re.compile(
    r"^(?:unassign(?: it)?|no assignee|nobody|no one|i'?ll do it(?: myself)?)$",
    re.I,
)
_PRIORITY = re.compile(
    r"^(?:(?:make|set|mark|bump|raise|change|put)\s+(?P<t>(?:(?!\s(?:and|then)\s).)+?)\s+"
    r"(?:as\s+|to\s+|up\s+to\s+|down\s+to\s+)?"
    r"|(?:it'?s|that'?s|its|thats|it is|that is)\s+)?"
    r"(?:(?:priority\s*[:=]?\s*)?(?P<v>urgent|high|normal|medium|low|p[1-4]|top(?=\s+prio)|"
    r"not urgent|less urgent|more urgent|very urgent|not (?:that |very )?important|unimportant"
    r"|no (?:priority|prio|urgency)|(?:remove|drop|clear|take off) (?:the )?(?:priority|urgency))"
    r"(?:\s+priority|\s+prio)?|(?P<w>important))$",
    re.I,
)
_PRIORITY_WORDS = {
    "p1": "urgent", "p2": "high", "p3": "normal", "p4": "low", "medium": "normal",
    "top": "urgent", "not urgent": "normal", "important": "high", "less urgent": "normal",
    "more urgent": "urgent", "very urgent": "urgent", "not important": "low",
    "not that important": "low", "not very important": "low", "unimportant": "low",
    "no priority": "normal", "no prio": "normal", "no urgency": "normal",
    "remove the priority": "normal", "remove priority": "normal", "drop the priority": "normal",
    "drop priority": "normal", "clear the priority": "normal", "clear priority": "normal",
    "take off the priority": "normal", "remove the urgency": "normal",
}  # fmt: skip
_NO_DUE = re.compile(
    r"^(?:(?:make|set|leave)\s+(?P<t>.+?)\s+)?(?:no (?:due )?date|no deadline|undated|"
    r"(?P<t4>.+?)\s+(?:has|gets|needs|should have|can have) no (?:due )?(?:date|deadline)|"
    r"no (?:due )?(?:date|deadline) (?:on|for) (?P<t5>[^,;.!?]+)|"
    r"(?:remove|clear|drop|delete|lose|scrap|ditch|cut) (?:the )?(?:due )?(?:date|deadline)"
    r"(?: (?:from|on|of|for|off) (?P<t2>[^,;.!?]+))?|"
    r"without (?:a )?(?:due )?date|whenever|no rush|someday|"
    r"(?:take|get) (?:the )?(?:due )?(?:date|deadline) off(?: of)?(?: (?P<t3>.+))?)$",
    re.I,
)
_NO_REPEAT = re.compile(
    r"^(?:(?:make|set)\s+(?P<t>.+?)\s+)?(?:an?\s+)?(?:(?:no longer|not) (?:recurring|repeating)|"
    r"non-?recurring|no (?:repeat|repetition)s?|don'?t repeat(?: it)?|"
    r"(?:stop|remove|drop|cancel) (?:the )?(?:repeat(?:ing)?|recurrence|repetition)|"
    r"one-?off(?: thing| task)?|one time(?: thing| task)?|just once|only once|"
    r"single (?:one|time))(?:\s+(?:it|that|this))?$",
    re.I,
)
_AMOUNT = (
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?|a couple of|\d+)\s+"
    r"(?P<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
)
_SHIFT = re.compile(
    r"^(?:(?P<verb>push|move|put|postpone|delay|bump|shift|bring|pull|set|make|reschedule|"
    r"defer|slide)\s+)?(?P<t>.*?)\s*(?:\b(?P<d1>back|out|forward|ahead|up|earlier|later)\b)?\s*"
    r"(?:by\s+)?" + _AMOUNT + r"\s*(?P<d2>earlier|later|sooner|before|after|back|forward|"
    r"ahead|out)?$",
    re.I,
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2,
}  # fmt: skip
_MOVE = re.compile(
    r"^(?P<verb>make|change|move|push|put|shift|reschedule|set|bump|switch|postpone|delay|"
    r"defer|bring|pull|slide|do|have)\s+(?P<rest>.+)$",
    re.I,
)
_ALARM = re.compile(r"^(?:(?:me\s+)?an?\s+|my\s+|the\s+)?(?:reminder|alarm|ping|nudge)s?\b", re.I)
_SEP = re.compile(r"\b(?:to|for|on|till|until|at|into)\b", re.I)
# "the plumber one should be at 8am", "rent is due on the 2nd": a task named, then its new date;
# "what's due friday" is a question, never a task named "what".
_DAY_WORD = (
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?"
    r"|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|noon|midnight"
)
_SHOULD = re.compile(
    r"^(?!(?:what|which|who|whose|when|where|how|why|anything|anyone|is|are|does|do|did)\b)"
    r"(?P<t>.+?)(?:\s+(?:should be|needs to be|has to be|must be|can be|is now|is|'s"
    r"|should (?:ping|remind|nudge|alert) me|(?:needs|has) to happen|should happen|must happen"
    r"|(?:would\s+be\s+|'d\s+be\s+|is\s+|works\s+)?better)"
    r"|['’]s)\s+(?:(?:done|finished|ready|sent|booked|over|in|out)\s+)?"
    r"(?:(?:only|just|now)\s+)?"
    r"(?P<v>(?:due\s+)?(?:(?:at|on|by|for|in|next|this|every|tomorrow|today|tonight|"
    + _DAY_WORD
    + r")s?\b.*|\d.*))$",
    re.I,
)
# "monday's fine", "friday works": agreeing to a day is setting it.
_AGREED_DAY = re.compile(
    r"^(?P<v>(?:next\s+)?(?:" + _DAY_WORD + r"|tomorrow|today|tonight)(?:\s+\S+)?)(?:'s|’s|\s+is)"
    r"\s+(?:fine|ok|okay|good|great|perfect|better|enough|plenty)"
    r"(?:\s+(?:then|too|by me|with me))?$"
    r"|^(?P<w>(?:next\s+)?(?:" + _DAY_WORD + r"|tomorrow|today|tonight))\s+(?:works|it is)$",
    re.I,
)
_PLAIN_DUE = re.compile(r"^(?:due|by|on|at|for|deadline|date|starting|from)?\s*(?P<v>.+)$", re.I)


def read_fixed(text: str) -> Change | None:
    """An edit whose value needs no date reading: title, assignee, priority, no date, shift."""
    if m := _TITLE_OF.match(text) or _TITLE.match(text) or _QUOTED_TITLE.match(text):
        title = re.sub(r"^(?:just|only|simply)\s+", "", m.group("v").strip(), flags=re.I)
        return Change(target=m.groupdict().get("t") or "", title=title.strip("“”\"'‘’ "))
    if m := _CALLED.match(text):
        target = re.sub(r"^(?:the|its)\s+(?:title|name|card)$", "", m.group("t"), flags=re.I)
        title = m.group("v").strip().strip("“”\"'")
        return Change(target=target, title=title, loose=target not in ("", "it", "that", "this"))
    if _UNASSIGN.match(text):
        return Change(unassign=True)
    if (more := _read_more(text)) is not None:
        return more
    if takes(text):  # "that's mine", "give it to me", "put it on me"
        return Change(assignee="me")
    for pattern in _ASSIGN:
        m = pattern.match(text)
        value = m.group("v").split()[0].casefold() if m else ""
        if m and value not in _NOT_NAMES and not re.fullmatch(f"(?:{_DAY_WORD})s?", value, re.I):
            target = m.groupdict().get("t") or ""
            name = m.group("v")
            return Change(target=target, assignee=name)
    if m := _PRIORITY.match(text):
        value = (m.group("v") or m.group("w")).casefold()
        return Change(target=m.group("t") or "", priority=_PRIORITY_WORDS.get(value, value))
    if m := _NO_DUE.match(text):
        target = m["t"] or m["t2"] or m["t3"] or m["t4"] or m["t5"] or ""
        return Change(target=target, clear_due=True)
    if m := _NO_REPEAT.match(text):
        return Change(target=m.group("t") or "", clear_rrule=True)
    return _read_shift(text)


_FIELD_NAMES = re.compile(r"(?:the\s+)?(?:due\s+)?(?:date|deadline|time|reminder|repeat)", re.I)


def _read_more(text: str) -> Change | None:
    """Saving, owners said as facts, words dropped from the title, a day agreed to."""
    if _SAVE.match(text):
        return Change(save=True)
    if _POINTER.match(text):
        return Change(noop=True)
    if _ME.match(text) or ((own := _SHOULD_OWN.match(text)) and own.group("me")):
        return Change(assignee="me")
    if own and own.group("v").casefold() not in _NOT_NAMES:
        return Change(assignee=own.group("v"))
    if m := _MINE.match(text):
        return Change(target=m["t"] or m["u"], assignee="me")
    if m := _APPEND.match(text):
        return Change(target=m["t"] or m["u"] or "", append=m["v"].strip())
    m = _DROP.match(_LAUGH.sub("", text))  # "cut the 'let's say' from the title lol"
    if m and not _FIELD_NAMES.fullmatch(v := m["w"] or m["q"] or m["b"] or m["o"]):
        return Change(drop=v.strip())
    if m := _AGREED_DAY.match(text):
        return Change(when=m.group("v") or m.group("w"))
    return None


def _read_shift(text: str) -> Change | None:
    m = _SHIFT.match(text)
    if not m:
        return None
    direction = (m.group("d2") or m.group("d1") or "").casefold()
    verb = (m.group("verb") or "").casefold()
    if not direction and verb not in ("postpone", "delay", "defer", "push", "bump"):
        return None
    if not verb and (m.group("t") or direction in ("before", "after")):
        return None  # "remind me 30 minutes before" sets a lead, it moves nothing
    sign = -1 if direction in ("forward", "ahead", "up", "earlier", "sooner", "before") else 1
    if verb in ("bring", "pull") and not direction:
        sign = -1
    raw = m.group("n").casefold()
    count = 0.5 if raw.startswith("half") else _NUMBERS.get(raw) or int(raw)
    unit = m.group("u").casefold()
    change = Change(target=m.group("t") or "")
    if unit.startswith("month"):
        change.shift_months = sign * int(count)
    elif unit.startswith("week"):
        change.shift = timedelta(weeks=sign * count)
    elif unit.startswith("day"):
        change.shift = timedelta(days=sign * count)
    elif unit.startswith("h"):
        change.shift = timedelta(hours=sign * count)
    else:
        change.shift = timedelta(minutes=sign * count)
    return change


def date_candidates(text: str) -> list[tuple[str, str, bool]]:
    """(target, value, strict) splits of a date edit, the likeliest first: "move X to Y".

    A strict split names its task for sure ("move the gym to tuesday"); a loose one may just
    as well be a new task ("change the oil on saturday") when no task matches its words.
    """
    found: list[tuple[str, str, bool]] = []
    m = _MOVE.match(text)
    if m and _ALARM.match(m.group("rest")) and m.group("verb").casefold() not in _ALARM_MOVERS:
        return found  # "set a reminder for the lens on saturday" keeps the task's date
    if m:
        rest = m.group("rest")
        verb = m.group("verb").casefold()
        for sep in _SEP.finditer(rest):
            strict = verb in _MOVERS and sep.group(0).casefold() in ("to", "till", "until", "for")
            found.append((rest[: sep.start()].strip(), rest[sep.start() :].strip(), strict))
        pronoun = re.match(r"^(?:it|that|this|them)\b\s*(?P<v>.*)$", rest, re.I)
        if pronoun and pronoun.group("v"):
            found.append(("it", pronoun.group("v"), True))
        if verb in ("make", "move", "push", "postpone", "reschedule", "change", "set", "have"):
            found.append(("__scan__", rest, False))
        return found
    should = _SHOULD.match(text)
    if should:
        found.append((should.group("t").strip(), should.group("v").strip(), False))
    plain = _PLAIN_DUE.match(text)
    if plain:
        found.append(("", text, True))
    return found


# "move my reminder for the visit to 6pm" changes the reminder; "set a reminder …" makes one.
_ALARM_MOVERS = frozenset(["move", "push", "shift", "reschedule", "change", "bump", "postpone"])
_MOVERS = frozenset(["move", "push", "postpone", "reschedule", "delay", "bump", "shift", "defer"])


REMINDER_CANCELLED = Text("🔕 Cancelled the reminder: {text}")
REMINDER_BACK = Text("↩️ The reminder is back: {text}")
SNOOZE_BACK = Text("↩️ Snooze taken back: {text}")
CARD_BACK = Text("↩️ Put back as it was:")
