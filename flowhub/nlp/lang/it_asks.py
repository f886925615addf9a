"""Italian ways to hand a task to someone: "anche sam deve ... x sabato", "di' a Ana di ..."."""

from __future__ import annotations

import re
import unicodedata

from flowhub.nlp.lang.it_chat import WORDS

ASKS = (
    r"(?:di'|dì|di|dici|chiedi|ricorda)\s+(?:a\s+)?{name}\s*,?\s+(?:di\s+|che\s+)",
    r"{name}\s+(?:deve|dovrebbe|ha\s+da)\s+",
    # "che Sam controlli il contratto": what he is to do, in the subjunctive.
    r"(?:che|ke)\s+{name}\s+",
)
CONJUNCTIONS = r"e|anche|poi|ah|ok"
SELF = (r"(?:io\s+)?(?:devo|dovrei|ho\s+da|mi\s+tocca)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {"x": "per", "cmq": "comunque"}

# What is asked of someone in the subjunctive ("che Sam controlli") reads as the infinitive.
_IRREGULAR = {
    "faccia": "fare", "vada": "andare", "dia": "dare", "stia": "stare", "venga": "venire",
    "tenga": "tenere", "dica": "dire", "porti": "portare", "esca": "uscire", "sappia": "sapere",
    "scelga": "scegliere", "tolga": "togliere", "beva": "bere",
}  # fmt: skip


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


_VERBS = frozenset(_plain(v) for v in WORDS.verbs)


def _infinitive(m: re.Match[str]) -> str:
    word = m.group(0)
    low = _plain(word.lower())
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith(("chi", "ghi")):  # "cerchi", "paghi"
        options = [low[:-2] + "are"]
    elif low.endswith("i"):
        options = [low[:-1] + "are"]
    elif low.endswith("isca"):  # "finisca", "pulisca"
        options = [low[:-4] + "ire"]
    else:
        options = [low[:-1] + "ere", low[:-1] + "ire"]
    # A verb known as itself or by its imperative ("controlla", "prendi").
    known = (
        o for o in options if o in _VERBS or o[:-3] + ("a" if o.endswith("are") else "i") in _VERBS
    )
    return next(known, word)


ENDINGS = ((r"^[^\W\d_]+[ia](?=\s|$)", _infinitive),)
