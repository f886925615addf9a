"""Taking a handed task on oneself in each language, read as the English "ok, I'll do it myself".

The one who asked says it of a task declined back to them ("dann mach ichs selbst", "yaudah aku
aja", "den lieferplan übernehm ich wieder"); the one asked says it to accept ("tamam ben
hallederim", "deixa que eu faço"). A few words may name the task before it ("laporan stok itu
biar aku saja", "deko işi bende").
"""

from __future__ import annotations

from collections.abc import Mapping

# Up to four words naming the task, said first: "den lieferplan", "laporan stok itu".
_NAMED = r"(?:[^\s,]+\s+){0,4}?"

_DE = (
    rf"(?:(?:ok|okay|na\s+gut|gut|ach|ja|egal)[\s,]+)*(?:dann\s+)?{_NAMED}mach(?:e)?\s+ich(?:'?s|\s+es|\s+das)?"
    r"(?:\s+(?:halt|eben|doch|dann|wohl))*\s+(?:selbst|selber)",
    r"(?:(?:ok|okay|gut|ja)[\s,]+)*(?:dann\s+)?ich\s+mach(?:e)?(?:'?s|\s+es|\s+das)\s+(?:(?:halt|eben|dann)\s+)*(?:selbst|selber)",
    rf"(?:(?:ok|okay|gut|ja)[\s,]+)*(?:dann\s+)?{_NAMED}[uü]bernehm(?:e)?\s+ich(?:\s+(?:es|das|den|die))?\s+(?:wieder|selbst|selber|doch)",
)
_ES = (
    rf"(?:(?:vale|bueno|ok|va|bah|nada)[\s,]+)*(?:entonces\s+|pues\s+|ya\s+)?{_NAMED}(?:lo|la)\s+hago\s+yo(?:\s+mism[oa])?",
    r"(?:(?:vale|bueno|ok)[\s,]+)*(?:d[eé]jalo|deja)[\s,]+(?:que\s+)?(?:lo|la)\s+hago\s+yo",
    r"(?:(?:vale|bueno|ok)[\s,]+)*(?:me\s+(?:lo|la)\s+quedo\s+yo|me\s+encargo\s+yo)",
)
_PT = (
    r"(?:(?:ok|beleza|blz|ta|tá|entao|então|tudo\s+bem)[\s,]+)*(?:deixa|pode\s+deixar)\s+(?:que\s+|q\s+)?eu\s+fa[cç]o(?:\s+(?:isso|ent[aã]o))?",
    rf"(?:(?:ok|beleza|blz|ta|tá|entao|então)[\s,]+)*{_NAMED}(?:eu\s+(?:mesm[oa]\s+)?fa[cç]o|fa[cç]o\s+eu(?:\s+mesm[oa])?)",
)
_FR = (
    r"(?:(?:ok|bon|bah|tant\s+pis)[\s,]+)*(?:laisse[\s,]+)?je\s+(?:le|la|l')\s*fais\s+(?:moi-m[eê]me|moi\s+m[eê]me)",
    r"(?:(?:ok|bon|bah|tant\s+pis)[\s,]+)*je\s+m'en\s+occupe(?:\s+(?:moi-m[eê]me|moi\s+m[eê]me|alors))?",
)
_IT = (
    rf"(?:(?:ok|va\s+bene|vabb[eè]|allora)[\s,]+)*{_NAMED}(?:lo|la)\s+faccio\s+io(?:\s+(?:allora|stess[oa]))?",
    r"(?:(?:ok|va\s+bene|vabb[eè]|allora)[\s,]+)*me\s+ne\s+occupo\s+io",
)
_NL = (
    r"(?:(?:ok|nou|prima|laat\s+maar)[\s,]+)*(?:dan\s+)?(?:doe\s+ik\s+(?:het|'t|hem)|ik\s+doe\s+(?:het|'t|hem))\s+(?:wel\s+)?zelf(?:\s+wel)?",
)
_TR = (
    rf"(?:(?:tamam|peki|ok|neyse)[\s,]+)*(?:{_NAMED}bende[\s,]+)?(?:ben\s+)?(?:hallederim|kendim\s+yapar[ıi]m|ben\s+yapar[ıi]m)",
    rf"(?:(?:tamam|peki|ok)[\s,]+)*{_NAMED}i[sş]i?\s+bende",
)
_ID = (
    rf"(?:(?:yaudah|ya\s+udah|oke|ok|yowes|yaudahlah)[\s,]+)*{_NAMED}(?:biar\s+)?(?:aku|saya|gue|gw)\s+(?:aja|saja|sendiri)"
    r"(?:\s+(?:yg|yang)\s+(?:ngerjain|kerjain|urus|ngurus))?",
    r"(?:(?:yaudah|ya\s+udah|oke|ok)[\s,]+)*(?:aku|saya|gue|gw)\s+(?:yg|yang)\s+(?:ngerjain|kerjain|urus|ngurus)(?:\s+(?:aja|deh))?",
)
_RU = (
    r"(?:(?:ладно|ок|хорошо|ну)[\s,]+)*(?:тогда\s+)?(?:я\s+)?(?:сам|сама)\s+(?:сделаю|займусь)",
    r"(?:(?:ладно|ок|хорошо|ну)[\s,]+)*(?:тогда\s+)?сделаю\s+(?:сам|сама)",
)
_HI = (
    r"(?:(?:theek\s+hai|thik\s+hai|ok|okay|accha|acha|koi\s+na|koi\s+nahi|koi\s+baat\s+nahi|chalo|chal"
    r"|arre|tab|toh|to)[\s,!.]+)*(?:(?:main|mai|me)\s+)?(?:khud\s+hi|khud|hi)\s+"
    r"(?:kar|dekh|sambhal|handle\s+kar)\s+(?:lunga|lungi|loonga|loongi|lenge)",
    r"(?:(?:ठीक\s+है|अच्छा)[\s,]+)*मैं\s+(?:खुद|ही)\s+कर\s+(?:लूंगा|लूँगा|लूंगी|लूँगी)",
)
_AR = (  # "انا هعملها" alone gives a card to the sender, read where cards are answered
    r"(?:(?:خلاص|طيب|تمام)[\s,،]+)*(?:[أا]نا\s+)?(?:هعملها|هعمله|اعملها|سأفعلها)\s+بنفسي",
)

TAKE_ON: Mapping[str, tuple[str, ...]] = {
    "de": _DE, "es": _ES, "pt": _PT, "fr": _FR, "it": _IT, "nl": _NL, "tr": _TR, "id": _ID,
    "ru": _RU, "hi": _HI, "ar": _AR,
}  # fmt: skip
# The English the skills read it as: the requester takes a declined task back, the one asked
# accepts the task waiting for them.
ENGLISH = "ok, I'll do it myself"
