"""What someone says to a waiting card in another language, read clause by clause.

"passa pra Ana e confirma" gives the card to Ana, then saves it; "oke yg listrik bener, simpen"
names the card ("listrik") and saves it; "не, это удали, я не то имела в виду" drops it and says
why. Each clause is a command of the person's language (`english_command`) once the words that
carry nothing around it ("nomas", "यार", "aja") are cut; a clause of such words alone, or an aside
("я не то имела в виду", "aynı saat"), says nothing. A clause that is neither makes the message
something else, so "y q ana revise el presupuesto" stays a task.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from flowhub.nlp._card_not import ruled_out
from flowhub.nlp._commands import english_command
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import CHAT
from flowhub.nlp.lang._card_plain import REASONS, REFS
from flowhub.nlp.lang._hesitate import COMMANDS, HUM

__all__ = ["CardSaid", "card_clause", "card_said"]

_DATA = tuple(COMMANDS.values())
# The English commands that answer a card; a `{…}` slot's words follow the prefix.
_ACTS = ("yes", "ok", "confirm", "save", "no", "discard", "delete it", "cancel")
_SAYS_YES = ("yes", "ok", "confirm", "save")
_WORDS_KEPT = ("title: ", 'remove "')
# What a title's own words may say instead of a title ("coloca como urgente").
_TITLE_NOT = ("priority ", "assign to ")
_ACT_LEADS = ("assign to ", "title: ", "move it to ", "no, ", "priority ", 'remove "')
# Where one clause ends and the next starts: punctuation, "and" in any of the languages, or a
# "because" opening the reason ("salı olsun çünkü müşteri öyle istedi").
_JOIN = re.compile(
    r"\s*(?:[,;!?…،؛]+|\.(?:\s+|$)|\s(?:-|–|—)\s|\s[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D]+\s)\s*"
    r"|\s+(?:and|y|e|et|und|en|ed|ve|и|а|dan|terus|trus|lalu|aur|और|و)\s+|\s+(?=و[\u0621-\u064a])"
    r"|\s+(?=(?:because|porque|pq|weil|perch[eé]|parce\s+qu|[cç][uü]nk[uü]|soalnya|karena|kyunki|omdat)\s)",
    re.I,
)
# "and" or "but" opening a clause: "y ponle …", "но отдай это Ане".
_LEAD_JOIN = re.compile(
    r"^(?:and|but|y|pero|e|mas|et|mais|und|aber|en|maar|ed|ma|ve|ama|и|а|но|dan|tapi|aur|और|लेकिन"
    r"|par|پر|و|لكن|بس)\s+",
    re.I,
)
# Quotes around words ("yg 'catat' itu"), never an apostrophe inside one ("what's").
_QUOTES = re.compile(r"(?<!\w)[\"'«»“”‘’`„]+|[\"'«»“”‘’`„]+(?!\w)")
_EDGE = " \t\n,.!?;:…-–—،؛"
# Emoji and the joiners between them, which say nothing to a card ("merci 🙏").
_EMOJI = re.compile(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F\u200D]+")
# "make it 8", "change it to friday": an English move whose value is read as a day or a time.
_EN_MOVE = re.compile(
    r"^(?:make|move|change|set|put|push)\s+(?:it|that|this)\s+(?:to\s+|at\s+|for\s+|on\s+)?(?P<v>.+)$",
    re.I,
)
_HOUR = re.compile(r"^\d{1,2}$")
_SUFFIXED_HOUR = re.compile(r"^\d{1,2}(?:[:.]\d{2})?'?[^\W\d_]{2,3}$")
_HALF_SAID = re.compile(r"(?:am|pm)$", re.I)
_BARE_HOUR = re.compile(r"(?<![\d:.])\d{1,2}(?![\d:.]|\s*(?:am|pm|h\b|uhr|baje|बजे))", re.I)
# An English yes that says the card is right as it is: "yep thats it", "that's right".
_EN_YES = re.compile(
    r"^(?:(?:yep|yes|yeah|yup|ok(?:ay)?|sure|perfect|great|cool|good)[\s,!.]+)*"
    r"(?:that'?s|thats|that\s+is|it'?s|its)\s+(?:it|right|correct|fine|good|perfect)"
    r"(?:[\s,!.]+(?:thanks|thx|ty))?$",
    re.I,
)
# A title in quotes ends at its closing quote: "'pagar recibo de luz' y ya confirmalo".
_QUOTE_THEN = re.compile(
    r"(?<=\w)[\"'”’»]\s*(?:[,;]|\s(?:and|y|e|et|und|en|ed|ve|и|dan|aur|और|و)\s)"
)
_MOST_CHARS = 200
_MOST_NAMED = 3  # words naming a card after a save or a drop
_SOME_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)


@dataclass(frozen=True)
class CardSaid:
    """A message said to a card: its commands in the order said, and the card's words if named."""

    acts: tuple[str, ...]
    about: str = ""
    instead: str = ""  # the value ruled out beside a new one ("7" in "8 not 7")
    abouts: tuple[str, ...] = ()  # the card's words each act names, when clauses name cards


