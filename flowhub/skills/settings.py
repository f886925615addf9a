"""Settings in chat: timezone (a zone or a city), digest time, language."""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from flowhub.connectors import Reply
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.storage import people

_TZ = re.compile(
    r"^\s*(?:(?:set\s+)?(?:my\s+)?(?:time\s*zone|tz)(?:\s+(?:is|to))?|i'?m (?:in|at)|"
    r"i am (?:in|at)|i live in|i'?m based in|i moved to|estoy en|estou em|je suis à|ich bin in)"
    r"\s*[:=]?\s*"
    r"(?P<v>[\w/+\-\s.']+?)\s*[.!]*$",
    re.I,
)
_DIGEST = re.compile(
    r"^\s*(?:set\s+)?(?:my\s+)?(?:daily\s+)?digest(?:\s+time)?\s*(?:(?:to|at|is)\s+)?[:=]?\s*"
    r"(?P<v>.+?)\s*[.!]*$",
    re.I,
)
_LANG = re.compile(
    r"^\s*(?:(?:set\s+)?(?:my\s+)?language(?:\s+(?:to|is))?|speak|idioma|langue|sprache)\s*[:=]?\s*"
    r"(?P<v>\w+)\s*[.!]*$",
    re.I,
)
_SHOW = re.compile(r"^\s*(?:settings|my settings|preferences|config)\s*[?!.]*$", re.I)
_CLOCK = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)?$", re.I)
LANGUAGES = {
    "en": "en",
    "english": "en",
    "es": "es",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "pt": "pt",
    "portuguese": "pt",
    "português": "pt",
    "portugues": "pt",
    "fr": "fr",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "de": "de",
    "german": "de",
    "deutsch": "de",
}
CITY_ALIASES = {
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
        return [_digest(ctx, m.group("v"))]
    if m := _LANG.match(text):
        return [_language(ctx, m.group("v"))]
    if m := _TZ.match(text):
        return [_timezone(ctx, m.group("v"))]
    return None


def find_zone(value: str) -> str | None:
    """An IANA zone name from a zone name, a city, or a common abbreviation."""
    value = value.strip().strip("'\"").strip()
    if not value:
        return None
    try:
        if "/" in value or value.upper() == "UTC":
            ZoneInfo(value)
            return _canonical(value)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    key = value.casefold()
    if key in CITY_ALIASES:
        return CITY_ALIASES[key]
    return _cities().get(key.replace("_", " "))


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


def _timezone(ctx: Context, value: str) -> Reply:
    zone = find_zone(value)
    if zone is None:
        return Reply(words.UNKNOWN_ZONE.format(value=value.strip()))
    people.update_person(session=ctx.session, person=ctx.person, timezone=zone)
    local = ctx.now.astimezone(ZoneInfo(zone))
    return Reply(words.ZONE_SET.format(zone=zone, time=f"{local:%H:%M}"))


def _digest(ctx: Context, value: str) -> Reply:
    value = value.strip().lower()
    if value in ("off", "stop", "disable", "disabled", "none", "no"):
        people.update_person(session=ctx.session, person=ctx.person, digest_enabled=False)
        return Reply(words.DIGEST_OFF)
    if value in ("on", "enable", "start", "yes"):
        people.update_person(session=ctx.session, person=ctx.person, digest_enabled=True)
        return Reply(words.DIGEST_AT.format(time=ctx.person.digest_time, zone=ctx.tz))
    m = _CLOCK.match(value.replace(" ", "") if value[:1].isdigit() else value)
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
    return Reply(words.DIGEST_AT.format(time=at, zone=ctx.tz))


def _language(ctx: Context, value: str) -> Reply:
    code = LANGUAGES.get(value.strip().casefold())
    if code is None:
        return Reply(words.UNKNOWN_LANGUAGE.format(value=value))
    people.update_person(session=ctx.session, person=ctx.person, locale=code)
    return Reply(words.LANGUAGE_SET.format(code=code))


def _show(ctx: Context) -> Reply:
    p = ctx.person
    digest = p.digest_time if p.digest_enabled else "off"
    return Reply(words.SETTINGS.format(zone=p.timezone, digest=digest, lang=p.locale))
