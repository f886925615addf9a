"""What a file's caption says about the file rather than as a task of its own.

"minutes from this morning's weekly, pls pull out the actions", "my notebook page from this
morning", "grab the todos", "notes from tavares fyi": words that name the file or ask for its
tasks are no task. The rest of a caption ("need to expense this before month end") is kept.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from flowhub.media.labels import labels_file
from flowhub.media.owners import Owner, from_caption, says_whose, team_of

# Per language: asking for the file's tasks, the task words asked for, and names for a file.
_ASK = {
    "en": r"pull|grab|get|take|pick|fish|find|extract|list|read|go\s+through|make|turn|add|save",
    "de": r"hol|nimm|zieh|such|lies|mach|trag|speicher",
    "es": r"saca|coge|toma|extrae|busca|lee|haz|a[ñn]ade|guarda",
    "fr": r"sors|prends|extrais|cherche|lis|fais|ajoute|garde|r[ée]cup[èe]re",
    "pt": r"tira|pega|extrai|procura|l[êe]|faz|adiciona|guarda",
}
_TASKS = {
    "en": r"actions?|action\s+items?|to-?dos?|tasks?|items?|points?|next\s+steps|things\s+to\s+do",
    "de": r"aufgaben|to-?dos?|punkte|ma[ßs]nahmen",
    "es": r"tareas|pendientes|puntos|acciones",
    "fr": r"t[âa]ches|actions|points|choses\s+[àa]\s+faire",
    "pt": r"tarefas|pend[êe]ncias|pontos|a[çc][õo]es",
}
_FILE = {
    "en": r"minutes|notes?|notebook(?:\s+page)?|page|photo|pic(?:ture)?|screenshot|scan|letter"
    r"|e-?mail|list|whiteboard|receipt|doc(?:ument)?|file|post-?its?|slides?|memo|summary|recap",
    "de": r"protokoll|notizen?|foto|bild|brief|liste|zettel|scan|dokument|datei|mitschrift",
    "es": r"acta|notas|apuntes|foto|carta|lista|documento|archivo|captura",
    "fr": r"compte[-\s]rendu|notes|photo|lettre|liste|document|fichier|capture",
    "pt": r"ata|notas|apontamentos|foto|carta|lista|documento|arquivo|captura",
}
_FILLER = (
    r"(?:pls|please|plz|can\s+you|could\s+you|kindly|and|then|also|ok|so|just|bitte|por\s+favor"
    r"|s'il\s+te\s+pla[iî]t|stp|svp|here(?:'s|\s+is|\s+are)|these\s+are|this\s+is|that's)"
)
_OWNER = r"(?:my|the|our|these|those|this|that|all|all\s+the|meine?n?|die|der|das|mis|las|los|el"
_OWNER += r"|mes|les|le|la|os|as|o|a|minhas?|meus?)"
_ANY = lambda table: "|".join(f"(?:{words})" for words in table.values())  # noqa: E731
_ASKS = re.compile(
    rf"^(?:{_FILLER}\s+)*(?:{_ANY(_ASK)})(?:\s+(?:out|up|down))?\s+(?:{_OWNER}\s+)*(?:\w+\s+)?"
    rf"(?:{_ANY(_TASKS)})\b(?:\s+(?:from|out\s+of|in|of|on|aus|de|du|des|da|do)\b.*)?$",
    re.IGNORECASE,
)
_NAMES = re.compile(
    rf"^(?:{_FILLER}\s+)*(?:{_OWNER}\s+)?(?:[\w'’-]+\s+){{0,2}}(?:{_ANY(_FILE)})\b"
    r"(?:\s+(?:from|of|for|von|vom|de|del|du|des|da|do|dos|das)\b.*)?(?:\s+fyi)?$",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"^(?:fyi|for\s+your\s+info(?:rmation)?|heads\s+up|see\s+attached|attached|here\s+you\s+go"
    r"|zur\s+info|para\s+tu\s+info|pour\s+info|s[óo]\s+para\s+saber"
    r"|(?:just\s+|freshly\s+)?(?:scanned|photographed|printed|handwritten|typed\s+up|attached"
    r"|(?:ein)?gescannt|abfotografiert|escaneado|escaneada|scann[ée]e?|scansionat[oa]"
    r"|digitalizad[oa]|gescand|tarand[ıi])"
    r")$",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"\s*(?:[,;:.!?]+|\s[-–—]\s|\n)\s*")
_ASIDE = re.compile(r"\([^)]*\)")
# Emoji and other marks around the words ("minha lista 🙏", "my list 👇"): no part of them.
_SYMBOLS = re.compile(r"[^\w\s'’.,;:!?@&/-]")
# "these are from monday's call": where the file comes from.
_FROM = re.compile(
    r"^(?:these|those|this|that|it)(?:\s+(?:are|is|was|were)|'s|’s)?\s+(?:all\s+)?from\b.*$",
    re.IGNORECASE,
)
# "from mike this morning", "da luca", "von Jonas gestern": who the file (a chat) comes from.
_WHEN_SENT = (
    r"this\s+morning|today|yesterday|last\s+night|earlier|just\s+now|tonight|heute(?:\s+morgen|"
    r"\s+früh)?|gestern|vorhin|hoy|ayer|esta\s+mañana|aujourd'hui|hier|ce\s+matin|oggi|ieri"
    r"|stamattina|hoje|ontem|hoje\s+cedo|vandaag|gisteren|vanochtend|bugün|dün|сегодня|вчера"
)
_SENT_BY = re.compile(
    r"^(?:(?:this\s+is|these\s+are|it'?s|(?:a\s+)?(?:chat|messages?|texts?)|got\s+this)\s+)?"
    r"(?:from|von|vom|de|del|da|di|dal|van|par|от)\s+(?:the\s+|my\s+|our\s+)?"
    rf"[\w'’.-]+(?:\s+[\w'’.-]+)?(?:\s+(?:{_WHEN_SENT}))?$",
    re.IGNORECASE,
)
# "all of these are priya's", "the stair one is for Sam": whose the items are.
_OWNED_BY = r"(?:for\s+@?\w+|@?\w+['’]s)"
_WHOSE = re.compile(
    r"^(?:@?[\w-]+[,:]?\s+)??(?:and\s+|so\s+)?(?:"
    r"(?:all(?:\s+of)?\s+)?(?:these|those|they|them|everything(?:\s+here)?|all)\b.*?"
    rf"\b(?:is|are|'re|’re)\s+(?:all\s+)?{_OWNED_BY}(?:\s+ones?)?"
    r"|all\s+(?:for\s+)?@?\w+['’]s"
    r"|(?:the\s+)?[\w\s'’-]{1,40}?\b(?:is|are|'s|’s)\s+@?\w+['’]s"
    r"|(?:the\s+)?[\w\s'’-]{1,40}?\s+ones?\s+(?:is|are|'s|’s)\s+for\s+@?\w+)$",
    re.IGNORECASE,
)
# "all due next week": a date for every task in the file.
_ALL_DUE = re.compile(
    r"^(?:(?:and|they(?:'re|\s+are)|these\s+are)\s+)?all\s+(?:(?:are\s+)?due|by|for)\s+(?P<when>.+)$",
    re.IGNORECASE,
)


def about_file(clause: str) -> bool:
    """Whether a caption's clause only names the file, asks for the tasks in it or says whose
    they are ("all of these are priya's")."""
    said = " ".join(_SYMBOLS.sub(" ", _ASIDE.sub(" ", clause)).split()).strip(" .!?")
    if not said:
        return True
    if any(rx.match(said) for rx in (_ASKS, _NAMES, _BARE, _FROM, _WHOSE, _SENT_BY)):
        return True
    if says_whose(said):  # "todo esto es de Ana"
        return True
    return labels_file(said)


def owners_said(caption: str, team: Collection[str]) -> list[Owner]:
    """The teammates a caption gives the file's items to: "the sill details are priya's"."""
    names = team_of(team)
    found = (from_caption(part, names) for part in _CLAUSES.split(caption.strip()))
    return [owner for owner in found if owner is not None]


def due_for_all(caption: str) -> str | None:
    """The date a caption gives every task in the file ("all due next week"), if it does."""
    for part in _CLAUSES.split(caption.strip()):
        found = _ALL_DUE.match(" ".join(part.split()))
        if found:
            return found.group("when")
    return None


def task_words(caption: str) -> str:
    """The caption without its clauses about the file; empty when that is all it says."""
    kept = [
        part
        for part in _CLAUSES.split(caption.strip())
        if not about_file(part) and not _ALL_DUE.match(" ".join(part.split()))
    ]
    if len(kept) == len([p for p in _CLAUSES.split(caption.strip()) if p.strip()]):
        return caption.strip()  # nothing in it names the file: kept as written
    return ", ".join(part.strip() for part in kept if part.strip())
