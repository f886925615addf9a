"""Replies in the person's own language: gettext catalogs and Babel dates for the current answer.

The bot's wording lives in `Text` constants (the `*words.py` modules of `skills`). Formatting one,
or showing it through `localized`, reads it from the catalog of the locale the answer is being
written in, set with `use_locale` by whoever writes it (the dispatcher for the sender, a job for
the person it writes to). Catalogs are `flowhub/locale/<code>/LC_MESSAGES/flowhub.po`, compiled
in memory with Babel on first use; a message with no translation stays in English.

Words that agree with a count are a `Plural`: its English singular and plural templates are the
msgid and msgid_plural of one catalog entry, whose msgstr[0..] are the forms the language's
Plural-Forms header chooses between ("1 задача", "2 задачи", "5 задач").

To refresh the catalogs after changing the wording::

    pybabel extract -F babel.cfg -k Text -k Plural:1,2 -o flowhub/locale/flowhub.pot .
    pybabel update -i flowhub/locale/flowhub.pot -d flowhub/locale -D flowhub --no-fuzzy-matching
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from io import BytesIO
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton, get_day_names, get_month_names
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

__all__ = [
    "LOCALES",
    "Plural",
    "Text",
    "and_list",
    "app_locale",
    "current_locale",
    "date_text",
    "day_label",
    "language_name",
    "language_named",
    "language_of",
    "localized",
    "month_label",
    "month_name",
    "normalize",
    "use_locale",
    "weekday_name",
    "whatsapp_language",
    "written_locale",
]

# "hi_Latn" is Hindi typed in Latin letters (Hinglish: "kal report bhej dena").
LOCALES: tuple[str, ...] = ("en", "es", "pt", "fr", "de", "it", "nl", "id", "hi", "hi_Latn", "tr")
LOCALES += ("ru", "ar")
CATALOGS: Traversable = resources.files("flowhub").joinpath("locale")
_CURRENT: ContextVar[str] = ContextVar("flowhub_locale", default="en")
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_FULL_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June")
_EN_FULL_MONTHS += ("July", "August", "September", "October", "November", "December")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Babel's locale for each language FlowHub speaks (Portuguese as written in Brazil by default).
_BABEL = {"pt": "pt_BR"}
# WhatsApp's template language codes (docs/whatsapp.md lists each template's text in each).
# WhatsApp has no Hindi in Latin letters: those readers get the English template around the text.
_WHATSAPP = {"en": "en_US", "pt": "pt_BR", "hi_Latn": "en_US"}
# Locales whose dates read as in English: Hinglish chats write "Fri 4 Dec" and "Monday".
_ENGLISH_DATES = frozenset({"en", "hi_Latn"})
# Own names of the locales that write a language in another script.
_SCRIPT_NAMES = {"hi_Latn": "Hinglish"}


class Text(str):
    """A message template that reads in the current locale when it is formatted or shown."""

    __slots__ = ()

    def format(self, /, *args: Any, **kwargs: Any) -> str:
        """The translation of this template, with the fields filled in."""
        return localized(self).format(*args, **kwargs)

    def __format__(self, spec: str) -> str:
        return format(localized(self), spec)

    def __add__(self, other: str, /) -> str:
        return localized(self) + other

    # Python tries a subclass's reflected method first, so "text " + Text reads translated too.
    def __radd__(self, other: str, /) -> str:
        return other + localized(self)


@dataclass(frozen=True)
class Plural:
    """A message whose words agree with a count: "{n} task" for one, "{n} tasks" for the rest."""

    singular: str
    plural: str

    def format(self, count: int, /, **fields: Any) -> str:
        """The current language's form for `count`, with `{n}`/`{count}` and the fields filled."""
        return self.template(count).format(**({"n": count, "count": count} | fields))

    def template(self, count: int) -> str:
        """The template, in the current language, that reads right for `count`."""
        code = _CURRENT.get()
        if code == "en":
            return self.singular if count == 1 else self.plural
        return _catalog(code).ngettext(self.singular, self.plural, count)


def normalize(code: str | None) -> str:
    """The supported locale of a code ("pt_BR" -> "pt", "hi-Latn" -> "hi_Latn"); else English."""
    parts = (code or "en").replace("-", "_").split("_")
    lang = parts[0].lower()
    if lang not in LOCALES:
        return "en"
    scripted = [f"{lang}_{part.title()}" for part in parts[1:] if len(part) == 4]
    return scripted[0] if scripted and scripted[0] in LOCALES else lang


def app_locale(tag: object) -> str | None:
    """The supported locale of the language a person's app is set to ("pt-br": "pt"), if any."""
    if not isinstance(tag, str) or tag.replace("-", "_").split("_")[0].lower() not in LOCALES:
        return None
    return normalize(tag)


def language_of(code: str | None) -> str:
    """The language of a supported locale, whatever its script ("hi_Latn" -> "hi")."""
    return normalize(code).split("_")[0]


def written_locale(language: str | None, text: str) -> str | None:
    """The locale answering `text`, written in `language`: "hi_Latn" for Hindi in Latin letters."""
    latin = f"{language}_Latn"
    if language is None or latin not in LOCALES:
        return language
    letters = [c for c in text if c.isalpha()]
    in_latin = bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    return latin if in_latin else language


