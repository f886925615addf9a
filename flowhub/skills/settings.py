"""Settings in chat: timezone (a zone or a city), digest time, language, reminder lead time."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from babel.dates import format_timedelta

from flowhub.connectors import Reply
from flowhub.i18n import current_locale, language_name, language_named, use_locale
from flowhub.nlp import fold
from flowhub.settings import is_zone
from flowhub.skills import remind_zone, words, zone_travel
from flowhub.skills.context import Context
from flowhub.skills.digest_spoken import clock_said
from flowhub.skills.zone_cities import local_city_zone
from flowhub.storage import people

_TZ_LEAD = (
    r"^\s*(?:(?:ok(?:ay)?|so|well|hey|hi|fyi|btw|also|and|update|heads\s+up)\b[\s,:!.-]*)*"
    r"(?:(?:set\s+)?(?:my\s+)?(?:time\s*zone|tz)(?:\s+(?:is|to))?|i'?m (?:in|at)|"
    r"i am (?:in|at)|i live in|i'?m based in|i(?:'ve| have)?\s+(?:just\s+)?(?:moved|relocated) to|"
    r"i'?m (?:now|moving) (?:in|to)"
    # The same in the other languages, maybe with "now" or "this week" before the place.
    r"|estoy\s+(?:(?:esta\s+semana|ahora|ahorita|hoy|todav[ií]a)\s+)?en"
    r"|estou\s+(?:(?:esta\s+semana|agora|hoje|ainda)\s+)?em"
    r"|je\s+suis\s+(?:(?:cette\s+semaine|maintenant|en\s+ce\s+moment|aujourd'hui)\s+)?à"
    r"|ich\s+bin\s+(?:(?:diese\s+woche|gerade|grad|jetzt|momentan|zurzeit|heute|noch)\s+)*in"
    r"|я\s+(?:(?:сейчас|теперь|пока|уже|на\s+этой\s+неделе)\s+)*(?:нахожусь\s+|живу\s+)?в)"
    r"\s*[:=]?\s*"
)
_TZ = re.compile(
    _TZ_LEAD + r"(?P<v>[\w/+\-\s.']+?)(?:\s+(?:now|for good))?\s*[.!]*$",
    re.I,
)
# "change my timezone to los angeles please", "switch me to pacific time", "I'm on IST now":
# read only when the words name a zone FlowHub knows ("I'm on it" names none).
_TZ_CHANGE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|hey|hi|also|and|please|pls|can\s+(?:you|u)|could\s+you)\b[\s,]*)*"
    r"(?:(?:please\s+|pls\s+)?(?:set|change|switch|update|put|move|make)\s+(?:my\s+)?"
    r"(?:time\s*zone|tz|clock|zone)(?:\s+(?:to|as|into|over\s+to))?"
    r"|(?:please\s+|pls\s+)?(?:switch|change|move|put|set)\s+me\s+(?:over\s+)?(?:to|on(?:to)?)"
    r"|(?:my\s+)?(?:time\s*zone|tz)\s+(?:should\s+be|is\s+now|is)"
    r"|i'?m\s+(?:now\s+)?on|im\s+(?:now\s+)?on|i\s+am\s+(?:now\s+)?on)\s+(?P<v>.+?)"
    r"(?:\s+(?:time|timezone|time\s*zone))?"
    r"(?:\s+(?:now|from\s+now\s+on|please|pls|thanks|thx|for\s+now))*[\s.!]*$",
    re.I,
)
# "switch to tokyo time", "use pacific time from now on": "time" names the clock meant.
_TZ_TO_TIME = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|hey|also|and|please|pls|can\s+(?:you|u)|could\s+you)\b[\s,]*)*"
    r"(?:(?:switch|change|move|go|put\s+me)\s+(?:over\s+|back\s+)*to|use)\s+(?P<v>.+?)\s+time"
    r"(?:\s+(?:now|from\s+now\s+on|please|pls|thanks|thx|for\s+now))*[\s.!]*$",
    re.I,
)
# "I've moved to New York, as of this month": a place first, then more said after it.
_TZ_SAID = re.compile(_TZ_LEAD + r"(?P<v>[A-Za-zÀ-ÿ][^,;:!?()]*)[,;:!?(]", re.I)
_DIGEST = re.compile(
    r"^\s*(?:set\s+)?(?:my\s+)?(?:daily\s+)?digest(?:\s+time)?\s*(?:(?:to|at|is)\s+)?[:=]?\s*"
    r"(?P<v>.+?)\s*[.!]*$",
    re.I,
)
_LANG = re.compile(
    r"^\s*(?:(?:set\s+)?(?:my\s+)?language(?:\s+(?:to|is))?|speak|idioma|langue|sprache|lingua"
    r"|língua|taal|bahasa|dil|язык|اللغة|भाषा|bhasha)\s*[:=]?\s*"
    r"(?P<v>\w+)\s*[.!]*$",
    re.I,
)
# A language named in Hindi words: "hinglish mein baat karo", "bhasha hinglish kar do".
_LANG_HI = re.compile(
    r"^\s*(?:(?:ab\s+se|please|pls)\s+)?(?:(?:bhasha|language|भाषा)\s+)?(?P<v>[\w\u0900-\u097f]+)\s+"
    r"(?:(?:mein|me|main|में)\s+(?:hi\s+|ही\s+)?(?:baat\s+kar(?:o|na|iye|ein)|bolo|likho|reply\s+kar(?:o|na)"
    r"|jawab\s+d(?:o|ena|ijiye)|बात\s+कर[\u0900-\u097f]*|बोल[\u0900-\u097f]*|लिख[\u0900-\u097f]*)"
    r"|(?:kar\s+do|kardo|karo|set\s+karo|कर\s+दो|करो))"
    r"(?:\s+(?:na|please|pls|plz|yaar|ji|ab\s+se|abse))*[\s.!]*$",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?=.*\b(?:before|early|ahead|advance|lead|due|on\s+time)\b)(?:set\s+)?(?:my\s+)?"
    r"(?:remind(?:\s+me)?|reminders?|reminder\s+lead(?:\s+time)?|lead\s+time)"
    r"(?:\s+(?:to|is|at|for|of))?\s+"
    r"(?:(?P<n>\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|half\s+an?)"
    r"\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"(?:\s+(?:before|early|ahead|in\s+advance))?"
    r"(?:\s+(?:tasks?|things?|each\s+task|every\s+task|my\s+tasks|they'?re|they\s+are|it'?s"
    r"|it\s+is|are|is|the|due(?:\s+(?:time|date))?|deadlines?))*"
    r"|(?P<zero>(?:the\s+)?due\s+time|when\s+(?:tasks?\s+are|they'?re|it'?s)\s+due|on\s+time"
    r"|no\s+lead(?:\s+time)?))"
    r"[\s.!]*$",
    re.I,
)
_LEAD_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty five": 45, "forty-five": 45,
}  # fmt: skip
MAX_LEAD_MINUTES = 7 * 24 * 60
_SHOW = re.compile(r"^\s*(?:settings|my settings|preferences|config)\s*[?!.]*$", re.I)
# "7:30", "7.30", "9am", and the hour written with "h" ("7h30", "8h") as French and Portuguese do.
_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2})|h)?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)?$", re.I
)
CITY_ALIASES = {
    # cities whose zone has an old second name ("Asia/Istanbul") sorted before the right one
    "istanbul": "Europe/Istanbul",
    "nicosia": "Europe/Nicosia",
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "dc": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "philadelphia": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "munich": "Europe/Berlin",
    "münchen": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "köln": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "milan": "Europe/Rome",
    "geneva": "Europe/Zurich",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata",
    "hyderabad": "Asia/Kolkata",
    "pune": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "shenzhen": "Asia/Shanghai",
    "rio": "America/Sao_Paulo",
    "rio de janeiro": "America/Sao_Paulo",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "brasil": "America/Sao_Paulo",
    "brazil": "America/Sao_Paulo",
    "melbourne": "Australia/Melbourne",
    "osaka": "Asia/Tokyo",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
    "utc": "UTC",
    "gmt": "UTC",
    "est": "America/New_York",
    "et": "America/New_York",
    "eastern": "America/New_York",
    "pst": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "cst": "America/Chicago",
    "central": "America/Chicago",
    "mst": "America/Denver",
    "mountain": "America/Denver",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "ist": "Asia/Kolkata",
    "bst": "Europe/London",
    "uk": "Europe/London",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "portugal": "Europe/Lisbon",
    "japan": "Asia/Tokyo",
}


def handle(ctx: Context) -> list[Reply] | None:
    """Change or show a setting; None when the message is not about settings."""
    text = ctx.text
    if _SHOW.match(text):
        return [_show(ctx)]
    if m := _DIGEST.match(text):
        return [digest_at(ctx, m.group("v"))]
    if m := _LEAD.match(text):
        return [_lead(ctx, m)]
    if m := _LANG.match(text):
        return [language_to(ctx, m.group("v"))]
    if (m := _LANG_HI.match(text)) and len(m.group("v")) > 2 and language_named(m.group("v")):
        return [language_to(ctx, m.group("v"))]
    m = _TZ_CHANGE.match(text) or _TZ_TO_TIME.match(text)
    if m and (zone := _place_zone(m.group("v"))):
        return _timezone(ctx, zone)
    if (m := _TZ.match(text)) and (_place_zone(m.group("v")) or _reads_as_place(m.group("v"))):
        return _timezone(ctx, m.group("v"))
    # "just landed, I'm in Berlin now!": the place may follow a first clause of its own.
    for clause in re.split(r"(?<=[,;.!?])\s+", text)[:4]:
        m = _TZ_SAID.match(clause + ",")
        if m and (zone := _place_zone(m.group("v"))):
            return _timezone(ctx, zone)
    return zone_travel.offer(ctx, _place_zone)


def asks(text: str) -> bool:
    """Whether `text` alone asks to change a setting `handle` reads (a digest, a language, a
    zone it knows), changing nothing."""
    if _DIGEST.match(text) or _LEAD.match(text):
        return True
    if (m := _LANG.match(text)) and language_named(m.group("v")):
        return True
    m = _TZ_CHANGE.match(text) or _TZ_TO_TIME.match(text) or _TZ.match(text)
    return m is not None and _place_zone(m.group("v")) is not None


def find_zone(value: str) -> str | None:
    """An IANA zone name from a zone name, a city, or a common abbreviation."""
    value = value.strip().strip("'\"").strip()
    if not value:
        return None
    if ("/" in value or value.upper() == "UTC") and is_zone(value):
        return _canonical(value)
    key = value.casefold()
    if key in CITY_ALIASES:
        return CITY_ALIASES[key]
    found = _cities().get(key.replace("_", " ")) or local_city_zone(value)
    return found or _cities().get(fold(key).replace("_", " "))  # "Montréal"


def _reads_as_place(value: str) -> bool:
    """Whether an unknown `value` still reads as a place ("Atlantis"), not "a meeting until 3"."""
    said = value.split()
    # A word in another script names no place the zones do not know: "я в офисе" is no zone.
    return 0 < len(said) <= 3 and said[0].casefold() not in _NOT_PLACES and said[0][:1].isascii()


# Articles and possessives, also of the languages the lead above reads ("estoy en una reunión").
_NOT_PLACES = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "his",
        "her",
        "their",
        "this",
        "that",
        "un",
        "una",
        "el",
        "la",
        "los",
        "las",
        "mi",
        "mis",
        "um",
        "uma",
        "o",
        "os",
        "as",
        "meu",
        "minha",
        "une",
        "le",
        "les",
        "mon",
        "ma",
        "mes",
        "ein",
        "eine",
        "einem",
        "einer",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "mein",
        "meiner",
        "meinem",
    ]
)


def _place_zone(value: str) -> str | None:
    """The zone of the place `value` starts with: "Tokyo this week" and "lisbon for a while"
    are Tokyo and Lisbon; the longest leading run of words that names a zone wins."""
    said = re.split(r"\s*[,;(]\s*|\s+-\s+", value.strip(), maxsplit=1)[0].split()
    for end in range(len(said), 0, -1):
        if end == 1 < len(said) and said[0] in _NOT_PLACES:
            continue  # "la maison" is no "LA"
        zone = find_zone(" ".join(said[:end]))
        if zone is not None:
            return zone
    return None


def _canonical(value: str) -> str:
    lower = {z.casefold(): z for z in available_timezones()}
    return lower.get(value.casefold(), value)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        city = zone.rsplit("/", 1)[1].replace("_", " ").casefold()
        cities.setdefault(city, zone)
    return cities


def place_zone(value: str) -> str | None:
    """The zone of the place `value` starts with ("Dubai for a wedding" is Asia/Dubai)."""
    return _place_zone(value)


def switch_zone(ctx: Context, zone: str) -> list[Reply]:
    """Set the person's zone to `zone` (an IANA name), with the question about repeating ones."""
    return _timezone(ctx, zone)


