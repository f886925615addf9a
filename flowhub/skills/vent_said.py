"""Letting off steam in several sentences: "this week is insane honestly. pipe, mould, 2 move
outs and its monday 😭", "omg finally friday. i need a glass of wine and a week off 🍷".

Every sentence is a mood, a sigh of relief, a wish for a treat or a tally of troubles, so no
sentence asks anybody to do anything: the answer is a kind word, never a card.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import is_day_mood
from flowhub.skills import news_words
from flowhub.skills.context import Context

__all__ = ["handle", "is_vent"]

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "omg finally friday", "phew finally the weekend", "yay friday at last", "tgif".
_RELIEF = re.compile(
    r"^(?:(?:omg|yay|phew|woo+|wohoo+|yess*|thank\s+god|thank\s+goodness|ahh+|oh)\s+)*"
    r"(?:(?:finally|at\s+last)\s+)?(?:it'?s\s+|its\s+)?(?:" + _DAY + r"|the\s+weekend|weekend"
    r"|home(?:\s+time)?|over|done)(?:\s+(?:finally|at\s+last))?|^tgif",
    re.I,
)
# "ugh what a monday", "what a week", "mondays man": a sigh about the day.
_SIGH = re.compile(
    r"^(?:(?:ugh+|omg|man|god|oh\s+god|geez|jeez|phew|honestly|seriously)\s+)*(?:what\s+an?\s+"
    r"(?:\w+\s+)?(?:day|week|morning|shift|" + _DAY + r")|(?:" + _DAY + r")s?(?:\s+(?:man|lol|ugh+"
    r"|again|honestly))*)$",
    re.I,
)
_TREAT = (
    r"(?:(?:long|big|stiff|strong|cold|hot|proper|good|whole|nice)\s+)*(?:glass\s+of\s+\w+|wine"
    r"|beer|drink|coffee|tea|nap|holiday|vacation|week\s+off|day\s+off|break|massage|hug|sleep"
    r"|spa\s+day|bath|cocktail|pizza|chocolate|rest|lie[\s-]in)"
)
# "i need a glass of wine and a week off", "i could use a beer and a long nap".
_WISH = re.compile(
    r"^(?:(?:and|honestly|tbh|lol)\s+)*(?:i|we)\s+(?:really\s+|so\s+)?(?:need|want|could\s+use"
    r"|deserve|could\s+do\s+with)\s+(?:a|an|some|another)?\s*" + _TREAT + r"(?:\s*(?:,|and|&|\+)"
    r"\s*(?:a|an|some|another)?\s*" + _TREAT + r")*(?:\s+(?:asap|now|lol|tbh|honestly|rn))*$",
    re.I,
)
# "pipe, mould, 2 move outs and its monday", "leak, boiler, 3 viewings and its only 10am".
_TALLY = re.compile(
    r"^(?:[\w'-]+(?:\s+[\w'-]+){0,3}\s*,\s*)+[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:and|&)\s+"
    r"(?:it'?s|its|it\s+is)\s+(?:only\s+|not\s+even\s+|still\s+|just\s+)?(?:"
    + _DAY
    + r"|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|noon|lunch(?:time)?|(?:the\s+)?morning)$",
    re.I,
)
# "this week almost killed me", "today nearly broke me", "honestly this month destroyed me".
_BEATEN = re.compile(
    r"^(?:(?:honestly|tbh|ngl|ugh+|omg|man|god|lol|seriously|and)\s+)*(?:this|that|the|today|what"
    r"\s+a|today'?s)?\s*(?:week|day|month|shift|morning|shoot|project|job|" + _DAY + r"|today)"
    r"\s+(?:(?:almost|nearly|literally|actually|has|have|just|kinda|totally|really)\s+)*(?:killed"
    r"|broke|destroyed|wrecked|finished|drained|ended|fried)\s+me(?:\s+(?:lol|haha\w*|tbh|ngl"
    r"|honestly|off|completely))*$",
    re.I,
)
_GONE = (
    r"[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:(?:is|was|got|has|have)\s+)?(?:gone|lost|cancell?ed|moved"
    r"|fell\s+through|dropped\s+out|pulled\s+out|bailed|quit|broke|broken|down|sick|delayed"
    r"|postponed|pushed(?:\s+back)?|slipped)(?:\s+(?:twice|again|three\s+times|too|as\s+well))?"
)
# "location gone, actor gone, deadline moved twice": a tally of losses, no task in it.
_LOSSES = re.compile(rf"^{_GONE}(?:\s*(?:,|&|\+|\band\b|\bthen\b)\s*{_GONE})+$", re.I)
_SENTENCE = re.compile(r"\s*(?:[.!?…]+|[^\w\s,'&+-]+)\s*")
_MOST_WORDS = 30


def handle(ctx: Context) -> list[Reply] | None:
    """A kind word for a message that only lets off steam; None for anything else."""
    if ctx.event.forwarded or not is_vent(ctx.text):
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return []
    return [Reply(news_words.DAY_MOOD)]


def is_vent(text: str) -> bool:
    """Whether every sentence of `text` is a mood, relief, a wish for a treat or a tally of
    troubles, in two sentences or more (or one tally alone)."""
    if len(text.split()) > _MOST_WORDS:
        return False
    sentences = [s.strip(" ,") for s in _SENTENCE.split(text) if s.strip(" ,")]
    if not sentences:
        return False
    kinds = [_kind(s) for s in sentences]
    if None in kinds:
        return False
    return len(sentences) >= 2 or kinds[0] == "tally"


def _kind(sentence: str) -> str | None:
    """What a sentence of venting is, or None when it may ask something."""
    if is_day_mood(sentence) or _SIGH.match(sentence):
        return "mood"
    if _RELIEF.fullmatch(sentence):
        return "relief"
    if _WISH.match(sentence):
        return "wish"
    if _TALLY.match(sentence) or _LOSSES.match(sentence):
        return "tally"
    if _BEATEN.match(sentence):
        return "mood"
    return None
