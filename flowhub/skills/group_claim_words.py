"""Taking something on, and a plain yes, said in a group in any language the bot speaks: "yo me
encargo", "ich übernehme das", "ci penso io", "я возьму", "main kar dunga"; "sí claro", "ja
gerne", "tamam".

Each language's words sit in a dict by code; a message is read against all of them, since a short
answer rarely tells its language. `in_english` gives the English the group skills read ("I'll take
it", "ok"), with a day said after it kept as it was said.
"""

from __future__ import annotations

import re

# Letters of any script, so a word edge holds in Devanagari and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"

CLAIMS: dict[str, list[str]] = {
    "es": [
        r"(?:yo\s+)?me\s+(?:encargo|ocupo)(?:\s+yo)?(?:\s+de\s+(?:eso|esto|ello))?",
        r"(?:yo\s+)?lo\s+hago(?:\s+yo)?",
        r"yo\s+(?:lo\s+)?(?:llevo|agarro|cojo|tomo)",
        r"d[eé]j(?:a|e)(?:me)?lo\s+a\s+m[ií]",
        r"para\s+m[ií]",
    ],
    "pt": [
        r"(?:eu\s+)?fa[çc]o(?:\s+(?:isso|isto|eu))?",
        r"deixa\s+comigo",
        r"pode\s+deixar(?:\s+comigo)?",
        r"(?:eu\s+)?cuido\s+disso",
        r"(?:eu\s+)?me\s+encarrego(?:\s+disso)?",
        r"eu\s+pego(?:\s+(?:essa|esse|isso))?",
    ],
    "fr": [
        r"je\s+m['’]\s*en\s+(?:occupe|charge)",
        r"(?:moi\s+)?je\s+(?:le|la|les)\s+fais",
        r"je\s+(?:le|la|les\s+)?prends",
        r"je\s+vais\s+(?:le|la|les)\s+faire",
        r"c['’]est\s+pour\s+moi",
        r"laisse[sz]?[\s-]+moi\s+(?:ça|ca)",
    ],
    "de": [
        r"ich\s+übernehm(?:e)?(?:\s+(?:das|es|dat))?",
        r"übernehm(?:e)?\s+ich",
        r"ich\s+mach(?:e)?(?:\s+(?:das|es|dat))?",
        r"mach(?:e)?\s+ich",
        r"ich\s+kümmer(?:e)?\s+mich(?:\s+(?:drum|darum))?",
        r"ich\s+nehm(?:e)?\s+(?:das|es)",
        r"nehm(?:e)?\s+ich",
    ],
    "it": [
        r"ci\s+penso\s+io",
        r"me\s+ne\s+occupo(?:\s+io)?",
        r"(?:lo|la)\s+faccio\s+io",
        r"faccio\s+io",
        r"(?:lo|la)\s+prendo\s+io",
    ],
    "nl": [
        r"ik\s+(?:doe|neem|pak|regel)\s+(?:het|dat|die)(?:\s+wel)?",
        r"(?:doe|neem|pak|regel)\s+ik(?:\s+wel)?",
        r"laat\s+maar\s+aan\s+mij(?:\s+over)?",
    ],
    "ru": [
        r"я\s+возьму(?:\s+(?:это|на\s+себя))?",
        r"возьму(?:\s+на\s+себя)",
        r"беру(?:\s+на\s+себя)?",
        r"я\s+(?:сделаю|займусь)(?:\s+(?:это|этим))?",
    ],
    "tr": [
        r"(?:ben\s+)?(?:hallederim|hallediyorum|yaparım|yaparim|alırım|alirim|ilgilenirim)",
        r"bende",
        r"bana\s+bırak(?:ın)?",
    ],
    "id": [
        r"(?:aku|saya|gue|gw)\s+(?:yang\s+)?(?:urus|kerjain|ambil|handle)(?:\s+(?:ya|aja))?",
        r"biar\s+(?:aku|saya|gue)(?:\s+(?:aja|yang\s+urus))?",
        r"(?:aku|saya)\s+aja",
    ],
    "ar": [
        r"[أا]نا\s+(?:ه|ح|س)?(?:عملها|عمله|اعملها|أعملها|اعمله|أعمله|أقوم\s+بها|اقوم\s+بها)",
        r"[أا]نا\s+(?:هتكفل|أتكفل|اتكفل|أتولى|اتولى)(?:\s+بها|\s+بيها)?",
        r"خليها\s+عل(?:ي|يا|يّ)",
    ],
    "hi": [
        r"मैं\s+(?:कर|देख)\s+(?:दूंगा|दूँगा|दूंगी|दूँगी|लूंगा|लूँगा|लूंगी|लूँगी)",
        r"मैं\s+ले\s+(?:लेता|लेती)\s+(?:हूं|हूँ)",
        r"मुझ\s*पर\s+छोड़\s+दो",
    ],
    "hi_Latn": [
        r"(?:main|mai|me|mein)\s+(?:kar|dekh)\s+(?:dunga|dungi|doonga|doongi|lunga|lungi|loonga)",
        r"(?:main|mai)\s+le\s+(?:leta|leti)\s+(?:hu|hoon|hun)",
        r"mujh\s*pe?\s+chhod\s+do",
    ],
}

