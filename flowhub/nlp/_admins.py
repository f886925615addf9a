"""Group admin requests: "make Sam an admin", "remove Priya as admin", "who are the admins?".

`read_admin(text)` reads a whole message, in any language the bot reads, as an `AdminAsk`; a
longer sentence that only mentions an admin is no request. The words are folded like the text
(lower case, no accents); `{name}` stands for a person's name, or a word for the sender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from flowhub.nlp._time_lexicon import fold

AdminAction = Literal["add", "remove", "list"]

_NAME = r"@?(?P<name>[^\W\d_][\w’'-]{0,30})"
_ADMIN = r"(?:admin(?:istrator)?s?|adm)"

# fmt: off
ADD = {
    "en": rf"(?:make|add|set|appoint|promote|let)\s+{{name}}\s+(?:be\s+)?"
          rf"(?:(?:to\s+)?(?:an?\s+|as\s+(?:an?\s+)?|one\s+of\s+(?:the|our)\s+)?(?:group\s+)?"
          rf"(?:co-?)?{_ADMIN}|to\s+(?:the\s+)?{_ADMIN})"
          rf"|(?:can|could)\s+{{name}}\s+be\s+(?:an?\s+)?(?:co-?)?{_ADMIN}"
          rf"|{{name}}\s+(?:is|should|can|will)(?:\s+(?:also|now))?\s+(?:be\s+)?(?:also\s+)?"
          rf"(?:an?\s+)?(?:group\s+)?(?:co-?)?{_ADMIN}"
          rf"|give\s+{{name}}\s+(?:the\s+)?{_ADMIN}(?:\s+(?:rights|role|access))?",
    "de": r"mach(?:e|t)?\s+{name}\s+(?:auch\s+)?(?:zu(?:m|r)\s+)?admin(?:in)?"
          r"|{name}\s+(?:ist|wird|soll)\s+(?:jetzt\s+)?(?:auch\s+)?admin(?:in)?(?:\s+sein)?",
    "es": r"(?:haz|hace|pon|nombra|agrega|anade)\s+(?:a\s+)?{name}\s+(?:como\s+)?"
          r"(?:admin(?:istrador[a]?)?|administrador)"
          r"|{name}\s+(?:tambien\s+)?es\s+(?:tambien\s+)?admin(?:istrador[a]?)?",
    "pt": r"(?:torna|torne|faz|faca|coloca|coloque|poe|adiciona)\s+(?:o\s+|a\s+)?{name}\s+"
          r"(?:como\s+)?admin(?:istrador[a]?)?"
          r"|(?:o\s+|a\s+)?{name}\s+(?:tambem\s+)?e\s+(?:tambem\s+)?admin(?:istrador[a]?)?",
    "fr": r"(?:fais|mets|nomme|ajoute)\s+{name}\s+(?:comme\s+)?admin(?:istrateur|istratrice)?"
          r"|fais\s+de\s+{name}\s+une?\s+admin(?:istrateur|istratrice)?"
          r"|{name}\s+est\s+(?:aussi\s+)?admin(?:istrateur|istratrice)?",
    "it": r"(?:rendi|fai|metti|nomina|aggiungi)\s+{name}\s+(?:come\s+)?(?:admin|amministratore)"
          r"|{name}\s+e\s+(?:anche\s+)?(?:admin|amministratore)",
    "nl": r"maak\s+{name}\s+(?:ook\s+)?(?:een\s+)?(?:admin|beheerder)"
          r"|{name}\s+is\s+ook\s+(?:een\s+)?(?:admin|beheerder)",
    "tr": r"{name}\s+(?:de\s+|da\s+)?(?:admin|yonetici)\s+yap"
          r"|{name}\s+(?:de|da)\s+(?:admin|yonetici)(?:\s+olsun)?",
    "id": r"(?:jadikan|angkat|tambahkan)\s+{name}\s+(?:sebagai\s+|jadi\s+)?admin"
          r"|{name}\s+(?:juga\s+)?jadi\s+admin|{name}\s+juga\s+admin",
    "ru": r"(?:сделай|сделайте|назначь|назначьте)\s+{name}\s+(?:тоже\s+)?"
          r"(?:админом|администратором)|{name}\s+тоже\s+(?:админ|администратор)",
    "hi": r"{name}\s+को\s+(?:भी\s+)?(?:एडमिन|admin)\s+बना(?:ओ|इए|दो|दीजिए)"
          r"|{name}\s+भी\s+(?:एडमिन|admin)\s+है",
    "hi_Latn": r"{name}\s+ko\s+(?:bhi\s+)?admin\s+bana(?:o|do|iye|dijiye|dena)"
               r"|{name}\s+bhi\s+admin\s+(?:hai|h)",
    "ar": r"(?:اجعل|عين)\s+{name}\s+(?:مشرفا|مشرف|ادمن)|{name}\s+(?:ايضا\s+)?(?:مشرف|ادمن)",
}
REMOVE = {
    "en": rf"(?:remove|drop|take)\s+{{name}}\s+"
          rf"(?:as\s+(?:an?\s+)?|from\s+(?:the\s+|being\s+(?:an?\s+)?)?|off\s+(?:the\s+)?){_ADMIN}"
          rf"|(?:remove|revoke|take\s+away)\s+{{name}}'?s?\s+{_ADMIN}(?:\s+(?:rights|role|access))?"
          rf"|{{name}}\s+(?:is\s+no\s+longer|is\s+not|isn'?t|shouldn'?t\s+be|should\s+not\s+be)"
          rf"\s+(?:an?\s+)?{_ADMIN}(?:\s+any\s*more)?"
          rf"|demote\s+{{name}}",
    "de": r"(?:entferne|nimm)\s+{name}\s+(?:als|aus\s+den)\s+admins?(?:\s+raus)?"
          r"|{name}\s+ist\s+(?:keine?\s+admin(?:in)?\s+mehr|nicht\s+mehr\s+admin(?:in)?)",
    "es": r"(?:quita|saca|elimina)\s+(?:a\s+)?{name}\s+(?:como|de)\s+(?:los\s+)?"
          r"admin(?:istrador[a]?|istradores|s)?|{name}\s+ya\s+no\s+es\s+admin(?:istrador[a]?)?",
    "pt": r"(?:tira|tire|remove|remova)\s+(?:o\s+|a\s+)?{name}\s+(?:de|como|dos)\s+"
          r"admin(?:istrador[a]?|istradores|s)?|{name}\s+nao\s+e\s+mais\s+admin",
    "fr": r"(?:retire|enleve|supprime)\s+{name}\s+(?:des|comme|de)\s+(?:l'\s*)?"
          r"admin(?:istrateur|istrateurs|s)?|{name}\s+n'?est\s+plus\s+admin",
    "it": r"(?:togli|rimuovi)\s+{name}\s+(?:da(?:gli)?|come)\s+(?:admin|amministrator[ei])"
          r"|{name}\s+non\s+e\s+piu\s+(?:admin|amministratore)",
    "nl": r"(?:haal|verwijder)\s+{name}\s+(?:weg\s+)?(?:als|uit\s+de)\s+(?:admins?|beheerders?)"
          r"(?:\s+weg)?|{name}\s+is\s+geen\s+(?:admin|beheerder)\s+meer",
    "tr": r"{name}\s+(?:adminlikten|yoneticilikten)\s+(?:cikar|al)",
    "id": r"(?:hapus|keluarkan|copot)\s+{name}\s+(?:dari|sebagai)\s+admin",
    "ru": r"(?:убери|удали|уберите|удалите)\s+{name}\s+из\s+(?:админов|администраторов)"
          r"|{name}\s+больше\s+не\s+(?:админ|администратор)",
    "hi": r"{name}\s+को\s+(?:एडमिन|admin)\s+से\s+हटा(?:ओ|इए|दो|दीजिए)",
    "hi_Latn": r"{name}\s+ko\s+admin\s+se\s+hata(?:o|do|iye|dijiye|dena)",
    "ar": r"(?:ازل|احذف)\s+{name}\s+من\s+(?:المشرفين|الادمن)",
}
LIST = {
    "en": rf"who(?:\s+are|'re|\s+is|'s|s)\s+(?:the\s+|this\s+group'?s\s+|our\s+)?(?:group\s+)?"
          rf"{_ADMIN}(?:\s+(?:here|of\s+this\s+group|in\s+this\s+group|for\s+this\s+group))?"
          rf"|(?:list|show)(?:\s+me)?\s+(?:the\s+)?{_ADMIN}|{_ADMIN}"
          rf"|who\s+can\s+(?:change|add|remove|make)\s+(?:the\s+)?{_ADMIN}"
          rf"|(?:am\s+i|is\s+{{name}})\s+(?:an?\s+)?{_ADMIN}(?:\s+here)?",
    "de": r"wer\s+(?:sind|ist)\s+(?:hier\s+)?(?:die|der)?\s*admins?(?:\s+hier)?",
    "es": r"quien(?:es)?\s+(?:son|es)\s+(?:los|el|la)?\s*admin(?:s|istrador[a]?|istradores)?"
          r"(?:\s+aqui)?",
    "pt": r"quem\s+(?:sao|e)\s+(?:os|o|a)?\s*admin(?:s|istrador[a]?|istradores)?(?:\s+aqui)?",
    "fr": r"qui\s+(?:sont|est)\s+(?:les|l')?\s*admin(?:s|istrateurs?)?(?:\s+ici)?",
    "it": r"chi\s+(?:sono|e)\s+(?:gli|l')?\s*(?:admin|amministrator[ei])(?:\s+qui)?",
    "nl": r"wie\s+(?:zijn|is)\s+(?:hier\s+)?(?:de\s+)?(?:admins?|beheerders?)(?:\s+hier)?",
    "tr": r"(?:adminler|yoneticiler|admin|yonetici)\s+kim(?:ler)?",
    "id": r"siapa\s+(?:saja\s+)?admin(?:nya)?(?:\s+di\s+sini)?",
    "ru": r"кто\s+(?:здесь\s+|тут\s+)?(?:админ|админы|администратор|администраторы)"
          r"(?:\s+здесь|\s+тут)?",
    "hi": r"(?:एडमिन|admin)\s+कौन\s+(?:है|हैं)",
    "hi_Latn": r"(?:admin\s+kaun\s+(?:hai|hain|h)|kaun\s+admin\s+(?:hai|hain|h))",
    "ar": r"من\s+(?:هم\s+)?(?:المشرفون|المشرفين|الادمن|المشرف)",
}
# Words for the sender in the name's place: "make me an admin", "remove me as admin".
_SELF = frozenset(
    {"me", "myself", "mich", "mir", "moi", "mi", "mij", "beni", "kendimi", "saya", "aku"}
    | {"меня", "мене", "मुझे", "mujhe", "نفسي"}
)
# Words that fill the name's place without naming anyone: "make this an admin task".
_NOBODY = frozenset(
    {"the", "a", "an", "this", "that", "it", "he", "she", "they", "him", "her", "them"}
    | {"everyone", "everybody", "all", "who"}
)
_AROUND = (
    r"(?:(?:please|pls|plz|bitte|por\s+favor|s'il\s+te\s+plait|per\s+favore|lutfen|tolong"
    r"|пожалуйста|can\s+you|could\s+you|hey|ok|okay)\s+)*"
)
_AFTER = (
    r"(?:\s+(?:too|as\s+well|also|please|pls|here|now|in\s+this\s+group|auch|bitte|tambien"
    r"|tambem|aussi|anche|ook|juga|тоже|भी|bhi|ايضا|por\s+favor|per\s+favore|stp"
    r"|s'il\s+te\s+plait|lutfen|tolong|пожалуйста))*"
)
# fmt: on


@dataclass(frozen=True, slots=True)
class AdminAsk:
    """A request about a group's admins: add or remove `name` ("" for the sender), or list."""

    action: AdminAction
    name: str = ""


