"""Dutch settings said in plain words: quiet hours or days off, which FlowHub answers with what it
does instead ("geen berichten na 22 uur", "stuur me niets op zondag")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_PLEASE = r"(?:[\s,]+(?:alsjeblieft|alstublieft|aub|a\.u\.b\.|pls|graag|hoor|dank\s+je))*"
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*uur)?(?:\s+'s\s+(?:avonds|nachts|ochtends))?"
_WHEN = (
    rf"(?:na\s+{_TIME}|voor\s+{_TIME}|vanaf\s+{_TIME}|op\s+(?:zondag|zaterdag)(?:en)?|'?s\s+zondags"
    r"|zondags|zaterdags|in\s+het\s+weekend|tijdens\s+het\s+weekend|'s\s+nachts|'s\s+avonds"
    r"|in\s+de\s+nacht|'?s\s+avonds\s+laat)"
)
_WHENS = rf"{_WHEN}(?:\s+(?:en|of)\s+{_WHEN})*"
_THINGS = r"(?:berichten|berichtjes|meldingen|notificaties|herinneringen|pings|appjes|mails)"
SETTINGS = {
    "quiet hours": (
        rf"(?:alsjeblieft\s+|graag\s+)?(?:geen\s+{_THINGS}|niks|niets|stilte)(?:\s+meer)?\s+{_WHENS}"
        rf"{_PLEASE}",
        rf"(?:wil\s+je\s+me\s+|kun\s+je\s+me\s+|(?:stuur|app|stoor|bericht|mail)\s+me\s+)"
        rf"(?:alsjeblieft\s+)?(?:niet|niets|niks|geen\s+{_THINGS})(?:\s+meer)?\s+{_WHENS}"
        rf"(?:\s+(?:sturen|storen|appen|berichten))?{_PLEASE}",
        rf"{_WHENS}\s+(?:graag\s+)?(?:geen\s+{_THINGS}|niks|niets|stilte)(?:\s+meer)?{_PLEASE}",
    ),
}