def whatsapp_language() -> str:
    """The WhatsApp template language of the current locale: "en_US", "pt_BR", "de"."""
    code = _CURRENT.get()
    return _WHATSAPP.get(code, code)


def language_name(code: str) -> str:
    """A language's own name for itself: "português", "Deutsch", "English", "Hinglish"."""
    if code in _SCRIPT_NAMES:
        return _SCRIPT_NAMES[code]
    own = Locale.parse(_BABEL.get(code, code))
    return own.languages.get(code) or code


def language_named(value: str) -> str | None:
    """The supported language a person names: "pt", "Portuguese", "português", "Deutsch"."""
    return _names().get(value.strip().casefold())


@cache
def _names() -> dict[str, str]:
    english = Locale("en")
    names = {"bahasa": "id", "indonesia": "id", "brazilian": "pt"}
    for code in LOCALES:
        if code in _SCRIPT_NAMES:
            continue
        own = Locale.parse(_BABEL.get(code, code))
        for name in (code, english.languages[code], own.languages[code], own.language_name or ""):
            names[name.casefold()] = code
            names[_plain(name.casefold())] = code
    # "réponds-moi en anglais", "muda para inglês": a language named in another one the bot speaks.
    for code in LOCALES:
        if code in _SCRIPT_NAMES:
            continue
        for other in LOCALES:
            name = Locale.parse(_BABEL.get(other, other)).languages.get(code, "").casefold()
            if len(name) > 3:
                names.setdefault(name, code)
                names.setdefault(_plain(name), code)
    for code, name in _SCRIPT_NAMES.items():
        names[name.casefold()] = names[code.casefold()] = code
    names |= {"hi_latn": "hi_Latn", "hi-latn": "hi_Latn", "roman hindi": "hi_Latn"}
    names |= {"hindi in english": "hi_Latn", "hindi latin": "hi_Latn"}
    names |= {"हिंदी": "hi", "angrezi": "en", "angreji": "en", "अंग्रेज़ी": "en", "अंग्रेजी": "en"}
    return names


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def current_locale() -> str:
    """The language the answer being written is in."""
    return _CURRENT.get()


@contextmanager
def use_locale(code: str | None) -> Iterator[str]:
    """Write everything inside the block in `code`'s language."""
    token = _CURRENT.set(normalize(code))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def localized(text: str) -> str:
    """`text` in the current language when it is a `Text` with a translation, else as it is."""
    code = _CURRENT.get()
    if code == "en" or not isinstance(text, Text):
        return str.__str__(text)
    return _catalog(code).gettext(str.__str__(text))


@cache
def _catalog(code: str) -> gettext.NullTranslations:
    po = CATALOGS.joinpath(code, "LC_MESSAGES", "flowhub.po")
    if not po.is_file():
        return gettext.NullTranslations()
    with po.open("rb") as fh:
        catalog = read_po(fh, locale=_BABEL.get(code, code), domain="flowhub")
    compiled = BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, so they read in English
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def day_label(day: date) -> str:
    """A short weekday, day and month in the current language: "Fri 4 Dec", "sex 4 dez"."""
    code = _CURRENT.get()
    if code in _ENGLISH_DATES:
        return f"{_EN_WEEKDAYS[day.weekday()]} {day.day} {_EN_MONTHS[day.month - 1]}"
    return format_date(day, "EEE d MMM", locale=_BABEL.get(code, code)).replace(".", "")


def month_label(day: date) -> str:
    """A month and year in the current language: "Dec 2026", "dez 2026"."""
    code = _CURRENT.get()
    if code in _ENGLISH_DATES:
        return f"{_EN_MONTHS[day.month - 1]} {day.year}"
    return format_date(day, "LLL y", locale=_BABEL.get(code, code)).replace(".", "")


def weekday_name(index: int) -> str:
    """A weekday's full name in the current language (0 is Monday): "Friday", "sexta-feira"."""
    return get_day_names("wide", locale=_date_locale())[index]


def month_name(month: int) -> str:
    """A month's full name as it stands alone in the current language: "March", "março"."""
    return get_month_names("wide", "stand-alone", locale=_date_locale())[month]


def date_text(day: date, *, short: bool = False) -> str:
    """A day and month in the current language: "12 May" ("12 de maio"); "30 Apr" when short."""
    code = _CURRENT.get()
    if code in _ENGLISH_DATES:
        months = _EN_MONTHS if short else _EN_FULL_MONTHS
        return f"{day.day} {months[day.month - 1]}"
    skeleton = "dMMM" if short else "dMMMM"
    return format_skeleton(skeleton, day, locale=_babel_locale(code)).replace(".", "")


def and_list(items: list[str]) -> str:
    """Items joined the way the current language says "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return format_list(items, locale=_babel_locale(_CURRENT.get()))


def _date_locale() -> str:
    code = _CURRENT.get()
    return _babel_locale("en" if code in _ENGLISH_DATES else code)


def _babel_locale(code: str) -> str:
    # British English joins lists without the serial comma: "Monday, Wednesday and Friday".
    return "en_GB" if code == "en" else _BABEL.get(code, code)
