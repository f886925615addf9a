"""A list asked for in chat words, in any language the bot reads.

"a ver, dame mi lista", "покажи мой список" (one's own list); "oye q tengo pa esta semana?",
"che c'ho sta settimana?" (a period); "y la q viene?", "e la prossima?", "والاسبوع الجاي؟" (the
next period after one just asked about); "en wat ligt er nog bij Priya?" (a person's open tasks).
Each pattern must be the whole message, give or take a lead word ("oye", "a ver", "и") and marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.when import english_time_words

__all__ = ["ListAsk", "list_asked"]

Kind = Literal["mine", "period", "person", "next"]


@dataclass(frozen=True, slots=True)
class ListAsk:
    """A list question: its kind and its words.

    `rest` is the period as typed ("period"), the name as typed ("person"), or the unit of the
    next period asked for ("next": "week", "month", "day", or "" for the same as before).
    """

    kind: Kind
    rest: str = ""


# fmt: off
# Words said before the question: "oye", "a ver", "и", "و", "en", "ok so".
_LEAD = (
    r"oye|a\s+ver|y|e|ey|bueno|pues|entonces|and|so|ok(?:ay)?|hey|hmm+|allora|dai|senti|e\s+poi"
    r"|en|und|et|alors|bon|eh|ah|also|na|nu|и|а|ну|слушай|و|طيب|يلا|और|अच्छा|aur|acha|accha"
    r"|kalo|kalau|terus|trus|ya|peki|hani|bi\s+de|e\s+ai|então|entao|hola|ciao|hallo|hoi|oi"
)
_NAME = r"@?(?P<name>[^\W\d_][\w\u0900-\u097f\u0621-\u064a\u0670-\u06d3'’.\-]{1,30})"
# One's own list: "give me my list".
_MINE = (
    r"(?:(?:give|show|send|get)\s+me\s+)?my\s+(?:list|to-?do\s+list|to-?dos|tasks)(?:\s+please|\s+pls)?",
    r"(?:dame|pasame|mandame|muestrame|ensename|a\s+ver)\s+(?:mi|la)\s+lista(?:\s+de\s+(?:tareas|pendientes))?",
    r"(?:dammi|mandami|mostrami|fammi\s+vedere|fammi\s+avere)\s+(?:la\s+)?(?:mia\s+)?lista(?:\s+delle\s+cose)?",
    r"(?:me\s+)?(?:passa|mostra|manda|da|de)\s+(?:a\s+)?minha\s+lista",
    r"(?:montre|donne|envoie|file)[\s-]*moi\s+ma\s+liste",
    r"(?:zeig|gib|schick)\s+(?:mir\s+)?(?:mal\s+)?meine\s+(?:liste|aufgaben|to-?dos)",
    r"(?:geef|toon|stuur)\s+(?:me\s+)?(?:even\s+)?(?:mijn|m'n)\s+(?:lijst|lijstje|taken)(?:\s+even)?",
    r"laat\s+(?:me\s+)?(?:even\s+)?(?:mijn|m'n)\s+(?:lijst|lijstje|taken)\s+zien",
    r"(?:покажи|дай|скинь|пришли|кинь)(?:те)?\s+(?:мне\s+)?(?:мой|мои)\s+(?:список|задачи|дела)",
    r"(?:وريني|ورني|وريلي|اعرض\s*لي|اعرضلي|ابعتلي|ابعت\s*لي|هات|عطني|اعطني|ارسل\s*لي|فرجيني)"
    r"\s+(?:قايمتي|قائمتي|مهامي|لستتي|اللستة|اللسته|القايمة|القائمة|شغلي)",
    r"(?:मेरी|मेरे|मेरा)\s+(?:लिस्ट|सूची|काम|टास्क)\s+(?:दिखाओ|दिखा\s+दो|दिखाइए|भेजो|बताओ)",
    r"(?:meri|mere|mera)\s+(?:list|tasks?|kaam)\s+(?:dikhao|dikha\s+do|bhejo|batao)",
    r"(?:liat|lihat|kasih|tunjukin|tunjukkan|kirim)\s+(?:list|daftar|tugas)\s*(?:aku|saya|ku|gue|gw)",
    r"(?:listemi|gorevlerimi|yapilacaklarimi)\s+(?:goster|gonder|at)(?:ir\s+misin)?",
)
# "What do I have" said casually, before a period: "q tengo pa", "che c'ho", "что у меня на".
_ASK = (
    r"(?:what(?:'s|\s+is)?\s+(?:do\s+i\s+have|have\s+i\s+got|i\s+got|i\s+have)|what\s+i\s+got)",
    r"(?:q|que|qu[eé])\s+(?:tengo|hay|me\s+toca|onda)",
    r"(?:cosa|che|che\s+cosa|cos')\s*(?:ho|c'ho|c'\s*ho|ciò|c'e\s+per\s+me)",
    r"(?:o\s+)?(?:q|que|oq)\s+(?:eu\s+)?(?:tenho|tem\s+pra\s+mim)",
    r"(?:j'ai\s+quoi|qu'est-ce\s+que\s+j'ai|c'est\s+quoi\s+mon\s+programme)",
    r"(?:was\s+(?:hab|habe)\s+ich|was\s+steht|was\s+liegt)",
    r"(?:wat\s+(?:heb|moet)\s+ik|wat\s+staat\s+er)",
    r"(?:что\s+у\s+меня|чё\s+у\s+меня|че\s+у\s+меня|что\s+мне\s+делать)",
    r"(?:ايش|إيش|شو|وش|ايه|إيه|ماذا|ما)\s+(?:عندي|وراي|علي|عليا)|عندي\s+(?:ايه|إيه|ايش|شو)",
    r"(?:मेरे\s+(?:पास\s+)?क्या(?:\s+क्या)?\s+(?:काम\s+)?(?:है|हैं)|क्या\s+काम\s+है)",
    r"(?:mere\s+(?:paas\s+)?kya(?:\s+kya)?\s+(?:kaam\s+)?(?:hai|he)|kya\s+kaam\s+hai)",
    r"(?:aku|saya|gue|gw)\s+ada\s+(?:apa|tugas\s+apa)(?:\s+aja|\s+saja)?",
    r"(?:neyim\s+var|ne\s+islerim\s+var|ne\s+var\s+bende)",
)
# A period put first: "इस हफ्ते मेरे क्या काम हैं?", "minggu ini aku ada apa aja?", "bu hafta neyim var".
_PERIOD_FIRST = r"(?P<first>.{2,30}?)\s+"
# Period words said the way the time reader does not read them: "sta settimana", "на неделе".
PERIOD_SAID = {
    r"^sta\s+settimana": "questa settimana",
    r"^sto\s+mese": "questo mese",
    r"^na\s+semana": "esta semana",
    r"^на\s+неделе": "на этой неделе",
    r"^pa\s+": "para ",
}
# "and the next one?": the period after the one just asked about, with its unit when said.
_WEEK = (r"semana|settimana|semaine|woche|week|неделе|неделю|неделя|الاسبوع|الأسبوع|اسبوع"
         r"|हफ्ते|हफ़्ते|सप्ताह|hafte|minggu|hafta|haftaya")
_MONTH = r"mes|mese|mois|monat|maand|month|месяц\w*|الشهر|شهر|महीने|mahine|bulan|ay"
_DAY = r"dia|giorno|jour|tag|dag|day|день|اليوم|يوم|दिन|din|hari|gun"
_NEXT = (
    r"(?:the\s+)?(?:next|following)(?:\s+one)?|(?:the\s+)?one\s+after(?:\s+that)?",
    r"(?:(?:el|la)\s+)?(?:(?:q|que)\s+viene|pr[oó]xim[oa]|siguiente)",
    r"(?:(?:il|la)\s+)?(?:prossim[oa]|successiv[oa]|dopo)|quell[oa]\s+dopo",
    r"(?:(?:o|a)\s+)?(?:pr[oó]xim[oa]|seguinte|que\s+vem)",
    r"(?:(?:le|la)\s+)?(?:suivante?|prochaine?|d'apres)|celle\s+d'apres|celui\s+d'apres",
    r"(?:(?:die|den|das)\s+)?(?:n[aä]chste[n]?|danach|darauf)",
    r"(?:(?:de|het)\s+)?(?:volgende|daarna|daarop)",
    r"(?:на|в|во)?\s*(?:следующ\w+|следущ\w+)|дальше|потом",
    r"(?:ال)?(?:جاي|جاية|جايه|الجاي|الجاية|القادم|القادمة|الي\s+بعده|اللي\s+بعده|اللي\s+جاي|بعده)",
    r"(?:अगले|अगला|अगली)|उसके\s+बाद",
    r"(?:agle|agla|agli)|uske\s+baad",
    r"(?:yang\s+)?(?:depan|berikutnya|selanjutnya)",
    r"(?:sonraki|gelecek|bir\s+sonraki)",
)
_NEXT_SHAPES = (
    # unit then "next" ("la semana q viene", "الاسبوع الجاي", "minggu depan") or "next" then unit.
    r"(?:(?:la|el|a|o|il|le|de|het|die|den)\s+)?(?P<unit>{unit})\s+(?:{next})",
    r"(?:{next})\s+(?P<unit2>{unit})",
    r"(?:{next})",
)
_UNITS = {"week": _WEEK, "month": _MONTH, "day": _DAY}
# A person's open tasks: "what's left with priya", "en wat ligt er nog bij Priya?".
_PERSON = (
    r"what(?:'s|\s+is)\s+(?:still\s+)?(?:left|open|pending)\s+(?:with|for|on)\s+{name}",
    r"(?:q|que|qu[eé])\s+(?:le\s+)?(?:queda|tiene(?:\s+pendiente)?)\s+(?:a\s+)?{name}",
    r"(?:cosa|che|cos')\s*(?:ha|c'ha)\s+(?:ancora\s+)?{name}(?:\s+in\s+(?:ballo|sospeso|corso|lista))?",
    r"(?:cosa|che)\s+(?:resta|rimane|c'e)\s+(?:ancora\s+)?(?:a|da|per)\s+{name}",
    r"(?:o\s+)?(?:q|que|oq)\s+(?:ainda\s+)?(?:t[aá]|est[aá]|ficou|falta)\s+(?:com|pra|para)\s+(?:a\s+|o\s+)?{name}",
    r"(?:qu'est-ce\s+qui|qu'est\s+ce\s+qui|quoi)\s+(?:reste|traine)\s+(?:encore\s+)?(?:chez|pour|a)\s+{name}",
    r"was\s+(?:liegt|steht|ist)\s+(?:noch\s+)?(?:alles\s+)?(?:bei|f[uü]r)\s+{name}(?:\s+(?:an|offen|rum))?",
    r"wat\s+(?:ligt|staat|is)\s+er\s+(?:nog\s+)?(?:allemaal\s+)?(?:bij|voor|open\s+bij)\s+{name}",
    r"wat\s+(?:ligt|staat)\s+(?:nog\s+)?(?:bij|voor)\s+{name}(?:\s+open)?",
    r"(?:что|чё|че)\s+(?:ещ[её]\s+)?(?:висит|осталось|лежит|есть)\s+(?:на|у)\s+{name}",
    r"(?:ايش|شو|وش|ايه|ماذا)\s+(?:باقي|فاضل|لسه|متبقي)\s+(?:عند|على|مع)\s+{name}",
    r"{name}\s+(?:के\s+पास|पर)\s+(?:अभी\s+)?(?:क्या(?:\s+क्या)?)\s+(?:बचा|बाकी|पेंडिंग)(?:\s+है)?",
    r"{name}\s+(?:ke\s+paas|pe|par)\s+(?:abhi\s+)?(?:kya(?:\s+kya)?)\s+(?:bacha|baaki|baki|pending)(?:\s+hai)?",
    r"{name}\s+(?:masih\s+)?(?:ada|punya)\s+(?:apa|tugas\s+apa)(?:\s+aja|\s+saja)?(?:\s+yang\s+belum)?",
    r"(?:sisa\s+)?tugas\s+{name}\s+(?:apa\s+aja|masih\s+apa)",
    r"{name}(?:'?(?:da|de|ta|te))\s+(?:ne|neler)\s+(?:kaldi|var|duruyor)",
)
# fmt: on


def _tail() -> str:
    return r"(?:[\s,]+(?:pls|please|porfa|por\s+favor|dong|ya|yaar|na|pliz|плз|bitte|stp|pf))*"


_MARKS = r"[\s?!.,;:¿¡…~\"'«»()؟،]*"


def _whole(body: str) -> re.Pattern[str]:
    # Arabic "and" is written onto the next word: "والاسبوع الجاي؟".
    lead = rf"^{_MARKS}(?:(?:{_LEAD})(?:[\s,!.]+|$))*{_MARKS}(?:و(?=[\u0621-\u064a]{{3}}))?"
    return re.compile(rf"{lead}(?:{body}){_tail()}{_MARKS}(?:[^\w\s]+[\s.!?]*)*$")


@cache
def _mine() -> re.Pattern[str]:
    return _whole("|".join(f"(?:{fold(p)})" for p in _MINE))


@cache
def _asked() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ask = "|".join(f"(?:{fold(p)})" for p in _ASK)
    return _whole(rf"(?:{ask})\s+(?P<period>.{{2,40}}?)"), _whole(rf"{_PERIOD_FIRST}(?:{ask})")


@cache
def _next() -> tuple[tuple[re.Pattern[str], bool], ...]:
    next_ = "|".join(f"(?:{fold(p)})" for p in _NEXT)
    unit = "|".join(fold(u) for u in _UNITS.values())
    return tuple(
        (_whole(shape.format(next=next_, unit=unit)), "unit" in shape) for shape in _NEXT_SHAPES
    )


@cache
def _person() -> re.Pattern[str]:
    body = "|".join(f"(?:{fold(p)})" for p in _PERSON)
    parts = body.split("{name}")
    body = parts[0] + "".join(
        _NAME.replace("?P<name>", f"?P<name{i}>") + part for i, part in enumerate(parts[1:])
    )
    return _whole(body)


def list_asked(text: str) -> ListAsk | None:
    """The list question `text` asks in chat words, or None."""
    said = text.strip()
    if not said or len(said.split()) > 10:
        return None
    folded = fold(said)
    if _mine().match(folded):
        return ListAsk("mine")
    for pattern in _asked():
        m = pattern.match(folded)
        if m is not None:
            group = "period" if "period" in m.re.groupindex else "first"
            period = _period_said(said[m.start(group) : m.end(group)])
            return ListAsk("period", period) if _only_period(period) else None
    m = _person().match(folded)
    if m is not None:
        group = next(g for g in m.re.groupindex if m.group(g))
        return ListAsk("person", said[m.start(group) : m.end(group)].strip("'’.-"))
    for pattern, with_unit in _next():
        m = pattern.match(folded)
        if m is not None:
            unit = next((g for g in ("unit", "unit2") if with_unit and m.groupdict().get(g)), "")
            return ListAsk("next", _unit(m.group(unit)) if unit else "")
    return None


def _period_said(period: str) -> str:
    """The period as the time reader reads it ("sta settimana" -> "questa settimana")."""
    folded = fold(period.strip())
    for pattern, said in PERIOD_SAID.items():
        if re.match(pattern, folded):
            return re.sub(pattern, said, folded)
    return period.strip()


# Words a period may hold once said the English way ("para this week", "на this week").
_PERIOD_WORDS = frozenset(
    re.findall(
        r"\S+",
        """this next coming week weekend month today tomorrow tonight day days weeks the rest of for
        in on at to pa para per pour fur voor на в для""",
    )
)


def _only_period(period: str) -> bool:
    """Whether `period` says a time and nothing else ("pa esta semana", not "done today")."""
    words = re.findall(r"[^\W\d_]+", fold(english_time_words(period)))
    return bool(words) and all(w in _PERIOD_WORDS for w in words)


def _unit(word: str) -> str:
    for unit, words in _UNITS.items():
        if re.fullmatch(fold(words), word):
            return unit
    return ""