@cache
def _soft() -> re.Pattern[str]:
    words = sorted({fold(w) for m in _DATA for w in m.CARD_SOFT}, key=len, reverse=True)
    body = "|".join(w.replace(" ", r"\s+") for w in words)
    return re.compile(rf"^(?:{body})(?=[\s,.!?]|$)[\s,.!?]*|[\s,.!?]+(?:{body})[\s.!?]*$")


@cache
def _asides() -> re.Pattern[str]:
    said = [*(a for m in _DATA for a in m.CARD_ASIDES), *(a for r in REASONS.values() for a in r)]
    return re.compile(rf"^(?:{'|'.join(fold(a) for a in said)})$")


def _ref_sources() -> tuple[tuple[str, ...], ...]:
    """Every language's ways of naming a card by its words."""
    return (*(m.CARD_REFS for m in _DATA), *REFS.values())


@cache
def _refs() -> tuple[re.Pattern[str], ...]:
    found = []
    for sources in _ref_sources():
        for source in sources:
            body = fold(source).replace("{ref}", r"(?P<ref>[^\s,]+)")
            found.append(re.compile(rf"^{body}(?:\s+|$)"))
    return tuple(found)


@cache
def _refs_last() -> tuple[re.Pattern[str], ...]:
    found = []
    for sources in _ref_sources():
        for source in sources:
            body = fold(source).replace("{ref}", r"(?P<ref>[^\s,]+(?:\s+[^\s,]+)?)")
            found.append(re.compile(rf"\s+{body}$"))
    return tuple(found)


def _is_act(english: str) -> bool:
    return english in _ACTS or english.startswith(_ACT_LEADS)


def _several(english: str) -> bool:
    """Whether the person a command names runs into another clause ("Sam, enregistre")."""
    return english.startswith("assign to ") and bool(_JOIN.search(english[10:]))


def _trimmed(text: str) -> str:
    """`text` without quotes, hums, edge punctuation or soft words at either end."""
    text = _EMOJI.sub(" ", text).strip(_EDGE)
    while True:
        before = text
        text = _LEAD_JOIN.sub("", re.sub(rf"^{HUM}", "", text)).strip(_EDGE)
        folded = fold(text)
        m = _soft().search(folded)
        if m is not None:
            text = (text[m.end() :] if m.start() == 0 else text[: m.start()]).strip(_EDGE)
        if text == before:
            return text


