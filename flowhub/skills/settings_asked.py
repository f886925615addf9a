"""Settings asked about or switched in plain words: "what timezone am i on", "what time is my
digest", "no more daily summaries", "turn the digest back on", "español por favor", "switch to
german pls", "antworte mir auf deutsch".

A question names its setting (a time zone, the digest) and the sender ("my", "am i"), so "what
time is the team summary meeting" stays a question about tasks. A language is read only when the
words name one the bot speaks.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.i18n import Text, language_name, language_named
from flowhub.skills import settings
from flowhub.skills.context import Context

__all__ = ["handle"]

ZONE_IS = Text("🌍 Your timezone is {zone}; it's {time} there now.")
DIGEST_IS = Text("📬 Your daily digest comes at {time} ({zone}).")
LANGUAGE_HOW = Text("🗣 To have me answer in {language}, say “language {value}”.")
DIGEST_IS_OFF = Text("🔕 Your daily digest is off. Say “digest 8am” to turn it back on.")

_MOST_WORDS = 14
_ASKED_MINUTES = 30
_CHAT_WORDS = frozenset(
    ["ok", "okay", "so", "hey", "hi", "um", "umm", "btw", "also", "and", "then"]
)
_OPENERS = r"^\W*(?:(?:ok(?:ay)?|so|hey|hi|um+|btw|quick\s+q(?:uestion)?|also|and|pls|please)\W+)*"
_ASK = (
    r"(?:what(?:'s|’s|s|\s+is)?|which|whats|tell\s+me|remind\s+me|do\s+(?:you|u)\s+know"
    r"|can\s+(?:you|u)\s+(?:tell|remind)\s+me|what\s+time)"
)
_ZONE_WORD = r"(?:time\s*-?\s*zone|tz)"
_DIGEST_WORD = (
    r"(?:(?:daily\s+|morning\s+)?digests?|(?:daily|morning)\s+(?:summar(?:y|ies)|recaps?"
    r"|briefings?|overviews?))"
)
_ME = re.compile(r"\b(?:i|i'?m|im|me|my|mine)\b", re.I)
# "what timezone am i on", "what's my tz", "which time zone do you have me in?"
_ZONE_ASKED = re.compile(_OPENERS + _ASK + r"\b[^.!]*?\b" + _ZONE_WORD + r"\b[^.!\d]*$", re.I)
# "what time is my digest", "when do i get the daily summary?", "when's my digest"
_DIGEST_ASKED = re.compile(
    _OPENERS + r"(?:" + _ASK + r"|when(?:'s|’s|s|\s+is|\s+do|\s+does|\s+will)?|at\s+what\s+time"
    r"|is|are)\b[^.!\d]*?\b" + _DIGEST_WORD + r"\b[^.!\d]*$",
    re.I,
)
# "no more daily summaries", "stop the digest pls", "turn off my morning summary".
_DIGEST_OFF = re.compile(
    _OPENERS + r"(?:(?:no\s+more|stop(?:\s+sending(?:\s+me)?)?|turn\s+off|switch\s+off|shut\s+off"
    r"|disable|cancel|pause|mute|unsubscribe(?:\s+me)?\s+from|i\s+don'?t\s+(?:want|need)"
    r"|don'?t\s+send(?:\s+me)?|no)\s+(?:the\s+|my\s+|your\s+|any\s+|those\s+|these\s+|that\s+)?"
    + _DIGEST_WORD
    + r"|(?:turn|switch|shut)\s+(?:the\s+|my\s+)?"
    + _DIGEST_WORD
    + r"\s+off)"
    r"(?:\s+(?:off|any\s*more|for\s+now|please|pls|plz|thanks|thx|thank\s+you|emails?"
    r"|messages?))*\W*$",
    re.I,
)
# "turn the digest back on", "start my daily summary again".
_DIGEST_ON = re.compile(
    _OPENERS + r"(?:(?:turn|switch|put)\s+(?:the\s+|my\s+)?" + _DIGEST_WORD + r"\s+(?:back\s+)?on"
    r"|(?:turn|switch)\s+(?:back\s+)?on\s+(?:the\s+|my\s+)?"
    + _DIGEST_WORD
    + r"|(?:start|resume|restart|bring\s+back)\s+(?:the\s+|my\s+)?"
    + _DIGEST_WORD
    + r"(?:\s+again)?)"
    r"(?:\s+(?:please|pls|plz|thanks|thx))*\W*$",
    re.I,
)
_POLITE = (
    r"(?:please|pls|plz|por\s+favor|bitte|s'il\s+(?:te|vous)\s+pla[iî]t|per\s+favore|thanks|thx"
    r"|then|now|from\s+now\s+on|maintenant|d[ée]sormais|ahora|agora|adesso|ab\s+jetzt|jetzt|svp"
    r"|stp|aja|ya|um|alsjeblieft|graag|merci|gracias|obrigad[oa]|danke|grazie)"
)
# "español por favor", "switch to german pls", "in english please", "auf deutsch bitte",
# "antworte mir auf deutsch", "háblame en español", "change my language to french",
# "parle-moi en français", "fala comigo em português", "parlami in italiano".
_LANGUAGE = re.compile(
    _OPENERS + r"(?:(?:(?:switch|change|go|move)\s+(?:(?:it|me|us|over)\s+)*(?:back\s+)?to"
    r"|(?:set|change|switch|make|put)\s+(?:my|the|your)\s+language\s+(?:back\s+)?(?:to|in(?:to)?)"
    r"|(?:language|lang)\s*(?::|to|=)?"
    r"|(?:speak|talk|write|answer|reply|respond|chat)(?:\s+(?:to|with))?(?:\s+(?:me|us))?"
    r"(?:\s+only)?\s+in"
    r"|(?:antworte|sprich|schreib|rede)(?:\s+mit)?(?:\s+(?:mir|mich|uns))?(?:\s+bitte)?\s+(?:auf|in)"
    r"|(?:stell|stelle|[aä]ndere?)\s+(?:die|meine)\s+sprache\s+auf"
    r"|(?:h[aá]blame|resp[oó]ndeme|escr[ií]beme|cont[eé]stame|habla(?:me)?\s+conmigo)\s+en"
    r"|(?:cambia|pon|pasa)(?:me)?\s+(?:el\s+|mi\s+)?idioma\s+(?:a|al)"
    r"|(?:parle|r[ée]ponds|[ée]cris|parlez|r[ée]pondez|[ée]crivez)[\s-]*(?:[- ]?(?:moi|nous))?"
    r"(?:\s+plut[ôo]t)?\s+en"
    r"|(?:passe|change)[\s-]*(?:moi)?\s+(?:la\s+langue\s+)?en"
    r"|(?:fala|fale|responde|responda|escreve|escreva)(?:\s+comigo)?\s+em"
    r"|(?:muda|mude|troca|troque)\s+(?:o\s+|meu\s+)?idioma\s+(?:para|pra)"
    r"|(?:parlami|parla|rispondimi|scrivimi)(?:\s+con\s+me)?\s+in"
    r"|(?:cambia|imposta)\s+(?:la\s+)?lingua\s+(?:in|a)"
    r"|(?:praat|spreek|antwoord|schrijf)(?:\s+met)?(?:\s+(?:mij|me|ons))?\s+(?:in\s+het|in)"
    r"|(?:pakai|gunakan|ganti\s+(?:ke\s+)?|ganti\s+bahasa\s+ke|pake)"
    r"|in|auf|en|em)\s+)?(?:bahasa\s+)?(?P<v>[^\W\d_]{4,})"
    r"(?:\s+" + _POLITE + r")*\W*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer or change the setting the plain words are about; None for anything else."""
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS or ctx.event.forwarded:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    if _DIGEST_OFF.match(text):
        return [settings.digest_at(ctx, "off")]
    if _DIGEST_ON.match(text):
        return [settings.digest_at(ctx, "on")]
    if _ZONE_ASKED.match(text) and _ME.search(text):
        local = ctx.now.astimezone(ZoneInfo(ctx.tz))
        return [Reply(ZONE_IS.format(zone=ctx.tz, time=f"{local:%H:%M}"))]
    if _DIGEST_ASKED.match(text):
        return [_digest(ctx)]
    if (m := _LANGUAGE.match(text)) and (code := language_named(m["v"])):
        if _bare(text, m["v"]) and not _language_asked(ctx):
            return [Reply(LANGUAGE_HOW.format(language=language_name(code), value=m["v"]))]
        return [settings.language_to(ctx, m["v"])]
    return None


def _bare(text: str, value: str) -> bool:
    """Whether `text` is only a language's name ("deutsch", "ok italia"), asking nothing."""
    said = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in _CHAT_WORDS]
    return said == [value.casefold()]


def _language_asked(ctx: Context) -> bool:
    """Whether the bot's last words were about the language ("I don't speak “klingon”…")."""
    seen, at = ctx.thread.last_seen(), ctx.thread.seen_at()
    if seen is None or seen[0] != "language" or at is None:
        return False
    return (ctx.now - at).total_seconds() <= _ASKED_MINUTES * 60


def _digest(ctx: Context) -> Reply:
    """When the sender's digest comes, or that it is off."""
    if not ctx.person.digest_enabled:
        return Reply(DIGEST_IS_OFF)
    return Reply(DIGEST_IS.format(time=ctx.person.digest_time, zone=ctx.tz))
