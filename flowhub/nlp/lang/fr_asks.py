"""French ways to hand a task to someone: "sam doit ...", "que Ana ..."."""

ASKS = (r"{name}\s+(?:doit|devrait|va)\s+",)
CONJUNCTIONS = r"et|aussi|ah|ok"
SELF = (r"(?:je\s+dois|il\s+faut\s+que\s+je|faut\s+que\s+je)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
