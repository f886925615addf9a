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
SETTINGS = {
    "digest at {rest}": (
        rf"{_BEFORE}{_DIGEST}{_NOW}\s+(?:saat\s+)?(?=\d|sabah\s|ak[sş]am\s){{rest}}{_CASE}{_DO}",
    ),
    "digest off": (
        rf"{_DIGEST}\s+(?:art[ıi]k\s+)?(?:g[oö]nderme|yollama|istemiyorum|durdur|iptal\s+et|kapat)"
        r"(?:\s+l[uü]tfen)?",
    ),
    "timezone: {rest}": (
        rf"{_BEFORE}{_ZONE}\s*(?::|=)?\s*{{rest}}{_CASE}{_DO}",
        rf"{_BEFORE}{{rest}}\s+saat(?:ine|i)\s+(?:ge[cç]|al|ayarla|[cç]evir|ge[cç]elim)(?:\s+l[uü]tfen)?",
    ),
}
