"""Spanish settings said in plain words: the time zone ("cambia mi zona horaria a Lima") and
quiet hours or days off, which FlowHub answers with what it does instead ("no me escribas después
de las 10 de la noche", "nada los domingos")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_PLEASE = r"(?:[\s,]+(?:porfa|por\s+favor|pls|plis|gracias|ya))*"
_ZONE = r"(?:(?:mi|la)\s+)?(?:zona\s+horaria|huso\s+horario)"
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:h|hrs?|am|pm))?(?:\s+de\s+la\s+(?:noche|tarde|ma[ñn]ana))?"
_DAYS = (
    r"(?:domingos|s[aá]bados|lunes|martes|mi[eé]rcoles|jueves|viernes|fines\s+de\s+semana|findes)"
)
_WHEN = (
    rf"(?:despu[eé]s\s+de\s+las?\s+{_TIME}|antes\s+de\s+las?\s+{_TIME}|desde\s+las?\s+{_TIME}"
    rf"|los\s+{_DAYS}|el\s+(?:domingo|s[aá]bado|fin\s+de\s+semana|finde)|en\s+fin\s+de\s+semana"
    r"|de\s+noche|por\s+la\s+noche|en\s+la\s+noche)"
)
_WHENS = rf"{_WHEN}(?:\s+(?:y|ni|o)\s+{_WHEN})*"
_NOISE = r"(?:escribas|mandes|env[ií]es|molestes|notifiques|avises|hables)(?:\s+(?:nada|mensajes))?"
SETTINGS = {
    "timezone: {rest}": (
        rf"(?:cambia|pon|pasa|actualiza|ajusta|configura)(?:me)?\s+{_ZONE}\s+(?:a|al|en|para)"
        rf"\s+(?:la\s+de\s+|el\s+de\s+|la\s+hora\s+de\s+)?{{rest}}{_PLEASE}",
    ),
    "quiet hours": (
        rf"(?:por\s+favor\s+|porfa\s+)?no\s+me\s+{_NOISE}\s+{_WHENS}{_PLEASE}",
        rf"(?:nada|sin\s+mensajes|ning[uú]n\s+mensaje|cero\s+mensajes|silencio)\s+{_WHENS}{_PLEASE}",
        rf"{_WHENS}\s+(?:nada|sin\s+mensajes|no\s+me\s+{_NOISE}){_PLEASE}",
    ),
    "switch me back": (
        r"(?:vuelve|regresa|cambia|devu[eé]lve)(?:me)?\s+(?:a\s+)?(?:mi\s+)?(?:zona\s+horaria|hora)"
        r"(?:\s+(?:de\s+siempre|normal|de\s+antes|anterior|de\s+casa))?" + _PLEASE,
    ),
}
