"""Settings said around other chat: "do u send some daily summary? if yes i want it at 9.30
morning", "no 9:30 not 9" right after the digest was set, "i will be in Dubai for a wedding, pls
change my time zone", "u can do hindi also?" and "ok cool it works. back to english pls".

Each needs the setting named in the message itself (a digest, a zone, a language), so a task
that mentions a summary or a trip stays a task.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import Text, language_name, language_named
from flowhub.skills import settings, settings_asked, words, zone_travel
from flowhub.skills.context import Context

__all__ = ["handle"]

LANGUAGE_CAN = Text("🗣 Yes, I speak {language}! Say “language {value}” and I'll answer you in it.")

_MOST_WORDS = 30
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
# "do u send some daily summary?", "is there a daily digest or something?"
_DIGEST_ASKED = re.compile(
    r"\b(?:do|does|can|could|will|would|is|are)\b[^?]*\b(?:digest|(?:daily|morning|day|evening)"
    r"\s+(?:summary|recap|overview|roundup|briefing|update))\b[^?]*(?:\?|$)",
    re.I,
)
# "if yes i want it at 9.30 morning", "id like it at 8 in the morning", "if so 7.15 pls".
_DIGEST_WHEN = re.compile(
    r"^\W*(?:(?:if\s+(?:yes|so)|then|ok(?:ay)?|and|great|cool)\W+)*"
    r"(?:(?:i\s+want|i'?d\s+like|id\s+like|i\s+would\s+like|send|make|set|put)\s+(?:it|one|that)"
    r"(?:\s+to\s+me)?\s+)?(?:(?:at|for|around|by)\s+)?(?P<v>" + _TIME + r")"
    r"(?:\s+(?:in\s+the\s+)?(?P<part>morning|evening|night))?"
    r"(?:\s+(?:please|pls|plz|then|thanks|every\s+day|daily))*\W*$",
    re.I,
)
# "no 9:30 not 9", "nope, 8:15 not 8", "not 7, 7.45".
_CORRECTED = (
    re.compile(
        r"^\W*(?:(?:no+|nope|nah|sorry|oops|wait)\W+)*(?P<new>" + _TIME + r")\s*,?\s*"
        r"(?:not|instead\s+of)\s+(?P<old>" + _TIME + r")\W*$",
        re.I,
    ),
    re.compile(
        r"^\W*(?:(?:no+|nope|nah|sorry|oops|wait)\W+)*not\s+(?P<old>" + _TIME + r")\s*[,;:]?\s*"
        r"(?:(?:but|make\s+it|it'?s)\s+)?(?P<new>" + _TIME + r")\W*$",
        re.I,
    ),
)
_CORRECT_MINUTES = 30
# "pls change my time zone", "can you switch my timezone", "update my tz".
_ZONE_ASKED = re.compile(
    r"\b(?:change|switch|update|set|adjust|fix|move)\s+(?:my\s+|the\s+)?(?:time\s*zone|tz)\b"
    r"(?!\s+(?:to|as|into)\b)",
    re.I,
)
# "u can do hindi also?", "do you speak spanish too?", "can u understand french as well?"
_LANGUAGE_CAN = re.compile(
    r"^\W*(?:(?:so|and|btw|wait|oh|also|hey)\W+)*(?:(?:can|could|do|does)\s+(?:you|u)|(?:you|u)"
    r"\s+can)\s+(?:also\s+)?(?:do|speak|talk|understand|read|write|handle|support|know)\s+"
    r"(?:in\s+)?(?P<v>[^\W\d_]+)(?:\s+(?:also|too|as\s+well))?\s*\?",
    re.I,
)
# "back to english pls", "english again pls", "ok enough fun, back to english".
_LANGUAGE_BACK = re.compile(
    r"^(?:(?:and|so|now|ok|pls|please)\s+)*(?:back\s+(?:to|in(?:to)?)\s+(?P<v>[^\W\d_]+)"
    r"|(?P<w>[^\W\d_]+)\s+again)(?:\s+(?:now|please|pls|plz|thanks|thx))*$",
    re.I,
)
# Emoji end a clause too: "ok too hard 😂 back to english".
_CLAUSE = re.compile(r"\s*[,;.!?\U0001f000-\U0001faff\u2600-\u27bf\ufe0f]+\s*")


def handle(ctx: Context) -> list[Reply] | None:
    """Change or explain the setting a chatty message is about; None for anything else."""
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.forwarded:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    return (
        _digest_asked(ctx, text)
        or _digest_corrected(ctx, text)
        or _zone_asked(ctx, text)
        or _language_asked(ctx, text)
        or _language_back(ctx, text)
        or settings_asked.handle(ctx)  # "what timezone am i on", "no more daily summaries"
    )


def _digest_asked(ctx: Context, text: str) -> list[Reply] | None:
    """A question about the digest, then the time wanted: the digest at that time."""
    asked = _DIGEST_ASKED.search(text)
    if asked is None:
        return None
    m = _DIGEST_WHEN.match(text[asked.end() :])
    if m is None:
        return None
    value = m["v"]
    if m["part"] in ("evening", "night") and not re.search(r"am|pm", value, re.I):
        value += "pm"
    return [settings.digest_at(ctx, value)]


def _digest_corrected(ctx: Context, text: str) -> list[Reply] | None:
    """A time corrected right after the digest was set ("no 9:30 not 9"): the digest then."""
    seen, at = ctx.thread.last_seen(), ctx.thread.seen_at()
    if seen is None or seen[0] != "digest" or at is None:
        return None
    if (ctx.now - at).total_seconds() > _CORRECT_MINUTES * 60:
        return None
    m = next((m for p in _CORRECTED if (m := p.match(text))), None)
    if m is None or _clock(m["old"]) != ctx.person.digest_time:
        return None
    return [settings.digest_at(ctx, m["new"])]


def _clock(value: str) -> str | None:
    """A said time as "HH:MM": "9" and "9am" are "09:00", "9.30pm" is "21:30"."""
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", value.strip(), re.I)
    if m is None:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if (m[3] or "").lower() == "p" and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _zone_asked(ctx: Context, text: str) -> list[Reply] | None:
    """A trip to a place said beside "change my time zone": that place's zone."""
    if ctx.chat.kind == "group" or _ZONE_ASKED.search(text) is None:
        return None
    zone = zone_travel.place_said(text, settings.place_zone)
    return settings.switch_zone(ctx, zone) if zone else None


def _language_asked(ctx: Context, text: str) -> list[Reply] | None:
    """Whether the bot speaks a language: yes and how to switch, or the ones it speaks."""
    m = _LANGUAGE_CAN.match(text)
    if m is None:
        return None
    code = language_named(m["v"])
    if code is not None or len(m["v"]) > 3:
        ctx.thread.note("language", [], now=ctx.now)  # the language's name alone answers it
    if code is None:
        return [Reply(words.UNKNOWN_LANGUAGE.format(value=m["v"]))] if len(m["v"]) > 3 else None
    value = m["v"].lower()
    return [Reply(LANGUAGE_CAN.format(language=language_name(code), value=value))]


def _language_back(ctx: Context, text: str) -> list[Reply] | None:
    """A clause asking for a language "back" or "again": that language from now on."""
    for clause in _CLAUSE.split(text):
        m = _LANGUAGE_BACK.match(clause)
        if m is None:
            continue
        value = m["v"] or m["w"]
        code = language_named(value)
        if code is not None:  # said again in the language spoken: it stays, and is said so
            return [settings.language_to(ctx, value)]
    return None
