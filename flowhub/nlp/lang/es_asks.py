"""Spanish ways to hand a task to someone: "y que ana mande ...", "pon que Ana haga ..."."""

from __future__ import annotations

import re
import unicodedata

from flowhub.nlp.lang.es_chat import WORDS

ASKS = (
    r"(?:dile|decile|d[ií]gale|p[ií]dele|av[ií]sale|recu[eé]rdale)\s+(?:a\s+)?{name}\s*,?\s+"
    r"(?:que\s+|q\s+|de\s+)?(?:me\s+)?",
    r"(?:pon|pone|ponle|haz|has)\s+que\s+{name}\s+",
    r"(?:que|q|k)\s+{name}\s+",
    r"{name}\s+(?:tiene\s+que|tiene\s+q|debe(?:r[ií]a)?|necesita|le\s+toca)\s+",
)
CONJUNCTIONS = r"y|e|tambi[eé]n|porfa|oye|ah|ok|va|dale|adem[aá]s|y\s+tambi[eé]n"
SELF = (r"(?:yo\s+)?(?:tengo\s+que|tengo\s+q|debo|necesito|me\s+toca)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}

# What is asked of someone is said in the subjunctive ("que Ana revise"); a task reads as the
# infinitive ("Revisar").
_IRREGULAR = {
    "haga": "hacer", "ponga": "poner", "traiga": "traer", "diga": "decir", "venga": "venir",
    "tenga": "tener", "salga": "salir", "vaya": "ir", "pida": "pedir", "consiga": "conseguir",
    "siga": "seguir", "elija": "elegir", "sepa": "saber", "vea": "ver", "lea": "leer",
    "escoja": "escoger", "recoja": "recoger", "corrija": "corregir", "traduzca": "traducir",
    "resuelva": "resolver", "devuelva": "devolver", "mueva": "mover", "vuelva": "volver",
    "cierre": "cerrar", "encienda": "encender", "pruebe": "probar", "compruebe": "comprobar",
    "riegue": "regar", "friegue": "fregar", "empiece": "empezar", "renueve": "renovar",
}  # fmt: skip
_VERBS = frozenset(
    "".join(c for c in unicodedata.normalize("NFD", v) if unicodedata.category(c) != "Mn")
    for v in WORDS.verbs
)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


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
            options.append(stem[:-1] + "zar")
    else:
        options = [stem + "er", stem + "ir"]
    return next((o for o in options if o in _VERBS and o.endswith(("ar", "er", "ir"))), word)


# "revise el presupuesto" said of Ana is "revisar el presupuesto".
ENDINGS = ((r"^[^\W\d_]+[ae](?=\s|$)", _infinitive),)
