"""Turkish settings said in plain words: the digest time ("günlük özeti sabah 7:30'a al"), the
digest off and the time zone ("saat dilimimi istanbul yap", "istanbul saatine geç")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

# A first clause before the setting: "bu hafta istanbul'dayım, saat dilimimi istanbul yap".
_BEFORE = r"(?:[^,;.!?]{1,40}[,;]\s*)?"
_DIGEST = r"(?:(?:g[uü]nl[uü]k|sabah)\s+)?[oö]zet(?:imi|inin|im|in|i)?(?![\w])(?:\s+saatini)?"
_NOW = r"(?:\s+(?:her\s+g[uü]n|her\s+sabah|bundan\s+sonra|art[ıi]k|l[uü]tfen))*"
_CASE = r"(?:'?(?:a|e|ya|ye|da|de|ta|te))?"
_DO = (
    r"(?:\s+(?:g[oö]nder|yolla|at|yap|ayarla|olsun|gelsin|al|[cç]ek|olarak\s+ayarla|de[gğ]i[sş]tir"
    r"|[cç]evir))?(?:\s+(?:l[uü]tfen|misin|m[ıi]s[ıi]n|olur\s+mu))*"
)
_ZONE = r"saat\s+dilim(?:imi|ini|im|i)?(?![\w])"
# The place said in a first clause, the zone then set "by it": "bu hafta São Paulo'dayım, saat
# dilimimi ona göre ayarla".
_THERE = (
    r"(?:'?(?:da|de|ta|te)y[ıi]m|'?(?:da|de|ta|te)\s+olaca[gğ][ıi]m|'?(?:a|e|ya|ye)\s+gidiyorum)"
)
_BY_IT = r"(?:ona|buna|oraya|ora)\s+g[oö]re"
_QTIME = r"(?:(?:ak[sş]am|gece|sabah)\s+)?(?:saat\s+)?\d{1,2}(?:[:.]\d{2})?"
_QWHEN = (
    rf"(?:{_QTIME}'?(?:den|dan|ten|tan)\s+(?:sonra|[oö]nce)|pazar(?:lar[ıi]|\s+g[uü]nleri"
    r"|\s+g[uü]n[uü])?|cumartesi(?:leri|\s+g[uü]nleri)?|hafta\s+sonu(?:nda|lar[ıi])?"
    r"|hafta\s+sonlar[ıi]|geceleri|gece|ak[sş]amlar[ıi])"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:ve|veya|ya\s+da)\s+{_QWHEN})*"
_QDONT = (
    r"(?:(?:bana\s+)?(?:hi[cç]\s+)?(?:mesaj|bildirim|hat[ıi]rlatma|bir\s+[sş]ey)?\s*"
    r"(?:atma|g[oö]nderme|yollama|yazma)(?:y[ıi]n)?|beni\s+rahats[ıi]z\s+etme(?:yin)?"
    r"|(?:mesaj|bildirim)\s+(?:istemiyorum|olmas[ıi]n|gelmesin))"
)
SETTINGS = {
    "digest at {rest}": (
        rf"{_BEFORE}{_DIGEST}{_NOW}\s+(?:saat\s+)?(?=\d|sabah\s|ak[sş]am\s){{rest}}{_CASE}{_DO}",
    ),
    "digest off": (
        rf"{_DIGEST}\s+(?:art[ıi]k\s+)?(?:g[oö]nderme|yollama|istemiyorum|durdur|iptal\s+et|kapat)"
        r"(?:\s+l[uü]tfen)?",
    ),
    "timezone: {rest}": (
        rf"{_BEFORE}{_ZONE}\s*(?::|=)?\s*(?!{_BY_IT}){{rest}}{_CASE}{_DO}",
        rf"{_BEFORE}{{rest}}\s+saat(?:ine|i)\s+(?:ge[cç]|al|ayarla|[cç]evir|ge[cç]elim)(?:\s+l[uü]tfen)?",
        rf"(?:(?:bu\s+hafta|bug[uü]n|yar[ıi]n|[sş]u\s+an|[sş]imdi|art[ıi]k|[^\s,]+\s+itibaren)\s+)*{{rest}}{_THERE}[\s,;]+"
        rf"(?:l[uü]tfen\s+)?{_ZONE}\s+{_BY_IT}{_DO}",
    ),
    "quiet hours": (
        rf"(?:l[uü]tfen\s+)?{_QWHENS}\s+{_QDONT}(?:\s+l[uü]tfen)?",
        rf"(?:l[uü]tfen\s+)?(?:bana\s+)?{_QWHENS}\s+(?:hi[cç]\s+)?(?:mesaj|bildirim)\s+(?:atma|g[oö]nderme)",
    ),
}
