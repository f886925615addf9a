"""Done and not-now said to a reminder that went off, in every language the bot speaks.

"c fait merci", "tirei, valeu!", "ले ली", "خلاص حجزت المطعم" say it is done; "nog niet, straks",
"ahorita no, en una hora", "позже" put it off. Each language's words sit in a dict by code; a
message is read against all of them, since a short reply rarely tells its language.
"""

from __future__ import annotations

import re

# Letters of any script, so a word edge holds in Devanagari and Arabic too.
_L = r"\w\u0900-\u097F\u0600-\u06FF'’"
_START = rf"(?<![{_L}])"
_END = rf"(?![{_L}])"

DONE: dict[str, list[str]] = {
    "fr": [r"c\s*fait", r"c'?est\s+fait", r"cest\s+fait", r"fait", r"fini", r"terminé", r"réglé"],
    "nl": [r"gedaan", r"klaar", r"gelukt", r"geregeld", r"betaald", r"is\s+gebeurd"],
    "de": [r"erledigt", r"gemacht", r"fertig", r"geschafft", r"bezahlt", r"ist\s+durch", r"erl\."],
    "es": [
        r"hecho",
        r"listo",
        r"lista",
        r"ya\s+está",
        r"ya\s+quedó",
        r"ya\s+lo\s+hice",
        r"terminé",
    ],
    "pt": [r"feito", r"já\s+fiz", r"ja\s+fiz", r"fiz", r"resolvido", r"concluído", r"já\s+era"],
    "it": [r"fatto", r"fatta", r"finito", r"sistemato", r"(?:l'|l’)ho\s+\w+"],
    "id": [r"sudah", r"udah", r"udh", r"sdh", r"dah", r"beres", r"selesai", r"kelar"],
    "ru": [r"готово", r"сделал[аои]?", r"сделано", r"выполнил[аи]?", r"всё\s+сделал[аи]?"],
    "tr": [r"tamamdır", r"tamamdir", r"bitti", r"bitirdim", r"tamamlandı", r"oldu\s+bu"],
    "hi": [
        r"(?:ले|कर|दे|भेज|हो)\s+(?:ली|लिया|दी|दिया|गया|गई|गयी)",
        r"ख़त्म",
        r"खत्म",
        r"पूरा\s+हो\s+गया",
    ],
    "hi_Latn": [
        r"ho\s+(?:gaya|gayi|gya|gyi|gai)",
        r"(?:kar|le|de|bhej)\s+(?:diya|di|liya|li|dia|lia)",
        r"khatam",
        r"khatm",
    ],
    "ar": [r"خلاص", r"تم", r"خلصت", r"خلصته", r"خلصتها", r"عملته", r"عملتها", r"انتهيت"],
}
# First-person past verbs, by their endings: "pagué", "tirei", "yaptım", "позвонил", "حجزت".
_PAST_ENDINGS = [
    r"\w{2,}[éí]",  # es/fr: pagué, llamé, payé, envoyé
    r"\w{3,}ei",  # pt: tirei, paguei, levei
    r"\w{2,}(?:d|t)(?:ı|i|u|ü)m",  # tr: yaptım, aldım, ödedim
    r"ge\w{3,}[dt]",  # de/nl: gekauft, gebeld, gestuurd
    r"ho\s+\w{2,}(?:at|it|ut)[oaie]",  # it: ho pagato, ho chiamato
    r"[а-яё]{3,}(?:ал|ала|ил|ила|ел|ела|ял|яла)",  # ru: купил, позвонила
    r"(?:حجزت|دفعت|عملت|اتصلت|كلمت|اشتريت|جبت|بعت|رحت|خلصت|سويت|رديت)",  # ar
]
_NOT_PAST = frozenset(
    ["café", "désolé", "bébé", "santé", "côté", "marché", "thé", "dabei", "polizei", "partei",
     "gesicht", "gewicht", "gedicht", "gehalt", "gebiet", "geburt", "gezond", "geduld", "gerät",
     "victim", "maxim", "aquí", "allí", "ahí", "así", "sí", "però", "perché", "più", "così"]
)  # fmt: skip

