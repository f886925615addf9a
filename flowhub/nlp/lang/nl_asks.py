"""Dutch ways to hand a task to someone: "zeg tegen Priya dat ze ...", "Sam moet ..."."""

ASKS = (
    r"(?:zeg|zeggen|vraag|vragen)\s+(?:even\s+|maar\s+)?(?:tegen\s+|tgn\s+|aan\s+)?{name}\s*,?\s+"
    r"(?:dat\s+(?:ze|zij|hij|die)\s+|of\s+(?:ze|zij|hij)\s+|om\s+)",
    r"{name}\s+(?:moet|mag|moeten)\s+(?:even\s+|nog\s+)*",
)
CONJUNCTIONS = r"en|ook|dan|oh|ok"
SELF = (r"(?:ik\s+)?moet\s+(?:nog\s+|even\s+)*",)
DROP = (r"\b(?:moet|moeten|even)\b\s*",)
SHORT: dict[str, str] = {"tgn": "tegen"}