@cache
def _pattern(action: AdminAction) -> re.Pattern[str]:
    table = {"add": ADD, "remove": REMOVE, "list": LIST}[action]
    said = "|".join(f"(?:{fold(p)})" for p in table.values())
    # Each "{name}" gets a group of its own, as a group name may appear once per pattern.
    parts = said.split("{name}")
    said = parts[0] + "".join(
        _NAME.replace("?P<name>", f"?P<name{i}>") + part for i, part in enumerate(parts[1:])
    )
    return re.compile(rf"^{_AROUND}(?:{said}){_AFTER}$")


def read_admin(text: str) -> AdminAsk | None:
    """The admin request a whole message makes, or None."""
    said = re.sub(r"[?!.,;:¿¡؟،]+", " ", fold(text))
    said = re.sub(r"\s+", " ", said).strip()
    if not said or len(said.split()) > 12:
        return None
    if _pattern("list").match(said):
        return AdminAsk("list")
    for action in ("remove", "add"):
        m = _pattern(action).match(said)
        if m is None:
            continue
        found = next((v for v in m.groupdict().values() if v), "")
        name = re.sub(r"['’][a-z]{1,3}$", "", found)
        if name in _NOBODY:
            return None
        return AdminAsk(action, "" if name in _SELF else name)
    return None
