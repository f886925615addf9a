"""Tell which of FlowHub's twelve languages a chat message is written in.

Script decides first: Arabic letters are Arabic, Devanagari is Hindi, Cyrillic is Russian (the
only Cyrillic language here). Latin text is Hinglish when enough of its words are Hindi ones
(statistical detectors read Latin-script Hindi as Indonesian, English or Turkish); the rest goes
to py3langid's naive Bayes model restricted to the nine Latin-script languages. Text with no
language in it ("ok", "👍", "9am") gives None, and so does a close call the person's known
language (`hint`) cannot settle.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise
from typing import Protocol

__all__ = ["LANGUAGES", "detect_language"]

LANGUAGES: tuple[str, ...] = (
    "en", "es", "pt", "fr", "de", "it", "nl", "id", "hi", "tr", "ru", "ar",
)  # fmt: skip
_LATIN = ("en", "es", "pt", "fr", "de", "it", "nl", "id", "tr")

# Below these the model's answer is a guess: fewer letters, or a lower share of the probability.
_MIN_LETTERS = 4
_SURE = 0.50
# A few words that could be English ("how do I connect") are no sure sign of another language.
_FEW_WORDS = 4
_ENGLISH_SHARE = 0.20
# With a hint, the hinted language wins while its probability is at least this share of the top;
# a short message ("il report l'ho finito") keeps it on a smaller share.
_HINT_SHARE = 0.50
_SHORT_WORDS = 6
_HINT_SHARE_SHORT = 0.30
# English words are mixed into chats in every language ("besok deadline submit proposal ke
# client"): when English comes first, the hinted language keeps the message on a small share.
_HINT_SHARE_OVER_EN = 0.15

# Letters plus the combining signs Devanagari and Arabic words are spelt with.
_WORD = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0963\u0971-\u097f])+"
    r"(?:'[^\W\d_]+)?"
)
_SCRIPTS = (
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#]\w+|\S+@\S+\.\w+")
# Chat tokens every language uses; they carry no language.
_NEUTRAL = re.compile(
    r"(?:ok(?:ay|ey|i)?|k+|lol+|x?d+|(?:ha|he|hi|ja|je|ka|wk|rs|kk){2,}h?|h+m+|a+h+|o+h+|w+o+w+|"
    r"omg|brb|btw|pls|plz|tks|thx|am|pm|h|hr|hrs|min|mins|hi|hey|hello|bye|yes|no"
    # Product names read the same in every language ("Trello" looks Italian to the model).
    r"|trello|asana|jira|todoist|notion|clickup|github|gitlab|hubspot|pipedrive|salesforce"
    r"|slack|telegram|whatsapp|zoom|gmail|outlook|excel|google)",
)
# Latin-script Hindi: words no other language here uses, and short function words that only
# count beside them ("Rahul ko bolo" has both).
_HINGLISH_STRONG_TEXT = """
    hai hain hoga hogi karna karni karne karo kardo kar krna krdo kro karwana karwani karenge
    karunga karungi kijiye bolo bol dena dedo lena lelo lana jana jaana chahiye kya kyu kyun kyon
    nahi nahin nhi aaj kal parso subah shaam sham raat dopahar baje bajey baad pehle mujhe mera
    meri mere humko tumko aapko yaad dilana dila dilao gaya gayi gaye diya liya tha thi bhai yaar
    accha acha achha theek thik haan abhi jaldi kuch kab kahan kaise kaun dikhao batao bhejo bhej
    bhejna bhejni agle agli hafte mahine roz rozana sahi galat somvar somwar mangalvar mangalwar
    budhvar budhwar guruvar guruwar shukravar shukrawar shanivar shaniwar ravivar raviwar itvaar
    doge dunga dungi karega karegi sakte sakta sakti chalo wala wali waale maine humne tumne
    bhar bhara bhari rakh rakho rakhna mil gayi karke aaya aayi aaye laaya laayi
    hoon hu bahar wapas vapas kholo kiske kiska kiski liye isko usko unko mujhse raha rahi rahe
    arre arey bana banao banado saath sath uske iske unke rakhna kardena krdena
    dekhega dekhegi sambhalega sambhalegi
    """
_HINGLISH_WEAK_TEXT = (
    "ko ka ki ke se mein me tak aur bhi ho hi par pe sab tum aap hum main ise ye yeh"
)
# The case words among them, which no other language here writes alone, and the short verbs
# that go with them: "sam ko de do", "aur priya ko de do".
_HINGLISH_CASE = frozenset(["ko", "ka", "ki", "ke", "se", "mein", "tak", "aur"])
_HINGLISH_SHORT_VERBS = frozenset(["de", "do", "le", "li"])
_HINGLISH_PAIRS = frozenset([("le", "li"), ("de", "di"), ("le", "liya"), ("de", "diya")])
_HINGLISH_STRONG = frozenset(_HINGLISH_STRONG_TEXT.split())
_HINGLISH_WEAK = frozenset(_HINGLISH_WEAK_TEXT.split())


# Short words only one of the Latin-script languages here writes: a short message with one, that
# the model also ranks first, is that language even for someone known to write another ("geri al").
_OWN_SHORT_WORDS = {
    "tr": "geri iptal kaydet evet hayir hayır lutfen lütfen bitti yaptim yaptım tamamdir tamamdır",
    "id": "simpan batal selesai udah sudah belum tolong hapus dong kok sih banget",
    "pt": "obrigado obrigada valeu beleza pronto tarefas",
    "fr": "merci ouais oui d'accord annule tâches taches",
}
_OWN_SHORT = {lang: frozenset(text.split()) for lang, text in _OWN_SHORT_WORDS.items()}
# Everyday chat words, spelt as people type them, that only one of these languages writes: the
# model reads "oye, me dices q me falta?" as French; "oye" and "q" are Spanish.
_MARKER_WORDS = {
    "es": "oye porfa xfa xq onda ahorita neta wey güey hoy mañana manana pasado recuerdame"
    " recuérdame recordame pendiente pendientes tengo dices puedes podes gracias",
    "pt": "vc vcs você voce hoje amanhã amanha lembra lembre tenho obrigado obrigada valeu beleza"
    " tb tbm também tambem pra pfv blz vlw né não nao essa esse terça terca quarta sexta obg",
    "it": "oggi domani dopodomani ricordami ricorda cmq xké perché grazie allora fatto",
    "fr": "aujourd'hui demain rappelle rappelle-moi stp svp merci ouais",
    "de": "heute übermorgen erinnere erinner bitte danke nicht ich habe",
    "nl": "vandaag overmorgen herinner bedankt graag niet ik heb",
    "tr": "bugün bugun yarın yarin hatırlat hatirlat lütfen lutfen evet",
    "id": "besok lusa ingatkan tolong udah sudah belum dong",
}
_MARKERS = {lang: frozenset(text.split()) for lang, text in _MARKER_WORDS.items()}
# A marked language needs this share of the model's top probability to win over it.
_MARKER_SHARE = 0.20


class _Ranker(Protocol):
    def rank(self, text: str) -> list[tuple[str, float]]: ...


def detect_language(text: str, *, hint: str | None = None) -> str | None:
    """ISO 639-1 code of the message's language among LANGUAGES, or None when it can't be told."""
    return _detected(text, hint)


# A message's language is asked for by many readers of the same message.
@lru_cache(maxsize=4096)
def _detected(text: str, hint: str | None) -> str | None:
    clean = _NOISE.sub(" ", text)
    words = [w.lower() for w in _WORD.findall(clean)]
    words = [w for w in words if not _NEUTRAL.fullmatch(w)]
    letters = sum(len(w) for w in words)
    if not words:
        return None
    script = _script(words)
    if script is not None:
        return script
    if _is_hinglish(words, hinted=hint == "hi"):
        return "hi"
    if letters < _MIN_LETTERS:
        return None
    ranked = _ranker().rank(" ".join(words))
    top, p_top = ranked[0]
    if hint == top:
        return top
    marked = _marked(words, ranked, hint)
    if marked is not None:
        return marked
    if hint in _LATIN and len(words) <= _SHORT_WORDS and _own_words(words, top, hint):
        return top
    if hint in _LATIN:
        p_hint = next(p for lang, p in ranked if lang == hint)
        short = len(words) <= _SHORT_WORDS and hint != "en"  # English is everyone's default
        share = _HINT_SHARE_SHORT if short else _HINT_SHARE
        if p_hint >= (_HINT_SHARE_OVER_EN if top == "en" else share) * p_top:
            return hint
    if len(words) <= _FEW_WORDS and top != "en" and hint in (None, "en"):
        p_en = next(p for lang, p in ranked if lang == "en")
        if p_en >= _ENGLISH_SHARE * p_top:
            return None
    return top if p_top >= _SURE else None


def _marked(words: list[str], ranked: list[tuple[str, float]], hint: str | None) -> str | None:
    """The one language whose chat words the message uses, when the model does not rule it out
    and the person's known language has none of its own words in the message."""
    langs = {lang for lang, marks in _MARKERS.items() if any(w in marks for w in words)}
    if len(langs) != 1 or hint in langs:
        return None
    (lang,) = langs
    p_top = ranked[0][1]
    p_lang = next(p for name, p in ranked if name == lang)
    return lang if p_lang >= _MARKER_SHARE * p_top else None


