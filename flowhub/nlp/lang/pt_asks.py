"""Portuguese ways to hand a task to someone: "fala pro sam comprar ...", "pede pra Ana ..."."""

from __future__ import annotations

import re
import unicodedata

from flowhub.nlp.lang.pt_chat import WORDS

ASKS = (
    r"(?:fala|fale|diz|diga|pede|pe[çc]a|avisa|avise|manda|lembra)\s+(?:pr[oa]|pra|para\s+[oa]|para"
    r"|ao|[àa])\s+{name}\s*,?\s+(?:que\s+|q\s+|pra\s+|para\s+)?",
    r"(?:[ao]\s+)?{name}\s+(?:tem\s+que|tem\s+q|tem\s+de|precisa(?:\s+de)?|deve|vai)\s+",
    # "ana revisar o contrato": a name then what to do, in the infinitive.
    r"(?:[ao]\s+)?{name}\s+(?=[^\W\d_]{3,}(?:ar|er|ir)\b)",
    # "e que a ana revise o contrato": what she is to do, in the subjunctive.
    r"(?:que|q)\s+(?:[ao]\s+)?{name}\s+",
)
CONJUNCTIONS = r"e|tamb[eé]m|ah|ok|pf|pfv|anota(?:\s+a[ií])?\s*:?|anote\s*:?|e\s+tamb[eé]m|beleza"
SELF = (r"(?:eu\s+)?(?:tenho\s+que|tenho\s+q|tenho\s+de|preciso|devo)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {"hj": "hoje"}

# What is asked of someone in the subjunctive ("que a Ana revise") reads as the infinitive.
_IRREGULAR = {
    "faca": "fazer", "traga": "trazer", "diga": "dizer", "ponha": "pôr", "veja": "ver",
    "va": "ir", "tenha": "ter", "venha": "vir", "peca": "pedir", "consiga": "conseguir",
    "leia": "ler", "saiba": "saber", "escolha": "escolher", "ouca": "ouvir",
}  # fmt: skip


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


_VERBS = frozenset(_plain(v) for v in WORDS.verbs)


def _infinitive(m: re.Match[str]) -> str:
    word = m.group(0)
    low = _plain(word.lower())
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    stem = low[:-1]
    if low.endswith("e"):
        options = [stem + "ar"]
        if stem.endswith("qu"):
            options.append(stem[:-2] + "car")
        elif stem.endswith("gu"):
            options.append(stem[:-2] + "gar")
        elif stem.endswith("c"):
            options.append(stem[:-1] + "car")
    else:
        options = [stem + "er", stem + "ir"]
    return next((o for o in options if o in _VERBS), word)


ENDINGS = ((r"^[^\W\d_]+[ae](?=\s|$)", _infinitive),)
