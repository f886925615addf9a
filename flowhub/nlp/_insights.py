"""Insight questions: "how am I doing this week?", "stats", "who has the most open tasks?".

`read_insight(text)` names what is asked (the measure), about whom, and whether a chart was
asked for; the period is read by the caller's period reader from the same text. The words are
data (`_insights_words`), folded like the text so accents and case never matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from flowhub.nlp import _insights_words as data
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.when import english_time_words

Measure = Literal["summary", "overdue_longest", "most_open", "finished", "forecast", "chart"]
Subject = Literal["me", "person", "team"]
ChartKind = Literal["progress", "age", "load", "on_time", "hours"]

_L = r"\w\u0900-\u097F\u0600-\u06FF'’"
_NAME = r"(?P<name>[^\W\d_][\w’'-]{1,30})"
_MAX_WORDS = 14
# What a stats question may still say after its noun once its time words are gone.
_PERIODS = (
    "this last next past previous current week weeks month months year years today yesterday "
    "day days so far in of the since to date until now"
)
_PERIOD_WORDS = frozenset(_PERIODS.split())
_PERIOD_STARTS = r"this|last|next|the\s+(?:last|past|next)|today|tomorrow|yesterday"


@dataclass(frozen=True, slots=True)
class InsightAsk:
    """An insight question: what is measured, about whom, and whether a chart was asked for.

    `name` is the person named when `subject` is "person", as typed.
    """

    measure: Measure
    subject: Subject = "me"
    name: str = ""
    chart: ChartKind | None = None


def _alt(table: dict[str, str]) -> str:
    return "|".join(f"(?:{fold(p)})" for p in table.values())


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    table: dict[str, str] = getattr(data, kind)
    return re.compile(rf"(?<![{_L}])(?:{_alt(table)})(?![{_L}])")


@cache
def _named(kind: str) -> re.Pattern[str]:
    # Each "{name}" gets a group of its own; a group name may appear once per pattern.
    table: dict[str, str] = getattr(data, kind)
    said = "|".join(f"(?:{fold(p)})" for p in table.values())
    parts = said.split("{name}")
    said = parts[0] + "".join(
        _NAME.replace("?P<name>", f"?P<name{i}>") + part for i, part in enumerate(parts[1:])
    )
    return re.compile(rf"(?<![{_L}])(?:{said})(?![{_L}])")


def _name(m: re.Match[str]) -> str:
    return next((v for v in m.groupdict().values() if v), "").strip("'’")


@cache
def _stats() -> re.Pattern[str]:
    lead = "|".join(f"(?:{fold(p)})" for p in data.STATS_LEAD.values() if p)
    return re.compile(
        rf"^(?:{lead})?\s*(?:{_alt(data.STATS)})(?![{_L}])(?P<rest>.*)$",
    )


@cache
def _chart_asked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A chart asked for: after a lead ("show me", "zeig mir"), or among the first words."""
    lead = _alt(data.CHART_LEAD)
    chart = rf"(?:{_alt(data.CHART)})(?![{_L}])"
    return (
        re.compile(rf"^(?:{lead})\s+(?:[^\s]+\s+){{0,6}}?{chart}"),
        re.compile(
            rf"^(?!(?:{fold(data.NOT_CHART_LEAD)})\s)(?:[^\s]+\s+){{0,2}}{chart}"
            rf"(?!\s+(?:{data.ARTICLES})(?![{_L}]))"
        ),
    )


@cache
def _chart_word() -> re.Pattern[str]:
    return _pattern("CHART")


@cache
def _kinds() -> tuple[tuple[ChartKind, re.Pattern[str]], ...]:
    kinds: tuple[ChartKind, ...] = ("age", "load", "on_time", "hours", "progress")
    return tuple(
        (k, re.compile(rf"(?<![{_L}])(?:{fold(data.CHART_KINDS[k])})(?![{_L}])")) for k in kinds
    )


@cache
def _team() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_L}])(?:{fold(data.TEAM_WORDS)})(?![{_L}])")


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_L}])(?:{fold(data.STATS_TAIL)})(?![{_L}])")


