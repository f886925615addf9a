"""Spanish ways to hand a task to someone: "y que ana mande ...", "pon que Ana haga ..."."""

from __future__ import annotations

import re

from flowhub.nlp.lang.es_asked import infinitive

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


def _infinitive(m: re.Match[str]) -> str:
    return infinitive(m.group(0))


# "revise el presupuesto" said of Ana is "revisar el presupuesto".
ENDINGS = ((r"^[^\W\d_]+[ae](?=\s|$)", _infinitive),)
