"""What one language file declares: its time words and phrases, in the grammar's English."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# A phrase's replacement: an English template ("{n} {unit} ago") or a function of its groups.
Replacement = str | Callable[[Mapping[str, str]], str | None]


@dataclass(frozen=True)
class Language:
    """One language's time vocabulary, read by rewriting it into the grammar's English.

    Keys are folded (lower case, accents dropped, see `flowhub.nlp._time_lexicon.fold`). The
    engine first applies `phrases` (regex sources on folded text, where `{n}`, `{n2}`, `{unit}`,
    `{wd}`, `{month}` and `{day}` stand for this language's numbers, units, weekdays, months and
    day numbers), then replaces single words and fixed word groups from `words`, numbers from
    `numbers`, and the month, weekday and unit tables. A phrase template names those groups
    (`{n}`, `{n-1}`, `{n2:02}` zero-padded, `{unit}`, `{wd}`, ...) and gets them in English,
    numbers as digits.
    """

    code: str
    words: Mapping[str, str] = field(default_factory=dict)  # word or word group -> English
    months: Mapping[str, int] = field(default_factory=dict)  # word -> 1..12
    weekdays: Mapping[str, int] = field(default_factory=dict)  # word -> 0 (Monday) .. 6
    units: Mapping[str, str] = field(default_factory=dict)  # word -> second ... year
    numbers: Mapping[str, int] = field(default_factory=dict)  # cardinal words -> value
    ordinals: Mapping[str, int] = field(default_factory=dict)  # ordinal words -> value
    phrases: tuple[tuple[str, Replacement], ...] = ()
    # Words in the tables that are ordinary words too: rewritten only by a phrase.
    ambiguous: frozenset[str] = frozenset()
