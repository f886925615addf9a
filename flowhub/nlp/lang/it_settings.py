"""Italian settings said in plain words: quiet hours or days off, which FlowHub answers with what
it does instead ("non disturbarmi dopo le 22", "niente messaggi la domenica")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_PLEASE = r"(?:[\s,]+(?:per\s+favore|per\s+piacere|pls|grazie|eh))*"
_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s+(?:di\s+sera|di\s+notte|del\s+mattino|di\s+mattina))?"
_WHEN = (
    rf"(?:dopo\s+(?:le\s+)?{_TIME}|prima\s+delle\s+{_TIME}|dalle\s+{_TIME}|di\s+notte|la\s+notte"
    r"|di\s+sera|la\s+sera|(?:la\s+|di\s+)?domenica|(?:il\s+|di\s+)?sabato|nel\s+(?:weekend|fine"
    r"\s+settimana)|nei\s+(?:weekend|fine\s+settimana)|durante\s+il\s+(?:weekend|fine\s+settimana))"
)
_WHENS = rf"{_WHEN}(?:\s+(?:e|o|n[eé])\s+{_WHEN})*"
_NOISE = (
    r"(?:disturbarmi|scrivermi|cercarmi|avvisarmi|notificarmi|mandarmi\s+(?:nulla|niente|messaggi)"
    r"|inviarmi\s+(?:nulla|niente|messaggi)|mi\s+(?:disturbare|scrivere|mandare\s+(?:nulla|niente"
    r"|messaggi)))"
)
_NOTHING = (
    r"(?:(?:niente|nulla)(?:\s+(?:messaggi|notifiche|promemoria))?|nessun\s+messaggio"
    r"|nessuna\s+notifica|zero\s+messaggi|silenzio)"
)
SETTINGS = {
    "quiet hours": (
        rf"(?:per\s+favore\s+)?non\s+{_NOISE}(?:\s+pi[uù])?\s+{_WHENS}{_PLEASE}",
        rf"(?:per\s+favore\s+)?{_NOTHING}(?:\s+pi[uù])?\s+{_WHENS}{_PLEASE}",
        rf"{_WHENS}\s+(?:{_NOTHING}|non\s+{_NOISE}){_PLEASE}",
    ),
}
