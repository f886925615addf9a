"""Several settings in one message, each applied and each said back: "can i get the daily overview
at 7 in the morning? and no messages on sunday pls", "pls dont ping me after 10pm, and the morning
digest at 8:30", "market over, back home in NY 🗽 switch me back. and the morning summary at 8
instead pls", "resumen a las 7 y nada los domingos".

Every clause must be a setting (or a word around one: "market over", "switch me back" beside a
place), so a message that also holds a task is left to the skills that read tasks. A clause in
another language is read as its English command (`flowhub.nlp.english_command`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import english_command
from flowhub.skills import settings, settings_quiet, settings_said
from flowhub.skills.context import Context

__all__ = ["handle", "home_zone"]

_MOST_WORDS = 40
# Emoji and pictographs end a clause as a full stop does: "back home in NY 🗽 switch me back".
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f"
# "and" in the languages the bot speaks; not "y media", "e meia": half past is part of a time.
_AND = (
    r"(?:and|also|plus|y|e|et|und|ve|dan|и|а\s+ещ[её]|و)"
    r"(?!\s+(?:media|meia|mezza|cuarto|quarto|un\s+quarto|trenta|quince|quinze|half|\d))"
)
_CLAUSE = re.compile(rf"\s*(?:[,;.!?¿¡{_EMOJI}]+\s*(?:{_AND}\s+)*|\s+{_AND}\s+(?:also\s+)?)", re.I)
# "back home in NY", "home in nyc now", "back in Berlin": the place the person is back in.
_HOME = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|finally|and)\s+)*(?:i'?m\s+|im\s+|i\s+am\s+|we'?re\s+)?"
    r"(?:back\s+home\s+(?:in|to|at)|back\s+(?:in|to|at)|home\s+(?:in|to)|back\s+home,\s*in)\s+"
    r"(?P<v>[^\W\d_][\w .'-]*?)(?:\s+(?:now|again|finally|today|tonight))*\W*$",
    re.I,
)
# "switch me back", "change it back", "back to my usual time": said beside the place or language.
_BACK = re.compile(
    r"^\W*(?:(?:so|and|pls|please|plz|can\s+(?:you|u))\s+)*(?:(?:switch|change|set|put|move|turn)"
    r"\s+(?:me|it|that|us|my\s+(?:time\s*zone|tz|zone|clock))\s+back|(?:switch|go)\s+back"
    r"|back\s+to\s+(?:my\s+)?"
    r"(?:usual|normal|old|home|own|regular)(?:\s+(?:time\s*zone|tz|zone|time|clock))?)"
    r"(?:\s+(?:pls|please|plz|thanks|thx|now|again))*\W*$",
    re.I,
)
# "back home", "home again 🏠": said beside "switch me back", the zone before the trip.
_HOME_ALONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|finally|and)\s+)*(?:i'?m\s+|im\s+|we'?re\s+)?(?:back\s+home|home"
    r"(?:\s+again)?|back\s+from\s+(?:the\s+|my\s+)?(?:trip|travels?))\W*$",
    re.I,
)
# "market over", "trip's done", "conference finished": news that goes with a zone said back.
_OVER = re.compile(
    r"^\W*(?:the\s+|my\s+|our\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?(?:'s|’s|\s+is|\s+was)?\s+"
    r"(?:over|done|finished|ended|wrapped(?:\s+up)?)\W*$",
    re.I,
)
# The sender's own clock named: "switch me back", not "change it back" (a card's field).
_OWN = re.compile(r"\b(?:me|my|usual|normal|regular|home)\b", re.I)
_FILLER = re.compile(
    r"^\W*(?:ok(?:ay)?|thanks|thx|ty|cool|great|haha|lol|yay|phew|finally|so|hi|hey)?\W*$", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Apply each setting of a message that asks for two or more; None unless every clause of
    it is about a setting."""
    text = " ".join((ctx.event.text or ctx.text).split())
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.forwarded:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    parts = [p.strip() for p in _CLAUSE.split(text) if p and p.strip()]
    kinds = [_kind(p, ctx.person.locale) for p in parts]
    if (zone := _zone_back(ctx, kinds)) is not None:
        return settings.switch_zone(ctx, zone)  # "switch me back" after a trip
    settled = [k for k in kinds if k[0] in ("set", "zone", "quiet")]
    if not settled or any(k[0] == "no" for k in kinds) or not _around_fits(kinds):
        return None
    if [kind for kind, _ in kinds if kind != "filler"] == ["set"]:
        return None  # one setting alone ("ok, и напомни за полчаса") is read where its context is
    replies: list[Reply] = []
    for kind, said in kinds:  # in order; quiet hours last, so its reply shows the new digest
        if kind == "set":
            replies += (
                settings_said.one(ctx, said) or settings.handle(replace(ctx, text=said)) or []
            )
        elif kind == "zone":
            replies += settings.switch_zone(ctx, said)
    if any(k[0] == "quiet" for k in kinds):
        replies.append(settings_quiet.reply(ctx))
    return replies or None


def home_zone(text: str) -> str | None:
    """The zone of the place "back home in NY" says, or None."""
    m = _HOME.match(text)
    return settings.place_zone(m["v"]) if m else None


def _zone_back(ctx: Context, kinds: list[tuple[str, str]]) -> str | None:
    """The zone the person had before, when the message only asks to go back to their clock."""
    own = any(kind == "back" and _OWN.search(said) for kind, said in kinds)
    if not _back_only(kinds) or not (own or "home" in {kind for kind, _ in kinds}):
        return None
    zone = ctx.thread.zone_before
    return zone if zone and zone != ctx.person.timezone else None


def _back_only(kinds: list[tuple[str, str]]) -> bool:
    """Whether the message only asks to go back ("ok home 🏠 switch me back pls")."""
    said = {kind for kind, _ in kinds}
    return "back" in said and said <= {"back", "over", "filler", "home"}


def _around_fits(kinds: list[tuple[str, str]]) -> bool:
    """Whether "market over" and "switch me back" go with a place said back to (or "switch me
    back" with a language named)."""
    said = {kind for kind, _ in kinds}
    if not said & {"back", "over"} or "zone" in said:
        return True
    return "over" not in said and any(
        kind == "set" and settings_said.names_language(words) for kind, words in kinds
    )


def _kind(part: str, locale: str) -> tuple[str, str]:
    """What a clause is: ("set", English words), ("zone", zone), ("quiet", ""), ("back", ""),
    ("over", ""), ("filler", "") or ("no", "") for anything else."""
    for said in dict.fromkeys([part, english_command(part, locale=locale) or part]):
        if settings_quiet.asks(said):
            return ("quiet", "")
        if (zone := home_zone(said)) is not None:
            return ("zone", zone)
        if settings_said.reads(said) or settings.asks(said):
            return ("set", said)
        if _BACK.match(said):
            return ("back", said)
        if _HOME_ALONE.match(said):
            return ("home", "")
        if _OVER.match(said):
            return ("over", "")
        if _FILLER.match(said):
            return ("filler", "")
    return ("no", "")