def _own_words(words: list[str], top: str, hint: str) -> bool:
    """Whether the words say `top` and nothing says `hint`: "geri al" is Turkish, whoever writes."""
    return any(w in _OWN_SHORT.get(top, ()) for w in words) and not any(
        w in _OWN_SHORT.get(hint, ()) for w in words
    )


def _script(words: list[str]) -> str | None:
    """ar, hi or ru for text in Arabic, Devanagari or Cyrillic letters; None for Latin.

    English words are often mixed into such messages and rarely the other way round, so a
    fifth of the letters in another script is enough.
    """
    joined = "".join(words)
    counts = {lang: len(rx.findall(joined)) for lang, rx in _SCRIPTS}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= max(2, len(joined) // 5) else None


def _is_hinglish(words: list[str], *, hinted: bool) -> bool:
    """Enough Hindi words; for someone known to write Hindi, one unmistakable word is enough,
    or half the words short Hindi ones ("sam ko de do")."""
    strong = sum(w in _HINGLISH_STRONG for w in words)
    weak = sum(w in _HINGLISH_WEAK for w in words)
    short = weak + sum(w in _HINGLISH_SHORT_VERBS for w in words)
    if hinted and not strong and short >= 2 and short * 2 >= len(words):
        return any(w in _HINGLISH_CASE for w in words)
    if hinted:  # "le li", "de di": a done verb pair, two Hindi words ("maine tablets le li")
        weak += 2 * sum(pair in _HINGLISH_PAIRS for pair in pairwise(words))
    if (strong + weak) * 3 < len(words) or not strong:
        return False
    return hinted or strong + weak >= 2


@cache
def _ranker() -> _Ranker:
    """py3langid's model cut down to the Latin-script languages (loaded on first use)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(list(_LATIN))
    # A fresh identifier over copies of the kept columns lets the full 97-language table go.
    return LanguageIdentifier(
        full.nb_ptc.copy(),
        full.nb_pc.copy(),
        list(full.nb_classes),
        full.tk_nextmove,
        full.tk_output,
        norm_probs=True,
        tk_row=full.tk_row,
    )
