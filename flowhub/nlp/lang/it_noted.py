"""An Italian note of what someone else needs, said as "segnati quello di Giulia: mandarle il
pdf": the task is what follows the colon, done for that person ("mandare a Giulia il pdf")."""

from __future__ import annotations

import re

__all__ = ["as_noted"]

# "eh no, segnati quello di Giulia: …", "ok, segna quella di Marco: …", "annota la cosa di Sam: …"
_NOTED = re.compile(
    r"^\W*(?:(?:eh|ah|oh|no|ok|okay|allora|aspetta|anzi|scusa|senti|ecco|s[iì])[\s,.!]+)*"
    r"(?:segnati|segna(?:melo|mela|telo|tela|lo|la)?|annota(?:ti|lo|la)?|scriviti|metti|aggiungi)"
    r"\s+(?:anche\s+)?(?:quell[oa]|quest[oa]|la\s+cosa|il\s+compito|la\s+richiesta)\s+(?:di|per)\s+"
    r"(?P<name>[^\W\d_]+)\s*:\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# The verb that opens what to do, with "her"/"him" ("mandarle", "chiamarlo") on its end.
_CLITIC = re.compile(r"^(?P<verb>[^\W\d_]+?[aei]r)(?P<who>le|gli|lo|la)(?=\s|$)", re.I)


def as_noted(text: str) -> str:
    """`text` as the task it notes for someone: "segnati quello di Giulia: mandarle il pdf" ->
    "mandare a Giulia il pdf"; unchanged when it is not such a note."""
    m = _NOTED.match(text)
    if m is None:
        return text
    name, rest = m["name"], m["rest"]
    verb = _CLITIC.match(rest)
    if verb is None:
        return rest
    to = f"a {name}" if verb["who"].lower() in ("le", "gli") else name
    return f"{verb['verb']}e {to}{rest[verb.end() :]}"
