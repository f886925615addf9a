"""Spanish ways to hand a task to someone: "y que ana mande ...", "pon que Ana haga ..."."""

ASKS = (
    r"(?:dile|decile|d[ií]gale|p[ií]dele|av[ií]sale|recu[eé]rdale)\s+(?:a\s+)?{name}\s*,?\s+"
    r"(?:que\s+|q\s+|de\s+)?(?:me\s+)?",
    r"(?:pon|pone|ponle|haz|has)\s+que\s+{name}\s+",
    r"que\s+{name}\s+",
    r"{name}\s+(?:tiene\s+que|debe(?:r[ií]a)?|necesita|le\s+toca)\s+",
)
CONJUNCTIONS = r"y|e|tambi[eé]n|porfa|oye|ah|ok|va|dale"
SELF = (r"(?:yo\s+)?(?:tengo\s+que|debo|necesito|me\s+toca)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