NOT_YET: dict[str, list[str]] = {
    "en": [r"not\s+yet", r"not\s+now", r"haven'?t", r"didn'?t", r"not\s+done", r"no", r"not"],
    "fr": [r"pas", r"non", r"pas\s+encore", r"pas\s+maintenant", r"pas\s+fait"],
    "nl": [r"nee", r"niet", r"nog\s+niet", r"niet\s+nu", r"niet\s+gedaan"],
    "de": [
        r"nein",
        r"nicht",
        r"noch\s+nicht",
        r"nicht\s+jetzt",
        r"nicht\s+erledigt",
        r"nicht\s+gemacht",
    ],
    "es": [r"todav[ií]a\s+no", r"a[uú]n\s+no", r"ahorita\s+no", r"ahora\s+no", r"no\s+lo\s+hice"],
    "pt": [r"n[aã]o", r"ainda\s+n[aã]o", r"agora\s+n[aã]o", r"n[aã]o\s+fiz"],
    "it": [r"non", r"non\s+ancora", r"ancora\s+no", r"non\s+ora", r"non\s+adesso", r"adesso\s+no"],
    "id": [r"belum", r"blm", r"blom", r"gak", r"nggak", r"ngga", r"tidak", r"ga"],
    "ru": [r"не", r"нет", r"ещё", r"еще", r"пока\s+нет"],
    "tr": [r"henüz", r"değil", r"olmaz", r"\w+m[ae]d[ıi]m"],
    "hi": [r"नहीं", r"नही", r"अभी\s+नहीं"],
    "hi_Latn": [r"nahi", r"nahin", r"nhi", r"abhi\s+nahi"],
    "ar": [r"لسه", r"لسا", r"مش", r"ما\s+\w+ت", r"ليس", r"لم"],
}
LATER: dict[str, list[str]] = {
    "fr": [r"plus\s+tard", r"pas\s+maintenant", r"pas\s+encore", r"tout\s+à\s+l'heure", r"tantôt"],
    "nl": [r"straks", r"later", r"nog\s+niet", r"niet\s+nu", r"zo\s*meteen", r"dadelijk"],
    "de": [r"später", r"nicht\s+jetzt", r"noch\s+nicht", r"nachher", r"gleich"],
    "es": [
        r"ahorita\s+no",
        r"ahora\s+no",
        r"m[aá]s\s+tarde",
        r"luego",
        r"despu[eé]s",
        r"al\s+rato",
    ],
    "pt": [r"agora\s+n[aã]o", r"mais\s+tarde", r"depois", r"daqui\s+a\s+pouco", r"ainda\s+n[aã]o"],
    "it": [
        r"pi[uù]\s+tardi",
        r"dopo",
        r"non\s+ora",
        r"non\s+adesso",
        r"adesso\s+no",
        r"tra\s+poco",
    ],
    "id": [r"nanti", r"ntar", r"entar", r"bentar", r"sebentar\s+lagi", r"belum"],
    "ru": [
        r"позже",
        r"попозже",
        r"потом",
        r"не\s+сейчас",
        r"пока\s+нет",
        r"ещё\s+нет",
        r"еще\s+нет",
    ],
    "tr": [r"sonra", r"daha\s+sonra", r"şimdi\s+değil", r"şimdi\s+olmaz", r"birazdan", r"ertele"],
    "hi": [r"अभी\s+नहीं", r"बाद\s+में", r"बाद\s+मे", r"थोड़ी\s+देर"],
    "hi_Latn": [r"abhi\s+nahi", r"abhi\s+nahin", r"baad\s+mein", r"baad\s+me", r"thodi\s+der"],
    "ar": [
        r"بعدين",
        r"مش\s+دلوقتي",
        r"مش\s+الحين",
        r"مو\s+الحين",
        r"ليس\s+الآن",
        r"لاحقا",
        r"لاحقاً",
    ],
}


def _union(forms: dict[str, list[str]]) -> re.Pattern[str]:
    every = sorted({f for words in forms.values() for f in words}, key=len, reverse=True)
    return re.compile(rf"{_START}(?:{'|'.join(every)}){_END}", re.I)


_DONE = _union(DONE)
_NOT_YET = _union(NOT_YET)
_LATER = _union(LATER)
_PAST = re.compile(rf"{_START}(?:{'|'.join(_PAST_ENDINGS)}){_END}", re.I)
_QUESTION = re.compile(r"[?؟]")


def says_later(text: str) -> bool:
    """Whether a reply to a reminder that went off puts it off: "nog niet, straks", "позже"."""
    return _LATER.search(text) is not None and not _QUESTION.search(text)


def says_done(text: str) -> bool:
    """Whether a reply to a reminder that went off says it is done, in any language."""
    if _QUESTION.search(text) or _NOT_YET.search(text) or says_later(text):
        return False
    if _DONE.search(text):
        return True
    return any(m.group().casefold() not in _NOT_PAST for m in _PAST.finditer(text))
