"""Time words and phrases of each language FlowHub reads, one module per language.

`REGISTRY` lists them explicitly; a new language is a module here, a line below and its tests.
English is the grammar's own language and needs no module.
"""

from __future__ import annotations

from flowhub.nlp.lang import ar, de, es, fr, hi, id, it, nl, pt, ru, tr
from flowhub.nlp.lang._schema import Language, Replacement

__all__ = ["REGISTRY", "Language", "Replacement"]

REGISTRY: dict[str, Language] = {
    m.LANGUAGE.code: m.LANGUAGE for m in (es, pt, fr, de, it, nl, id, hi, tr, ru, ar)
}
