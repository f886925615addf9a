"""A title said the way a task reads, when a language says what is to be done in another form.

Hindi asks with "दे"/"दो" after the verb ("रिपोर्ट भेज दे"); the task is "रिपोर्ट भेजना".

Russian hands a task over with "пусть" and the future ("пусть Прия закажет пиццу"); the task is
the infinitive: "Заказать пиццу".

Turkish says what someone is to do with "-sin" ("Sunumu hazırlasın", "kontrol etsin") and what
to be reminded of as "my doing it" ("bana annemi aramamı hatırlat"); a task reads as the plain
imperative: "Sunumu hazırla", "Kontrol et", "Annemi ara".
"""

from __future__ import annotations

import re

from flowhub.nlp._de_asked import german_asked
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang.hi_asked import plain_task
from flowhub.nlp.lang.ru_asks import FUTURE, infinitive
from flowhub.nlp.lang.tr_chat import LIGHT_NOUNS

__all__ = ["said_as_task"]

# The last word with its ending: "hazırla|sın", "ara|mamı", "gönder|meyi".
_TR_LAST = re.compile(
    r"(?<!\S)(?P<stem>[^\W\d_]{2,}?)(?:s[ıiuü]n(?:lar|ler)?|m[ae]m[ıi]|m[ae]y[ıi])(?P<end>[\s.!?]*)$"
)
# Words that only end like those forms: "kesin" (sure), "tamamı" (all of it), "hamamı".
_TR_NOT_VERBS = frozenset(
    ("kesin", "nesin", "sesin", "ersin", "yasin", "tamamı", "hamamı", "mamamı", "mamayı", "yamayı")
)
# What the writer needs to do: "aramam lazım", "ödememiz gerek", "göndermeliyim"; the task is
# the plain imperative ("ara", "öde", "gönder"), never the bare "aramam" (I don't call).
_TR_NEEDS = (
    re.compile(
        r"(?<!\S)(?P<word>(?P<stem>[^\W\d_]{2,}?)m[ae]m(?:[ıi]z)?)\s+(?:laz[ıi]m|gerek\w*|[şs]art)",
        re.I,
    ),
    re.compile(r"(?<!\S)(?P<word>(?P<stem>[^\W\d_]{2,}?)m[ae]l[ıi]y[ıi][mz])(?![^\W\d_])", re.I),
)
# Asking someone with "can you …?" or "will you …?": "gönderebilir misin?", "hazırlar mısın?".
_TR_ASKED = re.compile(r"\s+m[ıiuü]s[ıiuü]n(?:[ıiuü]z)?\b", re.I)
_TR_CAN = re.compile(r"(?P<stem>[^\W\d_]{2,}?)y?[ae]bilir(?:ler)?$", re.I)
_TR_WILL = re.compile(
    r"(?P<stem>[^\W\d_]{4,}?[^\W\d_aeıioöuü])[ıiuü]r$|(?P<open>[^\W\d_]{4,}[ae])r$", re.I
)
_TR_TO_ME = re.compile(r"^(?:bana|benim)\s+(?=\S)", re.I)
_TR_LETTERS = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
# "kontrol et", "iptal et": the title lost the "et" as another language's "and".
_TR_LIGHT_END = re.compile(r"(?<!\S)(?P<noun>[^\W\d_]+)[\s.!?]*$")


# "пусть Прия закажет ...", also as the command reader says it: "ask Прия to закажет ...".
_RU_LET = re.compile(r"(?<!\w)пусть(?!\w)|^\s*ask\s+\S+\s+to\s+(?=[а-яё])", re.I)
_RU_FUTURE = re.compile(FUTURE, re.I)
# A verb stem (ending in a consonant letter) then "give" as the asking word: "भेज दे", "कर दो".
_HI_ASKED = re.compile(r"(?<=[\u0915-\u0939\u093c])\s+(?:दे|दें|दो|देना|दीजिए|दीजिये)[\s।.!]*$")
# German and Dutch say what to be reminded of with "zu"/"te" before the verb ("den Lieferanten
# anzurufen", "de leverancier te bellen"); a task is the plain infinitive.
_ZU = re.compile(
    r"(?<!\S)(?:(?P<pre>an|ab|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zurück|um|durch"
    r"|weiter|zusammen)zu|(?P<lone>zu|te)\s+(?!(?:machen|kriegen|haben|sein)\b))"
    r"(?P<verb>[^\W\d_]{2,}(?:en|ern|eln))(?P<end>[\s.!?]*)$"
)


