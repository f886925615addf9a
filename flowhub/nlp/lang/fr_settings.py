"""French settings said in plain words: the digest time ("tu peux m'envoyer le récap du matin à
7h30 plutôt qu'à 8h ?"), the digest off and the time zone ("mets mon fuseau horaire sur lisbonne").
"""

from __future__ import annotations

__all__ = ["SETTINGS"]

_ASK = (
    r"(?:(?:(?:est-ce\s+que\s+)?tu\s+(?:peux|pourrais)|peux-tu|pourrais-tu|merci\s+de|stp|svp"
    r"|j'aimerais|je\s+voudrais|je\s+veux)\s+)?"
    r"(?:(?:m'|me\s+)(?:envoyer|envoies?)\s+|envoie[- ]moi\s+"
    r"|(?:mettre|mets|passer|passe|d[eé]caler|d[eé]cale|programmer|programme|r[eé]gler|r[eé]gle|changer|change|recevoir|avoir)\s+)?"
)
_DIGEST = (
    r"(?:(?:le|mon|ma|la|un)\s+)?(?:r[eé]cap(?:itulatif)?|r[eé]sum[eé]|digest|bilan\s+quotidien)"
    r"(?:\s+(?:du\s+matin|quotidien|journalier|de\s+la\s+journ[eé]e|du\s+jour|matinal))?"
)
_NOW = (
    r"(?:\s+(?:plut[oô]t|stp|svp|d[eé]sormais|dor[eé]navant|tous\s+les\s+(?:jours|matins)"
    r"|chaque\s+(?:jour|matin)))*"
)
_INSTEAD = (
    r"(?:[\s,]+(?:plut[oô]t\s+)?(?:qu'?\s*[aà]|que\s+[aà]|au\s+lieu\s+de)"
    r"\s+\d{1,2}(?:[h:.]\d{0,2})?)?"
)
_PLEASE = (
    r"(?:\s+(?:stp|svp|s'il\s+te\s+pla[iî]t|plut[oô]t|merci|d[eé]sormais|tous\s+les\s+(?:jours|matins)"
    r"|chaque\s+(?:jour|matin)))*"
)
_ZONE = r"(?:(?:mon|le)\s+)?fuseau(?:\s+horaire)?"
# Quiet hours and days off, answered with what FlowHub does instead: "rien le dimanche stp".
_QTIME = r"\d{1,2}(?:[h:.]\d{0,2})?(?:\s+du\s+(?:soir|matin))?"
_QWHEN = (
    rf"(?:apr[eè]s\s+{_QTIME}|avant\s+{_QTIME}|[aà]\s+partir\s+de\s+{_QTIME}"
    r"|le\s+(?:dimanche|samedi|week-?end)|les\s+(?:dimanches|samedis|week-?ends)|la\s+nuit"
    r"|le\s+soir)"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:et|ni|ou)\s+{_QWHEN})*"

SETTINGS = {
    "digest at {rest}": (
        rf"{_ASK}{_DIGEST}{_NOW}\s+(?:(?:[aà]|vers|pour|sur)\s+)?(?=\d){{rest}}{_INSTEAD}{_PLEASE}",
    ),
    "digest off": (
        r"(?:(?:tu\s+peux\s+|peux-tu\s+)?(?:arr[eê]te[rz]?|d[eé]sactive[rz]?|coupe[rz]?|supprime[rz]?)"
        r"\s+(?:de\s+m'envoyer\s+)?)" + _DIGEST + _PLEASE,
        r"(?:plus\s+de|pas\s+de)\s+" + _DIGEST + r"(?:\s+(?:stp|svp|merci|d[eé]sormais))*",
    ),
    "timezone: {rest}": (
        rf"{_ASK}{_ZONE}\s*(?::|sur|pour|en|[aà]|=)?\s*(?:l'heure\s+de\s+)?{{rest}}{_PLEASE}",
        r"(?:passe|mets)[- ](?:moi\s+)?(?:[aà]|sur)\s+l'heure\s+(?:de\s+|d')?{rest}" + _PLEASE,
    ),
    "quiet hours": (
        r"ne\s+(?:m'|me\s+)(?:[eé]cris|envoie|d[eé]range|emb[eê]te|notifie|[eé]crivez|envoyez"
        rf"|d[eé]rangez)\s+(?:rien|pas|plus)(?:\s+de\s+messages?)?\s+{_QWHENS}{_PLEASE}",
        rf"(?:rien|pas\s+de\s+(?:messages?|notifications?|rappels?)|aucun\s+message|silence)"
        rf"\s+{_QWHENS}{_PLEASE}",
    ),
}