def _only_when(text: str, locale: str | None) -> bool:
    """Whether `text` is only a day or a time ("10 बजे", "à 15h")."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    found = parse_when(text, now=_SOME_DAY, tz="UTC", locale=locale)
    if found is None or found.span is None or found.rrule:
        return False
    start, end = found.span
    before = text[:start].split()
    return (not before or (len(before) == 1 and len(before[0]) <= 3)) and not text[end:].strip()


def _named_last(clause: str, locale: str | None) -> tuple[str, str, bool] | None:
    """A save or a drop followed by the words naming its card ("vire la carte enregistrer")."""
    if _JOIN.search(clause):
        return None  # "bórralo, me equivoqué": the words after it are a clause of their own
    folded = fold(clause)
    for ref in _refs_last():
        m = ref.search(folded)
        if m is None or m.start() == 0:
            continue
        said = _named_act(clause[: m.start()], locale)
        if said:
            return said, clause[m.start("ref") : m.end("ref")], False
    words = clause.split()
    for cut in range(1, min(3, len(words) - 1) + 1):
        said = _named_act(" ".join(words[:cut]), locale)
        named = words[cut:]
        if named and len(named[0]) <= 3 and len(named) > 1:
            named = named[1:]  # an article: "enregistre la relance dupont"
        if said and len(named) <= _MOST_NAMED:
            about = " ".join(named)
            return said, "" if _POINTER.match(fold(about)) else about, False
    return None


# Words that point at the card just made instead of naming one ("scarta questa", "die laatste").
_POINTER = re.compile(
    r"^(?:(?:this|that|it|the|one|last|latest|questa|questo|quella|quello|l'?ultim[ao]|ultim[ao]"
    r"|cosa|scheda|esta|este|esa|ese|eso|esto|la|el|lo|ultim[ao]|cosa|ça|ca|celle-ci|celle-la"
    r"|celle|la|derniere|dernier|carte|truc|die|das|diese|dieses|den|letzte|letztes|karte|deze|dat"
    r"|het|de|laatste|kaart|essa|esse|isso|isto|a|o|ultim[ao]|coisa|это|эту|этот|её|ее|его|последн\w*"
    r"|карточк\w*|bunu|şunu|sunu|onu|son|sonuncuyu|sonuncu|kart\w*|ini|itu|yang|yg|terakhir|kartu"
    r"|उसे|इसे|ये|वो|इसको|उसको|आखिरी|आख़िरी|वाला|वाली|कार्ड|دي|ده|دى|هذه|هذا|دا|الأخيرة|الاخيرة"
    r"|خالص)(?:\s+|$))+$"
)


def _named_act(verb: str, locale: str | None) -> str:
    """The save or drop that `verb` says before the words naming a card ("" if none)."""
    said = english_command(_trimmed(verb), locale=locale) or ""
    if said == "undo":
        return "cancel"  # "annule le truc compta" cancels that card, not the last change
    return said if said in _ACTS and said not in ("yes", "ok", "no") else ""


def _only_repeat(text: str, locale: str | None) -> str:
    """The words of `text` saying how often, when they are all it says but a short word on
    either side ("ye weekly hai"); "" otherwise."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    found = parse_when(text, now=_SOME_DAY, tz="UTC", locale=locale)
    if found is None or found.span is None or not found.rrule:
        return ""
    start, end = found.span
    before, after = text[:start].split(), text[end:].split()
    if len(before) > 1 or len(after) > 1 or any(len(w) > 3 for w in before + after):
        return ""
    return text[start:end]


def _when_kept(clause: str, said: str, locale: str | None) -> str:
    """The day or time words of `clause`, or all of `said` when a word cut from it as filler
    is part of the time ("ma" in "ma half 9" is Monday, not "but")."""
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    if said == clause or not _only_when(said, locale):
        return clause
    whole = parse_when(said, now=_SOME_DAY, tz="UTC", locale=locale)
    part = parse_when(clause, now=_SOME_DAY, tz="UTC", locale=locale)
    return said if whole is not None and (part is None or whole.start != part.start) else clause


def _clock(when: str, locale: str | None) -> str:
    """An hour with a suffix of its language ("12de", "3te") as a clock time ("12:00")."""
    if _SUFFIXED_HOUR.match(when) is None or _HALF_SAID.search(when):
        return when  # "9am" says its half of the day; "9:00" would lose it
    from flowhub.nlp.when import parse_when  # the time grammar imports this module's package

    found = parse_when(when, now=_SOME_DAY, tz="UTC", locale=locale)
    if found is None or found.rrule or found.grain not in ("hour", "minute"):
        return when
    return f"{found.start.hour}:{found.start.minute:02d}"


def card_clause(text: str, *, locale: str | None = None) -> tuple[str, str] | None:
    """One clause said to a card: its English command ("" when it says nothing) and the words
    naming the card ("listrik" in "yg listrik bener"), or None when it is not about a card."""
    read = _clause(text, locale)
    return read[:2] if read is not None else None


