"""The two parties of a contract and what each of them owes.

"This agreement is made between Acme GmbH (“Client”) and Studio Nord (“Contractor”)" and
"The Client shall pay the deposit by March 3" / "The Contractor shall deliver the draft by
March 20": each line that binds a party ("shall", "must", "agrees to", "deberá", "doit",
"verpflichtet sich", "deverá") is that party's duty. A document binds two sides when two
parties have duties; which of them the sender is decides which duties are their tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ROLES = (
    r"client|contractor|supplier|buyer|seller|landlord|tenant|customer|provider|vendor|licensee"
    r"|licensor|employer|employee|consultant|agency|purchaser|lessor|lessee|subcontractor"
    r"|auftraggeber(?:in)?|auftragnehmer(?:in)?|vermieter(?:in)?|mieter(?:in)?|käufer(?:in)?"
    r"|verkäufer(?:in)?|lieferant(?:in)?|kunde|cliente|proveedor(?:a)?|contratista|arrendador(?:a)?"
    r"|arrendatari[oa]|comprador(?:a)?|vendedor(?:a)?|prestataire|fournisseur|bailleur|locataire"
    r"|acheteur|vendeur|fornecedor(?:a)?|contratante|contratad[oa]|locador(?:a)?|locatári[oa]"
)
_ARTICLE = r"(?:the|der|die|das|el|la|le|l['’]|o|a)\s*"
_BINDS = (
    r"shall|must|will|agrees\s+to|undertakes\s+to|is\s+to|is\s+required\s+to|verpflichtet\s+sich"
    r"(?:\s*,)?(?:\s+zu)?|muss|wird|hat|deberá|debe|se\s+compromete\s+a|devra|doit"
    r"|s['’]engage\s+à|deverá|deve|compromete-se\s+a|obriga-se\s+a"
)
# "between Acme GmbH (“Client”) and …": a name given to a party.
_DEFINED = re.compile(
    r"\(\s*(?:the\s+)?[\"“”„'‘’«]\s*(?P<name>[A-ZÀ-Þ][\w -]{1,30}?)\s*[\"“”'‘’»]\s*\)"
)
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[-•*·]|\(?[a-z]\))\s+")


def duties(lines: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each (party, what it owes) a contract's lines say, when two or more parties owe something;
    else nothing."""
    defined = [m.group("name").strip() for line in lines for m in _DEFINED.finditer(line)]
    names = "|".join(re.escape(name) for name in sorted(set(defined), key=len, reverse=True))
    party = rf"(?P<party>{names + '|' if names else ''}{_ROLES})"
    binds = re.compile(rf"^(?:{_ARTICLE})?{party}\s+(?:{_BINDS})\s+(?P<what>\S.+)$", re.I)
    found: list[tuple[str, str]] = []
    for line in lines:
        said = binds.match(_NUMBER.sub("", line.strip()))
        if said is not None:
            found.append((_spelled(said.group("party"), defined), said.group("what").rstrip()))
    return tuple(found) if len({p.casefold() for p, _ in found}) >= 2 else ()


def _spelled(party: str, defined: list[str]) -> str:
    """The party as the document names it: "Client" for "client"."""
    same = next((name for name in defined if name.casefold() == party.casefold()), None)
    return same or party[:1].upper() + party[1:].lower()
