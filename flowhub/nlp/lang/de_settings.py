"""German settings said in plain words: the digest time ("kannst du mir die Tagesübersicht immer
um halb 8 schicken?", "Zusammenfassung auf 7:30 stellen"), the digest off and the time zone."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_ASK = (
    r"(?:einstellung(?:en)?\s*:?\s+|(?:kannst|k[oö]nntest|w[uü]rdest)\s+du\s+(?:mir\s+)?(?:bitte\s+)?|bitte\s+|ab\s+jetzt\s+"
    r"|(?:schick|sende)e?\s+mir\s+(?:bitte\s+)?|(?:stell|setz|leg|verschieb|mach)e?\s+(?:bitte\s+)?)*"
)
_DIGEST = (
    r"(?:(?:die|meine|den|meinen|das)\s+)?(?:t[aä]gliche[n]?\s+|morgendliche[n]?\s+)?"
    r"(?:zusammenfassung|tages[uü]bersicht|morgen[uü]bersicht|[uü]bersicht|tagesbericht"
    r"|morgenbericht|digest|t[aä]gliche\s+mail)"
)
_NOW = (
    r"(?:\s+(?:bitte|immer|lieber|ab\s+jetzt|ab\s+morgen|k[uü]nftig|t[aä]glich|jeden\s+(?:morgen|tag)"
    r"|morgens|schon|bereits|fr[uü]her|erst|sp[aä]ter))*"
)
_TIME = r"(?=\d|halb\s|viertel\s|dreiviertel\s){rest}(?:\s*uhr)?"
_INSTEAD = (
    r"(?:[\s,]+(?:statt|anstatt|anstelle\s+von)\s+(?:um\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*uhr)?)?"
)
_DO = (
    r"(?:\s+(?:bitte|schicken|senden|stellen|setzen|legen|verschieben|[aä]ndern|machen|umstellen"
    r"|bekommen|haben|danke))*"
)
_ZONE = r"(?:(?:die|meine)\s+)?zeitzone"
# Quiet hours and days off, answered with what FlowHub does instead: "sonntags nichts bitte".
_QTIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*uhr)?(?:\s+(?:abends|morgens|nachts))?"
_QWHEN = (
    rf"(?:nach\s+{_QTIME}|vor\s+{_QTIME}|ab\s+{_QTIME}|(?:am\s+)?(?:sonntag|samstag|wochenende)"
    r"|sonntags|samstags|(?:an\s+)?wochenenden|nachts|abends|in\s+der\s+nacht)"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:und|oder)\s+{_QWHEN})*"
_QNOTHING = (
    r"(?:keine\s+(?:nachrichten|benachrichtigungen|erinnerungen|pings|mails)|nichts|ruhe"
    r"|funkstille)"
)

# A language named to talk in: "sprich deutsch mit mir", "kannst du mit mir englisch reden?".
_NAMES = {
    "de": "deutsch", "en": "englisch", "es": "spanisch", "pt": "portugiesisch",
    "fr": "franz[oö]sisch", "it": "italienisch", "nl": "(?:niederl[aä]ndisch|holl[aä]ndisch)",
    "id": "indonesisch", "hi": "hindi", "tr": "t[uü]rkisch", "ru": "russisch", "ar": "arabisch",
}  # fmt: skip
_WITH_ME = r"(?:\s+(?:bitte|ab\s+jetzt|jetzt|mit\s+mir|mir|lieber|wieder))*"
_TALK_ASK = r"(?:(?:kannst|k[oö]nntest|w[uü]rdest)\s+du|bitte)"
_TALK_VERB = r"(?:sprechen|reden|schreiben|antworten)"


def _talk(name: str) -> tuple[str, ...]:
    return (
        rf"(?:bitte\s+)?(?:sprich|rede|schreib|antworte)e?{_WITH_ME}\s+(?:auf\s+)?{name}{_WITH_ME}",
        rf"{_TALK_ASK}{_WITH_ME}\s+(?:auf\s+)?{name}{_WITH_ME}\s+{_TALK_VERB}(?:\s+bitte)?",
    )


_LANGUAGES = {f"language {code}": _talk(name) for code, name in _NAMES.items()}
SETTINGS = {
    "digest at {rest}": (
        rf"{_ASK}{_DIGEST}{_NOW}\s+(?:(?:um|auf|f[uü]r|gegen|ab)\s+)?{_TIME}{_INSTEAD}{_DO}",
    ),
    "digest off": (
        rf"{_ASK}{_DIGEST}\s+(?:bitte\s+)?(?:abstellen|ausschalten|abschalten|abbestellen|deaktivieren"
        r"|aus|stoppen)(?:\s+bitte)?",
        rf"(?:ich\s+(?:will|brauche|m[oö]chte)\s+|bitte\s+|schick\s+mir\s+)?kein(?:e|en)?\s+{_DIGEST}"
        r"\s+mehr(?:\s+(?:bitte|schicken|senden))?",
    ),
    "timezone: {rest}": (
        rf"{_ASK}{_ZONE}\s*(?::|auf|ist\s+(?:jetzt\s+)?|jetzt\s+)?\s*{{rest}}(?:\s+(?:stellen|setzen"
        r"|umstellen|[aä]ndern|bitte))*",
    ),
    "quiet hours": (
        rf"(?:bitte\s+)?(?:schreib|schick|sende)e?\s+mir\s+(?:bitte\s+)?(?:nichts|nicht|keine"
        rf"\s+nachrichten)(?:\s+mehr)?\s+{_QWHENS}(?:\s+bitte)?",
        rf"(?:bitte\s+)?(?:st[oö]r|nerv)e?\s+mich\s+(?:bitte\s+)?nicht(?:\s+mehr)?\s+{_QWHENS}"
        r"(?:\s+bitte)?",
        rf"(?:bitte\s+)?{_QNOTHING}(?:\s+mehr)?\s+{_QWHENS}(?:\s+bitte)?",
        rf"{_QWHENS}\s+(?:bitte\s+)?{_QNOTHING}(?:\s+mehr)?(?:\s+bitte)?",
    ),
    **_LANGUAGES,
}
