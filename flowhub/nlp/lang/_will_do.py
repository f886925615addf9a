"""A chat reply that only agrees to do what was just asked, in each language: "sure, will do",
"mach ich", "lo hago", "je m'en occupe", "ci penso io", "pode deixar", "komt goed", "hallederim",
"siap", "сделаю", "kar dunga", "تمام". In a forwarded chat or a chat screenshot such a reply
says yes to the request above it; it is never a task of its own.
"""

from __future__ import annotations

import re

# Words before the promise: "ok", "sure", "ja", "vale", "d'accord", "va bene", "tamam".
_LEAD = (
    r"ok(?:ay)?|sure|yes|yeah|yep|alright|of\s+course|ja|jo|klar|gut|okay|alles\s+klar|vale|s[ií]"
    r"|claro|bueno|perfecto|d'accord|oui|bien\s+s[uû]r|parfait|va\s+bene|certo|perfetto|s[iì]|sim"
    r"|beleza|blz|t[aá]|combinado|prima|goed|tamam|peki|olur|oke|iya|baik|siap|хорошо|ладно|да|ок"
    r"|theek\s+hai|thik\s+hai|haan|ha|accha|حسنا|تمام|نعم|طيب"
)
# The promise itself, with an optional "it" or a time ("te lo mando domani" is not one: it
# names what is sent, and the reader keeps that).
_PROMISE = (
    r"will\s+do|i'?ll\s+do\s+it|on\s+it|i'?m\s+on\s+it|consider\s+it\s+done|no\s+problem|np"
    r"|got\s+it|mach(?:e)?\s+ich|wird\s+gemacht|geht\s+klar|erledige\s+ich|ich\s+k[uü]mmer(?:e)?"
    r"\s+mich(?:\s+drum)?|k[uü]mmer(?:e)?\s+mich\s+drum|lo\s+hago|me\s+encargo|hecho|de\s+acuerdo"
    r"|je\s+m'en\s+occupe|je\s+le\s+fais|[cç]a\s+marche|entendu|c'est\s+not[ée]|ci\s+penso\s+io"
    r"|lo\s+faccio|me\s+ne\s+occupo(?:\s+io)?|fatto|pode\s+deixar|deixa\s+comigo|eu\s+fa[cç]o"
    r"|vou\s+fazer|doe\s+ik|komt\s+goed|ik\s+regel\s+het|hallederim|yapar[ıi]m|tamamd[ıi]r"
    r"|siap(?:\s+laksanakan)?|nanti\s+aku\s+kerjakan|aku\s+kerjakan|сделаю|будет\s+сделано"
    r"|займусь|kar\s+d(?:u|oo)nga|kar\s+d(?:u|oo)ngi|ho\s+jayega|sambhal\s+lunga"
    r"|سأفعل(?:ها)?|حاضر|ولا\s+يهمك"
)
_WHEN = (
    r"today|tomorrow|later|asap|now|heute|morgen|gleich|sp[aä]ter|hoy|mañana|luego|aujourd'hui"
    r"|demain|tout\s+de\s+suite|oggi|domani|subito|hoje|amanh[aã]|j[aá]|vandaag|morgen|straks"
    r"|bugün|yarın|hari\s+ini|besok|сегодня|завтра|aaj|kal|اليوم|غدا|بكرة"
)
_SEP = r"[\s,;:.!?…~\-]+"
WILL_DO = re.compile(
    rf"^\s*(?:(?:{_LEAD}){_SEP})*(?:{_PROMISE})(?:{_SEP}(?:{_WHEN}|{_LEAD}))*[\s,;:.!?…~)👍🙏]*$",
    re.I,
)


def agrees_to_do(text: str) -> bool:
    """Whether a chat line only agrees to do what was asked ("ok mach ich", "sure, will do")."""
    return len(text) < 60 and bool(WILL_DO.match(text))


# "yes, I will call him after lunch": a reply that opens by agreeing, whatever follows.
_AGREES_FIRST = re.compile(
    rf"^\s*(?P<yes>(?:(?:{_LEAD}){_SEP})*(?:{_PROMISE}|{_LEAD}))(?=$|{_SEP})", re.I
)


def agreeing_words(text: str) -> str | None:
    """The words a chat reply opens with to agree ("yes", "ok will do", "klar"), or None."""
    found = _AGREES_FIRST.match(text)
    return found.group("yes").strip(" ,;:.!?…~-") if found else None
