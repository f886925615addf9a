"""Italian ways to hand a task to someone: "anche sam deve ... x sabato", "di' a Ana di ..."."""

ASKS = (
    r"(?:di'|dì|di|dici|chiedi|ricorda)\s+(?:a\s+)?{name}\s*,?\s+(?:di\s+|che\s+)",
    r"{name}\s+(?:deve|dovrebbe|ha\s+da)\s+",
)
CONJUNCTIONS = r"e|anche|poi|ah|ok"
SELF = (r"(?:io\s+)?(?:devo|dovrei|ho\s+da|mi\s+tocca)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {"x": "per", "cmq": "comunque"}
