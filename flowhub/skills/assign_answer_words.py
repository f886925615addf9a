"""Saying yes or no to a task one was given, in any language the bot speaks: "kabul", "annehmen",
"aceito", "беру", "theek hai main kar lungi"; "nein, schaff ich nicht", "yapamam", "não dá".

Each language's words sit in a dict by code and a message is read against all of them, since a
short answer rarely tells its language. The Accept and Decline buttons' own labels, typed in any
language, count as pressing them. A no wins over a yes said in the same message.
"""

from __future__ import annotations

import re
from functools import cache

from flowhub.i18n import LOCALES, localized, use_locale
from flowhub.skills import group_claim_words, words

# Letters of any script, so a word edge holds in Devanagari, Cyrillic and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"

# Words that accept wherever they stand in the answer ("… teklif işini kabul ediyorum").
ACCEPTS: dict[str, list[str]] = {
    "en": [
        r"^\W*(?:i\s+)?accept(?:ed|ing)?(?:\s+(?:it|this|that)(?:\s+one)?)?\W*$",
        # "fine, accepting, but only this week", "yeah fair, accept": a yes, then a grumble
        r"^\W*(?:(?:ok(?:ay)?|fine|yeah|yes|yep|ya|sure|alright|ugh|sigh|fair|whatever|meh|so"
        r"|then|well|hmm+|i\s+guess)[^\w'’]+)+(?:i\s+|i'?ll\s+|i\s+will\s+)?accept(?:ed|ing)?"
        r"(?:\s+(?:it|this|that)(?:\s+one)?)?(?=\W*$|\s*[,.;!…—–]|\s+-\s|\s+but\b)",
        r"^\W*(?:i\s+|i'?ll\s+|i\s+will\s+)?accept(?:ed|ing)?(?:\s+(?:it|this|that)"
        r"(?:\s+one)?)?(?=\s*[,.;!…—–]|\s+-\s|\s+but\b)",
        r"i\s+meant\s+yes",
        r"yes\s+to\s+the",
        # "yep mine", "that's mine now": said to the task handed over, it is taken on
        r"^\W*(?:(?:ok(?:ay)?|yep|yes|yeah|ya|yup|sure|fine|alright|cool)[^\w'’]+)*"
        r"(?:(?:it'?s|its|that'?s|thats|this\s+one'?s)\s+)?(?:all\s+)?mine"
        r"(?:\s+(?:now|obvs?|ofc|then|yes|for\s+sure))?[^\w'’]*$",
    ],
    "tr": [r"kabul(?:\s+(?:ediyorum|ettim|ederim|et))?", r"üstleniyorum", r"ustleniyorum"],
    "de": [
        r"annehmen",
        r"angenommen",
        r"nehm(?:e)?\s+ich(?:\s+\S+){0,3}\s+an",
        r"ich\s+nehm(?:e)?(?:\s+\S+){0,3}\s+an",
        # "… und nimm die venue an": taking on the task offered, said as an ask
        r"nimm(?:\s+\S+){0,4}\s+an\b",
    ],
    "pt": [
        r"aceit(?:o|ar|ado|ei|a\s+(?:a|o|essa|esse)\b)",
        r"deixa\s+comigo",
        r"pode\s+deixar(?:\s+comigo)?",
        # "blz, eu pego essa", "fico com essa": the one offered, taken
        r"(?:eu\s+)?pego\s+(?:essa|esse)(?:\s+(?:a[ií]|tarefa))?(?=\W|$)",
        r"(?:eu\s+)?fico\s+com\s+(?:essa|esse)(?=\W|$)",
    ],
    "es": [
        r"acept(?:o|ar|ado|é|a\s+(?:la|el|esa|ese)\b)",
        r"me\s+(?:la|lo)\s+quedo",
        r"me\s+encargo",
        # "órale, ahorita te las mando": saying it will be done now takes it on
        r"^\W*[oó]rale\W*$",
        r"(?:te|se)\s+(?:lo|la|los|las)\s+(?:mando|env[ií]o|paso|hago|reviso)",
        r"ahorita\s+(?:lo|la|los|las)\s+(?:hago|mando|env[ií]o|reviso)",
    ],
    "fr": [r"j['’]\s*accepte", r"accept(?:e|er|é)", r"je\s+(?:le\s+|la\s+|les\s+)?prends"],
    "it": [r"accett(?:o|are|ato)", r"(?:lo|la)\s+prendo(?:\s+io)?", r"ci\s+penso\s+io"],
    "nl": [
        r"accepte(?:er|ren)",
        r"aannemen",
        r"(?:ik\s+)?neem\s+(?:hem|'m|het|die|dat)(?:\s+wel)?",
        r"(?:ik\s+)?doe\s+(?:hem|'m|het|dat)(?:\s+wel)?",
    ],
    "ru": [r"беру", r"возьму", r"принимаю", r"принять", r"принято", r"сделаю"],
    "id": [
        r"(?:aku|saya|gue|gw)\s+(?:ambil|terima|kerjain|urus)",
        r"terima(?!\s+kasih)",
        r"diterima",
    ],
    "hi": [
        r"स्वीकार",
        r"मैं\s+कर\s+(?:लूंगा|लूँगा|लूंगी|लूँगी|दूंगा|दूंगी)",
        "मं(?:\u091c\u093c|\u095b|\u091c)ूर",  # "मंज़ूर", with the nukta either way
    ],
    "hi_Latn": [
        r"(?:main|mai|me)\s+kar\s+(?:lunga|lungi|loonga|loongi|dunga|dungi)",
        # "haan kar dungi, photos mere phone me hai": a yes, then "will do"
        r"(?:haan|haa|han|ha|haanji|ji|ok|okay|theek\s+hai|thik\s+hai|achha|accha|chalo)[\s,!.]+"
        r"(?:main\s+|mai\s+)?kar\s+(?:lunga|lungi|loonga|loongi|dunga|dungi|denge|lenge)",
        r"accept\s+(?:karta|karti|kar\s+liya)",
        r"manzoor",
        # "ubud wala theek hai, le liya": taken on, said to the task just given
        r"le\s+(?:liya|li|lunga|lungi|loonga|leta\s+(?:hu|hoon|hun)|leti\s+(?:hu|hoon|hun))",
        r"(?:main|mai)\s+(?:dekh|sambhal)\s+(?:lunga|lungi|loonga)",
    ],
    "ar": [
        r"[أا]قبل",
        r"قبول",
        r"قبلت(?:ها)?",
        r"موافق(?:ة)?",
        r"[أا]نا\s+(?:هعملها|اعملها|أعملها)",
    ],
}

