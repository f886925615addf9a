"""Caption clauses that only label a file or say where it comes from, never a task of their own.

"budget v3", "contract final", "mail von gut liebenberg", "email from the caterer", "from the
hoffmann/silva couple this morning", "due dates are in there", "owners + dates are in the table",
"the street outside the venue lol": the file's name, its sender, where its details are, or a
remark about a picture. None asks anyone to do anything.
"""

from __future__ import annotations

import re

from flowhub.nlp import VERBS

# "v3", "rev2", "final", "draft", "2026": a file's version after its name.
_VERSION = re.compile(
    r"^(?:v\d+(?:\.\d+)?|rev\.?\s?\d+|version\s?\d+|final|draft|entwurf|borrador|brouillon"
    r"|rascunho|bozza|concept|versione?\s?\d+|\d{1,4})$",
    re.I,
)
_FROM = r"(?:from|von|vom|von\s+der|von\s+den|de|del|de\s+la|des|du|da|do|dos|dal|van|par|от)"
# "mail von gut liebenberg", "email from the caterer", "mensaje de Lola", "note from sam".
_SENT = re.compile(
    r"^(?:(?:a|an|the|die|eine|el|la|le|un|une|o|a|um|uma)\s+)?(?:e-?mail|mail|message|msg|text"
    r"|note|letter|nachricht|brief|mitteilung|correo|mensaje|carta|nota|courriel|lettre|mot"
    r"|mensagem|messaggio|lettera|bericht|mesaj|письмо|сообщение)"
    rf"\s+{_FROM}\s+\S.*$",
    re.I,
)
# "from the hoffmann/silva couple this morning": who sent it, with no verb after.
_FROM_ONLY = re.compile(rf"^{_FROM}\s+(?P<rest>\S.*)$", re.I)
# "due dates are in there", "owners + dates are in the table", "alle Termine stehen drin".
_DETAILS = (
    r"(?:due\s+)?dates?|deadlines?|owners?|names?|details?|times?|everything|all\s+of\s+it|who"
    r"|termine|fristen|daten|alles|fechas|plazos|todo|dates|[ée]ch[ée]ances|tout|datas|prazos"
    r"|tudo|scadenze|date|tutto|data|tarihler"
)
_WHERE = re.compile(
    rf"^(?:(?:the|all\s+the|die|alle|las|los|les|as|os|le)\s+)?(?:{_DETAILS})"
    rf"(?:\s*(?:\+|&|and|und|y|e|et|en)\s*(?:{_DETAILS}))*"
    r"\s+(?:are|is|r|should\s+be|stehen|steht|sind|ist|están|está|sont|est|estão|sono|è|zijn)"
    r"\s+(?:all\s+|alle\s+)?(?:in\s+(?:there|it|the\s+(?:table|doc(?:ument)?|file|pdf|mail|list))"
    r"|inside|attached|drin|darin|in\s+der\s+(?:tabelle|liste|mail)|dentro|ahí|ahi|ah[íi]\s+dentro"
    r"|dedans|là-dedans|dans\s+le\s+(?:tableau|document|fichier)|a[íi]|l[áa]\s+dentro|dentro"
    r"|l[íi]\s+dentro|erin|içinde)$",
    re.I,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DETERMINER = _words(
    "the a an this that these those our my his her their die der das den ein eine el la los las"
    " un una le les une o os as um uma il lo gli"
)
_LAUGH = re.compile(r"\s+(?:lol|lmao|haha+|hehe+|jaja+|kkk+|mdr|xd)$", re.I)
# A clause with a date or time in it may be a task: "the deposit by friday".
_DATED = re.compile(
    r"\b(?:by|until|before|due|on|bis|am|para|hasta|avant|d'ici|entro|até|voor|\d{1,2}[:.h]\d{2}"
    r"|today|tomorrow|tonight|heute|morgen|hoy|mañana|demain|domani|amanhã)\b",
    re.I,
)
_TOKEN = re.compile(r"[\w'’/-]+")


def labels_file(clause: str) -> bool:
    """Whether a caption clause only names the file, its sender or where its details are, or
    remarks on a picture ("the street outside the venue lol"): no task of its own."""
    said = " ".join(clause.split()).strip(" .!?,")
    if not said or _SENT.match(said) or _WHERE.match(said):
        return True
    words = [w.casefold() for w in _TOKEN.findall(said)]
    if 2 <= len(words) <= 4 and _VERSION.match(words[-1]) and not _has_digit_task(words):
        return True  # "budget v3", "seating plan final"
    sender = _FROM_ONLY.match(said)
    if sender:
        return not _verb_in(_TOKEN.findall(sender.group("rest")))
    if words and words[0] in _DETERMINER and len(words) <= 8 and not _DATED.search(said):
        return not _verb_in(_TOKEN.findall(_LAUGH.sub("", said))[1:])
    return False


def _verb_in(words: list[str]) -> bool:
    """Whether any of the words is a task verb ("pay", "bezahlen", "envoyer") or says what
    someone is, needs or must ("the caterer needs the count", "the printer ones are urgent")."""
    return any(word.casefold() in VERBS or word.casefold() in _SAYS for word in words)


_SAYS = _words(
    """
    is are was were be needs need wants want must should has have had asks expects will would can
    could may waits ist sind war muss müssen braucht brauchen will soll sollen hat haben es son
    está están necesita tiene debe hay est sont doit faut a ont veut è sono deve ha hanno serve
    é são precisa tem deve zijn moet heeft wil
    """
)


def _has_digit_task(words: list[str]) -> bool:
    """Whether a short clause ending in a number is a task with a count ("buy 12", "order 200")."""
    return words[-1].isdigit() and words[0] in VERBS and words[0] not in _NOUN_VERBS


# Words of a file's name that the verb lexicon also holds ("budget 2026", "plan 3").
_NOUN_VERBS = _words("budget plan schedule quote draft note list mail")
