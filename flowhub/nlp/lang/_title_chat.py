"""Words around a task's title that only talk to the reader, in each language.

A lead that names the message a task ("nouvelle tâche :", "nuova attività:"), a tail that asks
to note it (", ekle", ", anota aí"), a remark on why or how urgent (", c'est la deadline", ",
ela quebrou de novo", ", das ist die Deadline") and a "there is" around an event ("ada rapat
sama …", "… toplantı var"). Regex sources, matched without case on the title as written.
"""

from __future__ import annotations

from collections.abc import Mapping

# The title's first words that say a task follows.
LEADS: Mapping[str, str] = {
    "fr": r"(?:nouvelle\s+t[âa]che|t[âa]che|[àa]\s+faire|todo)\s*:",
    "it": r"(?:nuova\s+attivit[àa]|nuovo\s+compito|nuovo\s+task|attivit[àa]|da\s+fare)\s*:",
    "pt": r"(?:nova\s+tarefa|tarefa|pra\s+fazer|para\s+fazer)\s*:",
    "es": r"(?:nueva\s+tarea|tarea|pendiente|por\s+hacer)\s*:",
    "de": r"(?:neue\s+aufgabe|aufgabe|neues\s+to-?do|zu\s+tun)\s*:",
    "nl": r"(?:nieuwe\s+taak|taak|te\s+doen)\s*:",
    "tr": r"(?:yeni\s+g[öo]rev|g[öo]rev|yap[ıi]lacak)\s*:",
    "id": r"(?:tugas\s+baru|tugas|to-?do\s+baru)\s*:",
    "ru": r"(?:новая\s+задача|задача|сделать)\s*:",
    # "ada rapat sama donatur baru": there is a meeting, which is the task's name.
    "id_event": r"ada(?=\s+(?:rapat|meeting|pertemuan|acara|janji|kunjungan|arisan|briefing)\b)",
}
# Clauses after a comma that end a title and say nothing about what to do.
TAILS: Mapping[str, str] = {
    # the deadline said again: ", c'est la deadline", ", das ist die Deadline"
    "deadline": r"(?:c'est|c\s+est|ce\s+sera)\s+(?:la\s+)?(?:deadline|date\s+limite"
    r"|dernier\s+d[ée]lai)"
    r"|(?:das\s+ist|ist)\s+(?:die\s+)?(?:deadline|frist)|(?:esse\s+)?[ée]\s+o\s+prazo(?:\s+final)?"
    r"|(?:[ée]\s+)?a\s+deadline|es\s+(?:la\s+fecha\s+l[íi]mite|el\s+plazo)|[èe]\s+la\s+scadenza"
    r"|son\s+g[üu]n\s+o|(?:itu\s+)?deadline(?:nya)?|dat\s+is\s+de\s+deadline|это\s+(?:дедлайн"
    r"|крайний\s+срок)|wahi\s+deadline\s+hai",
    # it broke again: ", ela quebrou de novo", ", se rompió otra vez", ", yine bozuldu"
    "broke": r"(?:(?:ela|ele|isso|a\s+\w+|o\s+\w+)\s+)?(?:quebrou|pifou|estragou|deu\s+pau)"
    r"(?:\s+(?:de\s+novo|outra\s+vez|mais\s+uma\s+vez))?"
    r"|se\s+(?:rompi[óo]|averi[óo]|estrope[óo]|da[ñn][óo]|descompuso)(?:\s+(?:otra\s+vez|de\s+nuevo))?"
    r"|(?:elle|il)\s+(?:est|a)\s+(?:encore\s+|de\s+nouveau\s+)?(?:en\s+panne|cass[ée]e?|l[âa]ch[ée])"
    r"(?:\s+(?:encore|[àa]\s+nouveau))?"
    r"|(?:er|sie|es)\s+ist\s+(?:schon\s+)?wieder\s+(?:kaputt|defekt|hin)"
    r"|si\s+[èe]\s+(?:rott[oa]|guastat[oa])(?:\s+(?:di\s+nuovo|ancora))?"
    r"|(?:yine|gene)\s+bozuldu|(?:rusak|mogok)\s+lagi|(?:phir\s+se|fir\s+se)\s+kharab\s+ho\s+ga(?:ya|yi)"
    r"|it\s+broke(?:\s+down)?\s+again|it'?s\s+broken\s+again",
    # asking to note it: ", ekle", ", anota aí", ", tambahin ya"
    "note": r"ekle(?:r\s+misin|yebilir\s+misin)?|not\s+al|(?:adiciona|anota|coloca|bota)"
    r"(?:\s+(?:a[íi]|isso|pra\s+mim))?|(?:agr[ée]galo|a[ñn][áa]delo|ap[úu]ntalo|an[óo]talo)|(?:ajoute|note)[\s-]le"
    r"|(?:trag|schreib)(?:'?s|\s+es|\s+das)?\s+(?:ein|auf)|aggiungilo|segnalo|tambahin(?:\s+(?:ya"
    r"|dong))?|catat(?:\s+ya)?|add\s+(?:it|that)",
}
# A Turkish event said as "there is": "… toplantı var" is the meeting.
THERE_IS = (
    r"(?P<event>(?:toplant[ıi]|g[öo]r[üu][şs]me|etkinlik|randevu|ziyaret|sunum)\w{0,4})\s+var$"
)
