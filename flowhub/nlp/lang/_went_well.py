"""A word on how a stretch of time or an event went, in each language: chat, never a task.

"minggu ini lancar banget", "essa semana foi tranquila", "la semaine s'est super bien passée",
"bu hafta çok iyi geçti": said after a thanks to the group ("makasih semuanya, …") the whole
message is chatter; the period in it names no due date.
"""

from __future__ import annotations

from collections.abc import Mapping

WENT_WELL: Mapping[str, str] = {
    "pt": r"(?:(?:essa|esta|a)\s+semana|hoje|o\s+dia(?:\s+de\s+hoje)?"
    r"|o\s+almo[çc]o(?:\s+de\s+hoje)?|o\s+evento|tudo)\s+(?:foi|saiu|correu|rolou|t[áa])\s+(?:muito\s+|super\s+|bem\s+)?"
    r"(?:tranquil[oa]|[óo]tim[oa]|bo[ma]|show|incr[íi]vel|perfeit[oa]|certinho|lind[oa]|demais"
    r"|top|bem|legal)",
    "es": r"(?:(?:esta|la)\s+semana|hoy|el\s+d[íi]a|el\s+almuerzo|el\s+evento|todo)\s+(?:sali[óo]"
    r"|fue|estuvo|ha\s+ido|ha\s+salido)\s+(?:muy\s+|super\s+|s[úu]per\s+)?(?:genial|bien"
    r"|perfect[oa]|tranquil[oa]|incre[íi]ble|buen[oa]|excelente|de\s+lujo)",
    "fr": r"(?:la\s+semaine|la\s+journ[ée]e|aujourd'?hui|le\s+d[ée]jeuner|l'?[ée]v[ée]nement|tout)"
    r"\s+(?:s'est|a\s+[ée]t[ée]|[ée]tait|c'[ée]tait)\s+(?:super\s+|tr[èe]s\s+|vraiment\s+)?"
    r"(?:bien\s+pass[ée]e?|top|g[ée]nial(?:e)?|parfait(?:e)?|nickel|tranquille|bien)",
    "de": r"(?:die\s+woche|der\s+tag|heute|das\s+mittagessen|das\s+event|alles)\s+(?:lief|war|ist)"
    r"\s+(?:echt\s+|total\s+|richtig\s+|so\s+)?(?:super|gut|toll|klasse|prima|perfekt|entspannt"
    r"|reibungslos|glatt)(?:\s+gelaufen)?",
    "it": r"(?:(?:la\s+)?settimana|oggi|la\s+giornata|il\s+pranzo|l'?evento|tutto)\s+(?:[èe]\s+)?"
    r"(?:andat[oa]|stat[oa]|filat[oa])\s+(?:molto\s+|proprio\s+|super\s+)?(?:benissimo|bene"
    r"|liscio|alla\s+grande|perfettamente)",
    "nl": r"(?:de(?:ze)?\s+week|vandaag|de\s+dag|de\s+lunch|alles)\s+(?:ging|was|verliep)\s+"
    r"(?:echt\s+|super\s+|heel\s+)?(?:goed|top|prima|soepel|perfect|lekker)",
    "id": r"(?:minggu\s+ini|hari\s+ini|acara(?:\s+\w+)?|semua(?:nya)?|makan\s+siang(?:\s+\w+)?)\s+"
    r"(?:(?:berjalan|udah|sudah)\s+)?(?:lancar|sukses|beres|mantap|aman)(?:\s+(?:banget|jaya"
    r"|sekali|terus|semua))?",
    "hi": r"(?:aaj|is\s+hafte|sab\s+kuch|sab)\s+(?:(?:bahut|ekdum)\s+)?(?:badhiya|accha|achha"
    r"|smooth|mast)\s+(?:raha|rahi|gaya|gayi|ho\s+gaya)|(?:aaj|is\s+hafte)\s+sab\s+(?:time\s+pe"
    r"|smooth(?:ly)?)\s+ho\s+gaya",
    "tr": r"(?:bu\s+hafta|bug[üu]n|her\s+[şs]ey|etkinlik|yemek)\s+(?:[çc]ok\s+|gayet\s+)?(?:iyi"
    r"|g[üu]zel|harika|sorunsuz|s[üu]per)\s+ge[çc]ti",
    "ru": r"(?:неделя|день|сегодня|вс[её]|обед)\s+(?:прош(?:ла|[её]л|ло)|был[аио]?)\s+"
    r"(?:очень\s+|просто\s+)?(?:отлично|хорошо|супер|гладко|прекрасно|классно)",
    "ar": r"(?:الأسبوع|الاسبوع|اليوم|كل\s+شي)(?:\s+(?:ده|هذا|دا))?\s+(?:كان|مشي|عدى)\s+"
    r"(?:ممتاز|حلو|تمام|رائع|كويس)",
}


def went_well(code: str, body: str) -> str:
    """The chatter `body` of language `code`, with its words on how things went beside it."""
    said = WENT_WELL.get(code)
    return f"{body}|{said}" if said else body
