"""Work said to be under way is never a done: "stollen page is half done, kindly push it to
tomorrow EOD" keeps the task open and moves it; "the invoice one is almost done, move it to
thursday" and "menu is not done yet. push it to friday" too.

The clause that tells the progress is taken out; the rest is answered sentence by sentence as
messages of their own, with "it" in a move standing for the thing named.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import help_words
from flowhub.skills.context import Context

__all__ = ["handle"]

_UNDER_WAY = (
    r"(?:still\s+|only\s+|just\s+)?(?:half(?:way)?\s+(?:done|finished|through|there|ready)"
    r"|almost\s+(?:done|finished|there|ready)|nearly\s+(?:done|finished|there|ready)"
    r"|mostly\s+(?:done|finished)|part(?:ly|ially)\s+(?:done|finished)"
    r"|not\s+(?:quite\s+|fully\s+|really\s+)?(?:done|finished|ready|complete)(?:\s+yet)?"
    r"|not\s+yet\s+(?:done|finished|ready)|in\s+progress|a\s+work\s+in\s+progress|wip)"
)
_CLAUSE = re.compile(
    r"(?:^|(?<=[.;!?\n])|(?<=,))\s*(?:(?:and|also|oh|so|btw|fyi|ok(?:ay)?|but)[\s,]+)*"
    r"(?P<thing>(?:the\s+|my\s+|that\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,5}?)"
    r"(?:\s+(?:one|task|thing))?\s*(?:\s(?:is|are|was|'s|’s)|'s|’s)\s+"
    rf"(?P<how>{_UNDER_WAY})(?![\w'])[^.;!?,\n]*",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|that|this|they|we|i|he|she|everything|all|both)$", re.I)
_IT = re.compile(
    r"\b(?P<v>push|move|shift|bump|put|postpone|reschedule|make|set|change)\s+(?:it|that|this)\b",
    re.I,
)
_POLITE = re.compile(
    r"^(?:(?:kindly|pls|plz|please|just|so|and|then|can\s+(?:you|u)|could\s+(?:you|u))[\s,]+)+",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.;!?\n])\s+|,\s+(?=(?:and\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+i\s+did\b)")


def handle(ctx: Context) -> list[Reply] | None:
    """Take out the progress clause, answer what else is said; None without such a clause."""
    m = _CLAUSE.search(ctx.text)
    if m is None or _PRONOUN.match(m["thing"].strip()):
        return None
    thing = re.sub(r"^(?:my|that)\s+", "the ", m["thing"].strip(), flags=re.I)
    thing = thing if thing.casefold().startswith("the ") else f"the {thing}"
    rest = f"{ctx.text[: m.start()]} {ctx.text[m.end() :]}".strip(" ,.;")
    if not re.search(r"\w", rest) and m["how"].casefold().startswith("not"):
        return None  # "the car one is not done" alone may take a done back: `refer_act`'s
    rest = _IT.sub(lambda v: f"{v['v']} {thing}", rest, count=1)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    replies: list[Reply] = []
    for part in (_POLITE.sub("", p.strip(" ,.;")) for p in _SENTENCES.split(rest)):
        if part and re.search(r"\w", part):
            replies += said_alone(replace(ctx, text=part), part)
    return replies or [Reply(help_words.ACK)]