# Words that say no to the task: "nein, schaff ich nicht", "yapamam", "não dá", "nahi ho payega".
DECLINES: dict[str, list[str]] = {
    "tr": [
        r"yapamam",
        r"yapamıyorum",
        r"yapamayacağım",
        r"yapamayacagim",
        r"hayır",
        r"hayir",
        r"olmaz",
        r"reddet(?:iyorum)?",
        r"redded(?:iyorum|ece[gğ]im)",
        r"kabul\s+etmiyorum",
        # "bunu alamam, bu hafta çok yoğunum": can't take it on
        r"alam(?:am|[ıi]yorum|ayaca[gğ][ıi]m)",
        r"[uü]stlenem(?:em|iyorum)",
        r"bakamam",
    ],
    "de": [
        r"nein",
        r"schaff(?:e)?\s+ich\s+nicht",
        r"ich\s+schaff(?:e)?\s+(?:das|es)\s+nicht",
        r"(?:ich\s+)?kann\s+(?:ich\s+)?(?:das\s+|es\s+)?nicht",
        r"geht\s+nicht",
        r"schaff(?:e)?\s+(?:ich\s+)?(?:das|es)(?:\s+\S+){0,4}?\s+nicht",
        r"ablehnen",
        r"lehne\s+ab",
        r"keine\s+zeit",
    ],
    "pt": [
        r"não\s+dá",
        r"nao\s+da",
        r"não\s+(?:posso|consigo|vou\s+conseguir)",
        r"nao\s+(?:posso|consigo)",
        r"recus(?:o|ar)",
        r"n(?:ã|a)o\s+(?:rola|vai\s+dar)",
        r"sem\s+chance",
    ],
    "es": [
        r"no\s+puedo",
        r"no\s+me\s+da\s+tiempo",
        r"rechaz(?:o|ar)",
        r"no\s+llego",
        r"no\s+voy\s+a\s+poder",
    ],
    "fr": [
        r"je\s+(?:ne\s+)?peux\s+pas",
        r"je\s+(?:ne\s+)?pourrai\s+pas",
        r"je\s+(?:ne\s+)?vais\s+pas\s+pouvoir",
        r"j['’]\s*peux\s+pas",
        r"pas\s+possible",
        r"(?:[cç]a\s+)?(?:va\s+)?pas\s+le\s+faire",
        r"refus(?:e|er)",
        r"non",
    ],
    "it": [r"non\s+(?:posso|riesco|ce\s+la\s+faccio)", r"rifiut(?:o|are)"],
    "nl": [r"kan\s+(?:ik\s+)?(?:het\s+)?niet", r"lukt\s+(?:me\s+)?niet", r"nee", r"weiger(?:en)?"],
    "ru": [r"не\s+(?:могу|смогу|успею)", r"нет", r"отказ\w*"],
    "id": [
        r"(?:nggak|ngga|gak|ga|tidak|tak)\s+(?:bisa|sanggup|sempat|sempet|keburu)",
        r"tolak",
        r"nggak",
        r"tidak",
    ],
    "hi": [r"नहीं\s+(?:हो|कर)\s+पा\w*", r"नहीं", r"मना"],
    "hi_Latn": [
        r"nahi\s+(?:ho|kar)\s+pa\w*",
        r"nahin?\s+(?:ho|kar)\s+pa\w*",
        r"nahi",
        r"nahin",
        r"mana\s+kar\w*",
    ],
    "ar": [r"لا\s+[أا]ستطيع", r"ما\s+[أا]قدر", r"مش\s+هقدر", r"[أا]رفض", r"لا"],
}