# English, which the group skills read as said: "on it", "leave it with me", "dibs".
_CLAIMS_EN = [
    r"(?:i'?m\s+|i\s+am\s+)?on\s+(?:it|that|this)(?:\s+one)?",
    r"leave\s+(?:it|that|this)\s+(?:with|to)\s+me",
    r"dibs(?:\s+on\s+(?:it|that|this))?",
    r"i'?ll\s+(?:do|take|handle|grab|sort|cover)\s+(?:it|that|this)(?:\s+one)?",
]

YES: dict[str, list[str]] = {
    "es": [r"s[ií]", r"claro", r"vale", r"dale", r"de\s+acuerdo", r"perfecto"],
    "pt": [r"sim", r"claro", r"beleza", r"pode\s+ser", r"combinado", r"fechado"],
    "fr": [r"oui", r"ouais", r"d['’]accord", r"dac", r"ça\s+marche", r"pas\s+de\s+souci"],
    "de": [r"ja", r"jo", r"klar", r"gerne?", r"passt", r"alles\s+klar", r"geht\s+klar"],
    "it": [r"s[iì]", r"certo", r"va\s+bene", r"d['’]accordo", r"perfetto", r"volentieri"],
    "nl": [r"ja", r"prima", r"goed", r"is\s+goed", r"top", r"akkoord", r"zeker"],
    "ru": [r"да", r"конечно", r"ладно", r"хорошо", r"ок", r"договорились"],
    "tr": [r"evet", r"tamam", r"olur", r"tabii", r"tabi", r"peki"],
    "id": [r"ya", r"iya", r"oke", r"siap", r"boleh", r"bisa"],
    "ar": [r"نعم", r"أيوه", r"ايوه", r"تمام", r"ماشي", r"حاضر", r"أكيد", r"اكيد"],
    "hi": [r"हाँ", r"हां", r"ठीक\s+है", r"ज़रूर", r"जरूर", r"बिल्कुल"],
    "hi_Latn": [r"haan", r"haa+n?", r"theek\s+hai", r"thik\s+hai", r"zaroor", r"bilkul"],
}

_FILL = r"(?:ok(?:ay)?|okey|oke|👍|🙋|✋|!|¡|,)"
_CLAIM_ANY = "|".join(p for ps in CLAIMS.values() for p in ps)
_YES_ANY = "|".join(p for ps in YES.values() for p in ps)
# The one spoken to, named after a yes: "ok Ana je m'en charge", "sí Sam, yo me encargo".
_NAMED = r"(?-i:[A-Z][a-z]+)"
_YES_RUN = rf"(?:(?:{_YES_ANY}|{_FILL})(?![{_L}])[\s,.!¡]*)*(?:(?<=[\s,])(?:{_NAMED})[\s,.!]+)?"
# A claim, maybe after a yes ("sí, yo me encargo"), then maybe more ("…, el lunes").
_CLAIM = re.compile(
    rf"^[\s¡!]*{_YES_RUN}(?P<claim>(?:{_CLAIM_ANY}))(?![{_L}])(?P<rest>.*)$", re.I | re.S
)
_CLAIM_EN = re.compile(rf"^[\s¡!]*{_YES_RUN}(?:{'|'.join(_CLAIMS_EN)})[\s,.!👍🙂🙋✋]*$", re.I)
_YES = re.compile(rf"^[\s¡!]*(?:(?:{_YES_ANY})(?![{_L}])[\s,.!¡]*)+[\s.!👍🙂]*$", re.I)
# A no said after the claim words: "ich übernehme das projekt nicht", "je le fais pas".
_NOT = re.compile(
    rf"(?<![{_L}])(?:nicht|kein\w*|no|não|nao|pas|non|niet|geen|не|нет|değil|yok|tidak|nggak|gak"
    rf"|لا|مش|نہیں|नहीं|nahi|nahin|but|pero|mais|aber|ma|maar|но|ama|tapi|लेकिन)(?![{_L}])",
    re.I,
)
_REST_WORDS = 8
_DONE = re.compile(r"^[\s,.;:!…👍🙂🙋✋]*$")


def takes(text: str) -> bool:
    """Whether `text` only takes the thing on, in any language ("yo me encargo", "on it")."""
    if _CLAIM_EN.match(text.strip()):
        return True
    m = _CLAIM.match(text.strip())
    return m is not None and bool(_DONE.match(m["rest"]))


def in_english(text: str) -> str | None:
    """The English the group skills read for a claim or a plain yes said in another language:
    "yo me encargo el lunes" is "I'll take it, el lunes", "ja gerne" is "ok"; None otherwise."""
    said = text.strip()
    if _YES.match(said):
        return "ok"
    m = _CLAIM.match(said)
    if m is None:
        return None
    rest = m["rest"].strip()
    if _NOT.search(rest) or len(rest.split()) > _REST_WORDS:
        return None
    if _DONE.match(rest):
        return "I'll take it"
    return f"I'll take it, {rest.lstrip(',;:.!- ')}"
