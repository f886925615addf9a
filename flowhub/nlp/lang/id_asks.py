"""Indonesian ways to hand a task to someone: "si sam hrs ...", "bilang ke Ana buat ..."."""

ASKS = (
    r"(?:bilang|bilangin|kasih\s+tau|kasitau|suruh|minta|tolong\s+minta)\s+(?:ke\s+|sama\s+)?"
    r"(?:si\s+)?{name}\s*,?\s+(?:untuk\s+|utk\s+|buat\s+|supaya\s+|biar\s+|harus\s+|hrs\s+)?",
    # "hrs" reaches here already spelled out as the English "hours".
    r"(?:si\s+)?{name}\s+(?:harus|hrs|hours|perlu|mesti|musti|wajib)\s+",
    # "si ana suruh beresin ...": the name, then "told to" said after it.
    r"(?:si\s+)?{name}\s+(?:suruh|disuruh|tolong|minta|dimintain|diminta)\s+(?:untuk\s+|utk\s+|buat\s+)?",
)
CONJUNCTIONS = r"dan|terus|trus|trs|lalu|juga|oh|ok|sama|eh|ehh|btw|oiya|oh\s+iya|o\s+iya"
SELF = (r"(?:saya|aku|gue|gw|sy)\s+(?:harus|hrs|perlu|mesti|musti)\s+",)
DROP: tuple[str, ...] = ()
SHORT: dict[str, str] = {"sblm": "sebelum", "hrs": "harus", "utk": "untuk", "bsk": "besok"}
