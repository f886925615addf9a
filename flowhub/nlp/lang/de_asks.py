"""German ways to hand a task to someone: "und priya soll ...", "sag Sam, er soll ..."."""

ASKS = (
    r"(?:sag|sagt|sage|frag|frage)\s+(?:mal\s+|bitte\s+)*{name}\s*,?\s+"
    r"(?:(?:dass|das)\s+(?:sie|er)\s+|(?:sie|er)\s+(?:soll|muss)\s+|(?:sie|er)\s+möge\s+)",
    r"{name}\s+(?:soll|sollte|muss|müsste|muesste)\s+(?:bitte\s+|noch\s+|mal\s+)*",
)
CONJUNCTIONS = r"und|auch|dann|ach|ok|also"
SELF = (r"(?:ich\s+)?muss\s+(?:noch\s+|mal\s+|unbedingt\s+)*",)
DROP = (r"\b(?:soll|muss)\b\s*",)
SHORT: dict[str, str] = {}