def _clause(text: str, locale: str | None) -> tuple[str, str, bool] | None:
    """`card_clause`, and whether the clause is a bare day or time ("10 बजे")."""
    read = _clause_read(text, locale)
    if read is not None and read[0].startswith("move it to "):
        return f"move it to {_clock(read[0][len('move it to ') :], locale)}", read[1], read[2]
    if read is None or not read[0].startswith("title: "):
        return read
    title = _trimmed(read[0][len("title: ") :])
    if not title:
        return None
    inner = english_command(title, locale=locale) or ""
    if inner.startswith(_TITLE_NOT):
        return inner, read[1], False  # "coloca como urgente" asks a priority, not a title
    return f"title: {title}", read[1], read[2]


def _clause_read(text: str, locale: str | None) -> tuple[str, str, bool] | None:
    """`_clause` before a title's own words are looked at."""
    unquoted = _QUOTES.sub("", text)
    bare_text = _EMOJI.sub(" ", unquoted).strip(_EDGE)
    if _EN_YES.match(bare_text):
        return "yes", "", False
    whole = english_command(bare_text, locale=locale) or ""
    if whole.startswith("priority "):
        return whole, "", False  # "не срочно" as said, before "не" is cut as a filler
    if whole.startswith(_WORDS_KEPT) and unquoted != text:
        return whole, "", False  # "убери из названия 'запиши плз'": quoted words are kept whole
    clause = plain = _trimmed(unquoted)
    bare = clause == unquoted.strip(_EDGE)  # a day said alone, with nothing cut around it
    about = ""
    for ref in _refs():
        m = ref.match(fold(clause))
        if m is not None:
            about, clause = clause[m.start("ref") : m.end("ref")], _trimmed(clause[m.end() :])
            break
    if not clause or _asides().match(fold(clause)) or _asides().match(fold(bare_text)):
        return "", about, False
    said = english_command(clause, locale=locale)
    if said is not None and _is_act(said) and not _several(said):
        return said, about, False
    if not about and (named := _named_last(clause, locale)) is not None:
        return named
    if _only_when(clause, locale) and not text.rstrip().endswith("?"):
        when = _when_kept(clause, bare_text, locale)  # "ma half 9": "ma" is Monday here
        return f"move it to {when}", about, bare
    if (repeat := _only_repeat(clause, locale)) and not text.rstrip().endswith("?"):
        return f"move it to {repeat}", about, False  # "ye weekly hai", "har hafte friday ko"
    moved = _EN_MOVE.match(clause)
    if moved is not None and _only_when(moved.group("v"), locale):
        return f"move it to {moved.group('v')}", about, False
    for whole_clause in dict.fromkeys((text.strip(_EDGE), plain)):
        said = english_command(whole_clause, locale=locale)
        if said is not None and _is_act(said) and not _several(said):
            return said, "", False  # a command only as it stands: "itu buat ana ya, kasih ke dia"
    return None


def card_said(text: str, *, locale: str | None = None) -> CardSaid | None:
    """Every clause of `text` read as an answer to a card, or None when one is something else."""
    text = text.strip()
    if not text or len(text) > _MOST_CHARS or text.endswith("?"):
        return None  # "and friday?" asks; it changes nothing
    if (locale or "").replace("_", "-").split("-")[0].lower() not in CHAT:
        locale = detect_language(text) or locale  # the whole message tells better than a clause
    cut = ruled_out(text, locale=locale)
    if cut is not None:
        kept, instead = cut
        if _HOUR.match(instead):  # "8 not 7": an hour for an hour
            kept = _BARE_HOUR.sub(lambda m: f"{int(m.group())}:00", kept, count=1)
        said = _read(kept, locale, alone=False)
        if said is not None and said.acts:
            return CardSaid(said.acts, said.about, instead, said.abouts)
    said = _read(text, locale, alone=True)
    if said is not None and any(_LEAVING_OUT.search(about) for about in said.abouts):
        return None  # "save all except the lens" is a pick among the cards, read by the picks
    return said


