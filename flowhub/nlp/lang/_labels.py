"""Short day labels as the bot writes them, read back: "zo 6 dec", "So 6 Dez, 09:00", "Paz 6 Ara".

People copy the bot's labels into their answers ("snooze to zo 6 dec"). A short weekday is often
a word of its own (Dutch "zo", Turkish "ara", Hindi "गुरु") or another language's month (French
"mar" is Tuesday, English "mar" is March), so each label is read only in full: weekday, day number
and month, as `babel` abbreviates them in that language (folded, lower case without accents).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from flowhub.nlp.lang._schema import Language, Replacement

__all__ = ["with_day_labels"]

_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")  # fmt: skip

# Per language: the short weekdays Monday first, then the short months January first.
# fmt: off
_LABELS: dict[str, tuple[str, str]] = {
    "es": ("lun mar mie jue vie sab dom", "ene feb mar abr may jun jul ago sept oct nov dic"),
    "pt": ("seg ter qua qui sex sab dom", "jan fev mar abr mai jun jul ago set out nov dez"),
    "fr": ("lun mar mer jeu ven sam dim",
           "janv fevr mars avr mai juin juil aout sept oct nov dec"),
    "de": ("mo di mi do fr sa so", "jan feb marz apr mai juni juli aug sept okt nov dez"),
    "it": ("lun mar mer gio ven sab dom", "gen feb mar apr mag giu lug ago set ott nov dic"),
    "nl": ("ma di wo do vr za zo", "jan feb mrt apr mei jun jul aug sep okt nov dec"),
    "id": ("sen sel rab kam jum sab min", "jan feb mar apr mei jun jul agu sep okt nov des"),
    "hi": ("सोम मंगल बुध गुरु शुक्र शनि रवि",
           "जन॰ फ़र॰ मार्च अप्रैल मई जून जुल॰ अग॰ सित॰ अक्टू॰ नव॰ दिस॰"),
    "tr": ("pzt sal car per cum cmt paz", "oca sub mar nis may haz tem agu eyl eki kas ara"),
    "ru": ("пн вт ср чт пт сб вс",
           "янв февр мар апр мая июн июл авг сент окт нояб дек"),
}
# Other spellings of the same months: Hindi's nukta letter written as two code points.
_ALSO: dict[str, dict[str, int]] = {"hi": {"फ़र॰": 2, "फर॰": 2}, "de": {"marz": 3, "mar": 3}}
# fmt: on
# Words said before a day ("am So. 6. Dez.", "le dim 6 déc"), read as "on".
_LEADS = ("am", "on", "le", "el", "il", "op", "em", "no", "na")


def _hidden(words: Iterable[str]) -> str:
    """An alternation of `words`, longest first, every letter written as an escape."""
    return (
        "(?:"
        + "|".join(
            "".join(f"\\{ord(c):03o}" if ord(c) < 256 else f"\\u{ord(c):04x}" for c in w)
            for w in sorted(set(words), key=len, reverse=True)
        )
        + ")"
    )


def with_day_labels(lang: Language) -> Language:
    """`lang` reading the bot's own short day labels in it before any other phrase."""
    label = _LABELS.get(lang.code)
    if label is None:
        return lang
    weekdays = {w: i for i, w in enumerate(label[0].split())}
    months = {m: i for i, m in enumerate(label[1].split(), start=1)}
    months.update(_ALSO.get(lang.code, {}))
    return replace(lang, phrases=(_label(weekdays, months), *lang.phrases))


def _label(weekdays: Mapping[str, int], months: Mapping[str, int]) -> tuple[str, Replacement]:
    """The phrase for "zo 6 dec", "so., 6. dez.", "вс, 6 дек.": the weekday, the day, the month."""
    english_wd = {w: _WEEKDAYS_EN[i] for w, i in weekdays.items()}
    english_mo = {m: _MONTHS_EN[i - 1] for m, i in months.items()} | {m: m for m in _MONTHS_EN}
    # The weekday is captured with its day number: alone, the engine would hand it over already
    # read as its own language's word ("mar" as March). The words are spelt in escapes, so that
    # they count as no language's own words when the engine picks which languages read a message.
    source = (
        rf"(?:(?P<lp>{_hidden(_LEADS)})\s+)?(?P<lw>{_hidden(weekdays)}\.?,?\s+\d{{1,2}})\.?\s+"
        rf"(?:{_hidden(['de'])}\s+)?(?P<lm>{_hidden(months)})(?:\.(?!\d))?"
    )

    def english(g: Mapping[str, str]) -> str | None:
        said, day = g["lw"].rsplit(None, 1)
        wd, mo = english_wd.get(said.rstrip(".,")), english_mo.get(g["lm"])
        if wd is None or mo is None or not 1 <= int(day) <= 31:
            return None
        return f"{'on ' if g.get('lp') else ''}{wd} {int(day)} {mo}"

    return source, english