def read_insight(text: str) -> InsightAsk | None:
    """The insight question `text` asks, or None when it asks none."""
    said = re.sub(r"[?!.,;:¿¡؟،]+", " ", fold(text)).strip()
    said = re.sub(r"\s+", " ", said)
    if not said or len(said.split()) > _MAX_WORDS:
        return None
    chart = _chart_kind(said) if _chart_word().search(said) else None
    asked = _measure(said)
    if asked is None:
        if chart is None or not any(p.match(said) for p in _chart_asked()):
            return None
        measure: Measure = "most_open" if chart == "load" else "chart"
        return InsightAsk(measure, _subject(said, measure), chart=chart)
    if chart is not None and asked.measure in ("summary", "most_open"):
        return InsightAsk(asked.measure, asked.subject, asked.name, chart)
    return asked


_ASKED: tuple[tuple[str, Measure], ...] = (
    ("FORECAST", "forecast"),
    ("MOST_OPEN", "most_open"),
    ("OVERDUE_LONGEST", "overdue_longest"),
)
_NAMED: tuple[tuple[str, Measure], ...] = (("FINISHED", "finished"), ("PERSON", "summary"))


def _measure(said: str) -> InsightAsk | None:
    for m in _named("FORECAST_PERSON").finditer(said):
        if _names_someone(_name(m)) and _only_period(said[m.end() :]):
            return InsightAsk("forecast", "person", _name(m))
    for kind, measure in _ASKED:
        if _pattern(kind).search(said):
            return InsightAsk(measure, _subject(said, measure))
    team = _pattern("TEAM").search(said)
    if (team and not _about_one_thing(said[team.end() :])) or _pattern("COUNT_TEAM").search(said):
        return InsightAsk("summary", "team")
    for kind, measure in _NAMED:
        for m in _named(kind).finditer(said):
            # "how's sam doing with his stuff" asks for Sam's list, not his numbers.
            alone = kind == "FINISHED" or _only_period(said[m.end() :])
            if _names_someone(_name(m)) and alone:
                return InsightAsk(measure, "person", _name(m))
    me = _pattern("ME").search(said)
    if (me and not _about_one_thing(said[me.end() :])) or _pattern("COUNT_ME").search(said):
        return InsightAsk("summary", "me")
    return _stats_alone(said)


def _about_one_thing(rest: str) -> bool:
    """ "how are we doing on the invoices?" asks about the invoices, not the numbers."""
    return _topic().match(rest) is not None


@cache
def _topic() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{fold(data.TOPIC_AFTER)})\s+(?!(?:{_PERIOD_STARTS})(?![{_L}]))")


def _names_someone(name: str) -> bool:
    if name in data.NOT_NAMES or _team().search(name):
        return False
    english = english_time_words(name).lower()
    return english not in _PERIOD_WORDS and not re.match(
        r"(?:mon|tue|wed|thu|fri|sat|sun)", english
    )


def _stats_alone(said: str) -> InsightAsk | None:
    """ "stats", "my numbers this month", "team stats please": the noun and little else."""
    m = _stats().match(said)
    if m is None or not _only_period(m["rest"]):
        return None
    return InsightAsk("summary", "team" if _team().search(said) else "me")


def _only_period(rest: str) -> bool:
    """Whether what follows a question says only its period or a polite word."""
    rest = _tail().sub(" ", english_time_words(rest).lower())
    left = [w for w in re.findall(r"[^\W_]+", rest) if w not in _PERIOD_WORDS and not w.isdigit()]
    return not [w for w in left if not re.fullmatch(r"(?:mon|tue|wed|thu|fri|sat|sun)\w*", w)]


def _subject(said: str, measure: str) -> Subject:
    if measure == "most_open":
        return "team"
    return "team" if _team().search(said) else "me"


def _chart_kind(said: str) -> ChartKind:
    for kind, pattern in _kinds():
        if pattern.search(said):
            return kind
    return "progress"
