"""French ways to hand a task to someone: "sam doit ...", "que Ana ..."."""

ASKS = (
    r"{name}\s+(?:doit|devrait|va)\s+",
    # "file à priya : vérifier les visas", "passe ça à Sam, …": the task handed over after it.
    r"(?:file|refile|passe|donne|confie|assigne|attribue)(?:[-\s](?:le|la|les|[çc]a|cela|ceci))?"
    r"\s+(?:à|a)\s+{name}\s*[:,–—-]\s*",
)
CONJUNCTIONS = r"et|aussi|ah|ok"
SELF = (r"(?:je\s+dois|il\s+faut\s+que\s+je|faut\s+que\s+je)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {}
