"""Remarks people trade in a group: the weather, how things are here, the hour where they are.

"qui invece nevica", "आज बहुत गर्मी है यहाँ", "كله تمام هنا", "بس الساعة ٢ الفجر عندي", "hier
alles goed": none asks anyone to do anything. `remarks_cut(text)` splits a message at its marks
and emoji and, when some piece is such a remark, gives back the other pieces, so a message of
greetings, wishes and remarks is chat ("ahah qui invece nevica ❄️ buona domenica a tutti").
"""

from __future__ import annotations

import re
from functools import cache

from flowhub.nlp._time_lexicon import fold

__all__ = ["remarks_cut"]

# fmt: off
# A laugh or a "but" before the remark: "ahah qui invece nevica", "بس الساعة ٢ الفجر عندي".
_LEAD = (
    r"(?:a?ha(?:ha)+h?|a?h(?:ah)+|ja(?:ja)+|je(?:je)+|ks+|wk(?:wk)+|x+d+|lol|хаха\w*|ахах\w*|ه+ه"
    r"|haan|but|bas|بس|لكن|ولكن|लेकिन|पर|par|per[oò]|ma|pero|mas|mais|aber|maar|но|а|tapi|ama"
    r"|and|y|e|et|und|en|и|و|और|aur|oh|oye|ya)"
)
_REMARKS = (
    # The weather, here or today.
    r"(?:(?:it'?s|its|it\s+is)\s+)?(?:so\s+|very\s+|really\s+|super\s+|freezing\s+)?(?:hot|cold"
    r"|freezing|raining|snowing|sunny|humid|windy|pouring)(?:\s+(?:here|today|over\s+here|again))*",
    r"(?:qui|da\s+noi|oggi|qua)?\s*(?:invece\s+)?(?:nevica|piove|grandina|fa\s+(?:un\s+)?(?:molto\s+|troppo"
    r"\s+|un\s+)?(?:caldo|freddo)(?:\s+cane)?|c'e\s+(?:il\s+)?sole|c'e\s+(?:la\s+)?neve|che\s+caldo"
    r"|che\s+freddo)(?:\s+(?:qui|oggi|qua|invece))*",
    r"(?:aqui|aca|hoy)?\s*(?:esta\s+)?(?:nevando|lloviendo|hace\s+(?:mucho\s+|un\s+)?(?:calor|frio|sol)"
    r"|(?:que|q)\s+(?:calor|frio)|(?:un\s+)?caloron|(?:un\s+)?frio\s+tremendo)(?:\s+(?:aqui|aca|hoy))*",
    r"(?:aqui|hoje)?\s*(?:ta\s+|esta\s+)?(?:nevando|chovendo|(?:muito\s+)?(?:quente|frio)"
    r"|fazendo\s+(?:um\s+)?(?:calor|frio)|(?:que|q)\s+(?:calor|frio)|um\s+calor\w*)(?:\s+(?:aqui|hoje))*",
    r"(?:ici\s+)?(?:il\s+)?(?:neige|pleut|fait\s+(?:tres\s+|trop\s+|super\s+)?(?:chaud|froid|beau))"
    r"(?:\s+(?:ici|aujourd'hui))*|quelle\s+chaleur|quel\s+froid",
    r"(?:hier\s+)?(?:schneit\s+es|es\s+schneit|regnet\s+es|es\s+regnet|ist\s+es\s+(?:so\s+|sehr\s+)?"
    r"(?:hei(?:ss|ß)|kalt|warm)|(?:so|voll)\s+(?:hei(?:ss|ß)|kalt))(?:\s+(?:hier|heute))*",
    r"(?:hier\s+)?(?:sneeuwt\s+het|het\s+sneeuwt|regent\s+het|het\s+regent|is\s+het\s+(?:zo\s+|erg\s+)?"
    r"(?:warm|heet|koud))(?:\s+(?:hier|vandaag))*",
    r"(?:у\s+нас|тут|здесь)?\s*(?:(?:идет|идёт)\s+)?(?:снег|дождь|жара|холодно|жарко|холод)"
    r"(?:\s+(?:тут|здесь|сегодня|у\s+нас))*",
    r"(?:الجو\s+)?(?:حر|برد|مطر|ثلج|حار|بارد)(?:\s+(?:جدا|اوي|مرة|موت))?(?:\s+(?:هنا|عندنا|عندي|النهارده|اليوم))*",
    r"(?:आज\s+)?(?:यहाँ\s+|यहां\s+)?(?:बहुत\s+)?(?:गर्मी|ठंड|ठंडी|बारिश|धूप)(?:\s+(?:है|हो\s+रही\s+है|पड़\s+रही\s+है))?"
    r"(?:\s+(?:यहाँ|यहां|आज))*",
    r"(?:aaj\s+)?(?:yahan\s+)?(?:bahut\s+)?(?:garmi|thand|baarish|barish)(?:\s+(?:hai|ho\s+rahi\s+hai))?(?:\s+(?:yahan|aaj))*",
    r"(?:di\s+sini\s+)?(?:lagi\s+)?(?:panas|dingin|hujan)(?:\s+(?:banget|bgt|sekali|deres))?(?:\s+(?:di\s+sini|hari\s+ini))*",
    r"(?:burada|burda)?\s*(?:cok\s+)?(?:sicak|soguk|kar\s+yagiyor|yagmur\s+yagiyor)",
    # All is well here.
    r"(?:all|everything(?:'?s)?)\s+(?:good|fine|well|ok)\s+(?:here|over\s+here|on\s+my\s+side)",
    r"(?:qui\s+)?tutto\s+(?:bene|ok|a\s+posto)(?:\s+qui)?|(?:por\s+)?(?:aqui|aca)\s+todo\s+(?:bien|tranqui)",
    r"aqui\s+(?:ta\s+)?tudo\s+(?:bem|certo|tranquilo)|ici\s+tout\s+va\s+bien|hier\s+alles\s+(?:gut|ok|goed|prima)",
    r"у\s+нас\s+вс[её]\s+(?:хорошо|нормально|ок)|(?:كله|كلو|كل\s+شي|كل\s+شيء)\s+(?:تمام|بخير|زين|تمام\s+التمام)"
    r"(?:\s+(?:هنا|عندي|عندنا))?",
    r"(?:यहाँ|यहां)\s+सब\s+(?:ठीक|बढ़िया|बढिया)(?:\s+है)?|yahan\s+sab\s+(?:theek|badhiya|badiya)(?:\s+hai)?",
    r"di\s+sini\s+(?:aman|baik)(?:\s+semua)?|burada\s+her\s+sey\s+yolunda",
    # The hour where one is: "it's 2am here", "الساعة ٢ الفجر عندي".
    r"(?:it'?s|its)\s+\d{1,2}\s*(?:am|pm)\s+(?:here|for\s+me)",
    r"(?:الساعة\s+)?\d{1,2}\s+(?:الفجر|بالليل|الصبح|بليل)\s+(?:عندي|عندنا|هنا)",
    r"(?:qui\s+)?sono\s+le\s+\d{1,2}\s+di\s+notte(?:\s+qui)?|(?:aqui\s+)?son\s+las\s+\d{1,2}\s+de\s+la\s+"
    r"(?:madrugada|manana)(?:\s+aqui)?",
    r"(?:यहाँ|यहां)\s+रात\s+के\s+\d{1,2}\s+बजे\s+हैं",
)
# fmt: on
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d"
_SPLIT = re.compile(rf"\s*(?:[,;:!.…?؟،]+|\s[-–—]+|[–—]+|[{_EMOJI}]+)\s*")


@cache
def _remark() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A remark as a whole piece, ending a piece, and starting one."""
    body = "|".join(f"(?:{fold(p)})" for p in _REMARKS)
    said = rf"(?:{_LEAD}\s+)*(?:{body})"
    return (
        re.compile(rf"^{said}$"),
        re.compile(rf"^(?P<rest>.+?)\s+{said}$"),
        re.compile(rf"^{said}\s+(?P<rest>.+)$"),
    )


def remarks_cut(text: str) -> list[str] | None:
    """The pieces of `text` that are no remark, when some piece is one; None when none is.

    A remark may share a piece with a greeting ("सुप्रभात सब को आज बहुत गर्मी है यहाँ"): the
    greeting is kept as a piece of its own.
    """
    kept, cut = [], False
    for piece in (p for p in _SPLIT.split(text) if p.strip()):
        folded = " ".join(fold(piece).split())
        whole, ending, starting = _remark()
        if whole.match(folded):
            cut = True
            continue
        m = ending.match(folded) or starting.match(folded)
        cut = cut or m is not None
        kept.append(m["rest"] if m is not None else piece)
    return kept if cut else None
