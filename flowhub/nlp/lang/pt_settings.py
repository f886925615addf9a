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
# Quiet hours and days off, answered with what FlowHub does instead: "nada aos domingos".
_QTIME = r"\d{1,2}(?:[h:.]\d{0,2})?(?:\s+da\s+(?:noite|manh[aã]))?"
_QWHEN = (
    rf"(?:depois\s+d[ae]s?\s+{_QTIME}|antes\s+d[ae]s?\s+{_QTIME}|aos\s+(?:domingos|s[aá]bados"
    r"|fins\s+de\s+semana)|no\s+(?:domingo|s[aá]bado|fim\s+de\s+semana)|nos\s+fins\s+de\s+semana"
    r"|de\s+noite|[àa]\s+noite)"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:e|nem|ou)\s+{_QWHEN})*"
_QNOISE = (
    r"(?:mand[ae]s?|envi[ae]s?|escrev[ae]|perturb[ae]|incomod[ae]|chat[ei]ia|avis[ae])"
    r"(?:\s+(?:nada|mensagens?|mensagem))?"
)
# A language named to talk in: "fala português comigo", "escreve em inglês comigo".
_NAMES = {
    "pt": "portugu[eê]s", "en": "ingl[eê]s", "es": "espanhol", "fr": "franc[eê]s",
    "de": "alem[aã]o", "it": "italiano", "nl": "holand[eê]s", "id": "indon[eé]sio", "hi": "hindi",
    "tr": "turco", "ru": "russo", "ar": "[aá]rabe",
}  # fmt: skip
_TALK = (
    r"(?:(?:pode|podia|por\s+favor)\s+)?(?:fala|fale|conversa|converse|escreve|escreva|responde"
    r"|responda)\s+(?:em\s+)?"
)
_LANGUAGES = {
    f"language {code}": (rf"{_TALK}{name}\s+comigo(?:\s+(?:por\s+favor|pfv?|agora))*",)
    for code, name in _NAMES.items()
}
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
    "quiet hours": (
        rf"(?:por\s+favor\s+|pfv?\s+)?n[aã]o\s+me\s+{_QNOISE}\s+{_QWHENS}{_PLEASE}",
        rf"(?:nada|sem\s+mensagens?|nenhuma\s+mensagem|sil[eê]ncio)\s+{_QWHENS}{_PLEASE}",
        rf"{_QWHENS}\s+(?:nada|sem\s+mensagens?|n[aã]o\s+me\s+{_QNOISE}){_PLEASE}",
    ),
    **_LANGUAGES,
}