def _joined(table: dict[str, list[str]]) -> re.Pattern[str]:
    alternatives = "|".join(p for ps in table.values() for p in ps)
    return re.compile(rf"(?<![{_L}])(?:{alternatives})(?![{_L}])", re.I)


_ACCEPT = _joined(ACCEPTS)
_DECLINE = _joined(DECLINES)
_EMOJI_PUNCT = re.compile(r"[^\w\s]+")


@cache
def _labels(label: str) -> frozenset[str]:
    """A button label as it reads in every language, without its emoji."""
    said: set[str] = set()
    for code in LOCALES:
        with use_locale(code):
            said.add(
                _plain(localized(words.ACCEPT_LABEL if label == "accept" else words.DECLINE_LABEL))
            )
    return frozenset(s for s in said if s)


def _plain(text: str) -> str:
    return " ".join(_EMOJI_PUNCT.sub(" ", text).split()).casefold()


def pressed(text: str) -> str | None:
    """ "accept" or "decline" when `text` is that button's label in some language, else None."""
    said = _plain(text)
    return next((b for b in ("accept", "decline") if said and said in _labels(b)), None)


def declines(text: str) -> bool:
    """Whether `text` says no to the task, in any language ("yapamam", "não dá")."""
    return pressed(text) == "decline" or _DECLINE.search(text.strip()) is not None


# A lone "no" word of another language ("non", "nein") only says no before a pause: "non c'è
# problema" is a yes.
_BARE_NO = frozenset(["nein", "non", "nee", "нет", "nahi", "nahin", "لا", "tidak", "nggak"])
_PAUSE = re.compile(r"^\s*(?:[,.!…;:]|$)")
_MOST_NO_WORDS = 10
# The longest words first, so "non riesco" is read whole, never as the bare "non".
_LONGEST_FIRST = sorted((p for ps in DECLINES.values() for p in ps), key=len, reverse=True)
_DECLINE_WHOLE = re.compile(rf"(?<![{_L}])(?:{'|'.join(_LONGEST_FIRST)})(?![{_L}])", re.I)


def says_no(text: str) -> bool:
    """A short no in any language that opens the message or closes it, as said to the one who
    asked: "não vou conseguir essa semana", "kann ich nicht, sorry", "bu hafta yapamam"."""
    said = text.strip()
    m = _DECLINE_WHOLE.search(said)
    if m is None or len(said.split()) > _MOST_NO_WORDS:
        return False
    if m[0].casefold() in _BARE_NO and not _PAUSE.match(said[m.end() :]):
        return False
    return len(said[: m.start()].split()) <= 2 or not re.search(r"\w", said[m.end() :])


def accepts(text: str) -> bool:
    """Whether `text` says yes to the task, in any language, and no word of it says no."""
    said = text.strip()
    if declines(said):
        return False
    if pressed(said) == "accept" or _ACCEPT.search(said) is not None:
        return True
    return group_claim_words.in_english(said) is not None
