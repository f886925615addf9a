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
    # Regex sources on folded text for forms only this language writes ("t/m", "17u10"): every
    # word in a match counts as one of its words when choosing which languages read a message.
    marks: tuple[str, ...] = ()
    # Regex sources, matched without case on the text as written, for words that say the time
    # beside them is the wrong one: right before it ("statt", "pas") or right after ("değil").
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChatWords:
    """One language's words for reading tasks and intents, merged into the rules' word lists.

    Words are lower case, written with and without accents where people drop them. `intents`
    maps help, settings, done, remind, query and chitchat to regex sources, matched without case
    against the message (a source starting with "^" only at its start), tried after English.
    """

    code: str
    verbs: frozenset[str] = frozenset()  # task verbs that open a clause ("manda", "envoie")
    final_verbs: frozenset[str] = frozenset()  # verbs that close one ("Rahul ko bolo")
    # Verbs that close a clause only in a message written in this language: Turkish "al" (buy)
    # is a word of other languages too ("ik heb het al"), yet "süt ve ekmek al" is a task.
    own_final_verbs: frozenset[str] = frozenset()
    greetings: frozenset[str] = frozenset()  # a message of only these is small talk
    intents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Regex sources: what follows a name when asking that person ("Marco puoi ...") and what
    # marks any message as a request ("per favore").
    name_modals: tuple[str, ...] = ()
    request_markers: tuple[str, ...] = ()
    date_leads: tuple[str, ...] = ()  # words that belong to the date after them ("entro", "per")
    # Words right before a date that make it the deadline ("spätestens", "d'ici"), so a second
    # date in the message is what the task is for ("für den Geburtstag am 19.").
    deadline_leads: tuple[str, ...] = ()
    # Words opening a clause where the writer says they must act ("preciso", "faut que"): such a
    # clause after a comma is a task of its own ("to me mudando dia 15, preciso ligar …").
    own_needs: tuple[str, ...] = ()
    # Regex sources said right before a name after the task that give it to that person
    # ("…, isso é com a priya", "…, c'est pour sam").
    assign_after: tuple[str, ...] = ()
    priority: Mapping[str, str] = field(default_factory=dict)  # "urgente" -> urgent, high, low
    lead_fillers: tuple[str, ...] = ()  # cut from a title's start ("non dimenticare di")
    trail_fillers: tuple[str, ...] = ()  # cut from its end ("per favore")
    # Regex sources for a whole reminder request ("ricordami ...", "... hatırlat"): group `rest`
    # is what to remind of and when, optional group `who` the person reminded ("ricorda a Sam").
    remind_leads: tuple[str, ...] = ()
    # What joins the lead to the thing to do, at the start of `rest` or after its time ("di").
    remind_links: tuple[str, ...] = ()
    # Command phrases said instead of an English command: the English command ("done {n}",
    # "my tasks") -> regex sources matched against the whole message, folded (lower case, accents
    # dropped). `{n}` stands for a number, a list of them or a number or ordinal word, `{unit}`
    # for a minute, hour or day word, `{rest}` for words kept as written ("hecho con {rest}").
    commands: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Number and ordinal words for commands beside the time tables' ("kedua", "दूसरा").
    counted: Mapping[str, int] = field(default_factory=dict)
    # Regex sources that ask a named person, `{name}` standing for the name: what follows is
    # the task ("sag {name}, sie soll", "قول ل{name}").
    ask_openers: tuple[str, ...] = ()
    # Own words spelled like an English statement word, said with the words before them that
    # tell them apart ("de was" is the laundry, "i documenti"): the last word is never English.
    english_lookalikes: frozenset[str] = frozenset()
    # Chat shorthand read as the words it stands for, in a message in this language ("tmb" ->
    # "también", "lg" -> "lagi"): lower-case abbreviation -> words.
    abbreviations: Mapping[str, str] = field(default_factory=dict)
    # A rewrite of the whole message into a form the rules read, after the shorthand is written
    # out: German "Priya, rufst du … an?" -> "Priya, kannst du … anrufen?".
    rephrase: Callable[[str], str] | None = None


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, for word lists kept as a block of text."""
    return frozenset(text.split())


def english_ordinal(n: int | str) -> str:
    """A number as the grammar's English ordinal: 1 -> "1st", 12 -> "12th", 23 -> "23rd"."""
    v = int(n)
    return f"{v}{'th' if 10 <= v % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(v % 10, 'th')}"
