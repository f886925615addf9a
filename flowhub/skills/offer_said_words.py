"""Taking on or turning down a task one was given, in the words people use beyond a plain yes or
no: "eu trato disso", "das Dubai-Angebot übernehm ich", "me ne occupo io"; "die flüge mach ich
nicht", "lehne ich ab", "les vols je ne les fais pas", "that stays with sam".

Each language's patterns sit in a tuple by code; a message is read against all of them, since a
short answer rarely tells its language. A no wins over a yes said in the same message.
"""

from __future__ import annotations

import re

__all__ = ["accepts", "declines"]

# Letters of any script, so a word edge holds in Devanagari, Cyrillic and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"
_IT = r"(?:it|that|this|them)(?:\s+one)?"

_ACCEPTS: dict[str, tuple[str, ...]] = {
    "en": (
        rf"i'?ll\s+(?:handle|take\s+care\s+of|deal\s+with|sort\s+out)\s+{_IT}",
        r"leave\s+it\s+(?:to|with)\s+me",
        r"i'?ll\s+take\s+(?:it|that|this)\s+on",
    ),
    "pt": (
        r"(?:eu\s+)?trato\s+(?:disso|disto|dessa|desse|eu)",
        r"(?:eu\s+)?cuido\s+(?:disso|disto|dessa|desse|eu)",
        r"(?:eu\s+)?me\s+encarrego",
        r"(?:eu\s+)?fico\s+com\s+(?:isso|ele|ela|essa|esse)",
        r"pode\s+contar\s+comigo",
        r"deixa\s+(?:que|q)\s+eu\s+(?:fa[cç]o|trato|cuido|resolvo)",
        r"(?:eu\s+)?pego\s+(?:essa|esse|isso|ela|ele|eu)",  # "blz, eu pego essa dos vistos"
    ),
    "es": (
        r"(?:yo\s+)?me\s+ocupo",
        r"cuenta\s+conmigo",
        r"(?:yo\s+)?lo\s+hago\s+yo",
    ),
    "fr": (
        r"je\s+m['’]\s*en\s+(?:occupe|charge)",
        r"je\s+g[eè]re",
        r"c['’]est\s+(?:bon\s+)?pour\s+moi",
    ),
    "de": (
        r"[uü]bernehm(?:e)?\s+ich",
        r"ich\s+[uü]bernehm(?:e)?",
        r"(?:ich\s+)?k[uü]mmer(?:e)?\s+mich(?:\s+(?:drum|darum))?",
        r"mach(?:e)?\s+ich(?:\s+gern(?:e)?)?(?:\s+(?:das|es))?\s*$",
    ),
    "it": (r"me\s+ne\s+occupo(?:\s+io)?", r"(?:lo|la|li|le)\s+faccio\s+io"),
    "nl": (
        r"(?:ik\s+)?regel\s+(?:ik\s+)?(?:het|'t|dat|hem)",
        r"ik\s+pak\s+(?:het|'t|hem|dat)(?:\s+op)?",
        r"pak\s+ik\s+op",
    ),
    "tr": (r"(?:ben\s+)?ilgilenirim", r"hallederim", r"üstlenirim", r"ustlenirim", r"bende"),
    "ru": (r"займусь", r"беру\s+на\s+себя", r"возьму\s+на\s+себя"),
    "id": (
        r"(?:aku|saya|gue|gw)\s+(?:yang\s+|yg\s+)?(?:urus|urusin|handle|tangani)",
        r"siap\s+(?:laksanakan|kerjakan|aku\s+kerjain)",
    ),
    "hi_Latn": (
        r"(?:main|mai)\s+(?:sambhal|dekh)\s+(?:lunga|lungi|loonga|loongi)",
        r"ho\s+jayega",
    ),
    "hi": (r"मैं\s+देख\s+(?:लूंगा|लूँगा|लूंगी|लूँगी)",),
    "ar": (r"خليها\s+علي(?:ّ)?", r"[أا]نا\s+(?:هتولاها|هتابعها|هتكفل\s+بيها|سأتولاها)"),
}