def _timezone(ctx: Context, value: str) -> list[Reply]:
    zone = _place_zone(value)
    if zone is None:
        return [Reply(words.UNKNOWN_ZONE.format(value=value.strip()))]
    old = ctx.person.timezone
    people.update_person(session=ctx.session, person=ctx.person, timezone=zone)
    if old != zone:
        ctx.thread.zone_before = old  # "switch me back" returns to it
    local = ctx.now.astimezone(ZoneInfo(zone))
    replies = [Reply(words.ZONE_SET.format(zone=zone, time=f"{local:%H:%M}"))]
    # Repeating reminders follow the new wall clock; the person may keep them where they were.
    if (asked := remind_zone.after_move(ctx, old, zone)) is not None:
        replies.append(asked)
    return replies


def digest_at(ctx: Context, value: str) -> Reply:
    """Set the digest to `value` ("7:30", "9am", "off") and say so."""
    value = value.strip().lower()
    if value in ("off", "stop", "disable", "disabled", "none", "no"):
        people.update_person(session=ctx.session, person=ctx.person, digest_enabled=False)
        return Reply(words.DIGEST_OFF)
    if value in ("on", "enable", "start", "yes"):
        people.update_person(session=ctx.session, person=ctx.person, digest_enabled=True)
        return Reply(words.DIGEST_AT.format(time=ctx.person.digest_time, zone=ctx.tz))
    m = _CLOCK.match(value.replace(" ", "") if value[:1].isdigit() else value)
    if not m and (spoken := clock_said(value, locale=current_locale())):
        m = _CLOCK.match(spoken)  # "halb 8", "subah 9 baje": the hour in the person's words
    if not m:
        return Reply(words.DIGEST_BAD.format(value=value))
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    ampm = (m.group("ap") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return Reply(words.DIGEST_BAD.format(value=value))
    at = f"{hour:02d}:{minute:02d}"
    people.update_person(
        session=ctx.session, person=ctx.person, digest_time=at, digest_enabled=True
    )
    ctx.thread.note("digest", [], now=ctx.now)  # "no 9:30 not 9" right after corrects it
    return Reply(words.DIGEST_AT.format(time=at, zone=ctx.tz))


def language_to(ctx: Context, value: str) -> Reply:
    """Speak the language `value` names to the person from now on, and say so in it."""
    code = language_named(value)
    if code is None:
        ctx.thread.note("language", [], now=ctx.now)  # the language's name alone answers it
        return Reply(words.UNKNOWN_LANGUAGE.format(value=value))
    people.update_person(session=ctx.session, person=ctx.person, locale=code, locale_chosen=True)
    with use_locale(code):  # the confirmation already speaks the new language
        return Reply(words.LANGUAGE_SET.format(language=language_name(code)))


def _lead(ctx: Context, m: re.Match[str]) -> Reply:
    minutes = 0 if m.group("zero") else _lead_minutes(m.group("n"), m.group("unit"))
    if minutes is None or minutes > MAX_LEAD_MINUTES:
        return Reply(words.LEAD_BAD.format(value=m.group(0).strip()))
    people.update_person(session=ctx.session, person=ctx.person, reminder_lead_minutes=minutes)
    if minutes == 0:
        return Reply(words.LEAD_ZERO)
    return Reply(words.LEAD_SET.format(lead=lead_text(minutes)))


def _lead_minutes(amount: str, unit: str) -> int | None:
    amount = " ".join(amount.lower().split())
    if amount.startswith("half"):
        n = 0.5
    elif amount.isdigit():
        n = int(amount)
    elif amount in _LEAD_WORDS:
        n = _LEAD_WORDS[amount]
    else:
        return None
    per = {"m": 1, "h": 60, "d": 24 * 60}[unit[0].lower()]
    return round(n * per)


def lead_text(minutes: int) -> str:
    """A lead time in words: "at the due time", "30 minutes", "1 hour 30 minutes", "2 days"."""
    if minutes == 0:
        return words.LEAD_AT_DUE.format()
    parts = []
    for size, unit in _LEAD_UNITS:
        amount, minutes = divmod(minutes, size)
        if amount:
            # Each amount in its own unit ("7 days", never "1 week"), in the answer's language.
            span = timedelta(minutes=amount * size)
            parts.append(
                format_timedelta(span, granularity=unit, threshold=1e9, locale=current_locale())
            )
    return " ".join(parts)


_LEAD_UNITS: tuple[tuple[int, Literal["day", "hour", "minute"]], ...] = (
    (24 * 60, "day"),
    (60, "hour"),
    (1, "minute"),
)


def _show(ctx: Context) -> Reply:
    p = ctx.person
    digest = p.digest_time if p.digest_enabled else words.DIGEST_OFF_SETTING.format()
    lead = lead_text(p.reminder_lead_minutes)
    if p.reminder_lead_minutes:
        lead = words.LEAD_BEFORE.format(lead=lead)
    return Reply(
        words.SETTINGS.format(
            zone=p.timezone, digest=digest, lang=language_name(p.locale), lead=lead
        )
    )
