"""Portuguese settings said in plain words: the digest time ("me manda o resumo às 7h30 em vez
das 8"), the digest off and the time zone ("muda meu fuso pra Lisboa")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_ASK = (
    r"(?:(?:(?:voc[eê]\s+)?(?:pode|podia|poderia|consegue)|por\s+favor|pfv?|quero|queria)\s+)?"
    r"(?:me\s+(?:manda(?:r)?|envia(?:r)?)\s+|(?:manda(?:r)?|envia(?:r)?)\s+pra\s+mim\s+"
    r"|(?:muda(?:r)?|coloca(?:r)?|bota(?:r)?|p[oõ]e|por|passa(?:r)?|troca(?:r)?|ajusta(?:r)?"
    r"|receber)\s+)?"
)
_DIGEST = (
    r"(?:(?:o|meu|um)\s+)?(?:resumo|digest|relat[oó]rio\s+di[aá]rio)"
    r"(?:\s+(?:di[aá]rio|do\s+dia|da\s+manh[aã]|matinal))?"
)
_NOW = r"(?:\s+(?:sempre|agora|todo\s+dia|todos\s+os\s+dias|por\s+favor|pfv?|de\s+manh[aã]))*"
_INSTEAD = r"(?:[\s,]+(?:em\s+vez|ao\s+inv[eé]s|no\s+lugar)\s+d[aeo]s?\s+\d{1,2}(?:[h:.]\d{0,2})?)?"
_PLEASE = r"(?:\s+(?:por\s+favor|pfv?|ok|todo\s+dia|todos\s+os\s+dias))*"
_ZONE = r"(?:(?:o\s+)?meu\s+|o\s+)?fuso(?:\s+hor[aá]rio)?"
SETTINGS = {
    "digest at {rest}": (
        rf"{_ASK}{_DIGEST}{_NOW}\s+(?:(?:[aà]s?|pras?|para\s+as?|pro|lá\s+pelas)\s+)?(?=\d){{rest}}"
        rf"{_INSTEAD}{_PLEASE}",
    ),
    "digest off": (
        r"(?:(?:pode\s+)?(?:desliga(?:r)?|desativa(?:r)?|cancela(?:r)?|para(?:r)?\s+de\s+mandar|tira(?:r)?)\s+)"
        + _DIGEST
        + _PLEASE,
        r"(?:n[aã]o\s+(?:quero|preciso)\s+(?:mais\s+)?(?:d[eo]\s+)?|sem\s+)"
        + _DIGEST
        + r"(?:\s+mais)?"
        + _PLEASE,
    ),
    "timezone: {rest}": (
        rf"{_ASK}{_ZONE}\s*(?::|pra|para|pro|=|em)?\s*(?:o\s+de\s+|o\s+hor[aá]rio\s+de\s+)?{{rest}}{_PLEASE}",
        r"(?:muda|passa|coloca|bota)(?:\s+(?:pro|para\s+o|pra|no))?\s+hor[aá]rio\s+de\s+{rest}"
        + _PLEASE,
    ),
}