_DECLINES: dict[str, tuple[str, ...]] = {
    "en": (
        r"i'?m\s+not\s+(?:doing|taking|handling)",
        r"(?:that|it|this)(?:\s+one)?\s+stays\s+with",
        r"i\s+(?:decline|refuse|pass\s+on)",
        r"not\s+my\s+(?:job|thing)",
    ),
    "de": (
        r"mach(?:e)?\s+ich\s+nicht",
        r"ich\s+mach(?:e)?\s+(?:das|die|den|es|sie)\s+nicht",
        r"[uü]bernehm(?:e)?\s+ich\s+nicht",
        r"lehn(?:e)?\s+ich(?:\s+\S+){0,3}\s+ab",
        r"ich\s+lehn(?:e)?(?:\s+\S+){0,3}\s+ab",
        r"bleibt\s+bei\s+\w+",
        r"nicht\s+mein(?:e)?\s+(?:ding|job|sache|aufgabe)",
    ),
    "pt": (
        r"n[aã]o\s+(?:vou\s+)?fa(?:[cç]o|zer)(?:\s+(?:isso|essa|esse|n[aã]o))?",
        r"n[aã]o\s+(?:fico|pego|trato)",
        r"passo\s+(?:essa|esta|a\s+vez)",
        r"fica\s+com\s+(?:ele|ela|o\s+\w+|a\s+\w+)",
    ),
    "es": (
        r"no\s+(?:lo|la|los|las)\s+(?:hago|voy\s+a\s+hacer)",
        r"no\s+me\s+(?:lo|la)\s+quedo",
        r"paso\s+de",
    ),
    "fr": (
        r"je\s+(?:ne\s+)?(?:le|la|les|l['’])\s*fais\s+pas",
        r"je\s+(?:ne\s+)?m['’]\s*en\s+occupe\s+pas",
        r"pas\s+pour\s+moi",
    ),
    "it": (r"non\s+(?:lo|la|li|le)\s+faccio", r"non\s+me\s+ne\s+occupo", r"non\s+fa\s+per\s+me"),
    "nl": (
        r"doe\s+ik\s+niet",
        r"ik\s+doe\s+(?:het|dat|die|'t|hem)\s+niet",
        r"neem\s+ik\s+niet",
        r"wijs\s+(?:ik\s+)?(?:het\s+|dat\s+)?af",
    ),
    "tr": (r"yapmayaca[gğ][iı]m", r"yapmam", r"ilgilenemem", r"üstlenemem", r"ustlenemem"),
    "ru": (r"не\s+буду", r"не\s+возьму", r"не\s+займусь"),
    "id": (r"(?:nggak|ngga|gak|ga|tidak)\s+(?:mau|ambil|ngerjain|kerjain|urus)",),
    "hi_Latn": (
        r"nahi\s+(?:karunga|karungi|karoonga|karoongi|lunga|lungi)",
        r"(?:main|mai)\s+nahi\s+kar\s+(?:sakta|sakti|paunga|paungi)",
        r"decline\s+kar\s+(?:raha|rahi|rha|rhi|rahe|diya|di|do|dunga|dungi)",
    ),
    "hi": (r"नहीं\s+(?:करूंगा|करूँगा|करूंगी|करूँगी)",),
    "ar": (r"مش\s+هعمل(?:ها|ه)?", r"لن\s+[أا]فعل(?:ها|ه)?"),
}


def _joined(table: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    alternatives = "|".join(p for ps in table.values() for p in ps)
    return re.compile(rf"(?<![{_L}])(?:{alternatives})(?![{_L}])", re.I | re.M)


_ACCEPT = _joined(_ACCEPTS)
_DECLINE = _joined(_DECLINES)


def accepts(text: str) -> bool:
    """Whether `text` takes the task on in one of the wider phrasings, and does not refuse it."""
    return _ACCEPT.search(text) is not None and not declines(text)


def declines(text: str) -> bool:
    """Whether `text` turns the task down in one of the wider phrasings."""
    return _DECLINE.search(text) is not None