def said_as_task(title: str, said: str = "") -> str:
    """`title` with its verb in the form a task takes ("Sunumu hazırlasın" -> "Sunumu hazırla");
    `said` is the message it was read from."""
    if said and _RU_LET.search(said) and (future := _RU_FUTURE.match(title)):
        verb = infinitive(future.group(0))
        return verb[:1].upper() + verb[1:] + title[future.end() :]
    if said and detect_language(said) == "de" and (de_asked := german_asked(title)):
        return de_asked
    if asked := _HI_ASKED.search(title):
        return title[: asked.start()] + "ना"
    if hinglish := plain_task(title):
        return hinglish[:1].upper() + hinglish[1:]
    if (zu := _ZU.search(title)) and _zu_said(zu, detect_language(said or title)):
        verb = (zu.group("pre") or "") + zu.group("verb")
        return title[: zu.start()] + verb + zu.group("end")
    if said and (light := _light_verb(title, said)):
        return light
    if said and (need := _tr_need(title, said)) is not None:
        return need
    if said and (request := _tr_asked(title, said)) is not None:
        return request
    m = _TR_LAST.search(title)
    if m is None or len(m.group(0).strip()) < 5:
        return title
    if m.group(0).strip(" .!?").casefold() in _TR_NOT_VERBS:
        return title
    lang = detect_language(title)
    if lang not in ("tr", None) or (lang is None and not _TR_LETTERS.search(title)):
        return title
    text = _TR_TO_ME.sub("", title[: m.start()] + m.group("stem") + m.group("end"))
    return text[:1].upper() + text[1:]


def _light_verb(title: str, said: str) -> str | None:
    """ "Faturayı kontrol" read from "faturayı kontrol et" -> "Faturayı kontrol et"."""
    light = _TR_LIGHT_END.search(title)
    if light is None or light["noun"].casefold() not in LIGHT_NOUNS:
        return None
    if not re.search(rf"(?<!\S){re.escape(light['noun'])}\s+et(?![^\W\d_])", said, re.I):
        return None
    return f"{title[: light.end('noun')]} et"


def _tr_need(title: str, said: str) -> str | None:
    """ "Annemi aramam" read from "annemi aramam lazım" -> "Annemi ara"; None otherwise."""
    bare = title.rstrip(" .!?")
    for pattern in _TR_NEEDS:
        need = pattern.search(said)
        if need and bare.casefold().endswith(need["word"].casefold()) and len(need["stem"]) > 1:
            if detect_language(said) not in ("tr", None):
                return None
            text = bare[: len(bare) - len(need["word"])] + need["stem"]
            return text[:1].upper() + text[1:]
    return None


def _tr_asked(title: str, said: str) -> str | None:
    """ "Faturaları gönderebilir" read from "… gönderebilir misin?" -> "Faturaları gönder"."""
    bare = title.rstrip(" .!?")
    words = bare.split()
    if not words or _TR_ASKED.search(said) is None or detect_language(said) not in ("tr", None):
        return None
    found = _TR_CAN.match(words[-1]) or _TR_WILL.match(words[-1])
    if found is None:
        return None
    stem = found["stem"] or found["open"]
    if len(stem) <= 3 and stem.endswith("d"):
        stem = stem[:-1] + "t"  # "edebilir", "gidebilir": "et", "git"
    text = " ".join([*words[:-1], stem])
    return text[:1].upper() + text[1:]


def _zu_said(zu: re.Match[str], lang: str | None) -> bool:
    """Whether the "zu"/"te" form found is German's or Dutch's, in a message in that language."""
    lone = zu.group("lone")
    return lang in ("de", "nl", None) and (lone is None or (lone == "zu") == (lang != "nl"))
