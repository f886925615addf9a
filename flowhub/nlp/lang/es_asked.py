"""What is asked of someone in Spanish is said in the subjunctive ("que Ana revise"); a task
reads as the infinitive ("Revisar"): "q Sam prepare el examen" -> "q Sam preparar el examen"."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["as_infinitive", "infinitive"]

_IRREGULAR = {
    "haga": "hacer", "ponga": "poner", "traiga": "traer", "diga": "decir", "venga": "venir",
    "tenga": "tener", "salga": "salir", "vaya": "ir", "pida": "pedir", "consiga": "conseguir",
    "siga": "seguir", "elija": "elegir", "sepa": "saber", "vea": "ver", "lea": "leer",
    "escoja": "escoger", "recoja": "recoger", "corrija": "corregir", "traduzca": "traducir",
    "resuelva": "resolver", "devuelva": "devolver", "mueva": "mover", "vuelva": "volver",
    "cierre": "cerrar", "encienda": "encender", "pruebe": "probar", "compruebe": "comprobar",
    "riegue": "regar", "friegue": "fregar", "empiece": "empezar", "renueve": "renovar",
}  # fmt: skip
# Words after "que" that are never the person asked ("que se haga", "que el lunes ...").
_NOT_NAME = (
    r"(?!(?:yo|t[uú]|[eé]l|ella|ellos|usted|alguien|nadie|todo|esto|eso|hoy|ma[ñn]ana|se|no|s[ií]"
    r"|ya|hay|me|te|lo|la|le|los|las|el|un|una|mi|tu|su|nos|si|bien|mal|m[aá]s|menos)\b)"
)
# "que Sam prepare …" at the start (after "y", "oye", …), or "dile a Sam que prepare …".
_ASKED = re.compile(
    r"^(?P<lead>\W*(?:(?:y|e|oye|ah|porfa|tambi[eé]n|ok|va|dale)[\s,]+)*"
    r"(?:(?:d[ií]le|dile|decile|d[ií]gale|p[ií]dele|pedile|p[ií]dale)\s+a\s+[^\W\d_]+\s+(?:que|q|k)"
    rf"|(?:que|q|k)\s+{_NOT_NAME}[^\W\d_]+)\s+)(?P<verb>[^\W\d_]+[ae])(?=\s)",
    re.I,
)


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


@cache
def _verbs() -> frozenset[str]:
    from flowhub.nlp.lang.es_chat import WORDS  # that module hands this one to its words

    return frozenset(_plain(v) for v in WORDS.verbs)


def infinitive(word: str) -> str:
    """The infinitive of a subjunctive task verb ("revise" -> "revisar"), else `word`."""
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
    return next((o for o in options if o in _verbs() and o.endswith(("ar", "er", "ir"))), word)


def as_infinitive(text: str) -> str:
    """`text` with the verb asked of a person in the infinitive: "q Sam prepare el examen" ->
    "q Sam preparar el examen"; unchanged when it asks no one."""
    m = _ASKED.match(text)
    if m is None:
        return text
    said = infinitive(m["verb"])
    return (
        text
        if said == _plain(m["verb"].lower())
        else text[: m.start("verb")] + said + text[m.end("verb") :]
    )
