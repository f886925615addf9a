"""A question about one's own list or a period, asked in any language, is a status question.

"was steht diese woche an?", "j'ai quoi cette semaine?", "ну что у меня на неделе?" list the
tasks of that period; read before the edit skills, they never move a saved task's date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import english_command, parse_when
from flowhub.skills import (
    done_asked,
    status,
    status_load,
    status_period_cut,
    status_said,
    status_task,
    status_team,
)
from flowhub.skills.context import Context
from flowhub.skills.status_query import asks_status

_L = r"\w\u0900-\u097F\u0600-\u06FF'’"
# "What do I have", in each language; strong forms ask on their own with a "?".
ASKS: dict[str, list[str]] = {
    "de": [
        r"was\s+(?:wurde|ist)\s+(?:alles\s+)?(?:erledigt|geschafft|fertig)",
        r"was\s+steht(?:\s+\w+){0,4}\s+an",
        r"was\s+hab(?:e)?\s+ich",
        r"was\s+liegt\s+an",
    ],
    "fr": [
        r"qu'?est[\s-]+ce\s+qui\s+a\s+[eé]t[eé]\s+(?:fait|fini|termin[eé])",
        r"j'?ai\s+quoi",
        r"qu'?est[\s-]+ce\s+que\s+j'?ai",
        r"qu'?ai[\s-]+je",
        r"quoi\s+de\s+prévu",
    ],
    "nl": [
        r"wat\s+is\s+er\s+(?:gedaan|afgerond|klaar)",
        r"wat\s+heb\s+ik",
        r"wat\s+staat\s+er",
        r"wat\s+moet\s+ik",
    ],
    "es": [
        r"qu[eé]\s+(?:he\s+)?(?:terminado|hecho|completado|acabado|termin[eé]|hice|acab[eé]|complet[eé])",
        r"qu[eé]\s+se\s+(?:ha\s+)?(?:hizo|hecho|termin[oó]|terminado|complet[oó])",
        r"qu[eé]\s+tengo",
        r"qu[eé]\s+me\s+toca",
        r"qu[eé]\s+hay\s+para\s+m[ií]",
    ],
    "pt": [
        r"o?\s*que\s+(?:eu\s+)?(?:terminei|fiz|conclu[ií]|completei|acabei)",
        r"o\s+que\s+(?:foi|ficou)\s+(?:feito|conclu[ií]do|terminado|pronto)",
        r"o\s+que\s+(?:eu\s+)?tenho",
        r"que\s+(?:eu\s+)?tenho",
        r"o\s+que\s+tem\s+pra\s+mim",
    ],
    "it": [
        r"cosa\s+[eè]\s+stato\s+(?:fatto|finito|completato)",
        r"cosa\s+ho",
        r"che\s+(?:cosa\s+)?ho",
        r"cos'?ho",
        r"cosa\s+devo\s+fare",
    ],
    "id": [
        r"apa\s+(?:aja\s+|saja\s+)?yang\s+(?:udah\s+|sudah\s+|udh\s+)?(?:selesai|beres|kelar)",
        # "minggu ini aku udah nyelesaiin apa aja?", "yang udah selesai minggu ini"
        r"(?:aku|saya|gue|gw)\s+(?:udah|sudah|udh|dah)\s+(?:nyelesaiin|menyelesaikan|selesaiin"
        r"|ngelarin|kelarin|beresin)\s+apa(?:\s+(?:aja|saja))?",
        r"^\W*yang\s+(?:udah|sudah|udh)\s+(?:selesai|beres|kelar)",
        r"(?:aku|saya|gue|gw)\s+ada\s+apa",
        r"ada\s+apa(?:\s+aja)?",
    ],
    "tr": [
        r"ne(?:ler)?\s+(?:bitirdim|bitti|tamamlad[ıi]m|yapt[ıi]m)",
        r"ne(?:ler)?\s+var",
        r"ne\s+yapmam\s+lazım",
    ],
    "ru": [
        r"что\s+(?:я\s+)?(?:сделал[аи]?|закончил[аи]?|выполнил[аи]?)",
        r"что\s+(?:уже\s+)?сделано",
        r"что\s+у\s+меня",
        r"что\s+мне\s+(?:надо|нужно)",
    ],
    "hi": [r"क्या\s+(?:क्या\s+)?है", r"मेरे\s+पास\s+क्या"],
    "hi_Latn": [
        r"kya\s+(?:kya\s+)?(?:ho\s+gaya|kiya|khatam\s+kiya|pura\s+kiya)",
        r"kya\s+(?:kya\s+)?hai",
        r"kya\s+karna\s+hai",
        r"mere\s+paas\s+kya",
    ],
    "ar": [
        r"(?:ماذا|شو|ايش)\s+(?:أنجزت|انجزت|خلصت|أنجز|انجز)",
        r"ماذا\s+عندي",
        r"(?:شو|ايش|إيش|وش|ايه|إيه)\s+عندي",
        r"عندي\s+(?:ايه|إيه|ايش|شو)",
    ],
}
# A weak form ("ada apa", "kya hai", "ne var") asks only with a period said.
_WEAK = frozenset([r"ada\s+apa(?:\s+aja)?", r"ne(?:ler)?\s+var", r"क्या\s+(?:क्या\s+)?है",
                   r"kya\s+(?:kya\s+)?hai"])  # fmt: skip
# Periods the time reader does not know, said as one it does.
PERIODS: dict[str, str] = {
    r"на\s+неделе": "на этой неделе",
    r"на\s+выходных": "в эти выходные",
}
# Words of a change: "was steht an, verschieb es auf freitag" is not only a question.
_CHANGE = re.compile(
    r"(?<![\w])(?:verschieb\w*|déplace\w*|mueve|muda|sposta|pindah\w*|перенес\w*|taşı\w*"
    r"|verplaats\w*|assign\w*|rename|move)(?![\w])",
    re.I,
)

# "have i completed anything yet", "did i get anything done today?" with no period: what is done.
_DONE_ANY = re.compile(
    r"\b(?:have|did|had)\s+i\s+(?:\w+\s+)?(?:finish|complet|tick|get|got|done)\w*"
    r"(?:\s+off)?\s+(?:anything|something|much|any)\b(?:\s+(?:done|off|yet|so\s+far))*[\s?!.]*$",
    re.I,
)

# "is the dentist call saved now?" asks about a card, which the status reader answers.
_SAVED = re.compile(r"\b(?:saved|cards?|confirm\w*)\b", re.I)
# "what's left on priya's plate?": that person's open tasks, not a topic.
_PLATE = re.compile(
    r"\b(?!(?:my|his|her|their|our|your|the|that|this|it)\b)(?P<name>[a-z]+)['’]?s\s+"
    r"(?:plate|list|desk|agenda|to-?do(?:\s+list)?)\b",
    re.I,
)


def _compiled(forms: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![{_L}])(?:{'|'.join(forms)})(?![{_L}])", re.I)


_STRONG = _compiled([f for forms in ASKS.values() for f in forms if f not in _WEAK])
_WEAK_ASK = _compiled(sorted(_WEAK))


def asks_list(text: str, *, has_period: bool) -> bool:
    """Whether `text` asks what one has (for a period), in any language."""
    if _CHANGE.search(text) or len(text.split()) > 10:
        return False
    if _STRONG.search(text):
        return has_period or "?" in text or "؟" in text
    return has_period and _WEAK_ASK.search(text) is not None


def _said_period(text: str) -> str:
    for pattern, said in PERIODS.items():
        text = re.sub(pattern, said, text, flags=re.I)
    return text


def handle(ctx: Context) -> list[Reply] | None:
    """List the asker's tasks for a "what do I have this week?" asked in any language."""
    if (load := status_load.handle(ctx)) is not None:
        return load  # "how's priya looking this week, is she swamped?"
    if done_asked.asks(ctx.event.text or ctx.text) and not _SAVED.search(ctx.text):
        asked = replace(ctx, text=done_asked.first_question(ctx.text), intent="query")
        if (about_one := status_task.handle(asked)) is not None:
            return about_one  # "did the oven guy call get done? i can't remember"
        whose = _PLATE.search(ctx.text)
        if whose and parse_when(ctx.text, now=ctx.now, tz=ctx.tz) is None:
            text = f"what does {whose['name']} have open?"
            return status.handle(replace(ctx, text=text, intent="query"))
        if _DONE_ANY.search(ctx.text):
            return status.handle(replace(ctx, text="what did i finish?", intent="query"))
    if (said := status_said.handle(ctx)) is not None:
        return said
    if (cut := status_period_cut.handle(ctx)) is not None:
        return cut  # "Priya'nın bu hafta neleri var?"
    if (team := status_team.handle(ctx)) is not None:
        return team
    # The words as typed: "was steht diese woche an?" may have been read as the bare "this week".
    text = _said_period(ctx.event.text or ctx.text)
    english = english_command(text, locale=ctx.person.locale)
    if english is not None and asks_status(english):
        # "was hab ich den anderen gegeben?" asks what was handed out, not for one's own list.
        return status.handle(replace(ctx, text=english, intent="query"))
    when = parse_when(text, now=ctx.now, tz=ctx.tz)
    if not asks_list(text, has_period=when is not None and not when.rrule):
        return None
    return status.handle(replace(ctx, text=text, intent="query"))