# Words that leave a card out of an act on several ("all except the lens", "tutte tranne …").
_LEAVING_OUT = re.compile(
    r"(?:^|\s)(?:except|but|apart\s+from|other\s+than|besides|excluding|minus|sauf|hormis"
    r"|à\s+part|außer|ausser|bis\s+auf|excepto|salvo|menos|exceto|tirando|tranne|eccetto"
    r"|behalve|кроме|hariç|haric|dışında|disinda|kecuali|selain|alawa|chhodke|chhod\s+ke"
    r"|ما\s*عدا|عدا|إلا|الا|सिवा|अलावा)(?:\s|$)",
    re.I,
)


_Clauses = tuple[tuple[str, str, bool], ...]


def _read(text: str, locale: str | None, *, alone: bool) -> CardSaid | None:
    """`card_said` of `text`; a day said `alone` is left to the readers of times."""
    clauses = _clauses(text, locale)
    if clauses is None:
        return None
    whole = english_command(_trimmed(text), locale=locale) if len(clauses) == 1 else None
    if whole is not None and not _is_act(whole):
        return None  # "подтвердить все" is another command, not "подтвердить" and a word
    acts = tuple(act for act, _, _ in clauses if act)
    about = next((ref for _, ref, _ in clauses if ref), "")
    said = english_command(_EMOJI.sub(" ", text).strip(_EDGE), locale=locale) if not acts else None
    if said in _SAYS_YES:
        return CardSaid((str(said),))  # "اوكي كدا تمام 👍": a yes made only of softening words
    if alone and not any(act and not bare for act, _, bare in clauses):
        return None  # a day alone ("friday") is read where a reply's times are
    return CardSaid(acts, about, abouts=_abouts(clauses, about))


def _abouts(clauses: _Clauses, about: str) -> tuple[str, ...]:
    """The card each act is said to: the one its clause names, else the one named before it."""
    found, named = [], "" if _drop_then_change(clauses) else about
    for act, ref, _ in clauses:
        named = ref or named
        if act:
            found.append(named)
    return tuple(found)


def _drop_then_change(clauses: _Clauses) -> bool:
    """Whether a drop comes before any card is named and a change to the named card after it
    ("apaga esse último. eu queria mudar o dos vouchers pra segunda"): two cards, not one."""
    first = next((i for i, (_, ref, _) in enumerate(clauses) if ref), None)
    if not first:
        return False
    before = [act for act, _, _ in clauses[:first] if act]
    after = [act for act, _, _ in clauses[first:] if act]
    drops = ("discard", "delete it", "cancel")
    return bool(before) and all(a in drops for a in before) and any(a not in _ACTS for a in after)


def _clauses(text: str, locale: str | None) -> _Clauses | None:
    """`text` cut into clauses that each say something to a card, or None."""
    cuts = [(m.start(), m.end()) for m in _JOIN.finditer(text) if m.start() > 0]
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(text)]

    @cache
    def read(i: int) -> _Clauses | None:
        if i == len(starts):
            return ()
        for j in range(len(ends) - 1, i - 1, -1):  # the longest clause first: titles keep "and"
            if j > i and _QUOTE_THEN.search(text, starts[i], starts[j] + 1):
                continue  # a quoted title stops at its quote
            clause = _clause(text[starts[i] : ends[j]], locale)
            if clause is None:
                continue
            after = read(j + 1)
            if after is not None:
                if clause[0].startswith("title: "):
                    return shorter_title(i, j) or (clause, *after)
                return (clause, *after)
        return None

    def shorter_title(i: int, j: int) -> _Clauses | None:
        """A title that stops where the rest says other things to the card ("Titel: Torte
        bestellen, Priorität hoch")."""
        for k in range(i, j):  # the shortest title first: the rest says the most
            clause = _clause(text[starts[i] : ends[k]], locale)
            if clause is None or not clause[0].startswith("title: "):
                continue
            after = read(k + 1)
            if after is not None and any(a and not a.startswith("title: ") for a, _, _ in after):
                return (clause, *after)
        return None

    return read(0)
